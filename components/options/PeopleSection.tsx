/** Options → People: everyone in the active datasets, each switchable, and the names hidden on sites. */
import { useMemo, useState } from 'preact/hooks';
import { PeopleSearch } from '../../lib/people-search';
import type { Person } from '../../lib/schema';
import type { HiddenName } from '../../lib/settings';
import { useT } from '../i18n';
import { Switch } from '../Switch';

/** Props: the people, who is off, the hidden names, and how to change them. */
export interface PeopleSectionProps {
  people: Person[];
  disabled: readonly string[];
  hidden: readonly HiddenName[];
  focus?: string;
  onPerson(id: string, on: boolean): void;
  onUnhide(h: HiddenName): void;
  /** People of the read-only bundled dataset, who can be copied to My notes to be edited. */
  readOnly?: ReadonlySet<string>;
  onCopyToNotes?(id: string): void;
}

/** With no search, the list shows this many people at most (and the focused one); a search finds the others. */
export const PEOPLE_SHOWN = 200;

/** The People section. */
export function PeopleSection(p: PeopleSectionProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  // One search per list of people, so each keystroke does not fold every name again.
  const search = useMemo(() => new PeopleSearch(p.people), [p.people]);
  const shown = query.trim() ? search.search(query, 500).map((h) => h.person) : p.people.slice(0, PEOPLE_SHOWN);
  const focused = p.people.find((x) => x.id === p.focus);
  if (!query.trim() && focused && !shown.includes(focused)) shown.push(focused);
  const name = (id: string) => p.people.find((x) => x.id === id)?.name ?? id;
  return (
    <section class="panel" aria-labelledby="people-h" id="people">
      <h2 id="people-h">{t('people')}</h2>
      <input
        type="search"
        class="wide"
        aria-label={t('searchPeople')}
        placeholder={t('searchPeople')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <ul class="people-list">
        {shown.map((person) => (
          <li key={person.id} id={`person-${person.id}`} class={p.focus === person.id ? 'focus' : undefined}>
            <Switch
              label={person.name}
              hint={person.role}
              checked={!p.disabled.includes(person.id)}
              onChange={(on) => p.onPerson(person.id, on)}
            />
            {p.readOnly?.has(person.id) && p.onCopyToNotes ? (
              <button
                type="button"
                class="link"
                onClick={() => p.onCopyToNotes!(person.id)}
                aria-label={`${t('copyToNotes')}: ${person.name}`}
              >
                {t('copyToNotes')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!query.trim() && p.people.length > shown.length ? (
        <p class="muted">{t('firstOfEveryone', PEOPLE_SHOWN, p.people.length.toLocaleString())}</p>
      ) : null}
      <h3 id="hidden-h">{t('hiddenNames')}</h3>
      {p.hidden.length ? (
        <ul class="rules" aria-labelledby="hidden-h">
          {p.hidden.map((h) => (
            <li key={`${h.site}|${h.personId}|${h.form}`}>
              <span>{t('hiddenEntry', h.form, name(h.personId), h.site)}</span>
              <button type="button" class="link" onClick={() => p.onUnhide(h)}>
                {t('undo')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('noHidden')}</p>
      )}
    </section>
  );
}
