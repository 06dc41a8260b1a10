/** The background's people index: a page's words get exactly the people its matcher needs, with whole cards. */
import { expect, test } from 'vitest';
import { buildDirectory } from '../../lib/directory';
import { compileMatcher } from '../../lib/matcher';
import { wordsOf } from '../../lib/people-named';
import { PeopleIndex } from '../../lib/people-index';
import { blocks, bundled, labelledPassages } from '../support/article';

const everyone = buildDirectory([bundled()]);
const index = new PeopleIndex(everyone);
const full = compileMatcher(everyone.people);

test.each(labelledPassages())('%s: a matcher of the people its words get finds what the full one finds', (_what, text) => {
  const segments = blocks(text);
  const { people } = index.named(wordsOf(segments));
  expect(compileMatcher(people).scan(segments)).toEqual(full.scan(segments));
});

test('words that name nobody get nobody', () => {
  expect(index.named(wordsOf(blocks('The weather was fine.')))).toEqual({ people: [], sources: [] });
});

test('a person comes with whoever is quoted about them and every source, so the card is whole', () => {
  const got = index.named(wordsOf(blocks('Boris Johnson spoke.')));
  const dir = buildDirectory([{ ...bundled(), sources: got.sources, people: got.people }]);
  expect(got.people.map((p) => p.id)).toContain('boris-johnson');
  expect(dir.quotesAbout('boris-johnson')).toEqual(everyone.quotesAbout('boris-johnson'));
  expect(dir.quotesBy('boris-johnson')).toEqual(everyone.quotesBy('boris-johnson'));
  for (const p of got.people) expect(dir.quotesBy(p.id)).toEqual(everyone.quotesBy(p.id));
});

test('switched-off people are not in the directory, so not in the index', () => {
  const some = new PeopleIndex(buildDirectory([bundled()], new Set(['boris-johnson'])));
  expect(some.named(['boris', 'johnson']).people.map((p) => p.id)).not.toContain('boris-johnson');
  expect(some.size).toBe(everyone.people.length - 1);
});
