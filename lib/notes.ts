/**
 * What the capture panel saves (issue 17), applied to the stored datasets as one pure step the background
 * runs: a new person, a name form, or a quote with its source. The first capture makes the reader's own
 * dataset, "My notes". A form or quote for someone in a dataset of the reader's own goes there; for a bundled
 * person, a copy of them goes to My notes first (the bundled dataset stays read-only), and My notes wins shared
 * ids, so the copy with its addition is the one pages use.
 */
import type { StoredDataset } from './datasets';
import { checked, copyPerson, idFor } from './dataset-edits';
import type { SourceDraft } from './page-source';
import type { Dataset, NameForm, Person } from './schema';
import type { TextQuoteSelector } from './text-quote';

/** The id of the dataset captures go to first. */
export const NOTES_ID = 'my-notes';

/**
 * The stored list with My notes in it: as it is when it has them, else with an empty My notes (titled `title`)
 * first, winning shared ids, so a copy of a bundled person there is the one pages use.
 */
export function withNotes(stored: readonly StoredDataset[], title: string): StoredDataset[] {
  if (stored.some((s) => s.dataset.id === NOTES_ID)) return [...stored];
  return [{ dataset: { id: NOTES_ID, title, sources: [], people: [] }, wins: true }, ...stored];
}

/** A person as the panel describes them. */
export interface NewPerson {
  name: string;
  role: string;
  affiliation?: string;
  names: NameForm[];
  honorifics?: string[];
}

/** One save from the capture panel. */
export type CaptureChange =
  | { kind: 'person'; person: NewPerson; source: SourceDraft; namesake?: boolean }
  | { kind: 'form'; personId: string; form: NameForm }
  | {
      kind: 'quote';
      personId: string;
      text: string;
      occasion: string;
      about: string[];
      selector?: TextQuoteSelector;
      source: SourceDraft;
    };

/** Why a capture was refused; `exists` carries who is already there, so the panel can offer what to do. */
export type CaptureError = { ok: false; error: string; exists?: { personId: string; name: string; role: string } };

/** The stored list after a capture, and whose entry it changed. */
export type CaptureResult = { ok: true; stored: StoredDataset[]; personId: string; datasetId: string } | CaptureError;

/** The source entry for a page: the one the dataset has for its URL, or a new one. */
function withSource(d: Dataset, draft: SourceDraft): { dataset: Dataset; sourceId: string } {
  const have = d.sources.find((s) => s.url === draft.url);
  if (have) return { dataset: d, sourceId: have.id };
  let host = '';
  try {
    host = new URL(draft.url).hostname.replace(/^www\./u, '');
  } catch {
    // A source typed without a URL is named by its headline alone.
  }
  const id = idFor(`${host} ${draft.title}`, (x) => d.sources.some((s) => s.id === x), 'source');
  const source = {
    id,
    title: draft.title.trim(),
    publisher: draft.publisher.trim(),
    url: draft.url,
    ...(draft.published ? { published: draft.published } : {}),
  };
  if (!draft.url) delete (source as { url?: string }).url;
  return { dataset: { ...d, sources: [...d.sources, source] }, sourceId: id };
}

const same = (a: string, b: string) =>
  a.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim() === b.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** Applies a capture; `bundled` is read, never changed. `title` names My notes when it is made. */
export function applyCapture(stored: readonly StoredDataset[], bundled: Dataset, change: CaptureChange, title: string): CaptureResult {
  const all = [...stored.map((s) => s.dataset), bundled];
  const list = withNotes(stored, title);
  const notes = list.find((s) => s.dataset.id === NOTES_ID)!.dataset;
  const put = (d: Dataset, personId: string): CaptureResult => {
    const r = checked(d);
    if (!r.ok) return r;
    return { ok: true, stored: list.map((s) => (s.dataset.id === d.id ? { ...s, dataset: r.value } : s)), personId, datasetId: d.id };
  };

  if (change.kind === 'person') {
    const name = change.person.name.replace(/\s+/gu, ' ').trim();
    const known = all.flatMap((d) => d.people).find((p) => same(p.name, name));
    if (known && !change.namesake)
      return { ok: false, error: `${known.name} is already known`, exists: { personId: known.id, name: known.name, role: known.role } };
    if (known && same(known.role, change.person.role)) return { ok: false, error: 'a namesake needs a different role' };
    const id = idFor(name, (x) => all.some((d) => d.people.some((p) => p.id === x)));
    const { dataset, sourceId } = withSource(notes, change.source);
    const { affiliation, honorifics } = change.person;
    const person: Person = {
      id,
      name,
      role: change.person.role.trim(),
      source: sourceId,
      names: change.person.names,
      quotes: [],
      ...(affiliation?.trim() ? { affiliation: affiliation.trim() } : {}),
      ...(honorifics?.length ? { honorifics } : {}),
    };
    return put({ ...dataset, people: [...dataset.people, person] }, id);
  }

  // A form or a quote: to the person's entry in a dataset of the reader's own, else to a copy in My notes.
  let home = list.find((s) => s.dataset.people.some((p) => p.id === change.personId))?.dataset;
  if (!home) {
    const person = bundled.people.find((p) => p.id === change.personId);
    if (!person) return { ok: false, error: `no person "${change.personId}"` };
    const copy = copyPerson(person, bundled, notes);
    if (!copy.ok) return copy;
    home = copy.value;
  }
  const person = home.people.find((p) => p.id === change.personId)!;
  if (change.kind === 'form') {
    const text = change.form.text.replace(/\s+/gu, ' ').trim();
    const names = person.names.some((n) => n.text === text)
      ? person.names.map((n) => (n.text === text ? { text, match: change.form.match } : n))
      : [...person.names, { text, match: change.form.match }];
    return put({ ...home, people: home.people.map((p) => (p === person ? { ...p, names } : p)) }, person.id);
  }
  if (person.quotes.some((q) => same(q.text, change.text))) return { ok: false, error: `${person.name} already has this quote` };
  const { dataset, sourceId } = withSource(home, change.source);
  const quote = {
    text: change.text.trim(),
    occasion: change.occasion.trim(),
    source: sourceId,
    about: change.about.filter((a) => a !== person.id),
    ...(change.selector ? { selector: change.selector } : {}),
  };
  return put(
    { ...dataset, people: dataset.people.map((p) => (p.id === person.id ? { ...p, quotes: [...p.quotes, quote] } : p)) },
    person.id,
  );
}
