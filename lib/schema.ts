/**
 * The dataset schema: types plus a validator whose errors name the exact path,
 * e.g. `people[3].quotes[0].text: expected string`. Used for the bundled data at
 * load and for every user import, so both go through the same gate.
 */

/** How freely a name form may match: anywhere, or only once the person is anchored on the page. */
export type NameMatch = 'always' | 'anchored';

/** One written form of a person's name. */
export interface NameForm {
  text: string;
  match: NameMatch;
}

/** A direct quote, word for word from its source. */
export interface Quote {
  text: string;
  occasion: string;
  source: string;
  about: string[];
  /** A short quoted fragment ("foolish") rather than a full sentence. */
  fragment?: boolean;
}

/** A person the extension can recognise. */
export interface Person {
  id: string;
  name: string;
  role: string;
  description?: string;
  /** The party or group the source says the person belongs to. */
  affiliation?: string;
  names: NameForm[];
  quotes: Quote[];
}

/** Where quotes and roles come from. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  published?: string;
  url?: string;
  file?: string;
}

/** A whole dataset: its sources and its people. */
export interface Dataset {
  id: string;
  title: string;
  sources: Source[];
  people: Person[];
}

/** The validator's verdict. */
export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** Upper bounds that keep a hostile import from exhausting memory or the matcher. */
export const LIMITS = { people: 100_000, names: 50, quotes: 500, text: 200_000, errors: 50 };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Obj = Record<string, unknown>;

class Checker {
  errors: string[] = [];
  fail(path: string, why: string): void {
    if (this.errors.length < LIMITS.errors) this.errors.push(`${path}: ${why}`);
  }
  obj(v: unknown, path: string): Obj | undefined {
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Obj;
    this.fail(path, `expected object, got ${kind(v)}`);
    return undefined;
  }
  arr(v: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(v)) {
      this.fail(path, `expected array, got ${kind(v)}`);
      return [];
    }
    if (v.length > max) this.fail(path, `at most ${max} entries allowed, got ${v.length}`);
    return v.slice(0, max);
  }
  str(o: Obj, key: string, path: string, optional = false): string {
    const v = o[key];
    if (v === undefined && optional) return '';
    if (typeof v !== 'string') this.fail(`${path}.${key}`, `expected string, got ${kind(v)}`);
    else if (!v.trim()) this.fail(`${path}.${key}`, 'must be a non-empty string');
    else if (v.length > LIMITS.text) this.fail(`${path}.${key}`, `longer than ${LIMITS.text} characters`);
    else return v;
    return '';
  }
  id(o: Obj, key: string, path: string): string {
    const v = this.str(o, key, path);
    if (v && !ID.test(v)) this.fail(`${path}.${key}`, 'must be kebab-case: lowercase letters, digits and hyphens');
    return v;
  }
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function parseSource(c: Checker, v: unknown, path: string): Source | undefined {
  const o = c.obj(v, path);
  if (!o) return undefined;
  const s: Source = { id: c.id(o, 'id', path), title: c.str(o, 'title', path), publisher: c.str(o, 'publisher', path) };
  for (const key of ['published', 'url', 'file'] as const) {
    const val = c.str(o, key, path, true);
    if (val) s[key] = val;
  }
  if (s.url && !/^https?:\/\//i.test(s.url)) c.fail(`${path}.url`, 'must be an http(s) URL');
  return s;
}

function parseQuote(c: Checker, v: unknown, path: string): Quote | undefined {
  const o = c.obj(v, path);
  if (!o) return undefined;
  const about = c.arr(o.about ?? [], `${path}.about`, LIMITS.people).map((a, i) => {
    if (typeof a !== 'string') c.fail(`${path}.about[${i}]`, `expected string, got ${kind(a)}`);
    return String(a);
  });
  const q: Quote = { text: c.str(o, 'text', path), occasion: c.str(o, 'occasion', path), source: c.str(o, 'source', path), about };
  if (o.fragment !== undefined) {
    if (typeof o.fragment !== 'boolean') c.fail(`${path}.fragment`, `expected boolean, got ${kind(o.fragment)}`);
    else if (o.fragment) q.fragment = true;
  }
  return q;
}

function parsePerson(c: Checker, v: unknown, path: string): Person | undefined {
  const o = c.obj(v, path);
  if (!o) return undefined;
  const p: Person = { id: c.id(o, 'id', path), name: c.str(o, 'name', path), role: c.str(o, 'role', path), names: [], quotes: [] };
  for (const key of ['description', 'affiliation'] as const) {
    const val = c.str(o, key, path, true);
    if (val) p[key] = val;
  }
  const names = c.arr(o.names, `${path}.names`, LIMITS.names);
  if (Array.isArray(o.names) && names.length === 0) c.fail(`${path}.names`, 'must list at least one name');
  names.forEach((n, i) => {
    const np = `${path}.names[${i}]`;
    const no = c.obj(n, np);
    if (!no) return;
    const text = c.str(no, 'text', np);
    if (no.match !== 'always' && no.match !== 'anchored') c.fail(`${np}.match`, 'must be "always" or "anchored"');
    else if (text) p.names.push({ text, match: no.match });
  });
  c.arr(o.quotes ?? [], `${path}.quotes`, LIMITS.quotes).forEach((q, i) => {
    const quote = parseQuote(c, q, `${path}.quotes[${i}]`);
    if (quote) p.quotes.push(quote);
  });
  return p;
}

/** Cross-references: unique ids, quotes naming known sources and people. */
function checkReferences(c: Checker, d: Dataset): void {
  const sources = new Set<string>();
  d.sources.forEach((s, i) => {
    if (sources.has(s.id)) c.fail(`sources[${i}].id`, `duplicate id "${s.id}"`);
    sources.add(s.id);
  });
  const people = new Set<string>();
  d.people.forEach((p, i) => {
    if (people.has(p.id)) c.fail(`people[${i}].id`, `duplicate id "${p.id}"`);
    people.add(p.id);
  });
  d.people.forEach((p, i) =>
    p.quotes.forEach((q, j) => {
      const path = `people[${i}].quotes[${j}]`;
      if (q.source && !sources.has(q.source)) c.fail(`${path}.source`, `unknown source "${q.source}"`);
      q.about.forEach((a, k) => {
        if (!people.has(a)) c.fail(`${path}.about[${k}]`, `unknown person "${a}"`);
      });
    }),
  );
}

/** Validates untrusted JSON as a dataset; never throws. */
export function parseDataset(input: unknown): ParseResult {
  const c = new Checker();
  const o = c.obj(input, '(root)');
  if (!o) return { ok: false, errors: c.errors };
  const d: Dataset = { id: c.id(o, 'id', '(root)'), title: c.str(o, 'title', '(root)'), sources: [], people: [] };
  c.arr(o.sources, 'sources', 1000).forEach((s, i) => {
    const src = parseSource(c, s, `sources[${i}]`);
    if (src) d.sources.push(src);
  });
  c.arr(o.people, 'people', LIMITS.people).forEach((p, i) => {
    const person = parsePerson(c, p, `people[${i}]`);
    if (person) d.people.push(person);
  });
  if (c.errors.length === 0) checkReferences(c, d);
  // Paths like `(root).id` read better as `id`.
  const errors = c.errors.map((e) => e.replace(/^\(root\)\./, ''));
  return errors.length ? { ok: false, errors } : { ok: true, dataset: d };
}

/** Parses JSON text, turning syntax errors into the same error shape. */
export function parseDatasetText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`(file): not valid JSON (${(e as Error).message})`] };
  }
  return parseDataset(json);
}
