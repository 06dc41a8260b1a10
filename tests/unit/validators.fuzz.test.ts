/**
 * The dataset and settings validators answer every input with a verdict and never throw: property-based,
 * over inputs shaped like real files with every field sometimes wrong, prototype keys, and deep nesting.
 */
import fc from 'fast-check';
import { parseDataset, parseDatasetText } from '../../lib/schema';
import { DEFAULT_SETTINGS, parseSettings, toStored, withDefaults } from '../../lib/settings';

/** Any JSON value, nested up to `depth`, with keys that are on every object's prototype among the others. */
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const key = fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 }));
const json = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 20 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
/** An array nested `n` deep, as a hostile `about` list. */
const deep = fc.integer({ min: 1, max: 20_000 }).map((n) => Array.from({ length: n }).reduce<unknown>((inner) => [inner], 'x'));
/** Right most of the time, wrong in any way the rest. */
const mostly = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: json }, { weight: 1, arbitrary: deep });
const id = mostly(fc.constantFrom('kim-darroch', 'theresa-may', 'src', 'Not Kebab', ''));
const text = mostly(fc.string({ maxLength: 30 }));
const nameForm = fc.record({ text, match: mostly(fc.constantFrom('always', 'anchored', 'sometimes')) }, { requiredKeys: [] });
const quote = fc.record(
  { text, occasion: text, source: id, about: mostly(fc.array(id, { maxLength: 3 })), fragment: mostly(fc.boolean()) },
  { requiredKeys: [] },
);
const person = fc.record(
  {
    id,
    name: text,
    role: text,
    description: text,
    affiliation: text,
    names: mostly(fc.array(nameForm, { maxLength: 3 })),
    quotes: mostly(fc.array(quote, { maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const source = fc.record({ id, title: text, publisher: text, url: mostly(fc.webUrl()), published: text }, { requiredKeys: [] });
const dataset = fc.record(
  { id, title: text, sources: mostly(fc.array(source, { maxLength: 3 })), people: mostly(fc.array(person, { maxLength: 4 })) },
  { requiredKeys: [] },
);
/** A verdict's error names a place: `people[0].names[1].text: …`, `(root): …` or `(file): …`. */
const PLACE = /^(\(root\)|\(file\)|[$A-Za-z_]+(\[\d+\])*(\.[$A-Za-z_]+(\[\d+\])*)*): \S/;

test('a dataset of any shape gets a verdict, with a place for every error', () => {
  fc.assert(
    fc.property(fc.oneof(dataset, json, deep), (input) => {
      const r = parseDataset(input);
      if (r.ok) expect(parseDataset(JSON.parse(JSON.stringify(r.dataset))).ok).toBe(true);
      else {
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) expect(e).toMatch(PLACE);
      }
    }),
    { numRuns: 2500, endOnFailure: true, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true },
  );
});

test('any text as a dataset file gets a verdict', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        json.map((v) => JSON.stringify(v) ?? ''),
      ),
      (input) => {
        const r = parseDatasetText(input);
        expect(typeof r.ok).toBe('boolean');
      },
    ),
    { numRuns: 1000, endOnFailure: true, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true },
  );
});

const settingKey = fc.oneof(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), ...PROTO_KEYS), fc.string({ maxLength: 8 }));
const settingsFile = fc.oneof(
  // As JSON.parse makes them: `__proto__` an own key like any other.
  fc.array(fc.tuple(settingKey, fc.oneof(json, deep)), { maxLength: 6 }).map((entries) => Object.fromEntries(entries) as unknown),
  json,
);

test('a settings file of any shape gets a verdict, and what is accepted is stored and read back the same', () => {
  fc.assert(
    fc.property(settingsFile, (input) => {
      const r = parseSettings(input);
      if (!r.ok) for (const e of r.errors) expect(e).toMatch(/^\S.*: \S/);
      else expect(withDefaults(toStored(r.settings))).toEqual(r.settings);
      // Whatever is stored, reading it never throws and gives full settings.
      expect(Object.keys(withDefaults(input)).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    }),
    { numRuns: 2500, endOnFailure: true, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true },
  );
});
