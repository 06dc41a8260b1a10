/** Options → Datasets: the bundled and imported datasets, import by file or paste, export, and reset. */
import { useState } from 'preact/hooks';
import type { Collision } from '../../lib/datasets';
import type { Dataset } from '../../lib/schema';
import { useT } from '../i18n';
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
  const t = useT();
  return (
    <section class="panel" aria-labelledby="datasets-h">
      <h2 id="datasets-h">{t('datasets')}</h2>
      <ul class="datasets">
        {p.datasets.map(({ dataset: d, bundled, wins }) => (
          <li key={d.id}>
            <Switch
              label={d.title}
              hint={[t('peopleCount', d.people.length), bundled ? t('bundled') : wins ? t('winsShared') : ''].filter(Boolean).join(' · ')}
              checked={!p.disabled.includes(d.id)}
              onChange={(on) => p.onToggle(d.id, on)}
            />
            <div class="row-actions">
              <button type="button" class="link" onClick={() => p.onExport(d.id)}>
                {t('export')}
              </button>
              {bundled ? null : (
                <button type="button" class="link danger" onClick={() => p.onRemove(d.id)}>
                  {t('remove')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <h3>{t('importDataset')}</h3>
      <p class="muted">{t('importHelp')}</p>
      <label class="file">
        {t('chooseFile')} <input type="file" accept=".json,application/json" onChange={(e) => readFile(e, p.onImportText)} />
      </label>
      <label for="paste">{t('orPaste')}</label>
      <textarea id="paste" rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
      <button type="button" class="primary" disabled={!paste.trim()} onClick={() => p.onImportText(paste)}>
        {t('importPasted')}
      </button>
      <div role="alert" class="import-errors">
        {p.errors.length ? <p class="error">{t('importFailed')}</p> : null}
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
            {t('sharedPeople', p.pending.title, p.pending.collisions.map((c) => `${c.name} (${c.inDataset})`).join(', '))}
          </p>
          <button type="button" class="primary" onClick={() => p.onResolve(true)}>
            {t('useImported')}
          </button>{' '}
          <button type="button" onClick={() => p.onResolve(false)}>
            {t('keepExisting')}
          </button>{' '}
          <button type="button" class="link" onClick={() => p.onResolve(null)}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      <p role="status" class="notice-line">
        {p.notice}
      </p>
      <h3>{t('settingsHeading')}</h3>
      <div class="row-actions">
        <button type="button" onClick={p.onExportSettings}>
          {t('exportSettings')}
        </button>
        <label class="file">
          {t('importSettings')} <input type="file" accept=".json,application/json" onChange={(e) => readFile(e, p.onImportSettings)} />
        </label>
        {confirming ? (
          <span role="group" aria-label={t('confirmReset')}>
            {t('resetConfirm')}{' '}
            <button type="button" class="danger-button" onClick={() => (setConfirming(false), p.onReset())}>
              {t('reset')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('resetAsk')}
          </button>
        )}
      </div>
    </section>
  );
}
