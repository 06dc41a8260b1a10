/**
 * The background's half of `dramatis/people-named` and `dramatis/find-people`: one index of the active
 * datasets, built when a page or the popup first asks and dropped when the datasets or the settings it
 * depends on change; and the imports' summary pages read.
 */
import { browser } from 'wxt/browser';
import { asksBackground, costsOf, sizesOf, type StoredDataset } from '../lib/datasets';
import { type FoundPeople, type NamedPeople, PeopleIndex } from '../lib/people-index';
import type { Settings } from '../lib/settings';
import { checkStored, directoryKey, loadDirectory } from './datasets';
import { getDatasetsSummary, getImportedDatasets, getSettings, setDatasetsSummary, watchImportedDatasets, watchSettings } from './storage';

/** The lookups the message handler calls. */
export interface PeopleService {
  /** See `PeopleIndex.named`. */
  named(words: readonly string[]): Promise<NamedPeople>;
  /** See `PeopleIndex.find`. */
  find(query: string, ids: readonly string[], limit: number): Promise<FoundPeople>;
}

/** Starts serving. */
export function servePeople(): PeopleService {
  let index: Promise<PeopleIndex> | undefined;
  // The settings the index was built for: other changes (colours, sites) leave it be.
  let builtFor: string | undefined;
  // Only what passes the schema counts: a broken stored entry must not stop the summary.
  const summarise = (all: readonly StoredDataset[]) => {
    const stored = checkStored(all).valid;
    return setDatasetsSummary({ sizes: sizesOf(stored), costs: costsOf(stored), updated: Date.now() });
  };
  watchSettings((s) => {
    if (directoryKey(s) !== builtFor) index = undefined;
  });
  watchImportedDatasets((stored) => {
    index = undefined;
    void summarise(stored);
  });
  // Imports made by an older version have no summary yet.
  browser.runtime.onInstalled.addListener(async () => void summarise(await getImportedDatasets()));
  // `known`: settings already read, so the first build need not read them again.
  const current = (known?: Settings) =>
    (index ??= (known ? Promise.resolve(known) : getSettings())
      .then(async (s) => {
        builtFor = directoryKey(s);
        return new PeopleIndex(await loadDirectory(s));
      })
      .catch((e: unknown) => {
        // A failed read is tried again by the next question, not remembered.
        index = undefined;
        throw e;
      }));
  // With big imports every page asks. The background wakes when a tab starts loading, well before that
  // page's first question, so reading the imports starts now instead of when the question comes.
  void Promise.all([getDatasetsSummary(), getSettings()])
    .then(([{ sizes, costs }, s]) => (asksBackground(sizes, s.disabledDatasets, costs) ? current(s) : undefined))
    .catch(() => undefined);
  return {
    named: async (words) => (await current()).named(words),
    find: async (query, ids, limit) => (await current()).find(query, ids, limit),
  };
}
