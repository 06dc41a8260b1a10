/**
 * The name matcher: compiled once from the people, then run in one pass over a
 * document's text. Lookup is a hash from each word to the names that start with
 * it, so cost grows with the text, not with the number of names.
 */
import type { NameMatch, Person } from './schema';
import {
  beginsClause,
  beginsCompoundName,
  beginsTitle,
  followsCount,
  followsPronoun,
  isGivenNameLike,
  isInitial,
  isSpaceGap,
  looksLikeDate,
  MONTHS,
  type Neighbours,
  TITLES,
} from './name-context';
import { type Segment, type TextPoint, type Token, toPoint, tokenize, type TokenizedText } from './tokens';

/** A name form compiled for lookup. */
interface Entry {
  personId: string;
  form: string;
  words: string[];
  kind: NameMatch;
}

/** One mention found in the text, before anchoring is resolved. */
export interface Candidate {
  start: TextPoint;
  end: TextPoint;
  /** The dataset form that matched. */
  form: string;
  /** Everyone with this exact form; anchoring picks one. */
  choices: Array<{ personId: string; kind: NameMatch }>;
  /**
   * Set when the form is someone else's surname here ("Malcolm Fraser"): not a
   * mention, but it makes the bare form ambiguous in this document.
   */
  namesake?: boolean;
}

/** A compiled matcher. */
export interface Matcher {
  /** Finds every candidate mention in the segments, in document order. */
  scan(segments: readonly Segment[]): Candidate[];
  /** How many name forms were compiled. */
  readonly size: number;
}

