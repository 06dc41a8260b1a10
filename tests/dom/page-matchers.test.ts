/** Which matchers a page with loaded people runs with: a few people compiled at once, more picked and built in slices. */
import { loadedMatchers } from '../../dom/page-matchers';
import { AT_ONCE_FORMS, nameFormCount } from '../../lib/people-named';
import type { Person } from '../../lib/schema';
import { bundled } from '../support/article';

/** `n` people of one name form each, modelled on a bundled person. */
const people = (n: number): Person[] =>
  Array.from({ length: n }, (_, i) => ({ ...bundled().people[0]!, id: `p${i}`, names: [{ text: `Ann Example${i}`, match: 'always' }] }));

test.each([
  ['the bundled people', bundled().people, true],
  ['as many forms as are compiled at once', people(AT_ONCE_FORMS), true],
  ['one form more', people(AT_ONCE_FORMS + 1), false],
])('%s: compiled at once is %s', async (_, list, atOnce) => {
  const m = loadedMatchers(list, window, undefined, {});
  if (atOnce) {
    expect(m.matcher).toHaveProperty('scan');
    expect(m.quickMatcher).toBeUndefined();
  } else {
    expect(typeof m.matcher).toBe('function');
    expect(m.quickPageWords).toBe(Math.min(4_000, nameFormCount(list)));
    // The quick one has just the people these words can name.
    expect((await m.quickMatcher!(new Set(['ann', 'example7']))).size).toBe(nameFormCount(list));
    expect((await m.quickMatcher!(new Set(['kim', 'darroch']))).size).toBe(0);
  }
});
