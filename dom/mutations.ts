/**
 * Watches the page for added or changed text and hands the changed regions to
 * the highlighter in throttled batches, so a page that mutates thousands of
 * times a second costs a bounded amount of work.
 */
import { MARK_TAG, type RegionPolicy } from './collect';

/**
 * How the queue tells that the page is re-rendering what we wrapped (dom/regions.ts): it wrote over a text node
 * we split, or removed our highlights with its own elements.
 */
export interface RenderWatch {
  regions: RegionPolicy;
  /** Whether a text node is one of the page's that we split. */
  isSplit(node: Node): boolean;
  /** Whether any highlight of ours is wrapped on the page (removals are looked at only then). */
  wrapped(): boolean;
  /** The page wrote over a text node we split, under `block`; called at once, before the page is painted. */
  onRewrite(node: Text, block: Element): void;
  /** The page removed highlights of ours from under `block`. */
  onChurn(block: Element): void;
  /** The page changed the data of a text node of its own that we did not split; called at once, before paint. */
  onText?(node: Text): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Minimum time between two incremental passes, in milliseconds. */
export const THROTTLE_MS = 100;

const BLOCKISH = /^(?:P|DIV|LI|TD|TH|H[1-6]|ARTICLE|SECTION|BLOCKQUOTE|FIGCAPTION|DD|DT|MAIN|BODY|HEADER|FOOTER|ASIDE|NAV|TABLE|UL|OL)$/;

/** Batches mutation records into roots to rescan. */
export class MutationQueue {
  private observer?: MutationObserver;
  private roots = new Set<Node>();
  private readonly watched = new Set<Node>();
  private full = false;
  private timer?: number;
  private busy = false;
  /** Text drawn with ranges changed: its pass runs in the next frame, not after the throttle (see `schedule`). */
  private fast = false;
  private frame = 0;

  constructor(
    private readonly root: Element,
    private readonly win: Window & typeof globalThis,
    private readonly signal: AbortSignal,
    private readonly run: (roots: Node[], full: boolean) => Promise<void>,
    private readonly watch: RenderWatch,
  ) {}

  /** Starts observing. */
  start(): void {
    if (this.signal.aborted) return;
    this.observer = new this.win.MutationObserver((records) => this.take(records));
    this.observe(this.root);
  }

  /** Observes another subtree, such as an open shadow root. */
  observe(node: Node): void {
    this.watched.add(node);
    this.observer?.observe(node, OPTIONS);
  }

  /** Stops observing and cancels pending work. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched.clear();
    if (this.timer !== undefined) this.win.clearTimeout(this.timer);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.roots.clear();
  }

  /**
   * Runs our own DOM changes unobserved: the page's pending records are taken first,
   * and the observer is off meanwhile, so our wrapping costs no mutation records.
   */
  mute<T>(fn: () => T): T {
    const observer = this.observer;
    if (!observer) return fn();
    const pending = observer.takeRecords();
    observer.disconnect();
    try {
      return fn();
    } finally {
      for (const node of this.watched) observer.observe(node, OPTIONS);
      if (pending.length) this.take(pending);
    }
  }

  /** Asks for a rescan of one region. */
  rescan(node: Node): void {
    this.add(node);
    this.schedule();
  }

  /** Asks for a rescan of the whole root. */
  requestFull(): void {
    this.full = true;
    this.schedule();
  }

  private take(records: MutationRecord[]): void {
    const watch = this.watch;
    const churned = new Set<Element>();
    for (const r of records) {
      if (r.type === 'characterData') {
        const mark = r.target.parentElement?.closest(MARK_TAG);
        if (!mark && watch.isSplit(r.target)) {
          // The page wrote over a text node it keeps (one we split): our pieces of it must go now.
          const block = this.blockOf(r.target);
          if (block) watch.onRewrite(r.target as Text, block);
          this.add(r.target);
        } else if (mark?.parentNode) {
          // The page rewrote text we wrapped: let go of that mark so it is found afresh.
          const parent = mark.parentNode;
          mark.replaceWith(...mark.childNodes);
          this.add(parent);
        } else {
          watch.onText?.(r.target as Text);
          this.add(r.target);
        }
      } else {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n as Element).localName === MARK_TAG) continue;
          if (n.nodeType === 1 || n.nodeType === 3) this.add(n);
        }
        if (r.removedNodes.length && watch.wrapped() && [...r.removedNodes].some(holdsMark)) {
          const block = this.blockOf(r.target);
          if (block) churned.add(block);
        }
        // Removals need no rescan, but the tally must be recounted: schedule a pass.
      }
    }
    for (const block of churned) watch.onChurn(block);
    this.schedule();
  }

  /** The block (or shadow root) a changed node belongs to: what is rescanned. */
  private scanRootOf(node: Node): Node | null {
    let el: Node | null = node.nodeType === 3 ? node.parentNode : node;
    while (el && el !== this.root && el.nodeType === 1 && !BLOCKISH.test((el as Element).tagName)) el = el.parentNode;
    return el;
  }

  /** The element a region's drawing is chosen for: the block, or a shadow root's host. */
  private blockOf(node: Node): Element | undefined {
    const el = this.scanRootOf(node);
    if (el?.nodeType === 1) return el as Element;
    return el?.nodeType === 11 ? (el as ShadowRoot).host : undefined;
  }

  private add(node: Node): void {
    const el = this.scanRootOf(node);
    if (!el?.isConnected) return;
    const kind = this.watch.regions.kindAt(el);
    if (kind !== 'skip') this.roots.add(el);
    if (kind === 'ranged') this.fast = true;
  }

  private schedule(): void {
    if (this.signal.aborted || this.frame) return;
    if (this.fast && this.win.requestAnimationFrame) {
      // Ranges over text the page just changed have collapsed with it. Read again in the frame's callback, the
      // text gets them back before that frame is painted, so a name the page re-renders never blinks (a pass
      // over a block is well under a millisecond, and there is one a frame at most).
      if (this.timer !== undefined) this.win.clearTimeout(this.timer);
      this.timer = undefined;
      this.frame = this.win.requestAnimationFrame(() => {
        this.frame = 0;
        void this.flush();
      });
      return;
    }
    if (this.timer !== undefined) return;
    this.timer = this.win.setTimeout(() => void this.flush(), THROTTLE_MS);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.busy || this.signal.aborted) return this.schedule();
    this.fast = false;
    const full = this.full;
    const roots = full ? [] : outermost([...this.roots].filter((n) => n.isConnected));
    this.roots.clear();
    this.full = false;
    this.busy = true;
    try {
      await this.run(roots, full);
    } finally {
      this.busy = false;
    }
  }
}

function outermost(nodes: Node[]): Node[] {
  return nodes.filter((n) => !nodes.some((o) => o !== n && o.contains(n)));
}

/** Whether a removed node is, or holds, one of our highlights. */
function holdsMark(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  return el.localName === MARK_TAG || el.getElementsByTagName(MARK_TAG).length > 0;
}
