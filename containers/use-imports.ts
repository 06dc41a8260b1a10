/**
 * The options page's imported datasets: reading them (the broken ones set apart), importing with a question
 * before anything is replaced or a shared id decided, and removing with undo. Nothing the reader had is lost
 * without a question or an undo, and a failed write changes nothing.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PendingImport as ShownPending } from '../components/options/DatasetsSection';
import { peopleCount } from '../components/people-count';
import { checkImport, type StoredDataset, storedSize, withImported } from '../lib/datasets';
import type { Dataset } from '../lib/schema';
import { bundledDataset, type BrokenImport, checkStored } from '../platform/datasets';
import { t } from '../platform/i18n';
import { getImportedDatasets, importsMigrationError, setImportedDatasets, watchImportedDatasets } from '../platform/storage';

/** An import waiting for the reader: whether to replace a dataset of the same id, then who wins shared ids. */
export interface PendingImport extends ShownPending {
  dataset: Dataset;
}

/** The imports' state and what the options page can do with them. */
export function useImports(onNotice: (notice: string | undefined) => void, onErrors: (errors: string[]) => void) {
  const [stored, setStored] = useState<StoredDataset[]>([]);
  const [migration, setMigration] = useState<string>();
  const [pending, setPending] = useState<PendingImport>();
  const [removed, setRemoved] = useState<{ entry: StoredDataset; index: number; title: string }>();

  useEffect(() => {
    void getImportedDatasets().then(setStored);
    void importsMigrationError().then(setMigration);
    return watchImportedDatasets(setStored);
  }, []);
  // Validated once per change of the imports (a big one takes a while), and the same `valid` list until then,
  // so what the options page derives from it is not rebuilt on every render.
  const { valid, broken } = useMemo(() => checkStored(stored), [stored]);

  const write = async (list: StoredDataset[], notice: string): Promise<boolean> => {
    try {
      await setImportedDatasets(list);
      onErrors([]);
      onNotice(notice);
      setMigration(undefined);
      return true;
    } catch (e) {
      onErrors([t('storageFailed', (e as Error).message)]);
      return false;
    }
  };
  const save = (dataset: Dataset, wins: boolean) =>
    write(withImported(stored, dataset, wins), t('imported', dataset.title, peopleCount(t, dataset.people.length)));
  // With nothing left to ask, the import is saved; a replaced dataset keeps whether it won shared ids.
  const settle = (p: PendingImport) => {
    if (p.collisions.length) return setPending({ ...p, replaces: undefined });
    setPending(undefined);
    void save(p.dataset, stored.find((s) => s.dataset.id === p.dataset.id)?.wins ?? false);
  };

  return {
    valid,
    broken,
    migration,
    pending,
    removed,
    importText(text: string) {
      onNotice(undefined);
      setPending(undefined);
      const check = checkImport(text, [bundledDataset(), ...valid.map((s) => s.dataset)], storedSize(stored));
      if (!check.ok) return onErrors(check.errors);
      onErrors([]);
      const old = check.replaces ? valid.find((s) => s.dataset.id === check.replaces)?.dataset : undefined;
      const d = check.dataset;
      const p: PendingImport = { dataset: d, title: d.title, people: d.people.length, collisions: check.collisions };
      if (old) setPending({ ...p, replaces: { title: old.title, people: old.people.length } });
      else settle(p);
    },
    /** The answer to the pending question: replace (true) or, for shared ids, whether the import wins; null cancels. */
    resolve(answer: boolean | null) {
      if (!pending || answer === null) return setPending(undefined);
      if (pending.replaces) return settle(pending);
      setPending(undefined);
      void save(pending.dataset, answer);
    },
    /** Removes a dataset by id, or a broken entry by its place in the list, with undo. */
    async remove(which: string | number) {
      const index = typeof which === 'number' ? which : stored.findIndex((s) => s.dataset.id === which);
      const entry = stored[index];
      if (!entry) return;
      const title = typeof entry.dataset.title === 'string' ? entry.dataset.title : String(entry.dataset.id);
      if (
        await write(
          stored.filter((_, i) => i !== index),
          t('removedNotice', title),
        )
      )
        setRemoved({ entry, index, title });
    },
    async undoRemove() {
      if (!removed) return;
      const list = [...stored];
      list.splice(Math.min(removed.index, list.length), 0, removed.entry);
      const people: unknown = removed.entry.dataset.people;
      if (await write(list, t('imported', removed.title, peopleCount(t, Array.isArray(people) ? people.length : 0)))) setRemoved(undefined);
    },
    /** Clears the undo once something else happens. */
    forgetRemoved: () => setRemoved(undefined),
  };
}

export type { BrokenImport };
