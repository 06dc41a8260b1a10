/**
 * One person of the reader's own datasets, open for editing: name, role, affiliation and name forms (with
 * how many mentions they would get on the tab the reader was on), their quotes, moving them to another of the
 * reader's datasets, and deleting them (with undo, offered by the section).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PersonPatch } from '../../lib/dataset-edits';
import type { NameForm, Person, Quote } from '../../lib/schema';
import { PersonFields } from '../capture/PersonFields';
import { useT } from '../i18n';

/** Props: the person, where else they may go, and what each action does. */
export interface PersonEditorProps {
  person: Person;
  /** The reader's other datasets, by id and title. */
  others: Array<{ id: string; title: string }>;
  count?(names: NameForm[]): Promise<number | undefined>;
  onSave(patch: PersonPatch): void;
  onQuote(index: number, quote: Quote | undefined): void;
  onMove(toId: string): void;
  onDelete(): void;
  onClose(): void;
}

/** The editor. */
export function PersonEditor(p: PersonEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState({
    name: p.person.name,
    role: p.person.role,
    affiliation: p.person.affiliation ?? '',
    names: p.person.names,
    honorifics: p.person.honorifics ?? [],
  });
  const [count, setCount] = useState<number>();
  const [to, setTo] = useState(p.others[0]?.id ?? '');
  useEffect(() => {
    let live = true;
    void p.count?.(draft.names.filter((n) => n.text.trim())).then((n) => live && setCount(n));
    return () => void (live = false);
  }, [draft.names]);
  return (
    <div class="person-editor capture" role="group" aria-label={t('editorEdit', p.person.name)}>
      <PersonFields person={draft} count={count} onChange={setDraft} />
      <div class="row-actions">
        <button
          type="button"
          class="primary"
          onClick={() =>
            p.onSave({
              name: draft.name,
              role: draft.role,
              affiliation: draft.affiliation,
              names: draft.names.filter((n) => n.text.trim()),
            })
          }
        >
          {t('editorSave')}
        </button>
        <button type="button" onClick={p.onClose}>
          {t('editorClose')}
        </button>
      </div>
      {p.person.quotes.length ? (
        <>
          <h4>{t('editorQuotes')}</h4>
          <ul class="editor-quotes">
            {p.person.quotes.map((q, i) => (
              <li key={`${i}-${q.text.slice(0, 20)}`}>
                <textarea
                  dir="auto"
                  rows={2}
                  aria-label={t('captureQuoteText')}
                  value={q.text}
                  onChange={(e) => p.onQuote(i, { ...q, text: e.currentTarget.value })}
                />
                <input
                  dir="auto"
                  aria-label={t('captureOccasion')}
                  value={q.occasion}
                  onChange={(e) => p.onQuote(i, { ...q, occasion: e.currentTarget.value })}
                />
                <button type="button" class="link danger" onClick={() => p.onQuote(i, undefined)}>
                  {t('editorDeleteQuote')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="row-actions">
        {p.others.length ? (
          <>
            <label>
              {t('editorMoveTo')}{' '}
              <select value={to} onChange={(e) => setTo(e.currentTarget.value)}>
                {p.others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => to && p.onMove(to)}>
              {t('editorMove')}
            </button>
          </>
        ) : null}
        <button type="button" class="link danger" onClick={p.onDelete}>
          {t('editorDelete', p.person.name)}
        </button>
      </div>
    </div>
  );
}
