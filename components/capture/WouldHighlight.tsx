/** "Would highlight N here": how many mentions a person's forms would get on the page, once it is known. */
import { useT } from '../i18n';

/** Props: the count, or undefined while none can be given. */
export function WouldHighlight({ count }: { count?: number }) {
  const t = useT();
  return count === undefined ? null : (
    <p class="count" aria-live="polite">
      {t('captureWouldHighlight', count)}
    </p>
  );
}
