/**
 * The compact card of a quote found on the page: who said it, where and when, the whole quote with the words
 * this page reproduces emphasised, and how the page's version differs from the source.
 */
import type { QuoteView } from '../lib/directory';
import type { Person } from '../lib/schema';
import { CardFooter } from './CardFooter';
import { CardHeader } from './CardHeader';
import { useT } from './i18n';
import { isolated } from './isolated';
import { SourceLink } from './SourceLink';

/** Everything the quote card shows, and what its buttons do. */
export interface QuoteCardProps {
  speaker: Person;
  quote: QuoteView;
  /** The quote's words found on this page, as [start, end) ranges of its text. */
  found: ReadonlyArray<readonly [number, number]>;
  shortened: boolean;
  changed: ReadonlyArray<{ from: string; to: string }>;
  theme: 'light' | 'dark';
  onOpen?: () => void;
  onClose?: () => void;
}

/** The quote's text, with the found ranges in <mark>. */
function Emphasised({ text, found }: { text: string; found: QuoteCardProps['found'] }) {
  const parts = [];
  let at = 0;
  for (const [a, b] of [...found].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    if (a > at) parts.push(text.slice(at, a));
    parts.push(<mark key={a}>{text.slice(a, b)}</mark>);
    at = b;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The quote card; a dialog labelled by its speaker. */
export function QuoteCard(p: QuoteCardProps) {
  const t = useT();
  const titleId = `dramatis-quote-${p.speaker.id}`;
  const src = p.quote.sourceInfo;
  const where = [p.quote.occasion, src?.published].filter(Boolean).join(', ');
  return (
    <div class={`card quote-card ${p.theme}`} role="dialog" aria-labelledby={titleId} data-person={p.speaker.id}>
      <CardHeader person={p.speaker} titleId={titleId} kicker={t('quoteOnPage')} onClose={p.onClose} />
      <div class="body">
        {/* A quote the reader captured names the page it was taken from first. */}
        {src?.url ? (
          <p class="from">
            <SourceLink quote={p.quote} />
          </p>
        ) : null}
        <p class="said-where">{src?.publisher ? isolated(t, 'saidWhereSource', where, src.publisher) : isolated(t, 'saidWhere', where)}</p>
        <blockquote class="quote-text whole">
          <span class="text" dir="auto">
            “<Emphasised text={p.quote.text} found={p.found} />”
          </span>
        </blockquote>
        {p.shortened || p.changed.length ? (
          <ul class="differs">
            {p.shortened ? <li>{t('quoteShortened')}</li> : null}
            {p.changed.map((c) => (
              <li key={c.from}>{isolated(t, 'quoteWordsChanged', c.from, c.to)}</li>
            ))}
          </ul>
        ) : (
          <p class="differs same">{t('quoteSame')}</p>
        )}
      </div>
      <CardFooter onOpen={p.onOpen} />
    </div>
  );
}
