/** Another name for someone already known: whose, the name as written, and where it may match. */
import type { NameForm } from '../../lib/schema';
import { useT } from '../i18n';
import { WouldHighlight } from './WouldHighlight';
import type { PersonChoice } from './types';

/** Props: the people it may be a name of, the choice, the form, and how many mentions it would get here. */
export function FormFields(p: {
  people: PersonChoice[];
  personId?: string;
  form: NameForm;
  count?: number;
  onPerson(id: string): void;
  onForm(f: NameForm): void;
}) {
  const t = useT();
  return (
    <>
      <label class="field">
        <span>{t('captureFormOf')}</span>
        <select value={p.personId ?? ''} onChange={(e) => p.onPerson(e.currentTarget.value)}>
          <option value="" disabled>
            …
          </option>
          {p.people.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} — {c.role}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('captureFormText')}</span>
        <input dir="auto" value={p.form.text} onInput={(e) => p.onForm({ ...p.form, text: e.currentTarget.value })} />
      </label>
      <fieldset class="choice">
        {(['always', 'anchored'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="form-match" checked={p.form.match === m} onChange={() => p.onForm({ ...p.form, match: m })} />
            {m === 'always' ? t('captureFormAlways') : t('captureFormAnchored')}
          </label>
        ))}
      </fieldset>
      <WouldHighlight count={p.count} />
    </>
  );
}
