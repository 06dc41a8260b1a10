/** Quotes with their occasion and source; the first few shown, the rest behind "Show all". */
import { useEffect, useState } from 'preact/hooks';
import type { QuoteView } from '../lib/directory';
import { useT } from './i18n';
import { SourceLink } from './SourceLink';

/** Quotes longer than this are clamped with a "more" toggle. */
export const CLAMP_CHARS = 220;

function QuoteItem({ quote, showSpeaker, onCopy }: { quote: QuoteView; showSpeaker: boolean; onCopy?: (q: QuoteView) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // "Copy" answers: it reads "Copied" for a moment, announced to screen readers.
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const long = quote.text.length > CLAMP_CHARS;
  const text = long && !open ? `${quote.text.slice(0, CLAMP_CHARS).replace(/\s+\S*$/, '')}…` : quote.text;
  const src = quote.sourceInfo;
  return (
    <li class="quote">
      <blockquote>
        {quote.fragment ? <span class="fragment-label">{t('fragment')}</span> : null}
        {/* The quote takes its own text's direction: English reads left to right on a right-to-left page. */}
        <span class="text" dir="auto">
          “{text}”
        </span>
        {long ? (
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('less') : t('more')}
          </button>
        ) : null}
      </blockquote>
      <p class="meta">
        {showSpeaker ? (
          <strong>
            <bdi>{quote.speakerName}</bdi> ·{' '}
          </strong>
        ) : null}
        <bdi>{quote.occasion}</bdi>
        {src ? (
          <>
            {' · '}
            <bdi>{src.publisher}</bdi>
            {src.published ? (
              <>
                , <bdi>{src.published}</bdi>
              </>
            ) : null}
            {src.url ? (
              <>
                {' · '}
                <SourceLink quote={quote} />
              </>
            ) : null}
          </>
        ) : null}
        {onCopy ? (
          <button
            type="button"
            class="link copy"
            onClick={() => (onCopy(quote), setCopied(true))}
            aria-label={t('copyQuote', quote.text.slice(0, 40))}
          >
            <span aria-live="polite">{copied ? t('copied') : t('copy')}</span>
          </button>
        ) : null}
      </p>
    </li>
  );
}

/** A titled list of quotes. `initial` are shown before "Show all N". */
export function QuoteList(props: {
  title: string;
  quotes: QuoteView[];
  showSpeaker?: boolean;
  initial?: number;
  onCopy?: (q: QuoteView) => void;
}) {
  const t = useT();
  const [all, setAll] = useState(false);
  const initial = props.initial ?? 2;
  if (!props.quotes.length) return null;
  const shown = all ? props.quotes : props.quotes.slice(0, initial);
  return (
    <section class="quotes" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ul>
        {shown.map((q, i) => (
          <QuoteItem key={i} quote={q} showSpeaker={!!props.showSpeaker} onCopy={props.onCopy} />
        ))}
      </ul>
      {props.quotes.length > initial ? (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showAll', props.quotes.length)}
        </button>
      ) : null}
    </section>
  );
}

/** Plain-text form of a quote with attribution, for the clipboard. */
export function quoteWithSource(q: QuoteView): string {
  const src = q.sourceInfo;
  const where = [q.occasion, src?.publisher, src?.published, src?.url].filter(Boolean).join(', ');
  return `“${q.text}” — ${q.speakerName} (${where})`;
}
