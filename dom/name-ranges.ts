/**
 * Names drawn with ranges (issue 23): where the page must not be changed (dom/regions.ts), each mention is a
 * `Range` in a named highlight of the CSS Custom Highlight API, styled by `::highlight(...)`. Nothing is added to
 * the DOM. There are no elements to hover either: the name under the pointer is found from the caret position
 * under it (`caretPositionFromPoint`), looked up in an index by text node, so a pointer move costs the same with
 * ten names on the page or ten thousand.
 *
 * A mention's range is live only where the reader types (an editor, a design-mode document): there it follows
 * each edit until the text is read again. Everywhere else it is a `StaticRange`. The browser keeps every live
 * range of a document and adjusts each one at every change to the page's text, so thousands of them made the
 * page's own DOM changes many times slower (16 times, for 2,200 edits with 15,000 ranges in Chromium 156); a
 * static range costs the page nothing. It does not follow an edit, so the highlighter takes it off as soon as
 * its text changes (`dropChanged`), and the text is read again.
 */
import type { LiveMention } from './live-mentions';
import { caretAt } from './viewport';

/** A mention's part in one text node. */
export interface NamePiece {
  node: Text;
  start: number;
  end: number;
}

/** The highlight names: one per colour group (the stylesheet gives each its colour), and the keyboard's focus. */
export const nameHighlightName = (group: number | undefined) => (group === undefined ? 'dramatis-name' : `dramatis-name-${group}`);
export const NAME_FOCUS = 'dramatis-name-focus';

type HighlightWindow = Window & typeof globalThis;

interface Indexed {
  start: number;
  end: number;
  m: LiveMention;
}

/** Whether a window draws ranges (the CSS Custom Highlight API). */
export function drawsRanges(win: Window): boolean {
  const w = win as HighlightWindow;
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** Whether a ranged mention still covers text on the page (a static range's offsets may have outgrown its text). */
export function rangeLive(range: AbstractRange): boolean {
  const { startContainer: from, endContainer: to } = range;
  return (
    from.nodeType === 3 &&
    to.nodeType === 3 &&
    from.isConnected &&
    !range.collapsed &&
    range.startOffset <= (from as Text).length &&
    range.endOffset <= (to as Text).length
  );
}

/** Whether a mention's range is a live `Range` (it follows edits) rather than a static one. */
function followsEdits(range: AbstractRange): range is Range {
  return 'getClientRects' in range;
}

/** A live `Range` over a mention's range, for what needs one (its boxes, a card's anchor); itself if live. */
export function liveRange(doc: Document, range: AbstractRange): Range | undefined {
  if (followsEdits(range)) return range;
  if (!rangeLive(range)) return undefined;
  const r = doc.createRange();
  r.setStart(range.startContainer, range.startOffset);
  r.setEnd(range.endContainer, range.endOffset);
  return r;
}

/** The names drawn with ranges in one document. */
export class NameRanges {
  private readonly byNode = new WeakMap<Text, Indexed[]>();
  private readonly pieces = new Map<LiveMention, NamePiece[]>();
  /** Our highlights by name, so drawing a mention does not ask the document's registry each time. */
  private readonly names = new Map<string, Highlight>();

  constructor(
    private readonly win: HighlightWindow,
    private readonly group: (personId: string) => number | undefined,
  ) {}

  /**
   * Draws a mention over its pieces (in order) and indexes it; its `range` is set, live if it must `follow`
   * edits (where the reader types; see above), static otherwise.
   */
  add(m: LiveMention, pieces: NamePiece[], follow: boolean): void {
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    let range: AbstractRange;
    if (follow || typeof this.win.StaticRange !== 'function') {
      const live = this.win.document.createRange();
      live.setStart(first.node, first.start);
      live.setEnd(last.node, last.end);
      range = live;
    } else
      range = new this.win.StaticRange({
        startContainer: first.node,
        startOffset: first.start,
        endContainer: last.node,
        endOffset: last.end,
      });
    m.range = range;
    this.highlightOf(nameHighlightName(this.group(m.personId)), 1).add(range);
    this.pieces.set(m, pieces);
    for (const p of pieces) {
      const list = this.byNode.get(p.node);
      const entry = { start: p.start, end: p.end, m };
      if (list) list.push(entry);
      else this.byNode.set(p.node, [entry]);
    }
  }

  /** Whether a mention is drawn that starts with this piece. */
  has(piece: NamePiece): boolean {
    return !!this.byNode.get(piece.node)?.some((e) => e.start === piece.start && e.end === piece.end && e.m.range && rangeLive(e.m.range));
  }

  /** The mentions drawn with a static range in this text node: it changed, and they no longer follow it. */
  staticIn(node: Text): LiveMention[] {
    return (this.byNode.get(node) ?? []).filter((e) => e.m.range && !followsEdits(e.m.range)).map((e) => e.m);
  }

  /** The drawn mentions with a piece in one of these text nodes (text a pass is about to read again). */
  inNodes(nodes: readonly Text[]): Set<LiveMention> {
    const out = new Set<LiveMention>();
    for (const n of nodes) for (const e of this.byNode.get(n) ?? []) out.add(e.m);
    return out;
  }

  /** Takes a mention's highlight off, and out of the index. */
  remove(m: LiveMention): void {
    const pieces = this.pieces.get(m);
    if (!pieces || !m.range) return;
    this.pieces.delete(m);
    this.names.get(nameHighlightName(this.group(m.personId)))?.delete(m.range);
    this.names.get(NAME_FOCUS)?.delete(m.range);
    for (const p of pieces) {
      const list = this.byNode.get(p.node)?.filter((e) => e.m !== m);
      if (list?.length) this.byNode.set(p.node, list);
      else this.byNode.delete(p.node);
    }
  }

  /** The mention under a point of the viewport, if the point is on its text (not merely beside its line). */
  at(x: number, y: number): LiveMention | undefined {
    if (!this.pieces.size) return undefined;
    const caret = caretAt(this.win.document, x, y);
    if (caret?.node.nodeType !== 3) return undefined;
    for (const e of this.byNode.get(caret.node as Text) ?? []) {
      if (caret.offset < e.start || caret.offset > e.end || !e.m.range) continue;
      for (const r of liveRange(this.win.document, e.m.range)?.getClientRects() ?? [])
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return e.m;
    }
    return undefined;
  }

  /** Shows the keyboard's focus on one mention (or on none). */
  focus(m: LiveMention | undefined): void {
    const h = this.highlightOf(NAME_FOCUS, 2);
    h.clear();
    if (m?.range) h.add(m.range);
  }

  /** How many mentions are drawn. */
  get size(): number {
    return this.pieces.size;
  }

  /** Removes every highlight; the page was never changed, so nothing else needs restoring. */
  clear(): void {
    for (const name of this.names.keys()) this.win.CSS.highlights.delete(name);
    this.names.clear();
    this.pieces.clear();
  }

  private highlightOf(name: string, priority: number): Highlight {
    let h = this.names.get(name);
    if (!h) {
      h = new this.win.Highlight();
      // Above the quote markers (0), so a name inside a quote shows as a name; the focus above both.
      h.priority = priority;
      this.win.CSS.highlights.set(name, h);
      this.names.set(name, h);
    }
    return h;
  }
}
