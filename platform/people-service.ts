/**
 * The background's half of `dramatis/people-named`: one index of the active datasets, built when a page
 * first asks and dropped when the datasets or settings change; and the imports' summary pages read.
 */
import { browser } from 'wxt/browser';
import { sizesOf, type StoredDataset } from '../lib/datasets';
import { type NamedPeople, PeopleIndex } from '../lib/people-index';
import { directoryKey, loadDirectory } from './datasets';
import { datasetsSummaryItem, getSettings, importedDatasetsItem, watchImportedDatasets, watchSettings } from './storage';

/** Starts serving; returns the lookup the message handler calls. */
export function servePeople(): (words: readonly string[]) => Promise<NamedPeople> {
  let index: Promise<PeopleIndex> | undefined;
  // The settings the index was built for: other changes (colours, sites) leave it be.
  let builtFor: string | undefined;
  const summarise = (stored: readonly StoredDataset[]) => datasetsSummaryItem.setValue({ sizes: sizesOf(stored), updated: Date.now() });
  watchSettings((s) => {
    if (directoryKey(s) !== builtFor) index = undefined;
  });
  // Watched without defining the imports' item, which would read them each time the background wakes.
  watchImportedDatasets((stored) => {
    index = undefined;
    void summarise(stored);
  });
  // Imports made by an older version have no summary yet.
  browser.runtime.onInstalled.addListener(async () => void summarise(await importedDatasetsItem().getValue()));
  return async (words) => {
    index ??= getSettings().then(async (s) => {
      builtFor = directoryKey(s);
      return new PeopleIndex(await loadDirectory(s));
    });
    return (await index).named(words);
  };
}
