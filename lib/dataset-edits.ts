/**
 * The reader's own datasets, edited as data (issue 17): each edit is a pure function from a dataset (or the
 * stored list) to a new one, checked by the same schema gate as an import, so an edit that would make a
 * dataset invalid is refused with the schema's own message and changes nothing.
 */
import type { StoredDataset } from './datasets';
import { type Dataset, type NameForm, parseDataset, type Person, type Quote, type Source } from './schema';

/** An edit's verdict: the new value, or why not. */
export type Edit<T> = { ok: true; value: T } | { ok: false; error: string };

/** The dataset after an edit, if it still passes the schema. */
export function checked(d: Dataset): Edit<Dataset> {
  const r = parseDataset(d);
  return r.ok ? { ok: true, value: r.dataset } : { ok: false, error: r.errors[0]! };
}

/** A kebab-case id made from `text`, not among `taken`: "Kim Darroch" → kim-darroch, then kim-darroch-2. */
export function idFor(text: string, taken: (id: string) => boolean, fallback = 'person'): string {
  let base = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/gu, '');
  // A name in another script has no ASCII to make an id of: a stable hash of it does.
  if (!base) {
    let h = 0;
    for (const c of text) h = (Math.imul(h, 31) + c.codePointAt(0)!) >>> 0;
    base = `${fallback}-${h.toString(36)}`;
  }
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** What the editor can change of a person. */
export interface PersonPatch {
  name: string;
  role: string;
  affiliation?: string;
  names: NameForm[];
}

/** A person's name, role, affiliation and forms, replaced. */
export function updatePerson(d: Dataset, personId: string, patch: PersonPatch): Edit<Dataset> {
  if (!d.people.some((p) => p.id === personId)) return { ok: false, error: `no person "${personId}" in ${d.title}` };
  const clean = (s: string | undefined) => s?.replace(/\s+/gu, ' ').trim();
  return checked({
    ...d,
    people: d.people.map((p) => {
      if (p.id !== personId) return p;
      const { affiliation: _, ...rest } = p;
      const affiliation = clean(patch.affiliation);
      return {
        ...rest,
        name: clean(patch.name)!,
        role: clean(patch.role)!,
        names: patch.names.map((n) => ({ text: clean(n.text)!, match: n.match })),
        ...(affiliation ? { affiliation } : {}),
      };
    }),
  });
}

/** A person taken out, with where they were, for undo. */
export function removePerson(d: Dataset, personId: string): Edit<{ dataset: Dataset; person: Person; index: number }> {
  const index = d.people.findIndex((p) => p.id === personId);
  if (index < 0) return { ok: false, error: `no person "${personId}" in ${d.title}` };
  return { ok: true, value: { dataset: { ...d, people: d.people.filter((_, i) => i !== index) }, person: d.people[index]!, index } };
}

/** Undoes `removePerson`: the person back where they were. */
export function restorePerson(d: Dataset, person: Person, index: number): Edit<Dataset> {
  if (d.people.some((p) => p.id === person.id)) return { ok: true, value: d };
  const people = [...d.people];
  people.splice(Math.min(index, people.length), 0, person);
  return checked({ ...d, people });
}

/** One quote replaced (`quote`) or taken out (undefined). */
export function editQuote(d: Dataset, personId: string, index: number, quote?: Quote): Edit<Dataset> {
  const p = d.people.find((x) => x.id === personId);
  if (!p?.quotes[index]) return { ok: false, error: `no such quote` };
  const quotes = quote ? p.quotes.map((q, i) => (i === index ? quote : q)) : p.quotes.filter((_, i) => i !== index);
  return checked({ ...d, people: d.people.map((x) => (x === p ? { ...p, quotes } : x)) });
}

/** The sources a person's entry refers to, from `from`. */
const sourcesOf = (p: Person, from: Dataset): Source[] => {
  const ids = new Set([...p.quotes.map((q) => q.source), ...(p.source ? [p.source] : [])]);
  return from.sources.filter((s) => ids.has(s.id));
};

/** `to` with `sources` added, each one whose id is already there (and the same) not twice. */
function withSources(to: Dataset, sources: readonly Source[]): Edit<Dataset> {
  const have = new Map(to.sources.map((s) => [s.id, s]));
  for (const s of sources) {
    const old = have.get(s.id);
    if (old && JSON.stringify(old) !== JSON.stringify(s))
      return { ok: false, error: `${to.title} already has a different source "${s.id}"` };
  }
  return { ok: true, value: { ...to, sources: [...to.sources, ...sources.filter((s) => !have.has(s.id))] } };
}

/** A copy of `person` (with the sources it refers to) added to `to`; refused if `to` has their id already. */
export function copyPerson(person: Person, from: Dataset, to: Dataset): Edit<Dataset> {
  if (to.people.some((p) => p.id === person.id)) return { ok: false, error: `${to.title} already has ${person.name}` };
  const s = withSources(to, sourcesOf(person, from));
  return s.ok ? checked({ ...s.value, people: [...s.value.people, structuredClone(person)] }) : s;
}

/** A person moved between two of the reader's datasets. */
export function movePerson(stored: readonly StoredDataset[], fromId: string, toId: string, personId: string): Edit<StoredDataset[]> {
  const from = stored.find((s) => s.dataset.id === fromId)?.dataset;
  const to = stored.find((s) => s.dataset.id === toId)?.dataset;
  const person = from?.people.find((p) => p.id === personId);
  if (!from || !to || !person || fromId === toId) return { ok: false, error: `cannot move "${personId}" from ${fromId} to ${toId}` };
  const added = copyPerson(person, from, to);
  if (!added.ok) return added;
  const left = removePerson(from, personId);
  if (!left.ok) return left;
  const next = (d: Dataset) => (d.id === fromId ? left.value.dataset : d.id === toId ? added.value : d);
  return { ok: true, value: stored.map((s) => ({ ...s, dataset: next(s.dataset) })) };
}

/**
 * An import merged into one of the reader's datasets: a person with a new id is added; one with an id the
 * dataset has takes the import's name, role and details, and gains the forms and quotes it lacked. Sources
 * are added by id. Nothing the dataset had is dropped.
 */
export function mergeInto(target: Dataset, incoming: Dataset): Edit<{ dataset: Dataset; added: number; merged: number }> {
  const s = withSources(target, incoming.sources);
  if (!s.ok) return s;
  const byId = new Map(incoming.people.map((p) => [p.id, p]));
  let merged = 0;
  const people = target.people.map((p) => {
    const q = byId.get(p.id);
    if (!q) return p;
    merged++;
    byId.delete(p.id);
    const forms = new Set(q.names.map((n) => n.text));
    const said = new Set(q.quotes.map((x) => x.text));
    return {
      ...p,
      ...q,
      names: [...q.names, ...p.names.filter((n) => !forms.has(n.text))],
      quotes: [...q.quotes, ...p.quotes.filter((x) => !said.has(x.text))],
    };
  });
  const added = [...byId.values()];
  const r = checked({ ...s.value, people: [...people, ...added] });
  return r.ok ? { ok: true, value: { dataset: r.value, added: added.length, merged } } : r;
}
