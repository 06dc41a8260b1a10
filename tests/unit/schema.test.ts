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
    'an unknown person in about',
    (d: any) => (d.people[2].quotes[0].about = ['nobody']),
    'people[2].quotes[0].about[0]: unknown person "nobody"',
  ],
  ['a javascript: source url', (d: any) => (d.sources[0].url = 'javascript:alert(1)'), 'sources[0].url: must be an http(s) URL'],
  ['a person that is null', (d: any) => (d.people[4] = null), 'people[4]: expected object, got null'],
])('rejects %s', (_what, mutate, error) => {
  const d = valid();
  mutate(d);
  const r = parseDataset(d);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors).toContain(error);
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
