/**
 * Where a page's people come from. Usually the active datasets, loaded and compiled in the page. But when
 * imports hold thousands of people, loading them costs more than the page (a 40,000-person import took
 * 1.5 s on every page), so the page asks the background for just the people its words can name, and asks
 * again for words it has not seen as the page changes.
 */
import { browser } from 'wxt/browser';
import { asksBackground } from '../lib/datasets';
import { buildDirectory, type Directory } from '../lib/directory';
import {
  type CompileOptions,
  compileMatcher,
  compileMatcherForWords,
  compileMatcherInSlices,
  type Matcher,
  quickPageWords,
} from '../lib/matcher';
import { MAX_WORDS_PER_ASK, type PeopleNamedMessage } from '../lib/messages';
import type { NamedPeople } from '../lib/people-index';
import type { Person, Source } from '../lib/schema';
import type { Settings } from '../lib/settings';
import type { HighlighterOptions } from '../dom/highlighter';
import { jobSlicer } from '../dom/slices';
import { loadDirectory } from './datasets';
import { datasetsSummaryItem } from './storage';

/** The matchers a page runs with. */
export type PageMatchers = Pick<HighlighterOptions, 'matcher' | 'quickMatcher' | 'quickPageWords'>;

/** A page's people: who is known so far, and how its passes get matchers. */
export interface PeopleSource {
  /** Everyone this page knows of so far (all of them, once loaded). */
  directory(): Directory;
  /** Matchers for one run over the page; `signal` stops its long jobs. */
  matchers(win: Window & typeof globalThis, signal: AbortSignal, opts: CompileOptions): PageMatchers;
}

/** The source the settings and the imports' sizes call for. */
export async function loadPeopleSource(settings: Settings): Promise<PeopleSource> {
  const { sizes } = await datasetsSummaryItem.getValue();
  if (asksBackground(sizes, settings.disabledDatasets)) return new AskingSource();
  const directory = await loadDirectory(settings);
  const { people } = directory;
  return {
    directory: () => directory,
    matchers: (win, signal, opts) => ({
      matcher: () => compileMatcherInSlices(people, jobSlicer(win, signal), opts),
      quickMatcher: (words) => compileMatcherForWords(people, words, jobSlicer(win, signal, Infinity), opts),
      quickPageWords: quickPageWords(people),
    }),
  };
}

/** Asks the background for the people of words not seen before; what it learns serves every later pass. */
class AskingSource implements PeopleSource {
  private readonly people = new Map<string, Person>();
  private readonly sources = new Map<string, Source>();
  private readonly asked = new Set<string>();
  private known = buildDirectory([]);
  private compiled?: { matcher: Matcher; useAnchored?: boolean; size: number };
  // One question at a time, so a pass never compiles before an earlier question's people are in.
  private turn: Promise<unknown> = Promise.resolve();

  directory(): Directory {
    return this.known;
  }

  matchers(_win: Window & typeof globalThis, _signal: AbortSignal, opts: CompileOptions): PageMatchers {
    // A small page is read whole and asked about once (see quickPageWords); the cap keeps that read short.
    return { quickMatcher: (words) => this.matcherFor(words, opts), quickPageWords: 4_000 };
  }

  private matcherFor(words: ReadonlySet<string>, opts: CompileOptions): Promise<Matcher> {
    const next = this.turn.then(async () => {
      const fresh = [...words].filter((w) => !this.asked.has(w));
      for (let i = 0; i < fresh.length; i += MAX_WORDS_PER_ASK) await this.ask(fresh.slice(i, i + MAX_WORDS_PER_ASK));
      let c = this.compiled;
      if (!c || c.size !== this.people.size || c.useAnchored !== opts.useAnchored)
        c = this.compiled = { matcher: compileMatcher(this.known.people, opts), useAnchored: opts.useAnchored, size: this.people.size };
      return c.matcher;
    });
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async ask(words: string[]): Promise<void> {
    const message: PeopleNamedMessage = { type: 'dramatis/people-named', words };
    let got: NamedPeople | undefined;
    try {
      got = await browser.runtime.sendMessage<PeopleNamedMessage, NamedPeople>(message);
    } catch (e) {
      // Not marked as asked, so the next pass that meets these words asks again.
      console.warn(`Dramatis: could not look people up (${(e as Error).message})`);
      return;
    }
    if (!Array.isArray(got?.people) || !Array.isArray(got?.sources)) return;
    for (const w of words) this.asked.add(w);
    const before = this.people.size;
    for (const p of got.people) this.people.set(p.id, p);
    for (const s of got.sources) this.sources.set(s.id, s);
    if (this.people.size !== before)
      this.known = buildDirectory([{ id: 'asked', title: '', sources: [...this.sources.values()], people: [...this.people.values()] }]);
  }
}
