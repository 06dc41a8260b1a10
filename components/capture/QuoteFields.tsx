/**
 * A quote in the capture panel: its text, who said it (the people on this page first, the likeliest selected;
 * a search covers everyone), whom it is about, and the occasion.
 */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import type { PersonChoice } from './types';

/** The quote as the panel edits it. */
export interface QuoteDraft {
  text: string;
  speakerId?: string;
  occasion: string;
  about: string[];
}

/** Props: the draft, the people to offer, and a search over everyone. */
export function QuoteFields(p: {
  quote: QuoteDraft;
  onPage: PersonChoice[];
  found: PersonChoice[];
  onSearch(query: string): void;
  onChange(q: QuoteDraft): void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const q = p.quote;
  const seen = new Set(p.onPage.map((c) => c.id));
  const others = p.found.filter((c) => !seen.has(c.id));
  const option = (c: PersonChoice) => (
    <option key={c.id} value={c.id}>
      {c.name} — {c.role}
    </option>
  );
  const aboutChoices = [...p.onPage, ...others].filter((c) => c.id !== q.speakerId);
  return (
    <>
      <label class="field">
        <span>{t('captureQuoteText')}</span>
        <textarea dir="auto" rows={4} value={q.text} onInput={(e) => p.onChange({ ...q, text: e.currentTarget.value })} />
      </label>
      <label class="field">
        <span>{t('captureSpeaker')}</span>
        <select value={q.speakerId ?? ''} onChange={(e) => p.onChange({ ...q, speakerId: e.currentTarget.value || undefined })}>
          <option value="">…</option>
          {p.onPage.length ? <optgroup label={t('captureOnPage')}>{p.onPage.map(option)}</optgroup> : null}
          {others.length ? <optgroup label={t('captureEveryone')}>{others.map(option)}</optgroup> : null}
        </select>
      </label>
      <input
        type="search"
        class="search"
        aria-label={t('captureSearchEveryone')}
        placeholder={t('captureSearchEveryone')}
        value={query}
        onInput={(e) => (setQuery(e.currentTarget.value), p.onSearch(e.currentTarget.value))}
      />
      {aboutChoices.length ? (
        <fieldset class="about">
          <legend>{t('captureAbout')}</legend>
          {aboutChoices.slice(0, 12).map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={q.about.includes(c.id)}
                onChange={(e) =>
                  p.onChange({ ...q, about: e.currentTarget.checked ? [...q.about, c.id] : q.about.filter((a) => a !== c.id) })
                }
              />
              <bdi>{c.name}</bdi>
            </label>
          ))}
        </fieldset>
      ) : null}
      <label class="field">
        <span>{t('captureOccasion')}</span>
        <input
          dir="auto"
          value={q.occasion}
          placeholder={t('captureOccasionDefault')}
          onInput={(e) => p.onChange({ ...q, occasion: e.currentTarget.value })}
        />
      </label>
    </>
  );
}
