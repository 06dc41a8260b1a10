/** Search over people: what each query finds and how hits rank, over the bundled and a big synthetic dataset. */
import { expect, test } from 'vitest';
import { syntheticDataset } from '../../bench/generate';
import { buildDirectory } from '../../lib/directory';
import { excerptOf, fold, PeopleSearch, type SearchHit, searchPeople } from '../../lib/people-search';
import { bundled } from '../support/article';

const dir = buildDirectory([bundled()]);

test.each([
  ['Trade', 'liam-fox', 'role'],
  ['under the bus', 'alan-duncan', 'quote'],
  ['THERESA', 'theresa-may', 'name'],
  ['théresa', 'theresa-may', 'name'],
  ['mcdonald', 'simon-mcdonald', 'name'],
])('search %j finds %s by %s', (q, id, field) => {
  const hit = searchPeople(dir.people, q)[0];
  expect(hit?.person.id).toBe(id);
  expect(hit?.field).toBe(field);
});

test('names rank above roles, roles above quotes', () => {
  const hits = searchPeople(dir.people, 'may');
  expect(hits[0]!.person.id).toBe('theresa-may');
  expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
});

const big = buildDirectory([syntheticDataset(5_000, bundled())]).people;
const rank = (h: SearchHit) => [-h.score, h.person.name.toLowerCase()] as const;

test.each(['a', 'ex', 'darroch', 'synthetic', 'be', 'zzzz'])('%j: the best hits are the head of every hit, ranked', (q) => {
  const search = new PeopleSearch(big);
  const all = search.search(q, big.length);
  // Every hit is ranked by score, then name.
  for (let i = 1; i < all.length; i++) {
    const [a, b] = [rank(all[i - 1]!), rank(all[i]!)];
    expect(a[0] < b[0] || (a[0] === b[0] && a[1].localeCompare(b[1], undefined, { sensitivity: 'base' }) <= 0)).toBe(true);
  }
  for (const limit of [1, 7, 50]) expect(search.search(q, limit)).toEqual(all.slice(0, limit));
  expect(searchPeople(big, q, 50)).toEqual(all.slice(0, 50));
});

test('a query that matches everyone finds everyone, and an empty one nobody', () => {
  const search = new PeopleSearch(big);
  const hits = search.search('synthetic person', big.length + 10);
  expect(hits.map((h) => h.person.id).sort()).toEqual(
    big
      .filter((p) => p.id.startsWith('p-'))
      .map((p) => p.id)
      .sort(),
  );
  expect(hits.every((h) => h.field === 'role')).toBe(true);
  expect(search.search('  ', 50)).toEqual([]);
  expect(search.search('may', 0)).toEqual([]);
});

test('a match in the description, which a list does not show, says so', () => {
  const hits = searchPeople(dir.people, 'may');
  const byDescription = hits.filter((h) => h.field === 'description');
  expect(byDescription.length).toBeGreaterThan(0);
  for (const h of byDescription) expect(fold(h.person.description!)).toContain('may');
});

test.each([
  [
    'the words around a match, cut at spaces',
    'The Prime Minister Theresa May said that she had full faith in him.',
    'may',
    '…Theresa ',
    'May',
    ' said that…',
    10,
  ],
  ['accents and case folded, shown as written', 'Il a vu Théresa à Paris.', 'theresa', 'Il a vu ', 'Théresa', ' à Paris.', 40],
  ['at the very start', 'May resigned.', 'MAY', '', 'May', ' resigned.', 40],
  ['a letter that folds to two keeps its place', 'ǅemal met Ǆ May.', 'may', 'ǅemal met Ǆ ', 'May', '.', 40],
])('an excerpt: %s', (_what, text, query, before, match, after, radius) => {
  expect(excerptOf(text, query, radius)).toEqual({ before, match, after });
});

test('no excerpt where the query does not match', () => {
  expect(excerptOf('Kim Darroch', 'trump')).toBeUndefined();
  expect(excerptOf('Kim Darroch', '  ')).toBeUndefined();
});
