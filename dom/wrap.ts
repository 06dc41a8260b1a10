/**
 * Wraps text ranges with mark.js and undoes them exactly. mark.js gets small
 * contexts (the parents of the text nodes in one batch), one `Mark` per batch,
 * and we keep our own record of every split so undo restores the very same
 * text nodes the page had, rather than calling `unmark()` and normalising.
 */
import Mark from 'mark.js';
import { MARK_TAG } from './collect';

/** One piece of a mention inside one text node. */
export interface WrapPiece {
  node: Text;
  /** The node's text when it was scanned; the piece is dropped if it changed since. */
  text: string;
  start: number;
  end: number;
  /** Called with the element mark.js created for this piece. */
  onWrap(el: HTMLElement): void;
}

/** What a text node looked like before we split it. */
interface SplitRecord {
  node: Text;
  data: string;
  next: Node | null;
}

// mark.js skips text whose parent matches these, on top of its exclude option;
// our offset maths must skip exactly the same nodes.
const MARKJS_SKIPS = `${MARK_TAG}, script, style, title, head, html`;

/** Keeps the undo log for one document. */
export class Wrapper {
  private log: SplitRecord[] = [];

  /** Wraps the pieces; pieces whose node changed or left the page are skipped. */
  wrap(pieces: WrapPiece[]): number {
    const live = pieces.filter((p) => p.node.isConnected && p.node.data === p.text && p.node.parentElement);
    if (!live.length) return 0;
    const contexts = outermost([...new Set(live.map((p) => p.node.parentElement!))]);
    const offsets = textOffsets(contexts);
    const seen = new Set<Text>();
    const ranges = [];
    for (const p of live) {
      const base = offsets.get(p.node);
      if (base === undefined) continue;
      if (!seen.has(p.node)) {
        seen.add(p.node);
        this.log.push({ node: p.node, data: p.node.data, next: p.node.nextSibling });
      }
      ranges.push({ start: base + p.start, length: p.end - p.start, piece: p });
    }
    let wrapped = 0;
    // mark.js passes our range objects back to `each`, so each piece finds its element.
    const options: Mark.MarkRangesOptions = {
      element: MARK_TAG,
      exclude: [MARK_TAG],
      each: (el, range) => {
        wrapped++;
        (range as unknown as { piece: WrapPiece }).piece.onWrap(el as HTMLElement);
      },
    };
    new Mark(contexts as HTMLElement[]).markRanges(ranges, options);
    return wrapped;
  }

  /** Restores every wrapped text node, newest split first; returns how many were restored. */
  undoAll(): number {
    let n = 0;
    for (let i = this.log.length - 1; i >= 0; i--) n += restore(this.log[i]!) ? 1 : 0;
    this.log = [];
    return n;
  }

  /** Whether anything is wrapped. */
  get active(): boolean {
    return this.log.length > 0;
  }
}

function restore(r: SplitRecord): boolean {
  const parent = r.node.parentNode;
  if (!parent) return false;
  // Remove what the split created (our marks and split-off text), up to the old next sibling.
  let n = r.node.nextSibling;
  while (n && n !== r.next) {
    const after: ChildNode | null = n.nextSibling;
    if (n.nodeType === 3 || (n.nodeType === 1 && (n as Element).localName === MARK_TAG)) parent.removeChild(n);
    n = after;
  }
  r.node.data = r.data;
  return true;
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
    const doc = ctx.ownerDocument;
    const walker = doc.createTreeWalker(ctx, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const parent = n.parentNode as Element | null;
      if (parent?.matches?.(MARKJS_SKIPS)) continue;
      map.set(n, pos);
      pos += n.data.length;
    }
  }
  return map;
}
