/** The foot of both cards: "Open in Dramatis", and any action of the card's own after it. */
import type { ComponentChildren } from 'preact';
import { useT } from './i18n';

/** Props: what "Open in Dramatis" does (no button without it), and the card's other actions. */
export function CardFooter(p: { onOpen?: () => void; children?: ComponentChildren }) {
  const t = useT();
  return (
    <footer>
      {p.onOpen ? (
        <button type="button" class="link" onClick={p.onOpen}>
          {t('openInDramatis')}
        </button>
      ) : null}
      {p.children}
    </footer>
  );
}
