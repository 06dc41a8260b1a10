/** Options → Sites: the mode, and the rule list with inline validation. */
import { useState } from 'preact/hooks';
import { displayRule } from '../../lib/punycode';
import { type RuleNote, sortAdded } from '../../lib/rule-coverage';
import { parseRule, parseRules, type RuleError } from '../../lib/site-rules';
import { useT } from '../i18n';

/** Props: the current mode and lists, and how to change them. */
export interface SitesSectionProps {
  mode: 'except' | 'only';
  rules: readonly string[];
  onMode(mode: 'except' | 'only'): void;
  onRules(rules: string[]): void;
}

/** The Sites section. Pasting many lines adds the valid ones and reports the rest. */
export function SitesSection(p: SitesSectionProps) {
  const [draft, setDraft] = useState('');
  const t = useT();
  const [errors, setErrors] = useState<Array<{ input: string; error: RuleError }>>([]);
  // What the last Add did not add, and why (already listed, or covered by a broader rule).
  const [notes, setNotes] = useState<RuleNote[]>([]);
  const [editing, setEditing] = useState<{ rule: string; value: string; error?: RuleError }>();
  const saveEdit = (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    const r = parseRule(editing.value);
    if (!r.ok) return setEditing({ ...editing, error: r.error });
    p.onRules(p.rules.map((x) => (x === editing.rule ? r.rule.text : x)).filter((x, i, all) => all.indexOf(x) === i));
    setEditing(undefined);
  };
  const listName = p.mode === 'except' ? t('sitesOff') : t('sitesOn');
  const add = (e: Event) => {
    e.preventDefault();
    const { rules, errors: errs } = parseRules(draft);
    const { added, notes: said } = sortAdded(rules, p.rules);
    if (added.length) p.onRules([...p.rules, ...added]);
    setNotes(said);
    setErrors(errs);
    setDraft(errs.map((x) => x.input.trim()).join('\n'));
  };
  return (
    <section class="panel" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sites')}</h2>
      <fieldset class="choices">
        <legend>{t('whereRuns')}</legend>
        <label>
          <input type="radio" name="mode" checked={p.mode === 'except'} onChange={() => p.onMode('except')} /> {t('modeExcept')}
        </label>
        <label>
          <input type="radio" name="mode" checked={p.mode === 'only'} onChange={() => p.onMode('only')} /> {t('modeOnly')}
        </label>
      </fieldset>
      <h3 id="rules-h">{listName}</h3>
      {p.mode === 'only' && !p.rules.length ? (
        <p class="warning" role="alert">
          {t('onlyEmpty')}
        </p>
      ) : null}
      {p.rules.length ? (
        <ul class="rules" aria-labelledby="rules-h">
          {p.rules.map((r) =>
            editing?.rule === r ? (
              <li key={r}>
                <form class="edit-rule" onSubmit={saveEdit}>
                  <input
                    aria-label={t('editRule', displayRule(r))}
                    value={editing.value}
                    aria-invalid={!!editing.error}
                    aria-describedby="edit-error"
                    onInput={(e) => setEditing({ rule: r, value: e.currentTarget.value })}
                  />
                  <button type="submit" class="link">
                    {t('save')}
                  </button>
                  <button type="button" class="link" onClick={() => setEditing(undefined)}>
                    {t('cancel')}
                  </button>
                  <span id="edit-error" role="alert" class="error">
                    {editing.error ? t(editing.error.code, editing.error.arg ?? '') : null}
                  </span>
                </form>
              </li>
            ) : (
              <li key={r}>
                {/* Shown as typed ("école.fr"); the stored rule stays ASCII, as the browser gives hosts. */}
                <code title={displayRule(r) === r ? undefined : r}>{displayRule(r)}</code>
                <span>
                  <button
                    type="button"
                    class="link"
                    aria-label={t('editRule', displayRule(r))}
                    onClick={() => setEditing({ rule: r, value: displayRule(r) })}
                  >
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    class="link danger"
                    aria-label={t('removeRule', displayRule(r))}
                    onClick={() => p.onRules(p.rules.filter((x) => x !== r))}
                  >
                    {t('remove')}
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      ) : (
        <p class="muted">{t('noneYet')}</p>
      )}
      <form class="add-rules" onSubmit={add}>
        <label for="rule-input">{t('addSites')}</label>
        <textarea
          id="rule-input"
          rows={2}
          value={draft}
          aria-invalid={errors.length > 0}
          aria-describedby="rule-help rule-errors"
          placeholder="bbc.co.uk"
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <p id="rule-help" class="muted">
          {t('sitesHelp')}
        </p>
        <div id="rule-notes" role="status">
          {notes.map((n) => (
            <p class="note" key={n.rule}>
              {n.kind === 'duplicate' ? t('ruleDuplicate', displayRule(n.rule)) : t('ruleCovered', displayRule(n.rule), displayRule(n.by))}
            </p>
          ))}
        </div>
        <div id="rule-errors" role="alert">
          {errors.map((x) => (
            <p class="error" key={x.input}>
              {t(x.error.code, x.error.arg ?? '')}
            </p>
          ))}
        </div>
        <button type="submit" class="primary" disabled={!draft.trim()}>
          {t('add')}
        </button>
      </form>
    </section>
  );
}
