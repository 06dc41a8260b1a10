/**
 * The name matcher: compiled once from the people, then run in one pass over a
 * document's text. Lookup is a hash from each word to the names that start with
 * it, so cost grows with the text, not with the number of names.
 */
import { checkSingle } from './match-context';
import { type Entry, matchAt, POSSESSIVE } from './match-words';
import { TITLES } from './name-context';
import type { NameForm, NameMatch, Person } from './schema';
import { type Segment, type TextPoint, toPoint, type TokenizedText, tokenize } from './tokens';

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
  /** `scan` over segments already tokenized (by a caller that read their words first). */
  scanTokens(t: TokenizedText): Candidate[];
  /** How many name forms were compiled. */
  readonly size: number;
}

function splitWords(form: string): string[] {
  // Most forms are single-spaced already: split on the space without a regular expression.
  const t = form.trim();
  if (!t) return [];
  return /\s\s|[^\S ]/.test(t) ? t.split(/\s+/) : t.split(' ');
}

/** The words of some text, lower-cased, each possessive also without its "'s": what `peopleNamedBy` looks up. */
export function wordsOf(segments: readonly Segment[]): Set<string> {
  const out = new Set<string>();
  addWords(tokenize(segments), out);
  return out;
}

/** Adds the words of tokenized text to a set, as `wordsOf` has them; returns how many words it has. */
export function addWords({ tokens }: TokenizedText, into: Set<string>): number {
  for (const { text } of tokens) {
    const w = text.toLowerCase();
    into.add(w);
    if (POSSESSIVE.test(w)) into.add(w.replace(POSSESSIVE, ''));
  }
  return tokens.length;
}

/**
 * A hash of a form's first word, ASCII-folded to lower case, or -1 if it has any other character: lets
 * `peopleNamedBy` skip most forms without slicing out (allocating) their first word.
 */
function foldedHash(s: string): number {
  let h = 0;
  let i = 0;
  for (; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32) break;
    if (c < 33 || c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return i ? h : -1;
}

/**
 * The people with a name that starts with one of these words: the only ones that text can mention, so a
 * matcher built from them finds there what the full one would. One lookup per name form.
 */
export function peopleNamedBy(people: readonly Person[], words: ReadonlySet<string>): Person[] {
  const hashes = new Set<number>();
  for (const w of words) hashes.add(foldedHash(w));
  const out: Person[] = [];
  for (let i = 0; i < people.length; i++) {
    const names = people[i]!.names;
    for (let j = 0; j < names.length; j++) {
      const text = names[j]!.text;
      const h = foldedHash(text);
      if (h !== -1 && !hashes.has(h)) continue;
      const first = firstWord(text);
      if (first && words.has(first.toLowerCase())) {
        out.push(people[i]!);
        break;
      }
    }
  }
  return out;
}

/** `peopleNamedBy` over a big dataset, pausing whenever the slice is spent (checked every 1,000 people). */
export async function peopleNamedByInSlices(people: readonly Person[], words: ReadonlySet<string>, slicer: Slicer): Promise<Person[]> {
  const out: Person[] = [];
  for (let i = 0; i < people.length; i += 1000) {
    if (i && slicer.spent()) await slicer.pause();
    out.push(...peopleNamedBy(people.slice(i, i + 1000), words));
  }
  return out;
}

/**
 * A matcher of just the people these words can name (see `peopleNamedBy`), picked in slices: what the
 * on-screen pass uses while the full matcher is built.
 */
export async function compileMatcherForWords(
  people: readonly Person[],
  words: ReadonlySet<string>,
  slicer: Slicer,
  opts: CompileOptions = {},
): Promise<Matcher> {
  return compileMatcher(await peopleNamedByInSlices(people, words, slicer), opts);
}

/**
 * Up to how many words a page may have for picking the people it can name to be quicker than building the
 * full matcher first: a cold build costs about what reading one word does, per name form. Capped where a
 * whole pass would delay names on screen: past 4,000 words (a few screens), or past 50,000 name forms, where
 * picking alone takes a third of the on-screen budget.
 */
export function quickPageWords(people: readonly Person[]): number {
  let forms = 0;
  for (const p of people) forms += p.names.length;
  return forms > 50_000 ? 0 : Math.min(4_000, forms);
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

/** How a long job shares the thread: `spent()` says the slice is used up, `pause()` gives the thread back. */
export interface Slicer {
  spent(): boolean;
  pause(): Promise<unknown>;
}

/**
 * Builds the matcher cooperatively, pausing whenever the slice is spent (checked every 100 people), so a
 * dataset of 100,000 people never blocks a page for long. It starts with a pause, so it never extends the
 * slice of whatever ran before it.
 */
export async function compileMatcherInSlices(people: readonly Person[], slicer: Slicer, opts: CompileOptions = {}): Promise<Matcher> {
  await slicer.pause();
  const b = new MatcherBuilder(opts);
  for (let i = 0; i < people.length; i++) {
    b.add(people[i]!);
    if (i % 100 === 99 && slicer.spent()) await slicer.pause();
  }
  return b.build();
}

/**
 * First word of a name form → the forms that start with it. Building keeps just the form's index, so
 * 100,000 people cost two arrays and a map; a form becomes an `Entry` (split, sorted) when a page first
 * shows its first word, and stays one.
 */
export class FirstWordIndex {
  private readonly slots = new Map<string, number | number[] | Entry[]>();
  constructor(private readonly entry: (form: number) => Entry) {}

  /** Files form number `form` under `key`. */
  add(key: string, form: number): void {
    const slot = this.slots.get(key);
    if (slot === undefined) this.slots.set(key, form);
    else if (typeof slot === 'number') this.slots.set(key, [slot, form]);
    else (slot as number[]).push(form);
  }

  /** The forms starting with `key`, longest first. */
  get(key: string): Entry[] | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined || (typeof slot === 'object' && typeof slot[0] === 'object')) return slot as Entry[] | undefined;
    const list = typeof slot === 'number' ? [this.entry(slot)] : (slot as number[]).map(this.entry);
    // Longest forms first, so "Sir Kim Darroch" wins over "Sir Kim".
    if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
    this.slots.set(key, list);
    return list;
  }
}

