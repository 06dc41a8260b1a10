/** Options → Datasets: the bundled and imported datasets, import by file or paste, export, and reset. */
import { useState } from 'preact/hooks';
import type { Collision } from '../../lib/datasets';
import type { Dataset } from '../../lib/schema';
import { Switch } from '../Switch';

/** A pending import that shares person ids with another dataset: the user picks who wins. */
export interface PendingImport {
  title: string;
  collisions: Collision[];
}

/** Props: the datasets and every action the section offers. */
export interface DatasetsSectionProps {
  datasets: Array<{ dataset: Dataset; bundled: boolean; wins: boolean }>;
  disabled: readonly string[];
  errors: string[];
  notice?: string;
  pending?: PendingImport;
  onToggle(id: string, on: boolean): void;
  onImportText(text: string): void;
  onResolve(importedWins: boolean | null): void;
  onExport(id: string): void;
  onRemove(id: string): void;
  onExportSettings(): void;
  onImportSettings(text: string): void;
  onReset(): void;
}

const readFile = (e: Event, then: (text: string) => void) => {
  const input = e.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  if (file) void file.text().then(then);
  input.value = '';
};

/** The Datasets section. */
export function DatasetsSection(p: DatasetsSectionProps) {
  const [paste, setPaste] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="panel" aria-labelledby="datasets-h">
      <h2 id="datasets-h">Datasets</h2>
      <ul class="datasets">
        {p.datasets.map(({ dataset: d, bundled, wins }) => (
          <li key={d.id}>
            <Switch
              label={d.title}
              hint={`${d.people.length} people${bundled ? ' · bundled' : wins ? ' · wins shared ids' : ''}`}
              checked={!p.disabled.includes(d.id)}
              onChange={(on) => p.onToggle(d.id, on)}
            />
            <div class="row-actions">
              <button type="button" class="link" onClick={() => p.onExport(d.id)}>
                Export
              </button>
              {bundled ? null : (
                <button type="button" class="link danger" onClick={() => p.onRemove(d.id)}>
                  Remove
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <h3>Import a dataset</h3>
      <p class="muted">A JSON file in the format described in the project's data/README.md. It is checked before anything changes.</p>
      <label class="file">
        Choose a JSON file… <input type="file" accept=".json,application/json" onChange={(e) => readFile(e, p.onImportText)} />
      </label>
      <label for="paste">Or paste it here</label>
      <textarea id="paste" rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
      <button type="button" class="primary" disabled={!paste.trim()} onClick={() => p.onImportText(paste)}>
        Import pasted dataset
      </button>
      <div role="alert" class="import-errors">
        {p.errors.length ? <p class="error">Nothing was imported. Fix these and try again:</p> : null}
        <ul>
          {p.errors.map((e) => (
            <li key={e} class="error">
              {e}
            </li>
          ))}
        </ul>
      </div>
      {p.pending ? (
        <div class="pending" role="group" aria-labelledby="pending-h">
          <p id="pending-h">
            “{p.pending.title}” shares {p.pending.collisions.length} {p.pending.collisions.length === 1 ? 'person' : 'people'} with other
            datasets: {p.pending.collisions.map((c) => `${c.name} (${c.inDataset})`).join(', ')}. Which should win?
          </p>
          <button type="button" class="primary" onClick={() => p.onResolve(true)}>
            Use the imported people
          </button>{' '}
          <button type="button" onClick={() => p.onResolve(false)}>
            Keep the existing people
          </button>{' '}
          <button type="button" class="link" onClick={() => p.onResolve(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      <p role="status" class="notice-line">
        {p.notice}
      </p>
      <h3>Settings</h3>
      <div class="row-actions">
        <button type="button" onClick={p.onExportSettings}>
          Export settings
        </button>
        <label class="file">
          Import settings… <input type="file" accept=".json,application/json" onChange={(e) => readFile(e, p.onImportSettings)} />
        </label>
        {confirming ? (
          <span role="group" aria-label="Confirm reset">
            Reset every setting and remove imported datasets?{' '}
            <button type="button" class="danger-button" onClick={() => (setConfirming(false), p.onReset())}>
              Reset
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Reset to defaults…
          </button>
        )}
      </div>
    </section>
  );
}
