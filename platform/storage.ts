/**
 * The one storage module. Settings live in `storage.sync` (only what the user
 * changed, versioned with migrations); imported datasets in `storage.local`,
 * whose quota suits them; per-tab tallies in `storage.session`.
 */
import { storage } from 'wxt/utils/storage';
import type { TabTally } from '../lib/messages';
import { readStoredDatasets, type StoredDataset } from '../lib/datasets';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings, type StoredSettings, toStored, withDefaults } from '../lib/settings';

const SETTINGS_KEY = 'sync:settings';
let settingsDefined: ReturnType<typeof defineSettings> | undefined;
const defineSettings = () =>
  storage.defineItem<StoredSettings>(SETTINGS_KEY, { fallback: {}, version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS });

/**
 * The stored, partial settings, as a WXT item with their migrations; read through `getSettings`. It is
 * defined when first needed: WXT reads an item as it defines it, and this one twice (its version, then its
 * value), which every frame of every page would pay on load for a value it reads once (issue 21).
 */
export function settingsItem(): ReturnType<typeof defineSettings> {
  return (settingsDefined ??= defineSettings());
}

const IMPORTED_KEY = 'local:datasets';
/** Version 2 stores the imports as one JSON string; version 1 stored the list itself. */
const IMPORTED_VERSION = 2;
let migrated: Promise<void> | undefined;
/** Why the last migration of the imports could not be written, if it could not. */
let migrationError: string | undefined;

/**
 * Brings the imports to the current version once per context, in WXT's own version record (`datasets$`).
 * This one item is not a `storage.defineItem`: defining an item reads its value at once, and reading it
 * then reads it twice more, which for a 7 MB import cost a woken background 0.2 s. Here a current import
 * costs one read of the version record, and then one read of the value per use.
 *
 * It never fails its callers: a rewrite that cannot be stored (near the quota, the new form is 1.1× larger)
 * leaves the old form in place, which `readStoredDatasets` still reads, and is tried again next time.
 */
function migrateImports(): Promise<void> {
  return (migrated ??= (async () => {
    const { v = 1 } = await storage.getMeta<{ v?: number }>(IMPORTED_KEY);
    if (v >= IMPORTED_VERSION) return;
    const old = await storage.getItem<unknown>(IMPORTED_KEY);
    if (old != null && typeof old !== 'string') await storage.setItem(IMPORTED_KEY, JSON.stringify(readStoredDatasets(old)));
    await storage.setMeta(IMPORTED_KEY, { v: IMPORTED_VERSION });
    migrationError = undefined;
  })().catch((e: unknown) => {
    migrationError = e instanceof Error ? e.message : String(e);
    migrated = undefined;
  }));
}

/** Why the imports are still in their old stored form, for the options page to say; undefined when they are not. */
export async function importsMigrationError(): Promise<string | undefined> {
  await migrateImports();
  return migrationError;
}

/**
 * Datasets the user imported, with whether each wins shared ids over the bundled one. Stored as one JSON
 * string: Chromium reads a 7 MB import from storage.local in 0.07 s as a string (and parses it in 0.03 s),
 * but in 0.45 s as objects.
 */
export async function getImportedDatasets(): Promise<StoredDataset[]> {
  await migrateImports();
  return readStoredDatasets(await storage.getItem<unknown>(IMPORTED_KEY));
}

/** Replaces the imports; rejects, storing nothing, past storage.local's quota. */
export async function setImportedDatasets(list: readonly StoredDataset[]): Promise<void> {
  await migrateImports();
  await storage.setItem(IMPORTED_KEY, JSON.stringify(list));
  // Written in the current form: a migration that could not be written is done now.
  if (migrationError) {
    await storage.setMeta(IMPORTED_KEY, { v: IMPORTED_VERSION });
    migrationError = undefined;
  }
}

/** Calls back when the imports change. */
export function watchImportedDatasets(cb: (stored: StoredDataset[]) => void): () => void {
  return storage.watch<unknown>(IMPORTED_KEY, (v) => cb(readStoredDatasets(v)));
}

/** The imports' sizes (see `sizesOf`) and when they last changed. */
export interface DatasetsSummary {
  sizes: Record<string, number>;
  /** What each would cost a page to prepare, in ms (see `costsOf`); missing in summaries made before it. */
  costs?: Record<string, number>;
  /** Bumped on every change, so pages hear of a replaced import of the same size too. */
  updated: number;
}

/**
 * Kept by the background in step with the imports, once it has taken a change in: pages watch this rather
 * than the imports, so they never ask the background before it knows. Unversioned, so read and written
 * directly (no item to define, and read at once, in every frame).
 */
