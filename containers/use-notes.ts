/**
 * The options page's editor of the reader's own datasets (issue 17). Every edit is applied to what storage
 * holds at that moment (a capture may have landed since the page last read it), checked by the schema, and
 * written in one go; a failed write changes nothing. Deletions can be undone.
 */
import { useState } from 'preact/hooks';
import type { StoredDataset } from '../lib/datasets';
import {
  copyPerson,
  type Edit,
  editQuote,
  mergeInto,
  movePerson,
  type PersonPatch,
  removePerson,
  restorePerson,
  updatePerson,
} from '../lib/dataset-edits';
import { NOTES_ID, withNotes } from '../lib/notes';
import { parseDatasetText, type Dataset, type Quote } from '../lib/schema';
import { bundledDataset } from '../platform/datasets';
import { t } from '../platform/i18n';
import { getImportedDatasets, setImportedDatasets } from '../platform/storage';

type Change = (stored: StoredDataset[]) => Edit<StoredDataset[]>;

/** One dataset of the list changed by `fn`. */
const inDataset =
  (id: string, fn: (d: Dataset) => Edit<Dataset>): Change =>
  (stored) => {
    const entry = stored.find((s) => s.dataset.id === id);
    if (!entry) return { ok: false, error: `no dataset "${id}"` };
    const r = fn(entry.dataset);
    return r.ok ? { ok: true, value: stored.map((s) => (s === entry ? { ...s, dataset: r.value } : s)) } : r;
  };

/** A person's name in one of the stored datasets, for a notice (the id if they are not there). */
const nameIn = (stored: readonly StoredDataset[], id: string, personId: string) =>
  stored.find((s) => s.dataset.id === id)?.dataset.people.find((p) => p.id === personId)?.name ?? personId;

/** The editor's state and actions. */
export function useNotes() {
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [undo, setUndo] = useState<Change>();

  /**
   * Applies a change to what is stored now, with one read; `done` words what was done, from what was there
   * before (names, titles) and after the change ran; `then` undoes it.
   */
  const apply = async (change: Change, done: string | ((before: StoredDataset[]) => string), then?: Change): Promise<void> => {
    try {
      const before = await getImportedDatasets();
      const r = change(before);
      if (!r.ok) return setError(r.error);
      await setImportedDatasets(r.value);
      setError(undefined);
      setNotice(typeof done === 'string' ? done : done(before));
      setUndo(() => then);
    } catch (e) {
      setError(t('storageFailed', (e as Error).message));
    }
  };

  return {
    notice,
    error,
    canUndo: !!undo,
    undo: () => undo && void apply(undo, t('editorSaved')),
    rename: (id: string, title: string) =>
      void apply(
        inDataset(id, (d) => ({ ok: true, value: { ...d, title: title.trim() } })),
        t('editorSaved'),
      ),
    savePerson: (id: string, personId: string, patch: PersonPatch) =>
      void apply(
        inDataset(id, (d) => updatePerson(d, personId, patch)),
        t('editorSaved'),
      ),
    quote: (id: string, personId: string, index: number, quote: Quote | undefined) => {
      const old = (d: Dataset) => d.people.find((p) => p.id === personId)?.quotes[index];
      let removed: Quote | undefined;
      const change = inDataset(id, (d) => ((removed = old(d)), editQuote(d, personId, index, quote)));
      // A deleted quote goes back where it was.
      const back = inDataset(id, (d) => {
        const p = d.people.find((x) => x.id === personId);
        if (!p || !removed) return { ok: false, error: 'nothing to undo' };
        const quotes = [...p.quotes];
        quotes.splice(Math.min(index, quotes.length), 0, removed);
        return { ok: true, value: { ...d, people: d.people.map((x) => (x === p ? { ...p, quotes } : x)) } };
      });
      void apply(change, quote ? t('editorSaved') : t('editorQuoteDeleted'), quote ? undefined : back);
    },
    remove: (id: string, personId: string) => {
      let gone: { person: Dataset['people'][number]; index: number } | undefined;
      const change = inDataset(id, (d) => {
        const r = removePerson(d, personId);
        if (!r.ok) return r;
        gone = r.value;
        return { ok: true, value: r.value.dataset };
      });
      const back = inDataset(id, (d) => (gone ? restorePerson(d, gone.person, gone.index) : { ok: false, error: 'nothing to undo' }));
      void apply(change, (s) => t('editorDeleted', nameIn(s, id, personId)), back);
    },
    move: (from: string, to: string, personId: string) =>
      void apply(
        (s) => movePerson(s, from, to, personId),
        (s) => t('editorMoved', nameIn(s, from, personId), s.find((x) => x.dataset.id === to)?.dataset.title ?? to),
      ),
    merge: (id: string, text: string) => {
      const parsed = parseDatasetText(text);
      if (!parsed.ok) return setError(parsed.errors.join('\n'));
      let counts = { added: 0, merged: 0 };
      void apply(
        inDataset(id, (d) => {
          const r = mergeInto(d, parsed.dataset);
          if (!r.ok) return r;
          counts = r.value;
          return { ok: true, value: r.value.dataset };
        }),
        () => t('editorMerged', counts.added, counts.merged),
      );
    },
    /** A bundled person copied to My notes (made if need be), where they can be edited. */
    copyToNotes: (personId: string) => {
      const person = bundledDataset().people.find((p) => p.id === personId);
      if (!person) return;
      void apply(
        (stored) => inDataset(NOTES_ID, (d) => copyPerson(person, bundledDataset(), d))(withNotes(stored, t('myNotes'))),
        t('copiedToNotes', person.name),
      );
    },
  };
}
