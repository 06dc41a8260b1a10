/** Loads the active datasets: the bundled one (validated at load) and the user's imports. */
import bundledJson from '../data/people.json';
import type { Directory } from '../lib/directory';
import { buildDirectory } from '../lib/directory';
import { type Dataset, parseDataset } from '../lib/schema';
import type { Settings } from '../lib/settings';
import { getImportedDatasets } from './storage';
import { inPriorityOrder } from '../lib/datasets';

/** The bundled dataset; throws at load if it ever fails its own schema. */
export const BUNDLED: Dataset = (() => {
  const r = parseDataset(bundledJson);
  if (!r.ok) throw new Error(`Bundled dataset is invalid:\n${r.errors.join('\n')}`);
  return r.dataset;
})();

/** Every dataset the user has, in priority order (who wins a shared person id). */
export async function allDatasets(): Promise<Dataset[]> {
  // Imports were validated on the way in; check again on load, as storage can be edited.
  const stored = (await getImportedDatasets()).filter((s) => parseDataset(s.dataset).ok);
  return inPriorityOrder(BUNDLED, stored);
}

/** The settings `loadDirectory` depends on, as one comparable string. */
export function directoryKey(settings: Settings): string {
  return JSON.stringify([settings.disabledDatasets, settings.disabledPeople]);
}

/** The active datasets merged into a directory, honouring switched-off datasets and people. */
export async function loadDirectory(settings: Settings): Promise<Directory> {
  const off = new Set(settings.disabledDatasets);
  const datasets = (await allDatasets()).filter((d) => !off.has(d.id));
  return buildDirectory(datasets, new Set(settings.disabledPeople));
}
