/**
 * The one message protocol between the extension's parts. Every message is a
 * tagged union member; receivers check `isMessage` before trusting a payload.
 */
import type { TallyRow } from './mentions';
import { isCaptureChange, isNameForm } from './capture-payload';
import type { CaptureChange, CaptureError } from './notes';
import type { NameForm } from './schema';

/** Content script → background: this frame's people and counts changed. */
export interface TallyMessage {
  type: 'dramatis/tally';
  rows: TallyRow[];
  /** The quotes found in the frame (issue 20); absent from a script that finds none. */
  quotes?: QuoteTallyRow[];
  /** The frame's URL: the popup learns the page's site from it, with no `tabs` permission. */
  url: string;
}

/** Popup → background: the merged tally of a tab. */
export interface GetTabTallyMessage {
  type: 'dramatis/get-tab-tally';
  tabId: number;
}

/** Popup → content script (one frame): scroll to the nth mention of a person. */
export interface JumpMessage {
  type: 'dramatis/jump';
  personId: string;
  index: number;
}

/** One quote's passages in a frame: its speaker, its place in their quotes, and how many passages. */
export interface QuoteTallyRow {
  personId: string;
  index: number;
  count: number;
}

/** Popup → content script (one frame): scroll to the nth passage that reproduces a quote, and open its card. */
export interface JumpQuoteMessage {
  type: 'dramatis/jump-quote';
  personId: string;
  /** The quote's place in its speaker's quotes. */
  quote: number;
  index: number;
}

/** Background → content script: a keyboard command. */
export interface CommandMessage {
  type: 'dramatis/command';
  command: 'next-highlight' | 'previous-highlight';
}

/** Card → background: open the person's page in Dramatis. */
export interface OpenPersonMessage {
  type: 'dramatis/open-person';
  personId: string;
}

/**
 * Content script → background: the people these lower-cased words can name, when the active datasets are
 * too big to load on every page. Answered with `NamedPeople`.
 */
export interface PeopleNamedMessage {
  type: 'dramatis/people-named';
  words: string[];
}

/** The most words one `PeopleNamedMessage` may carry; a page asks in several. */
export const MAX_WORDS_PER_ASK = 50_000;

/**
 * Popup → background: search hits for `query` (with none, the first of everyone), and whole cards for the
 * people on the page. Answered with `FoundPeople`.
 */
export interface FindPeopleMessage {
  type: 'dramatis/find-people';
  query: string;
  ids: string[];
  limit: number;
}

/** The longest query, most ids and most hits one `FindPeopleMessage` may ask for. */
export const FIND_LIMITS = { query: 200, ids: 10_000, hits: 500 } as const;

/**
 * Background or popup → content script: open the capture panel (issue 17) on the selection. With `claim`, a
 * frame answers only if it holds a selection (the message goes to every frame, and the one with the selection
 * opens); without it, the frame opens the panel whatever it holds, saying what to select.
 */
export interface CaptureMessage {
  type: 'dramatis/capture';
  claim: boolean;
}

/** Content script → background: save what the capture panel holds. Answered with `SaveReply`. */
export interface SaveCaptureMessage {
  type: 'dramatis/save-capture';
  change: CaptureChange;
  /** My notes' title in the reader's language, used if this capture makes it. */
  title: string;
}

/** The background's answer to a save: who was saved, or why not (and who is there already). */
export type SaveReply = { ok: true; personId: string; datasetId: string } | CaptureError;

/** Options → content script (top frame): how many mentions these forms would get on the page. Answered with a number. */
export interface CountFormsMessage {
  type: 'dramatis/count-forms';
  names: NameForm[];
}

/**
 * Content script (a subframe's probe) → background: a word here can start a name, or the reader asked to
 * capture here; bring the whole content script into this frame.
 */
export interface StartFrameMessage {
  type: 'dramatis/start-frame';
}

/**
 * Content script (a subframe's probe) → background: the frame's text, which the background reads for words
 * that can start a name, on a site where Dramatis runs; if it finds one, it brings the whole content script
 * into the frame. Answered with whether it did.
 */
export interface ProbeFrameMessage {
  type: 'dramatis/probe-frame';
  /** The address the frame's site rules are checked against (see dom/page-url.ts). */
  url: string;
  text: string;
  /** The frame has more than `PROBE_CHARS` of text: none is sent, and it is woken without asking. */
  more: boolean;
}

/** The most text a probe sends; a frame with more is not an advertisement. About 4,000 words. */
export const PROBE_CHARS = 25_000;

/** Background → every frame's probe: the datasets or the site rules changed, so a frame may now name someone. */
export interface RecheckFramesMessage {
  type: 'dramatis/recheck-frames';
}

/** Every message Dramatis sends. */
export type Message =
  | TallyMessage
  | GetTabTallyMessage
  | JumpMessage
  | JumpQuoteMessage
  | CommandMessage
  | OpenPersonMessage
  | PeopleNamedMessage
  | FindPeopleMessage
  | CaptureMessage
  | SaveCaptureMessage
  | CountFormsMessage
  | StartFrameMessage
  | ProbeFrameMessage
  | RecheckFramesMessage;

/** A tab's merged tally, with where each frame's mentions live (for jumps). */
export interface TabTally {
  /** The top frame's URL, once its content script has reported. */
  url?: string;
  rows: TallyRow[];
  /** The quotes found in all frames, counts summed, in frame order. */
  quotes?: QuoteTallyRow[];
  /** Per frame, in frame-id order: which people (and quotes) it holds and how many. */
  frames: Array<{ frameId: number; rows: TallyRow[]; quotes?: QuoteTallyRow[] }>;
}

