/** The toolbar popup's view: site switch, people on the page, and search over everyone. */
import { excerptOf, type SearchHit } from '../lib/people-search';
import { PeopleList, type PeopleListProps } from './PeopleList';
import { type MessageKey, useT } from './i18n';
import { Switch } from './Switch';

/** Everything the popup shows; the container fills it in. */
export interface PopupViewProps extends Omit<PeopleListProps, 'rows'> {
  rows: PeopleListProps['rows'] | null;
  host?: string;
  /** Why content scripts cannot run here, if they cannot. */
  blocked?: MessageKey;
  /** Whether the site rules let Dramatis run on this site (pausing aside). */
  enabled: boolean;
  paused: boolean;
  query: string;
  /** With a query: which of the page's people it matches. */
  matching: ReadonlySet<string> | null;
  /** The search's hits; with no query, the first of everyone. */
  results: SearchHit[];
  /** How many people there are in all. */
  total: number;
  status: string;
  /** Why the people could not be looked up, if they could not. */
  error?: string;
  theme: 'light' | 'dark';
  onQuery(q: string): void;
  onSite(on: boolean): void;
  onPause(paused: boolean): void;
  onOptions(): void;
  /** Opens a person's entry in Dramatis (a search result's click). */
  onOpenPerson(personId: string): void;
  /** The dataset quotes the page reproduces (issue 20), in page order. */
  quotes?: ReadonlyArray<{ personId: string; index: number; count: number; speaker: string; text: string }>;
  /** Jumps to the next passage that reproduces a quote. */
  onJumpQuote?(personId: string, index: number): void;
  /** Opens the capture panel on the page's selection (issue 17); absent where Dramatis cannot run. */
  onCapture?(): void;
}

/** The quotes found on the page: each one's speaker and opening words; a click jumps to it and opens its card. */
function QuotesOnPage({ quotes, onJump }: { quotes: NonNullable<PopupViewProps['quotes']>; onJump?(id: string, i: number): void }) {
  const t = useT();
  return (
    <section aria-labelledby="quotes-on-page">
      <h2 id="quotes-on-page">{t('quotesOnPage')}</h2>
      <ul class="page-quotes">
        {quotes.map((q) => {
          const words = q.text.length > 90 ? `${q.text.slice(0, 90).replace(/\s+\S*$/, '')}…` : q.text;
          return (
            <li key={`${q.personId}-${q.index}`} data-person={q.personId} data-quote={q.index}>
              <button
                type="button"
                class="result"
                onClick={() => onJump?.(q.personId, q.index)}
                aria-label={t('jumpToQuote', q.speaker, words)}
              >
                <span class="name">
                  <bdi>{q.speaker}</bdi>
                  {q.count > 1 ? <span class="count-inline"> ×{q.count}</span> : null}
                </span>
                <q class="snippet" dir="auto">
                  {words}
                </q>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Why a hit matched, where the list would not show it: the words around the match, the match emphasised. */
function Why({ hit, query }: { hit: SearchHit; query: string }) {
  const t = useT();
  const text = hit.field === 'description' ? hit.person.description : hit.field === 'quote' ? hit.quote?.text : undefined;
  const ex = text && excerptOf(text, query);
  if (!ex) return null;
  return (
    <span class={`snippet ${hit.field}`}>
      <span class="why-label">{hit.field === 'quote' ? t('matchedQuote') : t('matchedDescription')} </span>
      <bdi>
        {ex.before}
        <mark>{ex.match}</mark>
        {ex.after}
      </bdi>
    </span>
  );
}

function Results({ hits, query, total, onOpen }: { hits: SearchHit[]; query: string; total: number; onOpen(id: string): void }) {
  const t = useT();
  if (!hits.length) return query.trim() ? <p class="muted">{t('nobodyMatches', query)}</p> : null;
  const more = !query.trim() && total > hits.length;
  return (
    <>
      <ul class="results" aria-label={t('searchResults')}>
        {hits.map((h) => (
          <li key={h.person.id} data-person={h.person.id}>
            <button type="button" class="result" onClick={() => onOpen(h.person.id)} title={t('openInDramatis')}>
              <span class="name">{h.person.name}</span>
              <span class="role">{h.person.role}</span>
              <Why hit={h} query={query} />
            </button>
          </li>
        ))}
      </ul>
      {more ? <p class="muted">{t('firstOfEveryone', hits.length, total.toLocaleString())}</p> : null}
    </>
  );
}

/** The popup. */
export function PopupView(p: PopupViewProps) {
  const t = useT();
  const onPage = p.rows?.length ? p.rows : null;
  const filtered = onPage && p.matching ? onPage.filter((r) => p.matching!.has(r.person.id)) : onPage;
  // "Everyone" is everyone else: the people listed under "On this page" are not listed twice.
  const listed = new Set(filtered?.map((r) => r.person.id));
  const others = p.results.filter((h) => !listed.has(h.person.id));
  return (
    <main class={`popup ${p.theme}`}>
      <header class="top">
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={p.onOptions}>
          {t('options')}
        </button>
      </header>
      {p.blocked ? (
        <p class="notice" role="note">
          {t(p.blocked)}
        </p>
      ) : (
        <Switch label={t('highlightOn', p.host ?? t('thisSite'))} checked={p.enabled} disabled={p.paused || !p.host} onChange={p.onSite} />
      )}
      <Switch label={t('pauseEverywhere')} checked={p.paused} onChange={p.onPause} />
      {p.onCapture && !p.blocked ? (
        <button type="button" class="capture-button" onClick={p.onCapture}>
          {t('popupCapture')}
        </button>
      ) : null}
      <input
        class="search"
        type="search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        value={p.query}
        onInput={(e) => p.onQuery(e.currentTarget.value)}
      />
      <p class="sr-only" aria-live="polite">
        {p.status}
      </p>
      {p.error ? (
        <p class="notice" role="alert">
          {t('lookupFailed', p.error)}
        </p>
      ) : null}
      {p.rows === null ? (
        <div class="placeholder" aria-hidden="true" />
      ) : filtered?.length ? (
        <section aria-labelledby="on-page">
          <h2 id="on-page">{t('onThisPage')}</h2>
          <PeopleList {...p} rows={filtered} />
        </section>
      ) : !p.blocked && !p.query ? (
        // Nothing on the page: say why, when it is because Dramatis is off here.
        <p class="muted" role="note">
          {p.paused ? t('offPaused') : p.enabled ? t('nobodyOnPage') : t('offSite', p.host ?? t('thisSite'))}
        </p>
      ) : null}
      {p.quotes?.length && !p.query.trim() ? <QuotesOnPage quotes={p.quotes} onJump={p.onJumpQuote} /> : null}
      {(p.query.trim() && (others.length || !filtered?.length)) || !onPage ? (
        <section aria-labelledby="everyone">
          <h2 id="everyone">{filtered?.length ? t('everyoneElse') : t('everyone')}</h2>
          <Results hits={others} query={p.query} total={p.total} onOpen={p.onOpenPerson} />
        </section>
      ) : null}
    </main>
  );
}
