/** Options → Sites: the mode, and the rule list with inline validation. */
import { useState } from 'preact/hooks';
import { parseRule, parseRules } from '../../lib/site-rules';

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
  const [errors, setErrors] = useState<Array<{ input: string; error: string }>>([]);
  const [editing, setEditing] = useState<{ rule: string; value: string; error?: string }>();
  const saveEdit = (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    const r = parseRule(editing.value);
    if (!r.ok) return setEditing({ ...editing, error: r.error });
    p.onRules(p.rules.map((x) => (x === editing.rule ? r.rule.text : x)).filter((x, i, all) => all.indexOf(x) === i));
    setEditing(undefined);
  };
  const listName = p.mode === 'except' ? 'Sites where Dramatis is off' : 'Sites where Dramatis runs';
  const add = (e: Event) => {
    e.preventDefault();
    const { rules, errors: errs } = parseRules(draft);
    const fresh = rules.map((r) => r.text).filter((t) => !p.rules.includes(t));
    if (fresh.length) p.onRules([...p.rules, ...fresh]);
    setErrors(errs);
    setDraft(errs.map((x) => x.input.trim()).join('\n'));
  };
  return (
    <section class="panel" aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      <fieldset class="choices">
        <legend>Where Dramatis runs</legend>
        <label>
          <input type="radio" name="mode" checked={p.mode === 'except'} onChange={() => p.onMode('except')} /> Everywhere except…
        </label>
        <label>
          <input type="radio" name="mode" checked={p.mode === 'only'} onChange={() => p.onMode('only')} /> Only on…
        </label>
      </fieldset>
      <h3 id="rules-h">{listName}</h3>
      {p.rules.length ? (
        <ul class="rules" aria-labelledby="rules-h">
          {p.rules.map((r) =>
            editing?.rule === r ? (
              <li key={r}>
                <form class="edit-rule" onSubmit={saveEdit}>
                  <input
                    aria-label={`Edit ${r}`}
                    value={editing.value}
                    aria-invalid={!!editing.error}
                    aria-describedby="edit-error"
                    onInput={(e) => setEditing({ rule: r, value: e.currentTarget.value })}
                  />
                  <button type="submit" class="link">
                    Save
                  </button>
                  <button type="button" class="link" onClick={() => setEditing(undefined)}>
                    Cancel
                  </button>
                  <span id="edit-error" role="alert" class="error">
                    {editing.error}
                  </span>
                </form>
              </li>
            ) : (
              <li key={r}>
                <code>{r}</code>
                <span>
                  <button type="button" class="link" aria-label={`Edit ${r}`} onClick={() => setEditing({ rule: r, value: r })}>
                    Edit
                  </button>
                  <button
                    type="button"
                    class="link danger"
                    aria-label={`Remove ${r}`}
                    onClick={() => p.onRules(p.rules.filter((x) => x !== r))}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      ) : (
        <p class="muted">None yet.</p>
      )}
      <form class="add-rules" onSubmit={add}>
        <label for="rule-input">Add sites, one per line</label>
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
          A site (bbc.co.uk also covers news.bbc.co.uk), a wildcard (*.example.com) or a pattern (https://example.com/politics/*).
        </p>
        <div id="rule-errors" role="alert">
          {errors.map((x) => (
            <p class="error" key={x.input}>
              {x.error}
            </p>
          ))}
        </div>
        <button type="submit" class="primary" disabled={!draft.trim()}>
          Add
        </button>
      </form>
    </section>
  );
}
