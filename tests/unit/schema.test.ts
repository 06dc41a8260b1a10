/** The schema rejects malformed data with errors that name the failing path. */
import { parseDataset, parseDatasetText } from '../../lib/schema';
import { bundled } from '../support/article';

const valid = () => JSON.parse(JSON.stringify(bundled()));

test.each([
  [
    'a quote text that is a number',
    (d: any) => (d.people[3].quotes[0] = { ...d.people[3].quotes[0], text: 7 }),
    'people[3].quotes[0].text: expected string, got number',
  ],
  ['an empty name', (d: any) => (d.people[12].names[0].text = '  '), 'people[12].names[0].text: must be a non-empty string'],
  ['a missing role', (d: any) => delete d.people[0].role, 'people[0].role: expected string, got undefined'],
  ['a bad match kind', (d: any) => (d.people[1].names[0].match = 'sometimes'), 'people[1].names[0].match: must be "always" or "anchored"'],
  ['people not an array', (d: any) => (d.people = {}), 'people: expected array, got object'],
  [
    'a non-kebab id',
    (d: any) => (d.people[2].id = 'Theresa May'),
    'people[2].id: must be kebab-case: lowercase letters, digits and hyphens',
  ],
  ['a duplicate person id', (d: any) => (d.people[1].id = 'kim-darroch'), 'people[1].id: duplicate id "kim-darroch"'],
  ['an unknown source', (d: any) => (d.people[0].quotes[0].source = 'nowhere'), 'people[0].quotes[0].source: unknown source "nowhere"'],
  [
    'an about that is not an id',
    (d: any) => (d.people[2].quotes[0].about = ['Nobody Here']),
    'people[2].quotes[0].about[0]: must be kebab-case: lowercase letters, digits and hyphens',
  ],
  ['a person with an unknown source', (d: any) => (d.people[1].source = 'nowhere'), 'people[1].source: unknown source "nowhere"'],
  [
    'a selector with no exact text',
    (d: any) => (d.people[0].quotes[0].selector = { exact: ' ' }),
    'people[0].quotes[0].selector.exact: must be a non-empty string',
  ],
  ['a javascript: source url', (d: any) => (d.sources[0].url = 'javascript:alert(1)'), 'sources[0].url: must be an http(s) URL'],
  ['a person that is null', (d: any) => (d.people[4] = null), 'people[4]: expected object, got null'],
  ['no names', (d: any) => (d.people[1].names = []), 'people[1].names: must list at least one name'],
  [
    '51 names',
    (d: any) => (d.people[1].names = Array.from({ length: 51 }, () => d.people[1].names[0])),
    'people[1].names: at most 50 entries allowed, got 51',
  ],
  [
    'a string fragment flag',
    (d: any) => (d.people[0].quotes[0].fragment = 'yes'),
    'people[0].quotes[0].fragment: expected boolean, got string',
  ],
  // Once a RangeError: the old validator turned each entry into a string, recursing as deep as the nesting.
  [
    'about nested 10,000 deep',
    (d: any) => (d.people[0].quotes[0].about = [Array.from({ length: 10_000 }).reduce<unknown[]>((inner) => [inner], [])]),
    'people[0].quotes[0].about[0]: expected string, got array',
  ],
  [
    'an honorific that is no title',
    (d: any) => (d.people[0].honorifics = ['Sir', 'Great Man']),
    'people[0].honorifics[1]: must start with a title such as Sir, Dame, Lord or Baroness',
  ],
  ['a missing match', (d: any) => delete d.people[1].names[0].match, 'people[1].names[0].match: must be "always" or "anchored"'],
  ['a dataset id that is a number', (d: any) => (d.id = 3), 'id: expected string, got number'],
])('rejects %s', (_what, mutate, error) => {
  const d = valid();
  mutate(d);
  const r = parseDataset(d);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors).toContain(error);
});

test.each([
  ['name forms', 'at most 300000 name forms in all, got 300050'],
  ['about references', 'at most 100000 "about" references in all, got 100200'],
])('the total of %s is capped, whatever the people count', (what, error) => {
  const d = valid();
  const person = d.people[0];
  // 6,001 people of 50 names, or 1,002 quotes about 100 people each (after duplicates are dropped).
  if (what === 'name forms')
    d.people = Array.from({ length: 6001 }, (_, i) => ({ ...person, id: `p-${i}`, names: Array(50).fill(person.names[0]), quotes: [] }));
  else {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...person, id: `q-${i}`, quotes: [] }));
    const about = many.map((p) => p.id);
    d.people = [
      ...many,
      ...Array.from({ length: 3 }, (_, i) => ({ ...person, id: `s-${i}`, quotes: Array(334).fill({ ...person.quotes[0], about }) })),
    ];
  }
  const r = parseDataset(d);
  expect(r.ok ? [] : r.errors).toContain(`people: ${error}`);
});

test('a file that is not an object is refused at the root', () => {
  expect(parseDataset([])).toEqual({ ok: false, errors: ['(root): expected object, got array'] });
});

test('a false fragment flag is dropped, and $schema is not kept', () => {
  const d = valid();
  d.$schema = './people.schema.json';
  d.people[0].quotes[0].fragment = false;
  const r = parseDataset(d);
  expect(r.ok && 'fragment' in r.dataset.people[0]!.quotes[0]!).toBe(false);
  expect(r.ok && '$schema' in r.dataset).toBe(false);
});

test('accepts the bundled dataset', () => {
  expect(parseDataset(valid()).ok).toBe(true);
});

test('turns a JSON syntax error into an error, not an exception', () => {
  const r = parseDatasetText('{ "people": [');
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors[0]).toMatch(/^\(file\): not valid JSON/);
});

test('keeps hostile strings as plain data', () => {
  const d = valid();
  d.people[0].role = '<img src=x onerror=alert(1)>';
  const r = parseDataset(d);
  expect(r.ok && r.dataset.people[0]!.role).toBe('<img src=x onerror=alert(1)>');
});
