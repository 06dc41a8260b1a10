/**
 * The matchers a page runs with, for the two places its people come from. The content script and the
 * benchmark both take them from here, so the benchmark measures what the extension does.
 */
import { type AskedPeople, ASKING_PAGE_WORDS } from '../lib/asked-people';
import { type CompileOptions, compileMatcher, compileMatcherInSlices } from '../lib/matcher';
import { AT_ONCE_FORMS, compileMatcherForWords, nameFormCount, quickPageWords } from '../lib/people-named';
import type { Person } from '../lib/schema';
import type { HighlighterOptions } from './highlighter';
import { jobSlicer } from './slices';

/** The matchers a page runs with. */
export type PageMatchers = Pick<HighlighterOptions, 'matcher' | 'quickMatcher' | 'quickPageWords'>;

/**
 * People loaded in the page. A few (see `AT_ONCE_FORMS`) are compiled at once. With more, names on screen are
 * found with a matcher of just the people the screen's words can name, then the full matcher is built in
 * slices (`signal` stops both). Either way, a small page is done in one pass.
 */
export function loadedMatchers(
  people: readonly Person[],
  win: Window & typeof globalThis,
  signal: AbortSignal | undefined,
  opts: CompileOptions,
): PageMatchers {
  if (nameFormCount(people) <= AT_ONCE_FORMS) return { matcher: compileMatcher(people, opts) };
  return {
    matcher: () => compileMatcherInSlices(people, jobSlicer(win, signal), opts),
    quickMatcher: (words) => compileMatcherForWords(people, words, jobSlicer(win, signal, Infinity), opts),
    quickPageWords: quickPageWords(people),
  };
}

/** People asked for: every pass asks about its own words; a small page is read whole and asked about once. */
export function askedMatchers(asked: AskedPeople, opts: CompileOptions): PageMatchers {
  return { quickMatcher: (words) => asked.matcherFor(words, opts), quickPageWords: ASKING_PAGE_WORDS };
}
