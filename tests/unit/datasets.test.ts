/** Importing datasets and settings: validation, quota, duplicate ids, priority, round trips. */
import {
  LOCAL_QUOTA_BYTES,
  readStoredDatasets,
  storedSize,
  asksBackground,
  checkImport,
  exportSettings,
  importSettings,
  inPriorityOrder,
  MAX_DATASET_BYTES,
  sizesOf,
  costsOf,
  withImported,
} from '../../lib/datasets';
import { prepareMs } from '../../lib/prepare-cost';
import { type Dataset, parseDataset } from '../../lib/schema';
import { withDefaults } from '../../lib/settings';
import { bundled } from '../support/article';

const b = bundled();
const mine = (people: Array<[string, string]>, id = 'mine') =>
  JSON.stringify({
    id,
    title: 'Mine',
    sources: [],
    people: people.map(([pid, name]) => ({ id: pid, name, role: 'r', names: [{ text: name, match: 'always' }], quotes: [] })),
  });

test('a valid dataset with no shared ids imports cleanly', () => {
  const r = checkImport(mine([['ann-other', 'Ann Other']]), [b]);
  expect(r.ok && r.collisions).toEqual([]);
});

test('shared person ids are reported with the dataset they clash with', () => {
  const r = checkImport(mine([['liam-fox', 'Liam Fox']]), [b]);
  expect(r.ok && r.collisions).toEqual([{ personId: 'liam-fox', name: 'Liam Fox', inDataset: 'bundled' }]);
});

test('re-importing a dataset with the same id replaces it, and may not take the bundled id', () => {
  const first = JSON.parse(mine([['ann-other', 'Ann Other']]));
  const r = checkImport(mine([['ann-other', 'Ann Other']]), [b, first]);
  expect(r.ok && r.replaces).toBe('mine');
  const clash = checkImport(mine([['x-y', 'X Y']], 'bundled'), [b]);
  expect(!clash.ok && clash.errors[0]).toContain('"bundled" is the built-in dataset');
});

test.each([
  ['not JSON', '{ nope', '(file): not valid JSON'],
  ['too large', 'x'.repeat(MAX_DATASET_BYTES + 1), '(file): too large'],
  [
    'wrong types',
    JSON.stringify({ id: 'a', title: 't', sources: [], people: [{ id: 'p', name: 42, role: 'r', names: [] }] }),
    'people[0].name: expected string, got number',
  ],
])('rejects a file that is %s', (_what, text, error) => {
  const r = checkImport(text, [b]);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors[0]).toContain(error);
});

test('the quota counts what is already stored', () => {
  const r = checkImport(mine([['ann-other', 'Ann Other']]), [b], 10 * 1024 * 1024 - 10);
  expect(!r.ok && r.errors[0]).toContain('not enough room');
});

test('the quota counts a dataset as it is stored, inside a string, not as the file it came in', () => {
  const text = mine([['ann-other', 'Ann Other']]);
  const stored = JSON.parse(text) as Dataset;
  const size = storedSize([{ dataset: stored, wins: false }]);
  // The browser's count: the JSON of the stored string, its quotes escaped.
  expect(size).toBe(new TextEncoder().encode(JSON.stringify(JSON.stringify([{ dataset: stored, wins: false }]))).length);
  expect(size).toBeGreaterThan(text.length);
  expect(checkImport(text, [b], LOCAL_QUOTA_BYTES - size).ok).toBe(true);
  // Room for the file as it is, but not for the escapes.
  const r = checkImport(text, [b], LOCAL_QUOTA_BYTES - text.length);
  expect(!r.ok && r.errors[0]).toContain('not enough room');
});

test('winning imports come before the bundled dataset, others after', () => {
  const a = JSON.parse(mine([['a-a', 'A A']], 'a'));
  const c = JSON.parse(mine([['c-c', 'C C']], 'c'));
  const stored = withImported(withImported([], a, false), c, true);
  expect(inPriorityOrder(b, stored).map((d) => d.id)).toEqual(['c', 'bundled', 'a']);
  expect(withImported(stored, { ...a, title: 'new' }, false).map((s) => s.dataset.title)).toEqual(['Mine', 'new']);
});

