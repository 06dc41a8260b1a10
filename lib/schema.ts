/**
 * The dataset format, defined once. The valibot schemas below are the types
 * (inferred), the validator, and, through `npm run schema`, the JSON Schema that
 * editors check files against (`data/people.schema.json`). What JSON Schema
 * cannot say (unique ids, references that resolve) is checked after, in
 * `checkReferences`. Errors name the exact path:
 * `people[3].quotes[0].text: expected string, got number`.
 */
import * as v from 'valibot';
import { HONORIFIC_WORDS, honorificTitle } from './honorifics';
import { nameFormProblem } from './name-rules';

/** Upper bounds that keep a hostile import from exhausting memory or the matcher. */
export const LIMITS = {
  people: 100_000,
  sources: 1000,
  names: 50,
  quotes: 500,
  text: 200_000,
  errors: 50,
  // In all, whatever the people count: what a dataset costs to prepare grows with these (lib/prepare-cost.ts).
  totalNames: 300_000,
  totalQuotes: 200_000,
  totalAbout: 100_000,
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function kind(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x;
}

/** "expected string, got number": the message every type check gives. */
const expected =
  (type: string) =>
  (issue: { input: unknown }): string =>
    `expected ${type}, got ${kind(issue.input)}`;

const text = v.pipe(
  v.string(expected('string')),
  v.regex(/\S/, 'must be a non-empty string'),
  v.maxLength(LIMITS.text, `longer than ${LIMITS.text} characters`),
);
// JSON Schema takes one pattern per string, and no flags, so ids and URLs state their own instead of
// `text`'s, and the URL's scheme spells out both cases.
const id = v.pipe(
  v.string(expected('string')),
  v.minLength(1, 'must be a non-empty string'),
  v.maxLength(200, 'longer than 200 characters'),
  v.regex(ID, 'must be kebab-case: lowercase letters, digits and hyphens'),
);

/** An array with the project's messages; past `max` it is refused with the count. */
function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    v.array(item, expected('array')),
    v.maxLength(max, (i) => `at most ${max} entries allowed, got ${kind(i.input) === 'array' ? (i.input as unknown[]).length : 0}`),
  );
}

/**
 * An object, and not an array (valibot's object takes both; JSON Schema's does not),
 * whose missing keys are reported as their own type's error
 * ("role: expected string, got undefined"), as a reader expects.
 */
function record<E extends v.ObjectEntries>(entries: E) {
  const notObject = (input: unknown) => `expected object, got ${kind(input)}`;
  return v.pipe(
    v.unknown(),
    v.check(
      (x) => kind(x) === 'object',
      (i) => notObject(i.input),
    ),
    v.object(entries, (issue) => {
      const key = issue.path?.at(-1)?.key;
      if (issue.input === undefined && typeof key === 'string' && key in entries) {
        const message = (entries[key] as { message?: unknown }).message;
        if (typeof message === 'function') return (message as (i: { input: unknown }) => string)({ input: undefined });
        if (typeof message === 'string') return message;
      }
      return notObject(issue.input);
    }),
  );
}

const NameFormSchema = record({
  text,
  match: v.pipe(
    v.picklist(['always', 'anchored'], 'must be "always" or "anchored"'),
    v.description("always: matched anywhere. anchored: matched only on pages that also show one of the person's always names."),
  ),
});

const QuoteSchema = record({
  text: v.pipe(text, v.description('Word for word from the source.')),
  occasion: text,
  source: v.pipe(id, v.description('A sources[].id of this dataset.')),
  about: v.optional(
    v.pipe(
      list(id, LIMITS.people),
      v.description('Ids of people the quote speaks of, in this dataset or another (a quote in your notes can be about a bundled person).'),
    ),
    [],
  ),
  fragment: v.optional(v.pipe(v.boolean(expected('boolean')), v.description('A short quoted fragment rather than a sentence.'))),
  selector: v.optional(
    v.pipe(
      record({
        exact: text,
        prefix: v.optional(v.pipe(v.string(expected('string')), v.maxLength(200, 'longer than 200 characters'))),
        suffix: v.optional(v.pipe(v.string(expected('string')), v.maxLength(200, 'longer than 200 characters'))),
      }),
      v.description(
        'Where the quote is on its source page: a W3C Web Annotation text-quote selector (the exact text and about 32 characters either side).',
      ),
    ),
  ),
});

const PersonSchema = record({
  id: v.pipe(id, v.description('The full name in kebab-case, e.g. kim-darroch.')),
  name: text,
  role: v.pipe(text, v.description('What the source says the person is, and no more.')),
  description: v.optional(text),
  source: v.optional(v.pipe(id, v.description('A sources[].id of this dataset: where the role was read (set by the capture panel).'))),
  affiliation: v.optional(
    v.pipe(text, v.description('Party or group, as the source states it; used to colour highlights by affiliation.')),
  ),
  pronouns: v.optional(
    v.pipe(
      v.picklist(['he', 'she', 'they'], 'must be "he", "she" or "they"'),
      v.description('As the source refers to the person; gendered titles ("Mrs", "Sir") match only where they fit.'),
    ),
  ),
  honorifics: v.optional(
    v.pipe(
      list(text, 10),
      v.description(
        'Titles the source gives the person: "Sir", "Dame", "Lord", or a styled title such as "Lord McDonald of Salford". They decide which rank titles match, and add the forms they imply ("Sir Kim").',
      ),
    ),
  ),
  names: v.pipe(list(NameFormSchema, LIMITS.names), v.minLength(1, 'must list at least one name')),
  quotes: v.optional(list(QuoteSchema, LIMITS.quotes), []),
});

