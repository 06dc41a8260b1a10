/** Names that cannot be meant are refused, and names match across Unicode normalisation forms. */
import { compileMatcher } from '../../lib/matcher';
import { parseDataset, type Person } from '../../lib/schema';
import { tokenize } from '../../lib/tokens';
import { bundled } from '../support/article';

const withName = (text: string, match: 'always' | 'anchored') => {
  const d = JSON.parse(JSON.stringify(bundled()));
  d.people[1].names = [
    { text: 'Donald Trump', match: 'always' },
    { text, match },
  ];
  return parseDataset(d);
};

test.each<[string, 'always' | 'anchored', string | null]>([
  ['The', 'always', '"The" is a common word and would match almost anywhere; make it "anchored" or use a fuller name'],
  ['les', 'always', '"les" is a common word'],
  ['I', 'always', 'must be more than one character'],
  ['A', 'anchored', 'must be more than one character'],
  ['李', 'always', 'must be more than one character'],
  ['1999', 'always', 'must contain a letter'],
  ['—', 'anchored', 'must contain a letter'],
  // Near misses that must stay allowed.
  ['May', 'anchored', null],
  ['The Donald', 'always', null],
  ['Li', 'always', null],
  ['Theresa', 'anchored', null],
])('a name form "%s" (%s)', (text, match, problem) => {
  const r = withName(text, match);
  if (problem === null) expect(r.ok ? [] : r.errors).toEqual([]);
  else expect(r.ok ? [] : r.errors.join('\n')).toContain(`people[1].names[1].text: ${problem}`);
});

const person = (name: string): Person => ({ id: 'ana-perez', name, role: 'r', names: [{ text: name, match: 'always' }], quotes: [] });
const found = (people: Person[], text: string) => compileMatcher(people).scan([{ text, boundary: 'block' }]).length;
const NFC = 'Ana P\u00e9rez';
const NFD = 'Ana Pe\u0301rez';

test.each([
  ['a composed name on a decomposed page', NFC, NFD],
  ['a decomposed name on a composed page', NFD, NFC],
  ['both composed', NFC, NFC],
])('%s is found once the dataset is read', (_what, name, page) => {
  const r = parseDataset({ id: 'x', title: 'x', sources: [], people: [person(name)] });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  expect(found(r.dataset.people, `Yesterday ${page} spoke.`)).toBe(1);
});

test('a decomposed word keeps the page’s offsets, so the highlight covers exactly the page’s characters', () => {
  const t = tokenize([{ text: `Hi ${NFD}!`, boundary: 'block' }]);
  const last = t.tokens[2]!;
  expect(last.text).toBe('P\u00e9rez');
  expect(t.joined.slice(last.start, last.end)).toBe('Pe\u0301rez');
});
