/** The hover card: who the person is, what they said, and what was said about them. */
import type { QuoteView } from '../lib/directory';
import type { Person } from '../lib/schema';
import { CardFooter } from './CardFooter';
import { CardHeader } from './CardHeader';
import { useT } from './i18n';
import { isolated } from './isolated';
import { PersonDetails } from './PersonDetails';

/** Everything the card shows, and what its buttons do. */
export interface PersonCardProps {
  person: Person;
  said: QuoteView[];
  saidAbout: QuoteView[];
  mentions: number;
  /** The short form that matched, when it is not a full name (shown as the why line). */
  why?: { form: string };
  theme: 'light' | 'dark';
  onHide?: () => void;
  onCopy?: (q: QuoteView) => void;
  onOpen?: () => void;
  onClose?: () => void;
}

/** The card itself; a dialog labelled by the person's name. */
export function PersonCard(p: PersonCardProps) {
  const t = useT();
  const titleId = `dramatis-title-${p.person.id}`;
  return (
    <div class={`card ${p.theme}`} role="dialog" aria-labelledby={titleId} data-person={p.person.id}>
      <CardHeader person={p.person} titleId={titleId} onClose={p.onClose} />
      {/* Only the body scrolls: the name and the actions stay in view however long the card's lists grow. */}
      <div class="body">
        {p.person.description ? (
          <p class="description" dir="auto">
            {p.person.description}
          </p>
        ) : null}
        <p class="mentions">{p.mentions === 1 ? t('mentionsOne') : t('mentionsMany', p.mentions)}</p>
        {p.why ? <p class="why">{isolated(t, 'whyMatched', p.why.form, p.person.name)}</p> : null}
        <PersonDetails said={p.said} saidAbout={p.saidAbout} onCopy={p.onCopy} />
      </div>
      <CardFooter onOpen={p.onOpen}>
        {p.onHide ? (
          <button type="button" class="link danger" onClick={p.onHide}>
            {t('notThisPerson')}
          </button>
        ) : null}
      </CardFooter>
    </div>
  );
}
