/** Options → Datasets: the bundled and imported datasets, import by file or paste, export, and reset. */
import { useState } from 'preact/hooks';
import type { Collision } from '../../lib/datasets';
import type { Dataset } from '../../lib/schema';
import { useT } from '../i18n';
import { peopleCount } from '../people-count';
import { Switch } from '../Switch';

/**
 * A pending import: it would replace a dataset of the same id (asked first), or it shares person ids with
 * another dataset (the user picks who wins).
 */
export interface PendingImport {
  title: string;
  /** How many people the import holds. */
  people: number;
  replaces?: { title: string; people: number };
  collisions: Collision[];
}

/** Props: the datasets and every action the section offers. */
export interface DatasetsSectionProps {
  datasets: Array<{ dataset: Dataset; bundled: boolean; wins: boolean }>;
  /** Stored imports that fail the schema: shown with what is wrong, and Remove. */
  broken?: ReadonlyArray<{ index: number; title: string; error: string }>;
  /** Why the imports are still in their old stored form, if they are. */
  migrationError?: string;
  disabled: readonly string[];
  errors: string[];
  notice?: string;
  /** The title of a dataset just removed, while it can be put back. */
  removed?: string;
  pending?: PendingImport;
  onToggle(id: string, on: boolean): void;
  onImportText(text: string): void;
  /** For a replacement, true replaces; for shared ids, whether the import wins; null cancels. */
  onResolve(answer: boolean | null): void;
  onExport(id: string): void;
  /** Exports the dataset's quotes as W3C Web Annotations (JSON-LD). */
  onExportAnnotations?(id: string): void;
  /** A dataset by id, or a broken entry by its place in the stored list. */
  onRemove(which: string | number): void;
  onUndoRemove?(): void;
  onExportSettings(): void;
  onImportSettings(text: string): void;
  onReset(): void;
  /** A link to the dataset format's JSON Schema. */
  schemaHref: string;
  /** What the last settings import or reset said: shown by those buttons, not by the dataset import. */
  settingsErrors?: string[];
  settingsNotice?: string;
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
              hint={[peopleCount(t, d.people.length), bundled ? t('bundled') : wins ? t('winsShared') : ''].filter(Boolean).join(' · ')}
              checked={!p.disabled.includes(d.id)}
              onChange={(on) => p.onToggle(d.id, on)}
            />
            <div class="row-actions">
              <button type="button" class="link" onClick={() => p.onExport(d.id)}>
                {t('export')}
              </button>
              {p.onExportAnnotations && d.people.some((x) => x.quotes.length) ? (
                <button type="button" class="link" onClick={() => p.onExportAnnotations!(d.id)}>
                  {t('exportAnnotations')}
                </button>
              ) : null}
              {bundled ? null : (
                <button type="button" class="link danger" onClick={() => p.onRemove(d.id)}>
                  {t('remove')}
                </button>
              )}
            </div>
          </li>
        ))}
        {(p.broken ?? []).map((b) => (
          <li key={`broken-${b.index}`} class="broken">
            <div>
              <span>{b.title}</span>
              <small class="error">{t('brokenImport', b.error)}</small>
            </div>
            <div class="row-actions">
              <button type="button" class="link danger" onClick={() => p.onRemove(b.index)}>
                {t('remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {p.migrationError ? (
        <p role="alert" class="error">
          {t('migrationFailed', p.migrationError)}
        </p>
      ) : null}
      <h3>{t('importDataset')}</h3>
      <p class="muted">
        {t('importHelp')} {/* The format, from the one definition the extension checks with, to read or give to an editor. */}
        <a href={p.schemaHref} download="people.schema.json">
          {t('downloadSchema')}
        </a>
      </p>
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
      {p.pending?.replaces ? (
        <div class="pending" role="group" aria-labelledby="pending-h">
          <p id="pending-h">
            {t('replaceAsk', p.pending.replaces.title, peopleCount(t, p.pending.replaces.people), peopleCount(t, p.pending.people))}
          </p>
          <button type="button" class="primary" onClick={() => p.onResolve(true)}>
            {t('replace')}
          </button>{' '}
          <button type="button" class="link" onClick={() => p.onResolve(null)}>
            {t('cancel')}
          </button>
        </div>
      ) : p.pending ? (
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
      <p role="status" class="notice-line" id="datasets-notice">
        {p.notice}
        {p.removed && p.onUndoRemove ? (
          <>
            {' '}
            <button type="button" class="link" onClick={p.onUndoRemove}>
              {t('undo')}
            </button>
          </>
        ) : null}
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
      <div role="alert" class="settings-errors">
        {p.settingsErrors?.length ? <p class="error">{t('settingsImportFailed')}</p> : null}
        <ul>
          {(p.settingsErrors ?? []).map((e) => (
            <li key={e} class="error">
              {e}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" class="notice-line settings-notice">
        {p.settingsNotice}
      </p>
    </section>
  );
}
