/**
 * Options → Your datasets: the reader's own datasets (My notes and imports), each renamable, with its people
 * to edit, move or delete (with undo), and a file to merge into it. The bundled dataset is not here: it is
 * read-only, and its people are copied to My notes from the People section.
 */
import { useState } from 'preact/hooks';
import type { PersonPatch } from '../../lib/dataset-edits';
import type { Dataset, NameForm, Quote } from '../../lib/schema';
import { useT } from '../i18n';
import { PersonEditor } from './PersonEditor';

/** Props: the reader's datasets, what was just done (and can be undone), and the actions. */
export interface NotesSectionProps {
  datasets: Dataset[];
  notice?: string;
  error?: string;
  /** The last deletion can be undone. */
  canUndo?: boolean;
  onUndo(): void;
  onRename(id: string, title: string): void;
  onSavePerson(datasetId: string, personId: string, patch: PersonPatch): void;
  onQuote(datasetId: string, personId: string, index: number, quote: Quote | undefined): void;
  onMove(fromId: string, toId: string, personId: string): void;
  onDelete(datasetId: string, personId: string): void;
  onMerge(datasetId: string, text: string): void;
  count?(names: NameForm[]): Promise<number | undefined>;
}

/** The section. */
export function NotesSection(p: NotesSectionProps) {
  const t = useT();
  const [open, setOpen] = useState<string>();
  return (
    <section class="panel" aria-labelledby="notes-h" id="notes">
      <h2 id="notes-h">{t('editorTitle')}</h2>
      <p class="muted">{t('editorIntro')}</p>
      {p.datasets.length ? null : <p class="muted">{t('editorNone')}</p>}
      {p.datasets.map((d) => (
        <div class="own-dataset" key={d.id} data-dataset={d.id}>
          <label class="field">
            <span>{t('editorDatasetName')}</span>
            <input value={d.title} onChange={(e) => e.currentTarget.value.trim() && p.onRename(d.id, e.currentTarget.value)} />
          </label>
          {d.people.length ? null : <p class="muted">{t('editorEmpty')}</p>}
          <ul class="people-list own">
            {d.people.map((person) => {
              const key = `${d.id}/${person.id}`;
              return (
                <li key={key} id={`own-${d.id}-${person.id}`}>
                  <div class="own-row">
                    <span>
                      <bdi>{person.name}</bdi> <small class="muted">{person.role}</small>
                    </span>
                    <button type="button" class="link" aria-expanded={open === key} onClick={() => setOpen(open === key ? undefined : key)}>
                      {t('editorEdit', person.name)}
                    </button>
                  </div>
                  {open === key ? (
                    <PersonEditor
                      person={person}
                      others={p.datasets.filter((o) => o.id !== d.id).map((o) => ({ id: o.id, title: o.title }))}
                      count={p.count}
                      onSave={(patch) => p.onSavePerson(d.id, person.id, patch)}
                      onQuote={(i, q) => p.onQuote(d.id, person.id, i, q)}
                      onMove={(to) => (setOpen(undefined), p.onMove(d.id, to, person.id))}
                      onDelete={() => (setOpen(undefined), p.onDelete(d.id, person.id))}
                      onClose={() => setOpen(undefined)}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
          <label class="file">
            {t('editorImportInto')}{' '}
            <input
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                if (file) void file.text().then((text) => p.onMerge(d.id, text));
                input.value = '';
              }}
            />
          </label>
        </div>
      ))}
      <p role="status" class="notice-line">
        {p.notice}
        {p.canUndo ? (
          <>
            {' '}
            <button type="button" class="link" onClick={p.onUndo}>
              {t('undo')}
            </button>
          </>
        ) : null}
      </p>
      <p role="alert" class="error">
        {p.error}
      </p>
    </section>
  );
}
