/** The storage module against WXT's fake browser: migrations, partial storage, dataset loading. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDirectory } from '../../platform/datasets';
import { getSettings, setImportedDatasets, settingsItem, updateSettings } from '../../platform/storage';
import { withDefaults } from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

test('version-1 settings are migrated to version 2 on first read', async () => {
  await fakeBrowser.storage.sync.set({ settings: { disabledSites: ['bbc.co.uk'] }, settings$: { v: 1 } });
  await settingsItem().migrate();
  expect((await getSettings()).exceptSites).toEqual(['bbc.co.uk']);
  expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
});

test('older settings are migrated by the first read alone, in a fresh context', async () => {
  await fakeBrowser.storage.sync.set({ settings: { disabledSites: ['bbc.co.uk'] }, settings$: { v: 1 } });
  vi.resetModules();
  const fresh = await import('../../platform/storage');
  expect((await fresh.getSettings()).exceptSites).toEqual(['bbc.co.uk']);
  expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
});

test.each([
  ['stored at the current version', { settings: { theme: 'dark' }, settings$: { v: 2 } }, 'dark'],
  ['never stored', {}, 'auto'],
])('settings %s are read in one request, and importing the module reads nothing', async (_, stored, theme) => {
  await fakeBrowser.storage.sync.set(stored);
  const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
  vi.resetModules();
  const fresh = await import('../../platform/storage');
  expect(get).not.toHaveBeenCalled();
  expect((await fresh.getSettings()).theme).toBe(theme);
  expect(get).toHaveBeenCalledTimes(1);
  get.mockRestore();
});

test('only changed values reach storage.sync', async () => {
  await updateSettings({ hoverDelay: 500 });
  await updateSettings({ hoverDelay: 300 });
  await updateSettings({ theme: 'dark' });
  expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ theme: 'dark' });
});

test('a change to what is already stored writes nothing, so no tab rescans ("Not this person" pressed again)', async () => {
  const hidden = { site: 'example.org', personId: 'theresa-may', form: 'May' };
  await updateSettings({ hiddenNames: [hidden] });
  const writes: unknown[] = [];
  fakeBrowser.storage.sync.onChanged.addListener((c) => writes.push(c));
  await updateSettings((s) => ({ hiddenNames: [...s.hiddenNames.filter((h) => h.form !== 'May'), hidden] }));
  await updateSettings({ theme: 'auto' });
  expect(writes).toEqual([]);
});

test('settings edited by hand in storage are checked on read: a bad colour never reaches a page', async () => {
  await fakeBrowser.storage.sync.set({ settings: { highlightColor: 'red} body{display:none', theme: 'dark' }, settings$: { v: 2 } });
  const s = await getSettings();
  expect(s.highlightColor).toBe('#f2c94c');
  expect(s.theme).toBe('dark');
});

test('imported datasets load after the bundled one unless they win; invalid stored data is skipped', async () => {
  const person = (id: string, name: string) => ({
    id,
    name,
    role: `role of ${name}`,
    names: [{ text: name, match: 'always' }],
    quotes: [],
  });
  const mine = { id: 'mine', title: 'Mine', sources: [], people: [person('liam-fox', 'Liam Fox'), person('new-person', 'New Person')] };
  await setImportedDatasets([
    { dataset: mine as never, wins: false },
    { dataset: { id: 'broken' } as never, wins: true },
  ]);
  let dir = await loadDirectory(withDefaults({}));
  expect(dir.byId.get('liam-fox')!.role).toBe('British Trade Minister');
  expect(dir.byId.has('new-person')).toBe(true);
  await setImportedDatasets([{ dataset: mine as never, wins: true }]);
  dir = await loadDirectory(withDefaults({}));
  expect(dir.byId.get('liam-fox')!.role).toBe('role of Liam Fox');
  dir = await loadDirectory(withDefaults({ disabledDatasets: ['mine', 'bundled'] }));
  expect(dir.people).toEqual([]);
});

test('a change too large for sync storage is refused and nothing is lost', async () => {
  await updateSettings({ exceptSites: ['bbc.co.uk'] });
  const many = Array.from({ length: 600 }, (_, i) => `site-number-${i}.example.com`);
  await expect(updateSettings({ exceptSites: many })).rejects.toThrow(/more than the \d+ that browser sync allows/);
  expect((await getSettings()).exceptSites).toEqual(['bbc.co.uk']);
});

test('loading the storage module reads no imported datasets: contexts that never use them never pay for them', async () => {
  vi.resetModules();
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const fresh = await import('../../platform/storage');
  await new Promise((r) => setTimeout(r, 20));
  expect(get.mock.calls.flat(2)).not.toContain('datasets');
  await fresh.getImportedDatasets();
  expect(get.mock.calls.flat(2)).toContain('datasets');
  get.mockRestore();
});

test('imports stored as a list by version 1 are read, and rewritten as one string on first use', async () => {
  const legacy = [{ dataset: { id: 'mine', title: 'Mine', sources: [], people: [] }, wins: true }];
  await fakeBrowser.storage.local.set({ datasets: legacy });
  vi.resetModules();
  const fresh = await import('../../platform/storage');
  expect(await fresh.getImportedDatasets()).toEqual(legacy);
  const raw = await fakeBrowser.storage.local.get(['datasets', 'datasets$']);
  expect(raw).toEqual({ datasets: JSON.stringify(legacy), datasets$: { v: 2 } });
  await fresh.setImportedDatasets([]);
  expect((await fakeBrowser.storage.local.get('datasets')).datasets).toBe('[]');
});

test('imports that cannot be read come back as none, and are not overwritten by reading', async () => {
  await fakeBrowser.storage.local.set({ datasets: '[{"dataset": {"id": "mi', datasets$: { v: 2 } });
  vi.resetModules();
  const fresh = await import('../../platform/storage');
  expect(await fresh.getImportedDatasets()).toEqual([]);
  expect((await fakeBrowser.storage.local.get('datasets')).datasets).toBe('[{"dataset": {"id": "mi');
});

test('reading current imports reads them once, not three times as a WXT item would', async () => {
  await fakeBrowser.storage.local.set({ datasets: '[]', datasets$: { v: 2 } });
  vi.resetModules();
  const fresh = await import('../../platform/storage');
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const reads = () => get.mock.calls.flat(2).filter((k) => k === 'datasets').length;
  await fresh.getImportedDatasets();
  expect(reads()).toBe(1);
  await fresh.getImportedDatasets();
  expect(reads()).toBe(2);
  get.mockRestore();
});
