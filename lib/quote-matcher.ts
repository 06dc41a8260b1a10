/**
 * Finds where a page reproduces a dataset quote, in whole or in part (issue 20). Compiled once from the
 * people's quotes into an index from each three-word sequence to where it occurs; a page is then read once,
 * word by word, so cost grows with the page's text, not with text × quotes. A match is a chain of runs of
 * the quote's words, in order, one of them at least six words long; the others (three words or more) extend
 * it across an ellipsis or a few changed words. A quote the dataset marks as a fragment ("mostly true") matches on its own only in
 * quotation marks, with its speaker named just before it in the same block.
 */
import { isQuoted, type QuoteWord, quoteWords } from './quote-words';
import type { Person } from './schema';
import { BLOCK_SEPARATOR } from './tokens';

/** Which quote: its speaker and its place in their quotes. */
export interface QuoteKey {
  personId: string;
  index: number;
}

/** A passage of a page that reproduces a quote. */
export interface QuoteMatch extends QuoteKey {
  /** Offsets in the scanned text, from the first matched word to the last. */
  start: number;
  end: number;
  /** The quote's words found on the page, as [start, end) character ranges of the quote's own text. */
  found: Array<[number, number]>;
  /** The page leaves some of the quote out. */
  shortened: boolean;
  /** Words the page has in place of the quote's ("from" is the quote's, "to" the page's). */
  changed: Array<{ from: string; to: string }>;
}

/** Consecutive words that one run of a match must hold. */
export const MIN_WORDS = 6;
const GRAM = 3;
/** A three-word sequence in more quotes than this is too common to find anything by ("one of the"). */
const MAX_POSTINGS = 48;
/** Page words allowed between two runs of one match (changed words). */
const MAX_CHANGED = 6;
/** How far before a fragment its speaker must be named (characters, same block). */
const SPEAKER_WINDOW = 300;

interface Compiled extends QuoteKey {
  words: QuoteWord[];
  text: string;
  fragment: boolean;
  /** The speaker's name forms, to find before a fragment. */
  names: string[];
}

interface Run {
  q: number;
  /** Page word index and quote word index of the run's first word, and its length. */
  pi: number;
  qi: number;
  len: number;
}

/** A compiled quote matcher. */
export interface QuoteMatcher {
  /** How many quotes it knows. */
  readonly size: number;
  /** The passages of `text` (one chunk's joined text) that reproduce a quote, in text order, never overlapping. */
  scan(text: string): QuoteMatch[];
}

const key = (ws: readonly QuoteWord[], i: number) => `${ws[i]!.w} ${ws[i + 1]!.w} ${ws[i + 2]!.w}`;
/**
 * Whether words i-1 and i are joined: no ellipsis between. A block boundary does not part them: a page may
 * break a quote with `<br>` or across paragraphs, and only the quote's own next words continue a run.
 */
const joined = (ws: readonly QuoteWord[], i: number) => i > 0 && !ws[i]!.gap;

/** Compiles the quotes of these people. */
export function compileQuotes(people: readonly Person[]): QuoteMatcher {
  const quotes: Compiled[] = [];
  const grams = new Map<string, Array<[number, number]>>();
  const fragments = new Map<string, number[]>();
  for (const p of people) {
    const names = [...new Set([p.name, ...p.names.map((n) => n.text)])];
    p.quotes.forEach((q, index) => {
      const words = quoteWords(q.text);
      if (!words.length) return;
      const at = quotes.push({ personId: p.id, index, words, text: q.text, fragment: !!q.fragment, names }) - 1;
      if (q.fragment) {
        const list = fragments.get(words[0]!.w) ?? fragments.set(words[0]!.w, []).get(words[0]!.w)!;
        list.push(at);
        return;
      }
      for (let i = 0; i + GRAM <= words.length; i++) {
        if (!joined(words, i + 1) || !joined(words, i + 2)) continue;
        const k = key(words, i);
        const list = grams.get(k) ?? grams.set(k, []).get(k)!;
        list.push([at, i]);
      }
    });
  }
  for (const [k, list] of grams) if (list.length > MAX_POSTINGS) grams.delete(k);
  // The words an indexed sequence starts with: any other page word is passed over before its key is built.
  const firsts = new Set([...grams.keys()].map((k) => k.slice(0, k.indexOf(' '))));
  return {
    size: quotes.length,
    scan: (text) => (quotes.length ? scan(text, quotes, grams, fragments, firsts) : []),
  };
}

