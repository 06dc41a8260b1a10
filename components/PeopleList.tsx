/** The popup's list of people on the page: count, share bar, jump, and expandable details. */
import type { QuoteView } from '../lib/directory';
import type { Person } from '../lib/schema';
import { useT } from './i18n';
import { PersonDetails } from './PersonDetails';

/** One row of the list. */
export interface PeopleRow {
  person: Person;
  count: number;
  /** Share of all mentions on the page, 0–1. */
  share: number;
}

/** Props for the list; `position` is the jump counter of the person last jumped to. */
export interface PeopleListProps {
  rows: PeopleRow[];
  expanded?: string;
  position?: { personId: string; index: number };
  details(personId: string): { said: QuoteView[]; saidAbout: QuoteView[] };
  onJump(personId: string): void;
  onToggle(personId: string): void;
}

function onListKey(e: KeyboardEvent) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.jump')];
  const i = buttons.indexOf(document.activeElement as HTMLElement);
  const next = buttons[Math.min(buttons.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** The list itself. Arrow keys move between people; Enter jumps. */
export function PeopleList(p: PeopleListProps) {
  const t = useT();
  return (
    <ul class="people" aria-label={t('peopleOnPage')} onKeyDown={onListKey}>
      {p.rows.map(({ person, count, share }) => {
        const open = p.expanded === person.id;
        const pos = p.position?.personId === person.id ? `${p.position.index + 1} / ${count}` : null;
        return (
          <li key={person.id} class="person" data-person={person.id}>
            <div class="row">
              <button
                type="button"
                class="jump"
                onClick={() => p.onJump(person.id)}
                aria-label={t('jumpLabel', person.name, person.role, count)}
              >
                <span class="name">{person.name}</span>
                <span class="role">{person.role}</span>
                <span class="bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(4, Math.round(share * 100))}%` }} />
                </span>
              </button>
              <span class="count" aria-hidden="true">
                {pos ?? count}
              </span>
              <button
                type="button"
                class="expand"
                aria-expanded={open}
                aria-label={t('quotesOf', person.name)}
                onClick={() => p.onToggle(person.id)}
              >
                {open ? '▾' : '▸'}
              </button>
            </div>
            {open ? (
              <div class="details">
                <PersonDetails {...p.details(person.id)} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
