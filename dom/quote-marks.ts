/**
 * Quote markers on the page (issue 20), drawn with the CSS Custom Highlight API: each matched passage is a
 * `Range` in a named highlight, styled by `::highlight(...)`. The page's DOM is not touched, so a passage
 * that runs across name highlights, links and line breaks needs no wrapping, and switching off is deleting
 * the highlights. Ranges are made from a chunk's text nodes before the pass wraps its names: live ranges
 * follow the splits, so they still cover the same text afterwards.
 */
import type { QuoteKey, QuoteMatch, QuoteMatcher } from '../lib/quote-matcher';
import { toPoint } from '../lib/tokens';
import type { Chunk } from './collect';
import { drawsRanges } from './name-ranges';

/** A quote found on the page: the match, and where it is. */
export interface QuoteOnPage {
  match: QuoteMatch;
  range: Range;
}

/** The highlight names: one per colour group (the stylesheet gives each its colour), and the jump's flash. */
export const quoteHighlightName = (group: number | undefined) => (group === undefined ? 'dramatis-quote' : `dramatis-quote-${group}`);
export const QUOTE_FLASH = 'dramatis-quote-flash';

type HighlightWindow = Window & typeof globalThis;

/** The quotes found in one document, and their highlights. */
export class QuoteMarks {
  private readonly found: QuoteOnPage[] = [];
  private readonly names = new Set<string>();

  constructor(
    private readonly win: HighlightWindow,
    private readonly group: (personId: string) => number | undefined,
  ) {}

  /** Whether this browser can draw quote markers at all (CSS Custom Highlight API). */
  get supported(): boolean {
    return drawsRanges(this.win);
  }

  /** Finds the quotes in one chunk of text (its joined text and each segment's start in it) and marks them. */
  add(chunk: Chunk, joined: string, starts: readonly number[], matcher: QuoteMatcher, beforeFirst?: () => void): void {
    const matches = matcher.scan(joined);
    if (!matches.length || !this.supported) return;
    if (!this.found.length) beforeFirst?.();
    const doc = this.win.document;
    for (const match of matches) {
      const [sNode, sOff] = pointAt(chunk, starts, match.start, false);
      const [eNode, eOff] = pointAt(chunk, starts, match.end, true);
      // Text that changed since it was read is left alone, as the highlighter does.
      if (!sNode.isConnected || !eNode.isConnected || !unchanged(chunk, sNode, eNode)) continue;
      const range = doc.createRange();
      range.setStart(sNode, sOff);
      range.setEnd(eNode, eOff);
      this.found.push({ match, range });
      this.highlightOf(quoteHighlightName(this.group(match.personId))).add(range);
    }
  }

  private highlightOf(name: string): Highlight {
    const registry = this.win.CSS.highlights;
    let h = registry.get(name);
    if (!h) {
      h = new this.win.Highlight();
      registry.set(name, h);
      this.names.add(name);
    }
    return h;
  }

  /** The quotes on the page, in page order; ones whose text left the page are dropped first. */
  get all(): readonly QuoteOnPage[] {
    for (let i = this.found.length - 1; i >= 0; i--) {
      const { range, match } = this.found[i]!;
      if (!range.startContainer.isConnected || range.collapsed) {
        this.found.splice(i, 1);
        this.win.CSS.highlights.get(quoteHighlightName(this.group(match.personId)))?.delete(range);
      }
    }
    return this.found.sort((a, b) => a.range.compareBoundaryPoints(this.win.Range.START_TO_START, b.range));
  }

  /** The nth passage on the page that reproduces this quote. */
  nth(key: QuoteKey, n: number): QuoteOnPage | undefined {
    return this.all.filter((q) => q.match.personId === key.personId && q.match.index === key.index)[n];
  }

  /** The quote under a point of the viewport, if the point is on its text (not merely its line's margin). */
  at(x: number, y: number): QuoteOnPage | undefined {
    if (!this.found.length) return undefined;
    for (const q of this.found) {
      for (const r of q.range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return q;
    }
    return undefined;
  }

  /** Shows a passage as just jumped to, until `unflash`. */
  flash(q: QuoteOnPage): void {
    const h = this.highlightOf(QUOTE_FLASH);
    h.clear();
    h.add(q.range);
  }

  unflash(): void {
    this.win.CSS?.highlights?.get(QUOTE_FLASH)?.clear();
  }

  /** Removes every marker; the page was never changed, so nothing else needs restoring. */
  clear(): void {
    for (const name of this.names) this.win.CSS.highlights.delete(name);
    this.names.clear();
    this.found.length = 0;
  }
}

/** Whether the chunk's nodes from `from` to `to` still hold the text that was read. */
function unchanged(chunk: Chunk, from: Text, to: Text): boolean {
  for (let i = chunk.nodes.indexOf(from); i >= 0 && i < chunk.nodes.length; i++) {
    if (chunk.nodes[i]!.data !== chunk.segments[i]!.text) return false;
    if (chunk.nodes[i] === to) return true;
  }
  return false;
}

/** The text node and offset of a position in a chunk's joined text (block separators sit between segments). */
function pointAt(chunk: Chunk, starts: readonly number[], pos: number, isEnd: boolean): [Text, number] {
  const p = toPoint({ segmentStarts: starts }, pos, isEnd);
  const node = chunk.nodes[p.segment]!;
  return [node, Math.min(p.offset, node.data.length)];
}
