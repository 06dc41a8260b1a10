/**
 * The name matcher: compiled once from the people, then run in one pass over a
 * document's text. Lookup is a hash from each word to the names that start with
 * it, so cost grows with the text, not with the number of names.
 */
import { checkSingle } from './match-context';
import { type Entry, matchAt, POSSESSIVE } from './match-words';
import { TITLES } from './name-context';
import type { NameMatch, Person } from './schema';
import { type Segment, type TextPoint, toPoint, tokenize } from './tokens';

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

function splitWords(form: string): string[] {
  // Most forms are single-spaced already: split on the space without a regular expression.
  const t = form.trim();
  if (!t) return [];
  return /\s\s|[^\S ]/.test(t) ? t.split(/\s+/) : t.split(' ');
}

/** The words of some text, lower-cased, each possessive also without its "'s": what `peopleNamedBy` looks up. */
export function wordsOf(segments: readonly Segment[]): Set<string> {
  const out = new Set<string>();
  for (const { text } of tokenize(segments).tokens) {
    const w = text.toLowerCase();
    out.add(w);
    if (POSSESSIVE.test(w)) out.add(w.replace(POSSESSIVE, ''));
  }
  return out;
}

const FIRST_WORD = /\S+/;

/**
 * The people with a name that starts with one of these words: the only ones that text can mention, so a
 * matcher built from them finds there what the full one would. One lookup per name form.
 */
export function peopleNamedBy(people: readonly Person[], words: ReadonlySet<string>): Person[] {
  return people.filter((p) =>
    p.names.some((n) => {
      const first = FIRST_WORD.exec(n.text);
      return !!first && words.has(first[0].toLowerCase());
    }),
  );
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
 * dataset of 100,000 people never blocks a page for long. It starts with a pause, so what the caller starts
 * next (the on-screen pass) runs first.
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

/** Collects name forms into the lookup tables. */
class MatcherBuilder {
  readonly exact = new Map<string, Entry[]>();
  readonly upper = new Map<string, Entry[]>();
  readonly givenNames = new Map<string, Set<string>>();
  size = 0;
  constructor(private readonly opts: CompileOptions) {}

  add(p: Person): void {
    let given: Set<string> | undefined;
    for (const n of p.names) {
      if (n.match === 'anchored' && this.opts.useAnchored === false) continue;
      const w = splitWords(n.text);
      if (!w.length) continue;
      const e: Entry = { personId: p.id, form: n.text, words: w, kind: n.match };
      push(this.exact, w[0]!, e);
      if (w.length > 1) {
        push(this.upper, w[0]!.toUpperCase(), e);
        const first = w.find((x) => !TITLES.has(x.toLowerCase()));
        if (first && first !== w[w.length - 1]) (given ??= new Set()).add(first);
      }
      this.size++;
    }
    // Most people have one given name or none: no empty sets for 100,000 of them.
    if (given) this.givenNames.set(p.id, given);
  }

  build(): Matcher {
    // Longest forms first, so "Sir Kim Darroch" wins over "Sir Kim".
    for (const map of [this.exact, this.upper])
      for (const list of map.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
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
