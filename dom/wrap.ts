/**
 * Wraps text ranges in `<dramatis-mark>` and undoes them exactly. Two ways in,
 * one markup and one undo log:
 *
 * - small batches of page updates go through mark.js `markRanges`, one `Mark`
 *   over the text nodes' parents;
 * - the page's first highlighting, and large batches, use a direct `splitText`
 *   wrap. mark.js leaves a live NodeIterator per context until garbage
 *   collection and rebuilds its text per range, which made a 2 MB page take
 *   seconds to mark and to undo; and on a page with a few names, its first run
 *   (cold code) was a tenth of the time to highlight it. See the README's
 *   benchmark.
 *
 * Undo restores the page's own text nodes from the split log (dom/undo-log.ts)
 * instead of calling `unmark()` and normalising.
 */
import Mark from 'mark.js';
import { MARK_TAG } from './collect';
import { UndoLog } from './undo-log';

/** One piece of a mention inside one text node. */
export interface WrapPiece {
  node: Text;
  /** The node's text when it was scanned; the piece is dropped if it changed since. */
  text: string;
  start: number;
  end: number;
  /**
   * The element for this piece, its attributes set, when the direct wrap makes it (mark.js makes its own).
   * Without it, an empty `<dramatis-mark>`.
   */
  make?(doc: Document): HTMLElement;
  /** Called with the element that now holds the piece; `made`: it came from `make`. */
  onWrap(el: HTMLElement, made: boolean): void;
}

/** Page updates' batches of up to this many pieces go through mark.js. */
export const MARKJS_MAX_PIECES = 40;

// mark.js skips text whose parent matches these, on top of its exclude option;
// our offset maths must skip exactly the same nodes.
const MARKJS_SKIPS = `${MARK_TAG}, script, style, title, head, html`;

/** Keeps the undo log for one document. */
export class Wrapper {
  private readonly log = new UndoLog();

  constructor(private readonly strategy: 'auto' | 'markjs' | 'direct' = 'auto') {}

  /**
   * Wraps the pieces; pieces whose node changed or left the page are skipped. Returns how many were wrapped.
   * `firstPass`: they are from the page's first highlighting, not an update.
   */
  wrap(pieces: WrapPiece[], firstPass = false): number {
    const taken = new Map<Text, Array<[number, number]>>();
    const live = pieces.filter((p) => {
      if (!p.node.isConnected || p.node.data !== p.text || !p.node.parentElement) return false;
      // Never wrap the same characters twice, whichever pass found them.
      const spans = taken.get(p.node) ?? [];
      if (spans.some(([a, b]) => p.start < b && a < p.end)) return false;
      taken.set(p.node, [...spans, [p.start, p.end]]);
      return true;
    });
    if (!live.length) return 0;
    const useMarkjs = this.strategy === 'markjs' || (this.strategy === 'auto' && !firstPass && live.length <= MARKJS_MAX_PIECES);
    return useMarkjs ? this.wrapWithMarkjs(live) : this.wrapDirect(live);
  }

  private wrapDirect(pieces: WrapPiece[]): number {
    const byNode = new Map<Text, WrapPiece[]>();
    for (const p of pieces) {
      const list = byNode.get(p.node);
      if (list) list.push(p);
      else byNode.set(p.node, [p]);
    }
    for (const [node, list] of byNode) {
      const created: ChildNode[] = [];
      const data = node.data;
      list.sort((a, b) => a.start - b.start);
      const doc = node.ownerDocument;
      const length = node.data.length;
      // `rest` is the text after the last piece. The first split always happens, even at 0, so the
      // page's own node stays first and keeps its identity; after that no empty text node is made,
      // since each one is another node to remove on undo.
      let rest: Text | null = node;
      let offset = 0;
      for (const p of list) {
        if (!rest) break;
        const reuse: boolean = rest !== node && p.start === offset;
        const middle: Text = reuse ? rest : rest.splitText(p.start - offset);
        if (!reuse && rest !== node) created.push(rest);
        rest = p.end < length ? middle.splitText(p.end - p.start) : null;
        offset = p.end;
        const el = p.make?.(doc) ?? doc.createElement(MARK_TAG);
        middle.parentNode!.insertBefore(el, middle);
        el.appendChild(middle);
        created.push(el);
        p.onWrap(el, !!p.make);
      }
      if (rest && rest !== node) created.push(rest);
      this.log.add({ node, data, created });
    }
    return pieces.length;
  }

