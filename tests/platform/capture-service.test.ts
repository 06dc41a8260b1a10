/**
 * Captures are saved by the background one at a time: two tabs saving at once both land, a full quota stores
 * nothing and says so, and a broken stored entry is kept as it was.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CaptureChange } from '../../lib/notes';
import { saveCapture } from '../../platform/capture-service';
import { getImportedDatasets, setImportedDatasets } from '../../platform/storage';

const source = { url: 'https://news.example/a', title: 'A', publisher: 'Example' };
const personNamed = (name: string): CaptureChange => ({
  kind: 'person',
  person: { name, role: 'Councillor', names: [{ text: name, match: 'always' }] },
  source,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('two saves at once both land in My notes', async () => {
  const [a, b] = await Promise.all([
    saveCapture(personNamed('Ann Example'), 'My notes'),
    saveCapture(personNamed('Bo Example'), 'My notes'),
  ]);
  expect([a.ok, b.ok]).toEqual([true, true]);
  const [notes] = await getImportedDatasets();
  expect(notes!.dataset.people.map((p) => p.id)).toEqual(['ann-example', 'bo-example']);
  expect(notes!.dataset.sources).toHaveLength(1);
});

test('a full quota stores nothing, keeps what was there, and says why', async () => {
  await saveCapture(personNamed('Ann Example'), 'My notes');
  const before = await getImportedDatasets();
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  const r = await saveCapture(personNamed('Bo Example'), 'My notes');
  expect(r).toEqual({ ok: false, error: 'the browser refused to store it (QUOTA_BYTES quota exceeded)' });
  vi.restoreAllMocks();
  expect(await getImportedDatasets()).toEqual(before);
});

test('a broken stored entry is kept in its place, untouched', async () => {
  const broken = { dataset: { id: 'old', title: 'Old', people: 'not a list' }, wins: false };
  await setImportedDatasets([broken as never]);
  expect((await saveCapture(personNamed('Ann Example'), 'My notes')).ok).toBe(true);
  const stored = await getImportedDatasets();
  expect(stored.map((s) => s.dataset.id)).toEqual(['my-notes', 'old']);
  expect(stored[1]).toEqual(broken);
});

test('a known name is refused with who is there, so the panel can offer the choices', async () => {
  const r = await saveCapture(personNamed('Kim Darroch'), 'My notes');
  expect(r).toMatchObject({ ok: false, exists: { personId: 'kim-darroch', name: 'Kim Darroch' } });
  expect(await getImportedDatasets()).toEqual([]);
});