/** Whether a character code is white space as `\s` has it; a loop, as a regex per form is a sixth of the build. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The first word of a name form, lower-cased: the key `peopleNamedBy` and `PeopleIndex` find its person by. */
export function nameKey(text: string): string | undefined {
  return firstWord(text)?.toLowerCase();
}

/** The first word of a form: the common single-spaced case without splitting the whole form. */
function firstWord(text: string): string | undefined {
  const sp = text.indexOf(' ');
  const first = sp < 0 ? text : text.slice(0, sp);
  for (let i = 0; i < first.length; i++) if (isSpace(first.charCodeAt(i))) return splitWords(text)[0];
  return first || splitWords(text)[0];
}

/** Collects name forms into the lookup tables. */
class MatcherBuilder {
  private readonly owners: Person[] = [];
  private readonly forms: NameForm[] = [];
  private readonly entry = (i: number): Entry => {
    const n = this.forms[i]!;
    return { person: this.owners[i]!, personId: this.owners[i]!.id, form: n.text, words: splitWords(n.text), kind: n.match };
  };
  readonly exact = new FirstWordIndex(this.entry);
  readonly upper = new FirstWordIndex(this.entry);
  constructor(private readonly opts: CompileOptions) {}

  add(p: Person): void {
    for (const n of p.names) {
      if (n.match === 'anchored' && this.opts.useAnchored === false) continue;
      const first = firstWord(n.text);
      if (!first) continue;
      const i = this.forms.push(n) - 1;
      this.owners.push(p);
      this.exact.add(first, i);
      if (first.length < n.text.trim().length) this.upper.add(first.toUpperCase(), i);
    }
  }

  build(): Matcher {
    return makeMatcher(this.exact, this.upper, this.forms.length, this.opts);
  }
}

/** Whether `word` is one of the person's own given names ("Kim" of "Sir Kim Darroch"), not a namesake's. */
function ownsGivenName(p: Person, word: string, opts: CompileOptions): boolean {
  return p.names.some((n) => {
    if (n.match === 'anchored' && opts.useAnchored === false) return false;
    const w = splitWords(n.text);
    const first = w.length > 1 ? w.find((x) => !TITLES.has(x.toLowerCase())) : undefined;
    return first === word && first !== w[w.length - 1];
  });
}

function makeMatcher(exact: FirstWordIndex, upper: FirstWordIndex, size: number, opts: CompileOptions): Matcher {
  const owns = (e: Entry, word: string) => ownsGivenName(e.person, word, opts);
  return {
    size,
    scan(segments) {
      return this.scanTokens(tokenize(segments));
    },
    scanTokens(t) {
      const out: Candidate[] = [];
      const { tokens } = t;
      for (let i = 0; i < tokens.length; i++) {
        const hit = matchAt(t, i, exact, upper);
        if (!hit) continue;
        let first = i;
        let namesake = false;
        if (hit.entries[0]!.words.length === 1) {
          const verdict = checkSingle(t, i, hit.entries, owns);
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
