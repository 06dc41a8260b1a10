/**
 * The name matcher: compiled once from the people, then run in one pass over a
 * document's text. Lookup is a hash from each word to the names that start with
 * it, so cost grows with the text, not with the number of names.
 */
import { checkSingle } from './match-context';
import { FirstWordIndex, firstWord, splitWords } from './first-words';
import { type Entry, matchAt } from './match-words';
import { TITLES } from './name-context';
import type { NameForm, NameMatch, Person } from './schema';
import { BLOCK_SEPARATOR, type Segment, type TextPoint, toPoint, type TokenizedText, tokenize } from './tokens';

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
  /** A namesake introduced as someone's relative ("her husband, Philip May"): ambiguous in its own block only. */
  relative?: boolean;
  /** Which block of the text it is in (blocks are counted from 0 at the text's start). */
  block: number;
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

/** Collects name forms into the lookup tables. */
class MatcherBuilder {
  private readonly owners: Person[] = [];
  private readonly forms: NameForm[] = [];
  private readonly entry = (i: number): Entry => {
    const n = this.forms[i]!;
    return { person: this.owners[i]!, form: n.text, words: splitWords(n.text), kind: n.match };
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
      const { tokens, joined } = t;
      // Blocks are counted as the scan passes them, so the count costs one look at the text it has passed.
      let block = 0;
      let nextBlock = joined.indexOf(BLOCK_SEPARATOR);
      for (let i = 0; i < tokens.length; i++) {
        const hit = matchAt(t, i, exact, upper);
        if (!hit) continue;
        let first = i;
        let namesake = false;
        let relative = false;
        let choices = hit.entries.map((e) => ({ personId: e.person.id, kind: e.kind }));
        if (hit.entries[0]!.words.length === 1) {
          const verdict = checkSingle(t, i, hit.entries, owns);
          if (verdict === false) continue;
          namesake = verdict === 'namesake' || verdict === 'relative';
          relative = verdict === 'relative';
          if (typeof verdict === 'object') {
            first = verdict.first;
            // Who a title or a given name before it allows; with the person's own given name, a full mention
            // that anchors them.
            if (verdict.people) choices = verdict.people.map((e) => ({ personId: e.person.id, kind: verdict.full ? 'always' : e.kind }));
          }
        }
        while (nextBlock >= 0 && nextBlock < tokens[first]!.start) {
          block++;
          nextBlock = joined.indexOf(BLOCK_SEPARATOR, nextBlock + 1);
        }
        const end = tokens[hit.last]!;
        const endPos = hit.possessive ? end.end - (end.text.endsWith('s') || end.text.endsWith('S') ? 2 : 1) : end.end;
        out.push({
          start: toPoint(t, tokens[first]!.start),
          end: toPoint(t, endPos, true),
          form: hit.entries[0]!.form,
          choices,
          block,
          ...(namesake ? { namesake } : {}),
          ...(relative ? { relative } : {}),
        });
        i = hit.last;
      }
      return out;
    },
  };
}
