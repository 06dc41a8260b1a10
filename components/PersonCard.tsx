/** The hover card: who the person is, what they said, and what was said about them. */
import type { QuoteView } from '../lib/directory';
import type { Person } from '../lib/schema';
import { PersonDetails } from './PersonDetails';

/** Everything the card shows, and what its buttons do. */
export interface PersonCardProps {
  person: Person;
  said: QuoteView[];
  saidAbout: QuoteView[];
  mentions: number;
  why?: string;
  theme: 'light' | 'dark';
  onHide?: () => void;
  onCopy?: (q: QuoteView) => void;
  onOpen?: () => void;
  onClose?: () => void;
}

/** The card itself; a dialog labelled by the person's name. */
export function PersonCard(p: PersonCardProps) {
  const titleId = `dramatis-title-${p.person.id}`;
  return (
    <div class={`card ${p.theme}`} role="dialog" aria-labelledby={titleId} data-person={p.person.id}>
      <header>
        <div>
          <h2 id={titleId}>{p.person.name}</h2>
          <p class="role">{p.person.role}</p>
        </div>
        {p.onClose ? (
          <button type="button" class="icon close" aria-label="Close" onClick={p.onClose}>
            ×
          </button>
        ) : null}
      </header>
      {p.person.description ? <p class="description">{p.person.description}</p> : null}
      <p class="mentions">
        {p.mentions} {p.mentions === 1 ? 'mention' : 'mentions'} on this page
      </p>
      {p.why ? <p class="why">{p.why}</p> : null}
      <PersonDetails said={p.said} saidAbout={p.saidAbout} onCopy={p.onCopy} />
      <footer>
        {p.onOpen ? (
          <button type="button" class="link" onClick={p.onOpen}>
            Open in Dramatis
          </button>
        ) : null}
        {p.onHide ? (
          <button type="button" class="link danger" onClick={p.onHide}>
            Not this person
          </button>
        ) : null}
      </footer>
    </div>
  );
}
