/**
 * The user's datasets: importing one (validated, size-checked, duplicate ids
 * reported), the order that decides who wins a shared id, and settings files.
 */
import { ASK_ABOVE_MS, prepareMs } from './prepare-cost';
import { type Dataset, parseDatasetText } from './schema';
import { parseSettings, SETTINGS_VERSION, type Settings, toStored } from './settings';

/** An imported dataset as stored: `wins` puts its people ahead of the bundled ones. */
export interface StoredDataset {
  dataset: Dataset;
  wins: boolean;
}

/** storage.local's quota without `unlimitedStorage`, in bytes. */
export const LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;
/** The largest single dataset file accepted, leaving room for the rest. */
export const MAX_DATASET_BYTES = 8 * 1024 * 1024;

const bytes = (text: string) => new TextEncoder().encode(text).length;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A person id that two datasets share. */
export interface Collision {
  personId: string;
  name: string;
  inDataset: string;
}

/** The verdict on a file the user wants to import. */
export type ImportCheck = { ok: false; errors: string[] } | { ok: true; dataset: Dataset; collisions: Collision[]; replaces?: string };

/** Checks a dataset file against the schema, the quota and the datasets already there. */
export function checkImport(text: string, existing: readonly Dataset[], storedBytes = 0): ImportCheck {
  const fileSize = bytes(text);
  if (fileSize > MAX_DATASET_BYTES)
    return { ok: false, errors: [`(file): too large (${mb(fileSize)}); a dataset can be at most ${mb(MAX_DATASET_BYTES)}`] };
  const parsed = parseDatasetText(text);
  if (!parsed.ok) return parsed;
  const d = parsed.dataset;
  // What it will take in storage, not the file's size: stored compact, but inside a string.
  const size = storedSize([{ dataset: d, wins: false }]);
  if (storedBytes + size > LOCAL_QUOTA_BYTES) {
    return {
      ok: false,
      errors: [`(file): not enough room (${mb(size)} more than the ${mb(LOCAL_QUOTA_BYTES - storedBytes)} left); remove a dataset first`],
    };
  }
  const replaces = existing.find((e) => e.id === d.id)?.id;
  if (replaces === 'bundled') return { ok: false, errors: ['id: "bundled" is the built-in dataset; give yours another id'] };
  const collisions: Collision[] = [];
  for (const other of existing) {
    if (other.id === d.id) continue;
    const ids = new Set(other.people.map((p) => p.id));
    for (const p of d.people) if (ids.has(p.id)) collisions.push({ personId: p.id, name: p.name, inDataset: other.id });
  }
  return { ok: true, dataset: d, collisions, ...(replaces ? { replaces } : {}) };
}

/**
 * The stored imports as a list: stored as one JSON string since version 2, as the list itself before (and by
 * hand); anything else, or an entry with no dataset, is left out. Each dataset is validated where it is used.
 */
export function readStoredDatasets(raw: unknown): StoredDataset[] {
  let list = raw;
  if (typeof raw === 'string') {
    try {
      list = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: Partial<StoredDataset> | null) =>
    e && typeof e === 'object' && e.dataset && typeof e.dataset === 'object' ? [{ dataset: e.dataset, wins: e.wins === true }] : [],
  );
}

/** Adds or replaces a dataset in the stored list. */
export function withImported(stored: readonly StoredDataset[], dataset: Dataset, wins: boolean): StoredDataset[] {
  const rest = stored.filter((s) => s.dataset.id !== dataset.id);
  return [...rest, { dataset, wins }];
}

/** Datasets in priority order: winning imports, then the bundled one, then the rest. */
export function inPriorityOrder(bundled: Dataset, stored: readonly StoredDataset[]): Dataset[] {
  return [...stored.filter((s) => s.wins).map((s) => s.dataset), bundled, ...stored.filter((s) => !s.wins).map((s) => s.dataset)];
}

/**
 * Past this many people switched on in imports, loading them on every page costs more than the page itself
 * (a 40,000-person import took 1.5 s per page), so pages ask the background for the people they name.
 */
export const ASK_ABOVE_PEOPLE = 2_000;

/** How many people each imported dataset holds, by id: what a page reads to choose, without loading them. */
export function sizesOf(stored: readonly StoredDataset[]): Record<string, number> {
  return Object.fromEntries(stored.map((s) => [s.dataset.id, s.dataset.people.length]));
}

/** What each imported dataset would cost a page to prepare, in ms, by id (see `prepareMs`). */
export function costsOf(stored: readonly StoredDataset[]): Record<string, number> {
  return Object.fromEntries(stored.map((s) => [s.dataset.id, prepareMs(s.dataset)]));
}

/**
 * Whether pages ask the background for their people: the imports switched on hold over `ASK_ABOVE_PEOPLE`,
 * or would take over `ASK_ABOVE_MS` to prepare, however few people they hold.
 */
export function asksBackground(
  sizes: Readonly<Record<string, number>>,
  disabledDatasets: readonly string[],
  costs: Readonly<Record<string, number>> = {},
): boolean {
  const off = new Set(disabledDatasets);
  const sum = (of: Readonly<Record<string, number>>) => Object.entries(of).reduce((n, [id, v]) => n + (off.has(id) ? 0 : v), 0);
  return sum(sizes) > ASK_ABOVE_PEOPLE || sum(costs) > ASK_ABOVE_MS;
}

/**
 * What the stored datasets count against storage.local's quota: the browser counts a value's JSON, and they
 * are stored as one JSON string, so every quote and backslash in them counts twice.
 */
export function storedSize(stored: readonly StoredDataset[]): number {
  return bytes(JSON.stringify(JSON.stringify(stored)));
}

/** The settings file format, so exports can be recognised on import. */
export const SETTINGS_FORMAT = 'dramatis-settings';

/** A settings export: only what the user changed, tagged with its format and version. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, settings: toStored(settings) }, null, 2)}\n`;
}

/** Reads a settings export back, validating every value. */
export function importSettings(text: string): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  let json: { format?: unknown; version?: unknown; settings?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch (e) {
    return { ok: false, errors: [`(file): not valid JSON (${(e as Error).message})`] };
  }
  if (!json || json.format !== SETTINGS_FORMAT) return { ok: false, errors: ['(file): not a Dramatis settings file'] };
  if (json.version !== SETTINGS_VERSION)
    return { ok: false, errors: [`version: expected ${SETTINGS_VERSION}, got ${String(json.version)}`] };
  return parseSettings(json.settings);
}
