/** Loads the active datasets: the bundled one (validated at load) and the user's imports. */
import bundledJson from '../data/people.json';
import type { Directory } from '../lib/directory';
import { buildDirectory } from '../lib/directory';
import { type Dataset, parseDataset } from '../lib/schema';
import type { Settings } from '../lib/settings';
import { getImportedDatasets } from './storage';
import { inPriorityOrder, type StoredDataset } from '../lib/datasets';

let bundled: Dataset | undefined;

/**
 * The bundled dataset, validated the first time it is needed; throws if it ever fails its own schema. Not at
 * load: every frame loads this module, and a frame that asks the background for its people never needs it
 * (validating it cost a frame about a millisecond).
 */
export function bundledDataset(): Dataset {
  if (bundled) return bundled;
  const r = parseDataset(bundledJson);
  if (!r.ok) throw new Error(`Bundled dataset is invalid:\n${r.errors.join('\n')}`);
  return (bundled = r.dataset);
}

/** Every dataset the user has, in priority order (who wins a shared person id). */
export async function allDatasets(): Promise<Dataset[]> {
  // The bundled people load whatever state the imports are in.
  const stored = await getImportedDatasets().catch((e: Error) => {
    console.warn(`Dramatis: imported datasets could not be read (${e.message})`);
    return [];
  });
  return inPriorityOrder(bundledDataset(), checkStored(stored).valid);
}

/** A stored import that no longer passes the schema (storage edited by hand, or an older version's bug). */
export interface BrokenImport {
  /** Its place in the stored list, by which it is removed. */
  index: number;
  id: string;
  title: string;
  error: string;
}

/**
 * Imports were validated on the way in; they are checked again where they are used, as storage can be edited.
 * The broken ones are set apart, to be shown with Remove, never to stop a page or the options from rendering.
 */
export function checkStored(stored: readonly StoredDataset[]): { valid: StoredDataset[]; broken: BrokenImport[] } {
  const valid: StoredDataset[] = [];
  const broken: BrokenImport[] = [];
  for (const [index, s] of stored.entries()) {
    const r = parseDataset(s.dataset);
    if (r.ok) valid.push({ dataset: r.dataset, wins: s.wins });
    else {
      const raw = s.dataset as { id?: unknown; title?: unknown };
      const id = typeof raw.id === 'string' ? raw.id : '';
      broken.push({ index, id, title: typeof raw.title === 'string' ? raw.title : id || '(untitled)', error: r.errors[0]! });
    }
  }
  return { valid, broken };
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
