/**
 * No update or bad write loses or blocks the reader's data: a migration that cannot be written keeps the old
 * form readable, the bundled people always load, Reset always works, settings that would not fit are refused
 * before anything changes, and a broken stored entry is set apart instead of stopping anyone.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, withDefaults } from '../../lib/settings';
import { checkStored, loadDirectory } from '../../platform/datasets';
import {
  getImportedDatasets,
  getSettings,
  importsMigrationError,
  replaceSettings,
  setImportedDatasets,
  SyncQuotaError,
  updateSettings,
} from '../../platform/storage';

const person = {
  id: 'ann-example',
  name: 'Ann Example',
  role: 'Councillor',
  names: [{ text: 'Ann Example', match: 'always' }],
  quotes: [],
};
const mine = { id: 'mine', title: 'Mine', sources: [], people: [person] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.resetModules();
});

/** Storage as a browser near its quota: a write of the imports that holds anyone fails; an empty one fits. */
function localFull() {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if ('datasets' in items && JSON.stringify(items.datasets).includes('people')) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}

/** Imports stored by version 1: the list itself, with no version record. */
const storedByVersion1 = () => fakeBrowser.storage.local.set({ datasets: [{ dataset: mine, wins: false }] });

test('a migration that cannot be written keeps reading the old form, and says why', async () => {
  await storedByVersion1();
  localFull();
  const storage = await import('../../platform/storage');
  expect((await storage.getImportedDatasets()).map((s) => s.dataset.id)).toEqual(['mine']);
  expect(await storage.importsMigrationError()).toBe('QUOTA_BYTES quota exceeded');
  const dir = await (await import('../../platform/datasets')).loadDirectory(withDefaults({}));
  expect(dir.byId.has('ann-example')).toBe(true);
  expect(dir.byId.has('kim-darroch')).toBe(true);
});

test('once a write in the new form succeeds, the migration is done', async () => {
  await storedByVersion1();
  const full = localFull();
  const storage = await import('../../platform/storage');
  expect(await storage.importsMigrationError()).toBeDefined();
  full.mockRestore();
  await storage.setImportedDatasets([{ dataset: mine as never, wins: true }]);
  expect(await storage.importsMigrationError()).toBeUndefined();
  expect((await fakeBrowser.storage.local.get('datasets$')).datasets$).toEqual({ v: 2 });
  expect((await storage.getImportedDatasets())[0]!.wins).toBe(true);
});

test('the bundled people load whatever state the imports are in', async () => {
  vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const dir = await loadDirectory(withDefaults({}));
  expect(dir.people).toHaveLength(13);
});

test('Reset works while the imports cannot be migrated', async () => {
  await storedByVersion1();
  await updateSettings({ theme: 'dark' });
  localFull();
  const storage = await import('../../platform/storage');
  expect(await storage.importsMigrationError()).toBeDefined();
  await storage.replaceSettings(DEFAULT_SETTINGS);
  await storage.setImportedDatasets([]);
  expect(await storage.getImportedDatasets()).toEqual([]);
  expect((await storage.getSettings()).theme).toBe('auto');
});

test('imported settings that would not fit in browser sync are refused, and nothing changes', async () => {
  await updateSettings({ theme: 'dark' });
  const huge = withDefaults({ exceptSites: Array.from({ length: 2000 }, (_, i) => `site-${i}.example.org`) });
  const error = await replaceSettings(huge).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SyncQuotaError);
  expect((error as SyncQuotaError).size).toBeGreaterThan((error as SyncQuotaError).max);
  expect((await getSettings()).theme).toBe('dark');
  expect((await getSettings()).exceptSites).toEqual([]);
});

test('a broken stored entry is set apart with its place and first error; the rest load', async () => {
  await setImportedDatasets([
    { dataset: { id: 'old', title: 'Old notes', people: 'many' } as never, wins: false },
    { dataset: mine as never, wins: false },
  ]);
  const { valid, broken } = checkStored(await getImportedDatasets());
  expect(valid.map((s) => s.dataset.id)).toEqual(['mine']);
  expect(broken).toEqual([{ index: 0, id: 'old', title: 'Old notes', error: 'sources: expected array, got undefined' }]);
  expect((await loadDirectory(withDefaults({}))).byId.has('ann-example')).toBe(true);
});

test('importsMigrationError is undefined when there is nothing to migrate', async () => {
  expect(await importsMigrationError()).toBeUndefined();
});

test('a broken stored entry does not stop the background’s summary of the imports', async () => {
  const { servePeople } = await import('../../platform/people-service');
  const { getDatasetsSummary } = await import('../../platform/storage');
  servePeople();
  await setImportedDatasets([
    { dataset: { id: 'old', title: 'Old notes', people: 'many' } as never, wins: false },
    { dataset: mine as never, wins: false },
  ]);
  await vi.waitFor(async () => expect((await getDatasetsSummary()).sizes).toEqual({ mine: 1 }));
});
