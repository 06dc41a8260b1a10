/**
 * "Would highlight N here" over the demo article: counts as the highlighter would, and a run of counts (a
 * reader typing a name) reads the page once, until the page changes or counting pauses.
 */
import * as collect from '../../dom/collect';
import { KEEP_TEXT_MS, PageCount } from '../../dom/preview-count';
import type { NameForm } from '../../lib/schema';
import { ARTICLE } from '../support/article';

const always = (text: string): NameForm => ({ text, match: 'always' });
const anchored = (text: string): NameForm => ({ text, match: 'anchored' });
const reads = vi.spyOn(collect, 'collectChunks');
let stop: AbortController;
let counter: PageCount;

beforeEach(() => {
  document.body.textContent = '';
  for (const para of ARTICLE.split(/\n\s*\n/)) document.body.append(Object.assign(document.createElement('p'), { textContent: para }));
  stop = new AbortController();
  counter = new PageCount(document, stop.signal);
  reads.mockClear();
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

// Expected counts are the article's own: each form's occurrences, as the matcher's rules take them.
const occurrences = (re: RegExp) => ARTICLE.match(re)?.length ?? 0;

test.each([
  ['a full name', [always('Kim Darroch')], occurrences(/Kim Darroch/g)],
  ['a surname only where the full name is on the page', [always('Kim Darroch'), anchored('Darroch')], occurrences(/Darroch/g)],
  ['a surname anchored to a name the page never gives', [always('Jane Darroch'), anchored('Darroch')], 0],
  ['nothing long enough to count', [always(' K ')], 0],
])('%s', (_, forms, expected) => {
  expect(counter.count(forms)).toBe(expected);
});

test('the article names Kim Darroch, so the rows above count something', () => {
  expect(occurrences(/Kim Darroch/g)).toBeGreaterThan(1);
  expect(occurrences(/Darroch/g)).toBeGreaterThan(occurrences(/Kim Darroch/g));
});

test('a run of counts, as the reader types a name, reads the page once', () => {
  const typed = ['Ki', 'Kim', 'Kim D', 'Kim Dar', 'Kim Darroch'].map((t) => counter.count([always(t)]));
  expect(typed.at(-1)).toBe(occurrences(/Kim Darroch/g));
  expect(reads).toHaveBeenCalledTimes(1);
});

test('a change to the page is counted: it is read again', async () => {
  const before = counter.count([always('Kim Darroch')]);
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later, Kim Darroch spoke.' }));
  await Promise.resolve();
  expect(counter.count([always('Kim Darroch')])).toBe(before + 1);
  expect(reads).toHaveBeenCalledTimes(2);
});

test('after a pause the text is let go, and read again on the next count', () => {
  vi.useFakeTimers();
  counter.count([always('Kim Darroch')]);
  vi.advanceTimersByTime(KEEP_TEXT_MS - 1);
  counter.count([always('Kim Darroch')]);
  expect(reads).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(KEEP_TEXT_MS);
  counter.count([always('Kim Darroch')]);
  expect(reads).toHaveBeenCalledTimes(2);
});
