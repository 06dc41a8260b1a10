/**
 * Watches the page for added or changed text and hands the changed regions to
 * the highlighter in throttled batches, so a page that mutates thousands of
 * times a second costs a bounded amount of work.
 */
import { isInsideSkipped, MARK_TAG } from './collect';

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

  constructor(
    private readonly root: Element,
    private readonly win: Window & typeof globalThis,
    private readonly signal: AbortSignal,
    private readonly run: (roots: Node[], full: boolean) => Promise<void>,
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

  /** Asks for a rescan of the whole root. */
  requestFull(): void {
    this.full = true;
    this.schedule();
  }

  private take(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        const mark = r.target.parentElement?.closest(MARK_TAG);
        // The page rewrote text we wrapped: let go of that mark so it is found afresh.
        if (mark?.parentNode) {
          const parent = mark.parentNode;
          mark.replaceWith(...mark.childNodes);
          this.add(parent);
        } else this.add(r.target);
      } else {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n as Element).localName === MARK_TAG) continue;
          if (n.nodeType === 1 || n.nodeType === 3) this.add(n);
        }
        // Removals need no rescan, but the tally must be recounted: schedule a pass.
      }
    }
    this.schedule();
  }

  private add(node: Node): void {
    let el: Node | null = node.nodeType === 3 ? node.parentNode : node;
    while (el && el !== this.root && el.nodeType === 1 && !BLOCKISH.test((el as Element).tagName)) el = el.parentNode;
    if (el && el.isConnected && !isInsideSkipped(el)) this.roots.add(el);
  }

  private schedule(): void {
    if (this.timer !== undefined || this.signal.aborted) return;
    this.timer = this.win.setTimeout(() => void this.flush(), THROTTLE_MS);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    if (this.busy || this.signal.aborted) return this.schedule();
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
