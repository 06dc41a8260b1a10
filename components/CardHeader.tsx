/** The head of both cards: the person's name (the dialog's label) and role, and Close. */
import type { ComponentChildren } from 'preact';
import type { Person } from '../lib/schema';
import { useT } from './i18n';

/** Props: who the card is about, the id that labels the dialog, an optional line above the name. */
export function CardHeader(p: { person: Person; titleId: string; kicker?: ComponentChildren; onClose?: () => void }) {
  const t = useT();
  return (
    <header>
      <div>
        {p.kicker ? <p class="kicker">{p.kicker}</p> : null}
        {/* Dataset text takes its own direction; the card's chrome follows the interface language. */}
        <h2 id={p.titleId} dir="auto">
          {p.person.name}
        </h2>
        <p class="role" dir="auto">
          {p.person.role}
        </p>
      </div>
      {p.onClose ? (
        <button type="button" class="icon close" aria-label={t('close')} onClick={p.onClose}>
          ×
        </button>
      ) : null}
    </header>
  );
}
