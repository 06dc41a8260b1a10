/**
 * The capture panel (issue 17): what the reader selected, as a new person, another name of someone known, or a
 * quote, with its source; checked before it is sent, and every answer of the save shown where it applies.
 * Presentational: its container gives it the draft and does the counting, searching and saving.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CaptureKind, formMatchFor, NAME_MAX, QUOTE_MAX, shortenQuote } from '../../lib/capture-text';
import type { SaveReply } from '../../lib/messages';
import type { CaptureChange } from '../../lib/notes';
import type { NameForm } from '../../lib/schema';
import type { TextQuoteSelector } from '../../lib/text-quote';
import { useT } from '../i18n';
import { FormFields } from './FormFields';
import { PersonFields } from './PersonFields';
import { QuoteFields } from './QuoteFields';
import { problemOf, type Status, statusText } from './panel-status';
import { SourceFields } from './SourceFields';
import type { CaptureDraft, PersonChoice } from './types';

/** Props: the draft, and what the container does for the panel. */
export interface CapturePanelProps {
  draft: CaptureDraft;
  /** Where the quote is on this page, when it was selected here. */
  selector?: TextQuoteSelector;
  theme: 'light' | 'dark';
  notesTitle: string;
  /** The extension was reloaded: this page can no longer save. */
  gone?: boolean;
  /** How many mentions these forms (added to `personId`'s, if given) would get on this page. */
  count(names: NameForm[], personId?: string): number | undefined;
  search(query: string): Promise<PersonChoice[]>;
  save(change: CaptureChange): Promise<SaveReply>;
  onClose(): void;
}