function scan(
  text: string,
  quotes: Compiled[],
  grams: Map<string, Array<[number, number]>>,
  fragments: Map<string, number[]>,
  firsts: ReadonlySet<string>,
): QuoteMatch[] {
  const page = quoteWords(text);
  const runs: Run[] = [];
  // The end of the last run found on each diagonal (quote, page − quote offset): a run is found once.
  const reach = new Map<string, number>();
  const out: QuoteMatch[] = [];
  for (let i = 0; i < page.length; i++) {
    const frag = fragments.get(page[i]!.w);
    if (frag) for (const q of frag) fragmentAt(text, page, i, quotes[q]!, out);
    if (i + GRAM > page.length || !firsts.has(page[i]!.w) || !joined(page, i + 1) || !joined(page, i + 2)) continue;
    const postings = grams.get(key(page, i));
    if (!postings) continue;
    for (const [q, qi] of postings) {
      const diagonal = `${q}:${i - qi}`;
      if ((reach.get(diagonal) ?? -1) > i) continue;
      const words = quotes[q]!.words;
      let len = GRAM;
      while (
        i + len < page.length &&
        qi + len < words.length &&
        joined(page, i + len) &&
        joined(words, qi + len) &&
        page[i + len]!.w === words[qi + len]!.w
      )
        len++;
      reach.set(diagonal, i + len);
      runs.push({ q, pi: i, qi, len });
    }
  }
  out.push(...chains(runs, page, quotes, text));
  return pickBest(out);
}

/** A fragment at page word i: the same words, in quotation marks, with its speaker named just before. */
function fragmentAt(text: string, page: QuoteWord[], i: number, q: Compiled, out: QuoteMatch[]): void {
  const n = q.words.length;
  if (i + n > page.length) return;
  for (let k = 0; k < n; k++) if (page[i + k]!.w !== q.words[k]!.w || (k > 0 && !joined(page, i + k))) return;
  const start = page[i]!.start;
  const end = page[i + n - 1]!.end;
  if (!isQuoted(text, start, end)) return;
  const before = text.slice(Math.max(0, start - SPEAKER_WINDOW), start);
  const block = before.slice(before.lastIndexOf(BLOCK_SEPARATOR) + 1);
  if (!q.names.some((name) => new RegExp(`(?:^|[^\\p{L}])${escape(name)}(?:[^\\p{L}]|$)`, 'u').test(block))) return;
  out.push({ personId: q.personId, index: q.index, start, end, found: [[0, q.text.length]], shortened: false, changed: [] });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Joins each quote's runs, in page order, into matches of at least MIN_WORDS words. */
function chains(runs: Run[], page: QuoteWord[], quotes: Compiled[], text: string): QuoteMatch[] {
  const byQuote = new Map<number, Run[]>();
  for (const r of runs) (byQuote.get(r.q) ?? byQuote.set(r.q, []).get(r.q)!).push(r);
  const out: QuoteMatch[] = [];
  for (const [q, list] of byQuote) {
    list.sort((a, b) => a.pi - b.pi);
    let chain: Run[] = [];
    // At least MIN_WORDS consecutive words somewhere in the chain: shorter runs only extend a match.
    const close = () => {
      if (chain.some((r) => r.len >= MIN_WORDS)) out.push(describe(chain, page, quotes[q]!, text));
      chain = [];
    };
    for (const r of list) {
      const last = chain[chain.length - 1];
      if (last) {
        const pageGap = r.pi - (last.pi + last.len);
        const inOrder = r.qi >= last.qi + last.len && pageGap >= 0 && pageGap <= MAX_CHANGED;
        if (!inOrder) close();
      }
      chain.push(r);
    }
    close();
  }
  return out;
}

/** A chain of runs as a match: where it is, which of the quote's words it holds, and how it differs. */
function describe(chain: Run[], page: QuoteWord[], q: Compiled, text: string): QuoteMatch {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  const found: Array<[number, number]> = chain.map((r) => [q.words[r.qi]!.start, q.words[r.qi + r.len - 1]!.end]);
  const changed: Array<{ from: string; to: string }> = [];
  let shortened = first.qi > 0 || last.qi + last.len < q.words.length;
  for (let k = 1; k < chain.length; k++) {
    const a = chain[k - 1]!;
    const b = chain[k]!;
    const qFrom = a.qi + a.len;
    const pFrom = a.pi + a.len;
    // Page words between the runs stand in for the quote's words between them; none, with an ellipsis, is a cut.
    if (b.pi > pFrom && b.qi > qFrom)
      changed.push({
        from: q.text.slice(q.words[qFrom]!.start, q.words[b.qi - 1]!.end),
        to: text.slice(page[pFrom]!.start, page[b.pi - 1]!.end),
      });
    else if (b.qi > qFrom) shortened = true;
  }
  return {
    personId: q.personId,
    index: q.index,
    start: page[first.pi]!.start,
    end: page[last.pi + last.len - 1]!.end,
    found,
    shortened,
    changed,
  };
}

/** Keeps, of overlapping matches, the one holding most words (then the one closest to its whole quote). */
function pickBest(matches: QuoteMatch[]): QuoteMatch[] {
  const size = (m: QuoteMatch) => m.found.reduce((n, [a, b]) => n + b - a, 0);
  const ranked = [...matches].sort((a, b) => size(b) - size(a) || Number(a.shortened) - Number(b.shortened));
  const kept: QuoteMatch[] = [];
  for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