test('settings export and import are a round trip, and foreign files are refused', () => {
  const s = withDefaults({ theme: 'dark', exceptSites: ['bbc.co.uk'], hoverDelay: 120 });
  const back = importSettings(exportSettings(s));
  expect(back.ok && back.settings).toEqual(s);
  expect(importSettings('{"theme":"dark"}')).toEqual({ ok: false, errors: ['(file): not a Dramatis settings file'] });
  const bad = importSettings(JSON.stringify({ format: 'dramatis-settings', version: 2, settings: { theme: 'neon' } }));
  expect(!bad.ok && bad.errors).toEqual(['theme: must be one of auto, light, dark']);
});

test('the sizes of the imports are their people counts, by id', () => {
  const d = bundled();
  expect(
    sizesOf([
      { dataset: { ...d, id: 'a' }, wins: false },
      { dataset: { ...d, id: 'b', people: [] }, wins: true },
    ]),
  ).toEqual({
    a: d.people.length,
    b: 0,
  });
});

test.each<[string, Record<string, number>, string[], Record<string, number>, boolean]>([
  ['no imports', {}, [], {}, false],
  ['2,000 people', { a: 1_500, b: 500 }, [], {}, false],
  ['2,001 people', { a: 1_500, b: 501 }, [], {}, true],
  ['2,001 people, one import switched off', { a: 1_500, b: 501 }, ['b'], {}, false],
  ['two people that cost 60 ms to prepare', { a: 2 }, [], { a: 60 }, true],
  ['two imports of 30 ms each', { a: 2, b: 2 }, [], { a: 30, b: 30 }, true],
  ['two imports of 30 ms each, one switched off', { a: 2, b: 2 }, ['b'], { a: 30, b: 30 }, false],
])('pages ask the background for their people with %s: %s', (_what, sizes, off, costs, asks) => {
  expect(asksBackground(sizes, off, costs)).toBe(asks);
});

/** Two people, the first quoting the second in quotes with `about` lists of `refs` entries. */
function heavy(quotes: number, about: string[]) {
  const p = (id: string) => ({ id, name: id, role: 'r', names: [{ text: `Ann ${id}`, match: 'always' as const }], quotes: [] as object[] });
  const a = p('a');
  a.quotes = Array.from({ length: quotes }, () => ({ text: 't', occasion: 'o', source: 's', about }));
  return { id: 'heavy', title: 'Heavy', sources: [{ id: 's', title: 't', publisher: 'p' }], people: [a, p('b')] };
}

test('a small file with 100,000 copies of one id in each quote is cheap once read: duplicates are dropped', () => {
  const r = checkImport(
    JSON.stringify(
      heavy(
        2,
        Array.from({ length: 100_000 }, () => 'b'),
      ),
    ),
    [],
  );
  expect(r.ok && r.dataset.people[0]!.quotes.map((q) => q.about)).toEqual([['b'], ['b']]);
  expect(r.ok && costsOf([{ dataset: r.dataset, wins: false }]).heavy).toBeLessThan(1);
});

test('what an import costs a page to prepare grows with its quotes and references, not only its people', () => {
  const light = parseDataset(heavy(1, ['b']));
  const many = parseDataset(heavy(500, ['a', 'b']));
  if (!light.ok || !many.ok) throw new Error('fixtures must be valid');
  expect(prepareMs(light.dataset)).toBeLessThan(0.1);
  expect(prepareMs(many.dataset)).toBeGreaterThan(10);
  expect(prepareMs(bundled())).toBeLessThan(2);
});

const stored = { id: 'stored', title: 'Stored', sources: [], people: [] };
test.each([
  ['one JSON string (version 2)', JSON.stringify([{ dataset: stored, wins: true }]), [{ dataset: stored, wins: true }]],
  ['the list itself (version 1)', [{ dataset: stored, wins: false }], [{ dataset: stored, wins: false }]],
  ['nothing', undefined, []],
  ['a cut-off string', '[{"dataset":', []],
  ['a string of something else', '{"dataset": {}}', []],
  ['entries with no dataset, or odd wins', [{ wins: true }, null, 7, { dataset: stored, wins: 'yes' }], [{ dataset: stored, wins: false }]],
])('stored imports read from %s', (_what, raw, expected) => {
  expect(readStoredDatasets(raw)).toEqual(expected);
});
