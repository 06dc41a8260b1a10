/**
 * The people a text can name: those with a name whose first word is one of its words. A matcher of just
 * them finds in that text what the full one would, so names on screen, small pages and pages that ask the
 * background need not wait for, or hold, the whole dataset.
 */
import { foldedHash, nameKey } from './first-words';
import { POSSESSIVE } from './match-words';
import { type CompileOptions, compileMatcher, type Matcher, type Slicer } from './matcher';
import type { Person } from './schema';
import { type Segment, type TokenizedText, tokenize } from './tokens';

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
      const key = nameKey(text);
      if (key && words.has(key)) {
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
  const forms = nameFormCount(people);
  return forms > 50_000 ? 0 : Math.min(4_000, forms);
}

/** How many name forms a dataset has: what its matcher's build costs grow with. */
export function nameFormCount(people: readonly Person[]): number {
  let forms = 0;
  for (const p of people) forms += p.names.length;
  return forms;
}

/**
 * Up to this many name forms, the full matcher is built at once, before the first pass: the bundled people's
 * 27 forms build in 0.4 ms with cold code, 227 forms in under 2 ms, which is less than picking from them the
 * people the screen's words can name, building that, and then the full matcher as well. Much past it, the
 * build would take a good part of the first slice.
 */
export const AT_ONCE_FORMS = 250;
