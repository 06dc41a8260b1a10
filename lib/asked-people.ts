/**
 * The people a page has asked about, when its datasets are held elsewhere (the background): it asks only
 * about words it has not asked about before, and what it learns serves every later pass. The question
 * itself is a parameter, so this runs the same in the extension and in the benchmark.
 */
import { buildDirectory, type Directory } from './directory';
import { type CompileOptions, compileMatcher, type Matcher } from './matcher';
import { MAX_WORDS_PER_ASK } from './messages';
import { directoryOf, type NamedPeople } from './people-index';
import type { Person, Source } from './schema';

/** A page whose people are asked for reads up to this many words whole and asks once (see `quickPageWords`). */
export const ASKING_PAGE_WORDS = 4_000;

/** Asks for the people some lower-cased words can name; resolves undefined or rejects if it could not. */
export type AskPeople = (words: string[]) => Promise<NamedPeople | undefined>;

/** What a page learns by asking, and a matcher for it. */
export class AskedPeople {
  private readonly people = new Map<string, Person>();
  private readonly sources = new Map<string, Source>();
  private readonly asked = new Set<string>();
  private known = buildDirectory([]);
  private compiled?: { matcher: Matcher; useAnchored?: boolean; size: number };
  // One question at a time, so a pass never compiles before an earlier question's people are in.
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ask: AskPeople,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** Everyone learnt so far. */
  get directory(): Directory {
    return this.known;
  }

  /** A matcher that knows everyone these words can name (asking about the new ones first). */
  matcherFor(words: ReadonlySet<string>, opts: CompileOptions): Promise<Matcher> {
    const next = this.turn.then(async () => {
      const fresh = [...words].filter((w) => !this.asked.has(w));
      for (let i = 0; i < fresh.length; i += MAX_WORDS_PER_ASK) await this.learn(fresh.slice(i, i + MAX_WORDS_PER_ASK));
      let c = this.compiled;
      if (!c || c.size !== this.people.size || c.useAnchored !== opts.useAnchored)
        c = this.compiled = { matcher: compileMatcher(this.known.people, opts), useAnchored: opts.useAnchored, size: this.people.size };
      return c.matcher;
    });
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async learn(words: string[]): Promise<void> {
    let got: NamedPeople | undefined;
    try {
      got = await this.ask(words);
    } catch (e) {
      this.warn(`could not look people up (${(e as Error).message})`);
    }
    // Not marked as asked unless answered, so the next pass that meets these words asks again.
    if (!Array.isArray(got?.people) || !Array.isArray(got?.sources)) return;
    for (const w of words) this.asked.add(w);
    const before = this.people.size;
    for (const p of got.people) this.people.set(p.id, p);
    for (const s of got.sources) this.sources.set(s.id, s);
    if (this.people.size !== before) this.known = directoryOf({ sources: [...this.sources.values()], people: [...this.people.values()] });
  }
}