const SourceSchema = record({
  id,
  title: text,
  publisher: text,
  published: v.optional(v.pipe(text, v.description('Publication date, shown on the card.'))),
  url: v.optional(
    v.pipe(
      v.string(expected('string')),
      v.maxLength(LIMITS.text, `longer than ${LIMITS.text} characters`),
      v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S/, 'must be an http(s) URL'),
    ),
  ),
  file: v.optional(v.pipe(text, v.description('Path of a bundled copy, relative to data/.'))),
});

/** The whole file. `$schema` lets an editor find the JSON Schema; the extension ignores it. */
export const DatasetSchema = v.pipe(
  record({
    $schema: v.optional(v.string(expected('string'))),
    id: v.pipe(id, v.description('Dataset id; "bundled" is reserved.')),
    title: text,
    sources: list(SourceSchema, LIMITS.sources),
    people: list(PersonSchema, LIMITS.people),
  }),
  v.title('Dramatis dataset'),
  v.description(
    'People Dramatis can recognise, with their roles and quotes. The extension also checks that ids are unique and that references resolve (lib/schema.ts).',
  ),
);

/** The schemas JSON Schema names under `$defs`, so the file stays readable. */
export const SCHEMA_DEFS = { id, text };

/** How freely a name form may match: anywhere, or only once the person is anchored on the page. */
export type NameMatch = NameForm['match'];
/** One written form of a person's name. */
export type NameForm = v.InferOutput<typeof NameFormSchema>;
/** A direct quote, word for word from its source. */
export type Quote = v.InferOutput<typeof QuoteSchema>;
/** A person the extension can recognise. */
export type Person = v.InferOutput<typeof PersonSchema>;
/** Where quotes and roles come from. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** A whole dataset: its sources and its people. */
export type Dataset = Omit<v.InferOutput<typeof DatasetSchema>, '$schema'>;

/** The validator's verdict. */
export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** `people[3].quotes[0].text`, or `(root)` for the file itself. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    out += typeof item.key === 'number' ? `[${item.key}]` : `${out ? '.' : ''}${String(item.key)}`;
  }
  return out || '(root)';
}

/** Cross-references: unique ids, quotes naming known sources and people; and the totals. */
function checkReferences(d: Dataset): string[] {
  const errors: string[] = [];
  const fail = (path: string, why: string) => errors.length < LIMITS.errors && errors.push(`${path}: ${why}`);
  const total = { names: 0, quotes: 0, about: 0 };
  for (const p of d.people) {
    total.names += p.names.length;
    total.quotes += p.quotes.length;
    for (const q of p.quotes) total.about += q.about.length;
  }
  if (total.names > LIMITS.totalNames) fail('people', `at most ${LIMITS.totalNames} name forms in all, got ${total.names}`);
  if (total.quotes > LIMITS.totalQuotes) fail('people', `at most ${LIMITS.totalQuotes} quotes in all, got ${total.quotes}`);
  if (total.about > LIMITS.totalAbout) fail('people', `at most ${LIMITS.totalAbout} "about" references in all, got ${total.about}`);
  if (errors.length) return errors;
  d.people.forEach((p, i) => {
    p.names.forEach((n, j) => {
      const problem = nameFormProblem(n);
      if (problem) fail(`people[${i}].names[${j}].text`, problem);
    });
    p.honorifics?.forEach((h, j) => {
      if (!HONORIFIC_WORDS.has(honorificTitle(h)))
        fail(`people[${i}].honorifics[${j}]`, `must start with a title such as Sir, Dame, Lord or Baroness`);
    });
  });
  const sources = new Set<string>();
  d.sources.forEach((s, i) => {
    if (sources.has(s.id)) fail(`sources[${i}].id`, `duplicate id "${s.id}"`);
    sources.add(s.id);
  });
  const people = new Set<string>();
  d.people.forEach((p, i) => {
    if (people.has(p.id)) fail(`people[${i}].id`, `duplicate id "${p.id}"`);
    people.add(p.id);
  });
  // `about` may name people of other datasets (a note about a bundled person), so only its form is checked.
  d.people.forEach((p, i) => {
    if (p.source !== undefined && !sources.has(p.source)) fail(`people[${i}].source`, `unknown source "${p.source}"`);
    p.quotes.forEach((q, j) => {
      if (!sources.has(q.source)) fail(`people[${i}].quotes[${j}].source`, `unknown source "${q.source}"`);
    });
  });
  return errors;
}

/** Validates untrusted JSON as a dataset; never throws. */
export function parseDataset(input: unknown): ParseResult {
  const r = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  if (!r.success) return { ok: false, errors: r.issues.slice(0, LIMITS.errors).map((i) => `${pathOf(i)}: ${i.message}`) };
  const { $schema: _, ...dataset } = r.output;
  for (const p of dataset.people) {
    // Matched in NFC, as page text is (lib/tokens.ts): a decomposed "é" and a composed one are the same name.
    p.name = p.name.normalize('NFC');
    for (const n of p.names) n.text = n.text.normalize('NFC');
    for (const q of p.quotes) {
      if (q.fragment === false) delete q.fragment;
      // The same person twice says nothing more, and each copy cost a card view in every frame.
      if (q.about.length > 1) q.about = [...new Set(q.about)];
    }
  }
  const errors = checkReferences(dataset);
  return errors.length ? { ok: false, errors } : { ok: true, dataset };
}

/** Parses JSON text, turning syntax errors into the same error shape. */
export function parseDatasetText(json: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [`(file): not valid JSON (${(e as Error).message})`] };
  }
  return parseDataset(data);
}
