/**
 * A quote's source as a link that opens the page at the quote (a URL text fragment from its text-quote
 * selector, or from its text), in a new tab; nothing when the source has no URL.
 */
import type { QuoteView } from '../lib/directory';
import { textFragmentUrl } from '../lib/text-quote';
import { useT } from './i18n';

/** Props: the quote, with its source resolved. */
export function SourceLink({ quote }: { quote: QuoteView }) {
  const t = useT();
  const src = quote.sourceInfo;
  if (!src?.url) return null;
  return (
    <a
      class="source-link"
      href={textFragmentUrl(src.url, quote.selector ?? { exact: quote.text })}
      target="_blank"
      rel="noopener noreferrer"
      title={t('sourceLink')}
    >
      <bdi>{src.title}</bdi>
    </a>
  );
}
