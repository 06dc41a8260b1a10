/** A new person in the capture panel: name, role (suggested from the page), affiliation and name forms. */
import type { NameForm } from '../../lib/schema';
import { type MessageKey, useT } from '../i18n';
import { WouldHighlight } from './WouldHighlight';
import type { PersonDraft } from './types';

/** Props: the draft, how to change it, and how many mentions its forms would get on this page. */
export function PersonFields(p: { person: PersonDraft; count?: number; onChange(d: PersonDraft): void }) {
  const t = useT();
  const d = p.person;
  const setForm = (i: number, f: NameForm | undefined) =>
    p.onChange({ ...d, names: f ? d.names.map((x, j) => (j === i ? f : x)) : d.names.filter((_, j) => j !== i) });
  const text = (label: MessageKey, key: 'name' | 'role' | 'affiliation') => (
    <label class="field">
      <span>{t(label)}</span>
      <input dir="auto" value={d[key]} onInput={(e) => p.onChange({ ...d, [key]: e.currentTarget.value })} />
    </label>
  );
  return (
    <>
      {text('captureName', 'name')}
      {text('captureRole', 'role')}
      {text('captureAffiliation', 'affiliation')}
      <fieldset class="forms">
        <legend>{t('captureForms')}</legend>
        {d.names.map((f, i) => (
          <div class="form-row" key={i}>
            <input
              dir="auto"
              aria-label={t('captureFormText')}
              value={f.text}
              onInput={(e) => setForm(i, { ...f, text: e.currentTarget.value })}
            />
            <select
              aria-label={t('captureForms')}
              value={f.match}
              onChange={(e) => setForm(i, { ...f, match: e.currentTarget.value as NameForm['match'] })}
            >
              <option value="always">{t('captureFormAlways')}</option>
              <option value="anchored">{t('captureFormAnchored')}</option>
            </select>
            {d.names.length > 1 ? (
              <button type="button" class="icon" aria-label={t('captureRemoveForm', f.text)} onClick={() => setForm(i, undefined)}>
                ×
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" class="link" onClick={() => p.onChange({ ...d, names: [...d.names, { text: '', match: 'anchored' }] })}>
          {t('captureAddForm')}
        </button>
      </fieldset>
      <WouldHighlight count={p.count} />
    </>
  );
}