const SUMMARY_KEY = 'local:datasets-summary';
const NO_SUMMARY: DatasetsSummary = { sizes: {}, updated: 0 };

/** The imports' summary (an empty one before the background first makes it). */
export async function getDatasetsSummary(): Promise<DatasetsSummary> {
  return (await storage.getItem<DatasetsSummary>(SUMMARY_KEY)) ?? NO_SUMMARY;
}

/** Stores the imports' summary (the background's job). */
export async function setDatasetsSummary(summary: DatasetsSummary): Promise<void> {
  await storage.setItem(SUMMARY_KEY, summary);
}

/** Calls back whenever the imports' summary changes; returns the unwatch function. */
export function watchDatasetsSummary(cb: (summary: DatasetsSummary) => void): () => void {
  return storage.watch<DatasetsSummary>(SUMMARY_KEY, (v) => cb(v ?? NO_SUMMARY));
}

/**
 * Full settings, defaults filled in. Settings stored at the current version, or never stored, take one read
 * of the value and its version together; older ones go through the item, which migrates them.
 */
export async function getSettings(): Promise<Settings> {
  const [value, meta] = await storage.getItems([SETTINGS_KEY, `${SETTINGS_KEY}$`]);
  const stored = value?.value as StoredSettings | null | undefined;
  if (stored == null || (meta?.value as { v?: number } | null)?.v === SETTINGS_VERSION) return withDefaults(stored ?? {});
  return withDefaults(await settingsItem().getValue());
}

/** Thrown when settings would outgrow one sync item; the UI words it from `size` and `max`. */
export class SyncQuotaError extends Error {
  constructor(
    readonly size: number,
    readonly max: number,
  ) {
    super(
      `Settings would take ${size} bytes, more than the ${max} that browser sync allows. Remove some site rules or hidden names first.`,
    );
  }
}

/** storage.sync's limit for one item (QUOTA_BYTES_PER_ITEM), with room for the key. */
export const SYNC_ITEM_BYTES = 8192 - 64;

/** Stores settings in their partial form; rejects with `SyncQuotaError`, storing nothing, if they would not fit. */
async function storeSettings(stored: StoredSettings): Promise<void> {
  const size = new TextEncoder().encode(JSON.stringify(stored)).length;
  if (size > SYNC_ITEM_BYTES) throw new SyncQuotaError(size, SYNC_ITEM_BYTES);
  await settingsItem().setValue(stored);
}

/** Replaces every setting (an import, or Reset); rejects, storing nothing, if they would not fit. */
export async function replaceSettings(settings: Settings): Promise<void> {
  await storeSettings(toStored(settings));
}

/**
 * Applies a change to the settings and stores only what differs from the defaults.
 * Rejects, storing nothing, when the result would not fit in sync storage.
 */
export async function updateSettings(change: Partial<Settings> | ((s: Settings) => Partial<Settings>)): Promise<Settings> {
  const current = await getSettings();
  const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
  const stored = toStored(next);
  // A change to what is already there writes nothing, so it rescans no tab and uses no sync quota.
  if (JSON.stringify(stored) === JSON.stringify(toStored(current))) return current;
  await storeSettings(stored);
  return next;
}

/** Calls back with full settings, and what they were, whenever they change; returns the unwatch function. */
export function watchSettings(cb: (s: Settings, before: Settings) => void): () => void {
  return storage.watch<StoredSettings>(SETTINGS_KEY, (v, old) => cb(withDefaults(v ?? {}), withDefaults(old ?? {})));
}

/** Storage key of a tab's tally in session storage. */
function tallyKey(tabId: number): `session:tally-${number}` {
  return `session:tally-${tabId}`;
}

/** A tab's per-frame tallies. */
export async function getTabTally(tabId: number): Promise<TabTally> {
  return (await storage.getItem<TabTally>(tallyKey(tabId))) ?? { rows: [], frames: [] };
}

/** Stores a tab's per-frame tallies. */
export async function setTabTally(tabId: number, tally: TabTally | null): Promise<void> {
  if (tally) await storage.setItem(tallyKey(tabId), tally);
  else await storage.removeItem(tallyKey(tabId));
}

/** Calls back whenever a tab's tally changes; returns the unwatch function. */
export function watchTabTally(tabId: number, cb: (t: TabTally) => void): () => void {
  return storage.watch<TabTally>(tallyKey(tabId), (v) => cb(v ?? { rows: [], frames: [] }));
}