/** The panel. */
export function CapturePanel(p: CapturePanelProps) {
  const t = useT();
  const d = p.draft;
  const [kind, setKind] = useState<CaptureKind>(d.kind);
  const [person, setPerson] = useState(d.person);
  const [namesake, setNamesake] = useState(false);
  const [formPeople, setFormPeople] = useState(d.formPeople);
  const [formOf, setFormOf] = useState(d.formPeople[0]?.id);
  const [form, setForm] = useState<NameForm>({ text: d.selection.slice(0, NAME_MAX * 2), match: formMatchFor(d.selection) });
  const [quote, setQuote] = useState(d.quote);
  const [found, setFound] = useState<PersonChoice[]>([]);
  const [source, setSource] = useState(d.source);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const first = useRef<HTMLFieldSetElement>(null);
  const closer = useRef<HTMLButtonElement>(null);
  useEffect(() => (first.current?.querySelector<HTMLElement>('input:checked') ?? first.current?.querySelector('input'))?.focus(), []);
  const count = useMemo(
    () => (kind === 'person' ? p.count(person.names) : kind === 'form' && formOf ? p.count([form], formOf) : undefined),
    [kind, person.names, form, formOf],
  );
  // Once saved, the panel's one action left is Close: the focus goes there, so Enter or Escape ends it.
  useEffect(() => void (status.state === 'saved' && closer.current?.focus()), [status.state]);
  const speaker = kind === 'quote' ? quote.speakerId : formOf;
  const problem = problemOf(t, kind, kind === 'form' ? form.text : person.name, person.role, quote.text, speaker, source);

  const change = (): CaptureChange => {
    if (kind === 'person') {
      const names = person.names.filter((n) => n.text.trim());
      const { affiliation, honorifics } = person;
      return {
        kind,
        person: { name: person.name, role: person.role, names, honorifics, ...(affiliation.trim() ? { affiliation } : {}) },
        source,
        namesake,
      };
    }
    if (kind === 'form') return { kind, personId: formOf!, form };
    const occasion = quote.occasion.trim() || t('captureOccasionDefault');
    return {
      kind,
      personId: quote.speakerId!,
      text: quote.text,
      occasion,
      about: quote.about,
      source,
      ...(p.selector ? { selector: p.selector } : {}),
    };
  };
  const save = async () => {
    if (problem || p.gone || status.state === 'saving') return;
    setStatus({ state: 'saving' });
    const r = await p.save(change()).catch((e: Error): SaveReply => ({ ok: false, error: e.message }));
    if (r.ok) return setStatus({ state: 'saved' });
    setStatus({
      state: 'error',
      message: t('captureNotSaved', r.error),
      exists: r.exists && { id: r.exists.personId, name: r.exists.name, role: r.exists.role },
    });
  };
  const useExisting = (who: PersonChoice) => {
    setFormPeople([who, ...formPeople.filter((x) => x.id !== who.id)]);
    setFormOf(who.id);
    setQuote({ ...quote, speakerId: who.id });
    setKind('form');
    setStatus({ state: 'idle' });
  };
  const search = (query: string) => void p.search(query).then(setFound, () => setFound([]));

  return (
    <div
      class={`capture ${p.theme}`}
      role="dialog"
      aria-labelledby="dramatis-capture-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') return (e.stopPropagation(), p.onClose());
        // Enter in a one-line field saves, as in any form; Ctrl+Enter (⌘+Enter) saves from anywhere, the quote too.
        const field = (e.target as HTMLElement).localName;
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || (field === 'input' && !e.shiftKey))) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <header>
        <h2 id="dramatis-capture-title">{t('captureTitle')}</h2>
        <button type="button" class="icon close" aria-label={t('close')} onClick={p.onClose}>
          ×
        </button>
      </header>
      <div class="body">
        <fieldset class="kinds" ref={first}>
          <legend class="visually-hidden">{t('captureKind')}</legend>
          {(['person', 'form', 'quote'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="capture-kind" checked={kind === k} onChange={() => (setKind(k), setStatus({ state: 'idle' }))} />
              {k === 'person' ? t('captureKindPerson') : k === 'form' ? t('captureKindForm') : t('captureKindQuote')}
            </label>
          ))}
        </fieldset>
        {d.inField ? <p class="note">{t('captureInField')}</p> : null}
        {d.siteOff ? <p class="note">{t('captureSiteOff')}</p> : null}
        {kind === 'person' ? <PersonFields person={person} count={count} onChange={setPerson} /> : null}
        {kind === 'person' && namesake ? <p class="note">{t('captureNamesakeHint')}</p> : null}
        {kind === 'form' ? (
          <FormFields
            people={[...formPeople, ...d.onPage.filter((c) => !formPeople.some((x) => x.id === c.id))]}
            personId={formOf}
            form={form}
            count={count}
            onPerson={setFormOf}
            onForm={setForm}
          />
        ) : null}
        {kind === 'quote' ? <QuoteFields quote={quote} onPage={d.onPage} found={found} onSearch={search} onChange={setQuote} /> : null}
        {kind === 'quote' && quote.text.trim().length > QUOTE_MAX ? (
          <button type="button" class="link" onClick={() => setQuote({ ...quote, text: shortenQuote(quote.text.trim()) })}>
            {t('captureShorten')}
          </button>
        ) : null}
        {kind !== 'form' ? <SourceFields source={source} onChange={setSource} /> : null}
      </div>
      <footer>
        <p class="status" role="status" aria-live="polite">
          {statusText(t, { gone: !!p.gone, status, problem, selection: d.selection, kind, notesTitle: p.notesTitle })}
        </p>
        {status.state === 'error' && status.exists ? (
          <div class="exists">
            <p>{t('captureExists', status.exists.name, status.exists.role)}</p>
            <button type="button" class="link" onClick={() => useExisting(status.exists!)}>
              {t('captureAddAsForm')}
            </button>
            <button type="button" class="link" onClick={() => (setNamesake(true), setStatus({ state: 'idle' }))}>
              {t('captureNamesake')}
            </button>
          </div>
        ) : null}
        <div class="actions">
          <button type="button" class="secondary" ref={closer} onClick={p.onClose}>
            {status.state === 'saved' ? t('close') : t('captureCancel')}
          </button>
          {status.state === 'saved' ? null : (
            <button type="button" class="primary" disabled={!!problem || p.gone || status.state === 'saving'} onClick={() => void save()}>
              {t('captureSave')}
            </button>
          )}
        </div>
      </footer>
    </div>
  );
}