  private wrapWithMarkjs(pieces: WrapPiece[]): number {
    const contexts = outermost([...new Set(pieces.map((p) => p.node.parentElement!))]);
    const offsets = textOffsets(contexts);
    // Each node's text and next sibling before mark.js splits it.
    const split = new Map<Text, { data: string; next: ChildNode | null }>();
    const ranges = [];
    for (const p of pieces) {
      const base = offsets.get(p.node);
      if (base === undefined) continue;
      if (!split.has(p.node)) split.set(p.node, { data: p.node.data, next: p.node.nextSibling });
      ranges.push({ start: base + p.start, length: p.end - p.start, piece: p });
    }
    let wrapped = 0;
    // mark.js passes our range objects back to `each`, so each piece finds its element.
    const options: Mark.MarkRangesOptions = {
      element: MARK_TAG,
      exclude: [MARK_TAG],
      each: (el, range) => {
        wrapped++;
        el.removeAttribute('data-markjs');
        (range as unknown as { piece: WrapPiece }).piece.onWrap(el as HTMLElement, false);
      },
    };
    new Mark(contexts as HTMLElement[]).markRanges(ranges, options);
    // What mark.js put between each node and its old next sibling is ours.
    for (const [node, { data, next }] of split) {
      const created: ChildNode[] = [];
      for (let n = node.nextSibling; n && n !== next; n = n.nextSibling) created.push(n);
      this.log.add({ node, data, created });
    }
    return wrapped;
  }

  /**
   * Takes the highlight off some of our marks, leaving their text where it is: split from its neighbours
   * until undo, which removes it with the rest of what the split made.
   */
  unwrap(marks: readonly HTMLElement[]): void {
    for (const el of marks) this.log.unwrap(el);
  }

  /** Whether `node` is a page's text node we split (see UndoLog.isSplit). */
  isSplit(node: Node): boolean {
    return this.log.isSplit(node);
  }

  /** Lets go of a text node the page wrote over: our pieces of it go, its new text stays (UndoLog.release). */
  release(node: Node): boolean {
    return this.log.release(node);
  }

  /** Restores now the page's text nodes these marks were split from (see UndoLog.restoreAt). */
  restore(marks: readonly Element[]): void {
    for (const el of marks) this.log.restoreAt(el);
  }

  /** Whether nothing is left to undo. */
  get empty(): boolean {
    return this.log.empty;
  }

  /**
   * Restores wrapped text nodes (see UndoLog) until `spent()` says the slice is used up or about `max` are
   * restored. Returns true once every node is restored.
   */
  undo(spent: () => boolean = () => false, max = Infinity): boolean {
    return this.log.undo(spent, max);
  }
}

/** Drops elements contained in another element of the list; keeps document order. */
function outermost(els: Element[]): Element[] {
  els.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const out: Element[] = [];
  for (const el of els) if (!out.some((o) => o.contains(el))) out.push(el);
  return out;
}

/** Each text node's offset in the text mark.js will build from these contexts. */
function textOffsets(contexts: Element[]): Map<Text, number> {
  const map = new Map<Text, number>();
  let pos = 0;
  for (const ctx of contexts) {
    const walker = ctx.ownerDocument.createTreeWalker(ctx, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const parent = n.parentNode as Element | null;
      if (parent?.matches?.(MARKJS_SKIPS)) continue;
      map.set(n, pos);
      pos += n.data.length;
    }
  }
  return map;
}