const TYPES = new Set<Message['type']>([
  'dramatis/tally',
  'dramatis/get-tab-tally',
  'dramatis/jump',
  'dramatis/jump-quote',
  'dramatis/command',
  'dramatis/open-person',
  'dramatis/people-named',
  'dramatis/find-people',
  'dramatis/capture',
  'dramatis/save-capture',
  'dramatis/count-forms',
  'dramatis/start-frame',
  'dramatis/probe-frame',
  'dramatis/recheck-frames',
]);

function isTallyRow(r: Partial<Record<keyof TallyRow, unknown>> | null): boolean {
  return typeof r?.personId === 'string' && Number.isFinite(r.count) && Number.isFinite(r.first);
}

function isQuoteRow(r: Partial<Record<keyof QuoteTallyRow, unknown>> | null): boolean {
  return typeof r?.personId === 'string' && Number.isInteger(r.index) && Number.isInteger(r.count);
}

/**
 * `isMessage` for the capture message, which a subframe's probe listens for: the probe runs in every frame,
 * so it does not carry the checks (and schema) of every other message.
 */
export function isCaptureMessage(m: unknown): m is CaptureMessage {
  return (m as CaptureMessage | null)?.type === 'dramatis/capture' && typeof (m as CaptureMessage).claim === 'boolean';
}

/** `isMessage` for the other message a probe listens for. */
export function isRecheckMessage(m: unknown): m is RecheckFramesMessage {
  return (m as RecheckFramesMessage | null)?.type === 'dramatis/recheck-frames';
}

/** Narrows an unknown runtime message to the protocol, checking its fields. */
export function isMessage(m: unknown): m is Message {
  if (!m || typeof m !== 'object') return false;
  const msg = m as Record<string, unknown>;
  if (!TYPES.has(msg.type as Message['type'])) return false;
  switch (msg.type) {
    case 'dramatis/tally':
      return (
        typeof msg.url === 'string' &&
        Array.isArray(msg.rows) &&
        msg.rows.every(isTallyRow) &&
        (msg.quotes === undefined || (Array.isArray(msg.quotes) && msg.quotes.every(isQuoteRow)))
      );
    case 'dramatis/get-tab-tally':
      return Number.isInteger(msg.tabId);
    case 'dramatis/jump':
      return typeof msg.personId === 'string' && Number.isInteger(msg.index);
    case 'dramatis/jump-quote':
      return typeof msg.personId === 'string' && Number.isInteger(msg.quote) && Number.isInteger(msg.index);
    case 'dramatis/open-person':
      return typeof msg.personId === 'string';
    case 'dramatis/people-named':
      return Array.isArray(msg.words) && msg.words.length <= MAX_WORDS_PER_ASK && msg.words.every((w) => typeof w === 'string');
    case 'dramatis/find-people':
      return (
        typeof msg.query === 'string' &&
        msg.query.length <= FIND_LIMITS.query &&
        Array.isArray(msg.ids) &&
        msg.ids.length <= FIND_LIMITS.ids &&
        msg.ids.every((id) => typeof id === 'string') &&
        Number.isInteger(msg.limit) &&
        (msg.limit as number) >= 1 &&
        (msg.limit as number) <= FIND_LIMITS.hits
      );
    case 'dramatis/capture':
      return isCaptureMessage(msg);
    case 'dramatis/count-forms':
      return Array.isArray(msg.names) && msg.names.length <= 50 && msg.names.every(isNameForm);
    case 'dramatis/start-frame':
    case 'dramatis/recheck-frames':
      return true;
    case 'dramatis/probe-frame':
      return (
        typeof msg.url === 'string' &&
        msg.url.length <= 8_192 &&
        typeof msg.text === 'string' &&
        msg.text.length <= PROBE_CHARS &&
        typeof msg.more === 'boolean'
      );
    case 'dramatis/save-capture':
      return typeof msg.title === 'string' && msg.title.length <= 200 && isCaptureChange(msg.change);
    default:
      return msg.command === 'next-highlight' || msg.command === 'previous-highlight';
  }
}

/** Which frame holds the nth (0-based, wrapping around) of the things `count` counts in each frame. */
function locateNth(
  tab: TabTally,
  count: (f: TabTally['frames'][number]) => number,
  n: number,
): { frameId: number; index: number } | undefined {
  const total = tab.frames.reduce((sum, f) => sum + count(f), 0);
  if (!total) return undefined;
  let i = ((n % total) + total) % total;
  for (const f of tab.frames) {
    const c = count(f);
    if (i < c) return { frameId: f.frameId, index: i };
    i -= c;
  }
  return undefined;
}

/** Finds which frame holds the nth (0-based) mention of a person across frames. */
export function locateMention(tab: TabTally, personId: string, index: number): { frameId: number; index: number } | undefined {
  return locateNth(tab, (f) => f.rows.find((r) => r.personId === personId)?.count ?? 0, index);
}

/** Merges the frames' quotes: counts summed per quote, in the order frames first show them. */
export function mergeQuotes(frames: ReadonlyArray<readonly QuoteTallyRow[] | undefined>): QuoteTallyRow[] {
  const rows = new Map<string, QuoteTallyRow>();
  for (const f of frames)
    for (const r of f ?? []) {
      const k = `${r.personId}\n${r.index}`;
      const row = rows.get(k);
      if (row) row.count += r.count;
      else rows.set(k, { ...r });
    }
  return [...rows.values()];
}

/** Finds which frame holds the nth (0-based) passage of a quote across frames. */
export function locateQuote(
  tab: TabTally,
  key: { personId: string; index: number },
  n: number,
): { frameId: number; index: number } | undefined {
  return locateNth(tab, (f) => f.quotes?.find((q) => q.personId === key.personId && q.index === key.index)?.count ?? 0, n);
}