const POSSESSIVE = /['’]s?$/;

function splitWords(form: string): string[] {
  return form.split(/\s+/).filter(Boolean);
}

/** Options for compiling a matcher. */
export interface CompileOptions {
  /** false drops anchored forms entirely. */
  useAnchored?: boolean;
}

/** Builds the matcher in one go. */
export function compileMatcher(people: readonly Person[], opts: CompileOptions = {}): Matcher {
  const b = new MatcherBuilder(opts);
  for (const p of people) b.add(p);
  return b.build();
}

/**
 * Builds the matcher cooperatively: `pause()` is awaited every `every` people,
 * so a dataset of 100,000 people never blocks a page for long.
 */
export async function compileMatcherInSlices(
  people: readonly Person[],
  pause: () => Promise<unknown>,
  opts: CompileOptions = {},
  every = 2000,
): Promise<Matcher> {
  const b = new MatcherBuilder(opts);
  for (let i = 0; i < people.length; i++) {
    b.add(people[i]!);
    if (i % every === every - 1) await pause();
  }
  return b.build();
}

/** Collects name forms into the lookup tables. */
class MatcherBuilder {
  readonly exact = new Map<string, Entry[]>();
  readonly upper = new Map<string, Entry[]>();
  readonly givenNames = new Map<string, Set<string>>();
  size = 0;
  constructor(private readonly opts: CompileOptions) {}

  add(p: Person): void {
    const given = new Set<string>();
    for (const n of p.names) {
      if (n.match === 'anchored' && this.opts.useAnchored === false) continue;
      const w = splitWords(n.text);
      if (!w.length) continue;
      const e: Entry = { personId: p.id, form: n.text, words: w, kind: n.match };
      push(this.exact, w[0]!, e);
      if (w.length > 1) {
        push(this.upper, w[0]!.toUpperCase(), e);
        const first = w.find((x) => !TITLES.has(x.toLowerCase()));
        if (first && first !== w[w.length - 1]) given.add(first);
      }
      this.size++;
    }
    this.givenNames.set(p.id, given);
  }

  build(): Matcher {
    // Longest forms first, so "Sir Kim Darroch" wins over "Sir Kim".
    for (const list of [...this.exact.values(), ...this.upper.values()])
      if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
    return makeMatcher(this.exact, this.upper, this.givenNames, this.size);
  }
}

function push(map: Map<string, Entry[]>, key: string, e: Entry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

function makeMatcher(
  exact: Map<string, Entry[]>,
  upper: Map<string, Entry[]>,
  givenNames: Map<string, Set<string>>,
  size: number,
): Matcher {
  return {
    size,
    scan(segments) {
      const t = tokenize(segments);
      const out: Candidate[] = [];
      const { tokens } = t;
      for (let i = 0; i < tokens.length; i++) {
        const hit = matchAt(t, i, exact, upper);
        if (!hit) continue;
        let first = i;
        let namesake = false;
        if (hit.entries[0]!.words.length === 1) {
          const verdict = checkSingle(t, i, hit.entries, givenNames);
          if (verdict === false) continue;
          namesake = verdict === 'namesake';
          first = namesake ? i : (verdict as number);
        }
        const end = tokens[hit.last]!;
        const endPos = hit.possessive ? end.end - (end.text.endsWith('s') || end.text.endsWith('S') ? 2 : 1) : end.end;
        out.push({
          start: toPoint(t, tokens[first]!.start),
          end: toPoint(t, endPos, true),
          form: hit.entries[0]!.form,
          choices: hit.entries.map((e) => ({ personId: e.personId, kind: e.kind })),
          ...(namesake ? { namesake } : {}),
        });
        i = hit.last;
      }
      return out;
    },
  };
}

interface Hit {
  entries: Entry[];
  last: number;
  possessive: boolean;
}

function wordEquals(token: string, word: string, isLast: boolean, caps: boolean): boolean | 'possessive' {
  const want = caps ? word.toUpperCase() : word;
  if (token === want) return true;
  if (isLast && POSSESSIVE.test(token) && token.replace(POSSESSIVE, '') === want) return 'possessive';
  return false;
}

/** Tries every form starting at token i, longest first; returns all forms tied for the win. */
function matchAt(t: TokenizedText, i: number, exact: Map<string, Entry[]>, upper: Map<string, Entry[]>): Hit | undefined {
  const tok = t.tokens[i]!;
  const base = tok.text.replace(POSSESSIVE, '');
  const lists: Array<[Entry[] | undefined, boolean]> = [
    [exact.get(tok.text) ?? exact.get(base), false],
    [tok.text === tok.text.toUpperCase() ? upper.get(base) : undefined, true],
  ];
  for (const [list, caps] of lists) {
    if (!list) continue;
    let best: Hit | undefined;
    for (const e of list) {
      if (best && e.words.length < best.entries[0]!.words.length) break;
      const r = matchWords(t, i, e.words, caps);
      if (!r) continue;
      if (best && best.last === r.last) best.entries.push(e);
      else if (!best) best = { entries: [e], ...r };
    }
    if (best) return best;
  }
  return undefined;
}

/** Matches a form's words at token i; initials may sit between words ("Donald J. Trump"). */
function matchWords(t: TokenizedText, i: number, w: string[], caps: boolean): { last: number; possessive: boolean } | undefined {
  let k = i;
  let possessive = false;
  for (let j = 0; j < w.length; j++) {
    if (j > 0) {
      let next = k + 1;
      while (isInitial(t.joined, t.tokens[next]) && j < w.length && t.tokens[next]!.text !== w[j]) {
        if (!isSpaceGap(t.joined, t.tokens[next - 1]!.end, t.tokens[next]!.start)) return undefined;
        next++;
      }
      const prev = t.tokens[next - 1]!;
      const gapStart = isInitial(t.joined, prev) && next - 1 !== k ? prev.end + 1 : prev.end;
      if (!t.tokens[next] || !isSpaceGap(t.joined, gapStart, t.tokens[next]!.start)) return undefined;
      k = next;
    }
    const eq = wordEquals(t.tokens[k]!.text, w[j]!, j === w.length - 1, caps);
    if (!eq) return undefined;
    if (eq === 'possessive' && j < w.length - 1) return undefined;
    possessive = eq === 'possessive';
  }
  return { last: k, possessive };
}

/** Adjacent tokens of token i, joined to it by white space within the block. */
function neighbours(t: TokenizedText, i: number): Neighbours {
  const { tokens, joined } = t;
  const n: Neighbours = {};
  const p = tokens[i - 1];
  if (p && isSpaceGap(joined, p.end + (isInitial(joined, p) ? 1 : 0), tokens[i]!.start)) {
    n.prev = p;
    const pp = tokens[i - 2];
    if (pp && isSpaceGap(joined, pp.end + (isInitial(joined, pp) ? 1 : 0), p.start)) n.prevPrev = pp;
  }
  const x = tokens[i + 1];
  const me = tokens[i]!;
  if (x && isSpaceGap(joined, me.end, x.start)) n.next = x;
  if (x && x.start - me.end <= 3 && /^[\s,\-–—/]+$/u.test(joined.slice(me.end, x.start))) n.nextLoose = x;
  n.after = [];
  for (let k = i + 1; k <= i + 3 && tokens[k] && isSpaceGap(joined, tokens[k - 1]!.end, tokens[k]!.start); k++) n.after.push(tokens[k]!);
  return n;
}

/**
 * Context checks for a one-word form. Returns false to reject, 'namesake' when
 * another person with that surname is named, or the index of the first token of
 * the mention (earlier when a given name and initials precede it).
 */
function checkSingle(t: TokenizedText, i: number, entries: Entry[], givenNames: Map<string, Set<string>>): number | false | 'namesake' {
  const n = neighbours(t, i);
  const tok: Token = t.tokens[i]!;
  const bare = tok.text.replace(POSSESSIVE, '');
  const possessive = POSSESSIVE.test(tok.text);
  if (followsPronoun(n, bare) || followsCount(n) || isCitation(t, i)) return false;
  if (MONTHS.has(bare.toLowerCase()) && !possessive && looksLikeDate(n)) return false;
  if (entries.every((e) => e.kind === 'anchored') && !possessive && (beginsCompoundName(n) || beginsTitle(n) || beginsClause(n)))
    return false;
  // Look past initials ("Marsha P. Johnson") to the word before them.
  let j = i - 1;
  let prev = n.prev;
  while (prev && isInitial(t.joined, prev)) {
    const back = neighbours(t, j);
    prev = back.prev;
    j--;
  }
  if (!isGivenNameLike(prev)) return i;
  const own = entries.some((e) => givenNames.get(e.personId)?.has(prev!.text));
  return own ? j : 'namesake';
}

/** "Johnson, Charles R." and "Mackay, Duncan (1986)": a citation's inverted name. */
function isCitation(t: TokenizedText, i: number): boolean {
  const tok = t.tokens[i]!;
  const after = t.joined.slice(tok.end, tok.end + 24);
  if (/^,\s*\p{Lu}(?:\.|\p{Ll}+\s+\p{Lu}\.|\s*[,(])/u.test(after)) return true;
  const before = t.joined.slice(Math.max(0, tok.start - 24), tok.start);
  return /\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*\(\d{4}/.test(after);
}
