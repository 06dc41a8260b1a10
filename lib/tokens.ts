/**
 * Turns a page's text segments into one joined string and a list of word tokens,
 * keeping enough bookkeeping to map any offset back to (segment, offset).
 */

/** What separates a segment from the one before it. */
export type Boundary = 'none' | 'inline' | 'block';

/** A run of text from one text node, with the kind of boundary that precedes it. */
export interface Segment {
  text: string;
  boundary: Boundary;
}

/** A position inside a segment. */
export interface TextPoint {
  segment: number;
  offset: number;
}

/** A word in the joined text. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Marks a block boundary in the joined text; no name may span it. */
export const BLOCK_SEPARATOR = '\u2029';

// Letters, marks and digits, with internal apostrophes and hyphens kept ("May's", "Taylor-Foster").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/** The joined text of a document plus its tokens. */
export interface TokenizedText {
  joined: string;
  tokens: Token[];
  /** Start of each segment in `joined`. */
  segmentStarts: number[];
}

/** Text that NFC could change: combining marks, Hangul jamo, and the few singletons (Ω, Å) a name might hold. */
const MAY_DECOMPOSE = /[\p{M}\u1100-\u11ff\u2126\u212a\u212b]/u;

/**
 * Joins segments (block boundaries become a separator) and splits it into words. Each word's text is in NFC,
 * as dataset names are, so "Pe\u0301rez" on a page is "Pérez"; its offsets stay those of the page's text.
 */
export function tokenize(segments: readonly Segment[]): TokenizedText {
  const parts: string[] = [];
  const segmentStarts: number[] = [];
  const breaks: number[] = [];
  let pos = 0;
  segments.forEach((seg, i) => {
    if (i > 0 && seg.boundary === 'block') {
      parts.push(BLOCK_SEPARATOR);
      pos += 1;
    } else if (i > 0 && seg.boundary === 'inline') {
      breaks.push(pos);
    }
    segmentStarts.push(pos);
    parts.push(seg.text);
    pos += seg.text.length;
  });
  const joined = parts.join('');
  const tokens: Token[] = [];
  let b = 0;
  for (const m of joined.matchAll(WORD)) {
    let start = m.index;
    const end = start + m[0].length;
    // An element boundary with no white space is still a word boundary: split there.
    while (b < breaks.length && breaks[b]! <= start) b++;
    while (b < breaks.length && breaks[b]! < end) {
      tokens.push({ start, end: breaks[b]!, text: joined.slice(start, breaks[b]) });
      start = breaks[b]!;
      b++;
    }
    tokens.push({ start, end, text: joined.slice(start, end) });
  }
  // One scan of the text (0.1 ms for 2 MB); most pages have nothing to compose.
  if (MAY_DECOMPOSE.test(joined)) for (const t of tokens) if (MAY_DECOMPOSE.test(t.text)) t.text = t.text.normalize('NFC');
  return { joined, tokens, segmentStarts };
}

/** Maps an offset in the joined text back to a segment position. */
export function toPoint(t: { readonly segmentStarts: readonly number[] }, pos: number, preferEnd = false): TextPoint {
  const s = t.segmentStarts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! < pos || (!preferEnd && s[mid] === pos)) lo = mid;
    else hi = mid - 1;
  }
  return { segment: lo, offset: pos - s[lo]! };
}

/**
 * The part of each segment that a [start, end) range covers, without the white
 * space between name parts, so "<a>Theresa</a> May" wraps "Theresa" and "May".
 */
export function piecesOf(
  segments: readonly Segment[],
  start: TextPoint,
  end: TextPoint,
): Array<{ segment: number; start: number; end: number }> {
  const out = [];
  for (let s = start.segment; s <= end.segment; s++) {
    const text = segments[s]!.text;
    let from = s === start.segment ? start.offset : 0;
    let to = s === end.segment ? end.offset : text.length;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) out.push({ segment: s, start: from, end: to });
  }
  return out;
}
