/**
 * The background's half of the capture panel (issue 17): it alone writes captures, one at a time, so two tabs
 * saving at once cannot overwrite each other's notes. A write that fails (a full quota) stores nothing, and
 * what was stored stays as it was; stored entries that fail the schema are kept as they are, never dropped.
 */
import { LOCAL_QUOTA_BYTES, storedSize } from '../lib/datasets';
import type { SaveReply } from '../lib/messages';
import { applyCapture, type CaptureChange } from '../lib/notes';
import { bundledDataset, checkStored } from './datasets';
import { getImportedDatasets, setImportedDatasets } from './storage';

let queue: Promise<unknown> = Promise.resolve();

/** Saves a capture after any save already under way. */
export function saveCapture(change: CaptureChange, title: string): Promise<SaveReply> {
  const run = queue.then(() => save(change, title));
  queue = run.catch(() => undefined);
  return run;
}

async function save(change: CaptureChange, title: string): Promise<SaveReply> {
  let stored;
  try {
    stored = await getImportedDatasets();
  } catch (e) {
    return { ok: false, error: `your datasets could not be read (${(e as Error).message})` };
  }
  const { valid, broken } = checkStored(stored);
  const r = applyCapture(valid, bundledDataset(), change, title);
  if (!r.ok) return r;
  // The changed valid entries in their places, the broken ones untouched, a new My notes first.
  const changed = new Map(r.stored.map((s) => [s.dataset.id, s]));
  const kept = stored.map((s, i) => (broken.some((b) => b.index === i) ? s : (changed.get(s.dataset.id) ?? s)));
  const ids = new Set(stored.map((s) => s.dataset.id));
  const next = [...r.stored.filter((s) => !ids.has(s.dataset.id)), ...kept];
  const size = storedSize(next);
  if (size > LOCAL_QUOTA_BYTES)
    return {
      ok: false,
      error: `storage is full (${(size / 1024 / 1024).toFixed(1)} MB of ${LOCAL_QUOTA_BYTES / 1024 / 1024} MB); remove a dataset first`,
    };
  try {
    await setImportedDatasets(next);
  } catch (e) {
    return { ok: false, error: `the browser refused to store it (${(e as Error).message})` };
  }
  return { ok: true, personId: r.personId, datasetId: r.datasetId };
}
