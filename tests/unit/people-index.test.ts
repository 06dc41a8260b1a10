/** The background's people index: a page's words get exactly the people its matcher needs, with whole cards. */
import { expect, test } from 'vitest';
import { buildDirectory } from '../../lib/directory';
import { compileMatcher } from '../../lib/matcher';
import { wordsOf } from '../../lib/people-named';
import { directoryOf, PeopleIndex } from '../../lib/people-index';
import { searchPeople } from '../../lib/people-search';
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
  const dir = directoryOf(got);
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

test('the popup finds search hits as a search of everyone would, with whole cards for the ids it asks', () => {
  const got = index.find('may', ['boris-johnson', 'nobody-by-this-id'], 50);
  expect(got.hits).toEqual(searchPeople(everyone.people, 'may', 50));
  expect(got.total).toBe(everyone.people.length);
  const dir = directoryOf(got);
  expect(dir.quotesBy('boris-johnson')).toEqual(everyone.quotesBy('boris-johnson'));
  expect(dir.quotesAbout('boris-johnson')).toEqual(everyone.quotesAbout('boris-johnson'));
  expect(dir.byId.has('nobody-by-this-id')).toBe(false);
});

test.each([1, 5, 100])('with no query the popup gets the first %i of everyone, and how many there are', (limit) => {
  const got = index.find('  ', [], limit);
  expect(got.hits.map((h) => h.person.id)).toEqual(everyone.people.slice(0, limit).map((p) => p.id));
  expect(got.total).toBe(everyone.people.length);
  expect(got.people).toEqual([]);
});
