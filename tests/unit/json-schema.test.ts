/**
 * The JSON Schema editors use is generated from the one definition in lib/schema.ts:
 * the committed file must be current, and an editor must accept and refuse what the
 * extension does (except the cross-references JSON Schema cannot state).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { parseDataset } from '../../lib/schema';
import { datasetJsonSchema, SCHEMA_FILE } from '../../scripts/json-schema';
import { bundled } from '../support/article';

const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

test('data/people.schema.json is what `npm run schema` generates now', () => {
  expect(committed, 'run `npm run schema` and commit the result').toEqual(datasetJsonSchema());
});

const editor = new Ajv2020({ allErrors: false, strict: true }).compile(committed);
const valid = (): any => JSON.parse(JSON.stringify(bundled()));

// Each row changes the bundled dataset one way; the editor and the extension must agree.
test.each<[string, (d: any) => unknown, boolean]>([
  ['the bundled dataset as it is', () => undefined, true],
  ['a $schema key for the editor', (d) => (d.$schema = './people.schema.json'), true],
  ['an unknown extra key', (d) => (d.people[0].nickname = 'Kim'), true],
  ['a quote with no about list', (d) => delete d.people[0].quotes[0].about, true],
  ['a quote text that is a number', (d) => (d.people[0].quotes[0].text = 7), false],
  ['an empty name', (d) => (d.people[12].names[0].text = '  '), false],
  ['a missing role', (d) => delete d.people[0].role, false],
  ['a bad match kind', (d) => (d.people[1].names[0].match = 'sometimes'), false],
  ['no names at all', (d) => (d.people[1].names = []), false],
  ['51 names', (d) => (d.people[1].names = Array.from({ length: 51 }, () => d.people[1].names[0])), false],
  ['people not an array', (d) => (d.people = {}), false],
  ['a non-kebab id', (d) => (d.people[2].id = 'Theresa May'), false],
  ['a javascript: source url', (d) => (d.sources[0].url = 'javascript:alert(1)'), false],
  ['an upper-case HTTPS url', (d) => (d.sources[0].url = 'HTTPS://example.org/a'), true],
  ['a person that is null', (d) => (d.people[4] = null), false],
  ['a person that is an array', (d) => (d.people[4] = []), false],
  ['fragment as a string', (d) => (d.people[0].quotes[0].fragment = 'yes'), false],
  ['about holding a nested array', (d) => (d.people[0].quotes[0].about = [['kim-darroch']]), false],
  ['a person of another dataset in about', (d) => (d.people[2].quotes[0].about = ['someone-elsewhere']), true],
  ['an about that is not an id', (d) => (d.people[2].quotes[0].about = ['Nobody Here']), false],
  ['a selector with context', (d) => (d.people[0].quotes[0].selector = { exact: 'x y', prefix: 'a ', suffix: ' b' }), true],
  ['a selector with a number for prefix', (d) => (d.people[0].quotes[0].selector = { exact: 'x', prefix: 3 }), false],
])('%s: editor and extension agree', (_what, mutate, ok) => {
  const d = valid();
  mutate(d);
  expect(parseDataset(d).ok).toBe(ok);
  expect(editor(d)).toBe(ok);
});

test.each<[string, (d: any) => unknown]>([
  ['a duplicate person id', (d) => (d.people[1].id = 'kim-darroch')],
  ['an unknown source', (d) => (d.people[0].quotes[0].source = 'nowhere')],
])('%s: only the extension can tell, and it refuses', (_what, mutate) => {
  const d = valid();
  mutate(d);
  expect(editor(d)).toBe(true);
  expect(parseDataset(d).ok).toBe(false);
});
