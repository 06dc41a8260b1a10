/**
 * What a reader's selection is, for the capture panel (issue 17): a name to add as a person, another form of
 * someone already known, or a quote; what is wrong with it, if anything; and the quote's text as the source
 * gives it (white space normalised, the page's enclosing quotation marks taken off).
 */
import { HONORIFIC_WORDS } from './honorifics';
import { TITLES } from './name-context';
import type { NameForm } from './schema';

/** Longest name the panel takes: names are a few words, and a long "name" is a sentence selected by mistake. */
export const NAME_MAX = 80;
/** Longest quote: past this, the panel offers to shorten it. */
export const QUOTE_MAX = 5000;

/** What the panel adds. */
export type CaptureKind = 'person' | 'form' | 'quote';

/** Why a selection cannot be added as it is. */
export type SelectionProblem = 'empty' | 'nameTooLong' | 'noLetter' | 'quoteTooLong';

/** The selection as one line: NFC (as page text is matched), white space collapsed, trimmed. */
export function cleanSelection(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const OPENING = /^[“"‘'«„‚‹「『]\s*/u;
const CLOSING_DOUBLE = /\s*[”"»“‟›」』]([.,;:]?)$/u;
const CLOSING_SINGLE = /\s*[’']([.,;:]?)$/u;

/**
 * Where the quote is in a selection, as [start, end) of the raw text: without the white space around it, the
 * page's enclosing quotation marks, or a reporter's comma. A closing apostrophe is taken only when an opening
 * mark was ("the ministers'" keeps its own), and punctuation after the closing mark goes with it (“…clumsy”.
 * gives …clumsy). One span serves the quote's text and its selector on the page.
 */
export function quoteSpan(raw: string): [number, number] {
  let start = raw.length - raw.trimStart().length;
  let end = raw.trimEnd().length;
  const open = OPENING.exec(raw.slice(start, end));
  if (open) start += open[0].length;
  const body = raw.slice(start, end);
  const close = CLOSING_DOUBLE.exec(body) ?? (open ? CLOSING_SINGLE.exec(body) : null);
  if (close) end = start + close.index;
  end = start + raw.slice(start, end).trimEnd().length;
  // "“…storms,” he said": the comma is the reporter's, standing where the sentence went on or stopped.
  const comma = /\s*[,;:]$/u.exec(raw.slice(start, end));
  return [start, comma ? start + comma.index : end];
}

/** A quote as the dataset keeps it: the selection's quote (see `quoteSpan`) on one line. */
export function quoteText(raw: string): string {
  return cleanSelection(raw.slice(...quoteSpan(raw)));
}

/** Words that may stand lower-case inside a name: "Ursula von der Leyen", "Charles de Gaulle". */
const PARTICLES = new Set('al bin da das de del della der di dos du el la le van von y zu ibn ben of'.split(' '));

/** The words of a name, without the full stops of initials ("J. K. Rowling") or trailing commas. */
const nameWords = (text: string) => text.split(' ').map((w) => w.replace(/^[(]|[),]$/gu, ''));

/**
 * Whether a selection reads as a name: one to six words, each capitalised (or a particle), no sentence
 * punctuation. "Jeremy Hunt" and "Ursula von der Leyen" do; "said the minister" does not.
 */
export function looksLikeName(text: string): boolean {
  if (!text || text.length > NAME_MAX || !/\p{L}/u.test(text) || /[!?;:"“”«»]/u.test(text)) return false;
  // A full stop ends a sentence, unless it ends an initial or a suffix ("George Bush Jr.").
  if (text.endsWith('.') && !/(^|\s)(\p{Lu}|Jr|Sr)\.$/u.test(text)) return false;
  const ws = nameWords(text);
  if (ws.length > 6) return false;
  return ws.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()) || /^\p{Lu}\./u.test(w)) && /^\p{Lu}/u.test(ws[0]!);
}

/** What a selection is, if it is a problem for `kind`. */
export function selectionProblem(text: string, kind: CaptureKind): SelectionProblem | undefined {
  if (!text) return 'empty';
  if (kind === 'quote') return text.length > QUOTE_MAX ? 'quoteTooLong' : undefined;
  if (!/\p{L}/u.test(text)) return 'noLetter';
  if (text.length > NAME_MAX) return 'nameTooLong';
  return undefined;
}

/** A quote cut to at most `max` characters at its last sentence end (else its last word), with "…". */
export function shortenQuote(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const sentence = head.search(/[.!?][”"’']?\s[^.!?]*$/u);
  if (sentence > max / 2) return head.slice(0, sentence + 1).trim();
  return `${head.replace(/\s+\S*$/u, '')}…`;
}

/** A name without the titles before it, and the rank titles among them (kept as the person's honorifics). */
export function splitTitles(name: string): { name: string; honorifics: string[] } {
  const ws = name.split(' ');
  const honorifics: string[] = [];
  while (ws.length > 1 && HONORIFIC_WORDS.has(ws[0]!.replace(/\.$/u, '').toLowerCase())) {
    const t = ws.shift()!.replace(/\.$/u, '');
    if (/^(sir|dame|lord|lady|baron|baroness)$/iu.test(t)) honorifics.push(t);
  }
  return { name: ws.join(' '), honorifics };
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'junior', 'senior']);

/**
 * The forms a new person starts with: the full name, matched always, and the surname as a short form that
 * matches only where the full name is on the page (so "Hunt" is not highlighted on a page about hunting).
 */
export function suggestForms(name: string): NameForm[] {
  const forms: NameForm[] = [{ text: name, match: 'always' }];
  const ws = name.split(' ').filter((w) => !SUFFIXES.has(w.toLowerCase()));
  const surname = ws.at(-1);
  if (ws.length > 1 && surname && [...surname].length > 1 && /\p{L}/u.test(surname)) forms.push({ text: surname, match: 'anchored' });
  return forms;
}

/**
 * Whether every word of the selection, titles aside, is a word of one of `names` ("Sir Kim" and "Kim
 * Darroch"; "Mr Johnson" and "Johnson"; "Ambassador Darroch"): then it is most likely another form of that
 * person. Titles are the matcher's (any word that may stand before a name) as well as the honorifics, so a
 * job title is not read as a new person's given name.
 */
export function isFormOf(selection: string, names: readonly string[]): boolean {
  const own = new Set(names.flatMap((n) => n.toLowerCase().split(' ')));
  const ws = selection
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/\.$/u, ''))
    .filter((w) => !HONORIFIC_WORDS.has(w) && !TITLES.has(w));
  return ws.length > 0 && ws.every((w) => own.has(w));
}

/** The kind the panel starts with; the reader can switch. */
export function guessKind(text: string, knownForms: ReadonlyArray<readonly string[]>): CaptureKind {
  if (!looksLikeName(text)) return 'quote';
  return knownForms.some((names) => isFormOf(text, names)) ? 'form' : 'person';
}

/**
 * How a new form of a known person should match at first: a lone name, with or without a title ("Darroch",
 * "Sir Kim", "Ambassador Darroch"), only where the full name is on the page; two names or more, anywhere.
 */
export function formMatchFor(text: string): NameForm['match'] {
  const names = text.split(' ').filter((w) => w && !TITLES.has(w.replace(/\.$/u, '').toLowerCase()));
  return names.length > 1 ? 'always' : 'anchored';
}
