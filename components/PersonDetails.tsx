/** What a person said and what was said about them: shared by the card and the popup. */
import type { QuoteView } from '../lib/directory';
import { useT } from './i18n';
import { QuoteList } from './QuoteList';

/** Props for the "Said" and "Said about them" sections. */
export interface PersonDetailsProps {
  said: QuoteView[];
  saidAbout: QuoteView[];
  initial?: number;
  onCopy?: (q: QuoteView) => void;
}

/** The two quote sections, or a note when the source has none. */
export function PersonDetails(p: PersonDetailsProps) {
  const t = useT();
  if (!p.said.length && !p.saidAbout.length) return <p class="empty">{t('noQuotes')}</p>;
  return (
    <>
      <QuoteList title={t('said')} quotes={p.said} initial={p.initial} onCopy={p.onCopy} />
      <QuoteList title={t('saidAbout')} quotes={p.saidAbout} showSpeaker initial={p.initial} onCopy={p.onCopy} />
    </>
  );
}
