/** Options → People: everyone in the active datasets, each switchable, and the names hidden on sites. */
import { useState } from 'preact/hooks';
import { searchPeople } from '../../lib/directory';
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
}

/** The People section. */
export function PeopleSection(p: PeopleSectionProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const shown = query.trim() ? searchPeople(p.people, query, 500).map((h) => h.person) : p.people;
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
          </li>
        ))}
      </ul>
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
