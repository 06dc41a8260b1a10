/**
 * The one message protocol between the extension's parts. Every message is a
 * tagged union member; receivers check `isMessage` before trusting a payload.
 */
import type { TallyRow } from './mentions';

/** Content script → background: this frame's people and counts changed. */
export interface TallyMessage {
  type: 'dramatis/tally';
  rows: TallyRow[];
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

/** Every message Dramatis sends. */
export type Message =
  TallyMessage | GetTabTallyMessage | JumpMessage | CommandMessage | OpenPersonMessage | PeopleNamedMessage | FindPeopleMessage;

/** A tab's merged tally, with where each frame's mentions live (for jumps). */
export interface TabTally {
  /** The top frame's URL, once its content script has reported. */
  url?: string;
  rows: TallyRow[];
  /** Per frame, in frame-id order: which people it holds and how many. */
  frames: Array<{ frameId: number; rows: TallyRow[] }>;
}

const TYPES = new Set<Message['type']>([
  'dramatis/tally',
  'dramatis/get-tab-tally',
  'dramatis/jump',
  'dramatis/command',
  'dramatis/open-person',
  'dramatis/people-named',
  'dramatis/find-people',
]);

function isTallyRow(r: Partial<Record<keyof TallyRow, unknown>> | null): boolean {
  return typeof r?.personId === 'string' && Number.isFinite(r.count) && Number.isFinite(r.first);
}

/** Narrows an unknown runtime message to the protocol, checking its fields. */
export function isMessage(m: unknown): m is Message {
  if (!m || typeof m !== 'object') return false;
  const msg = m as Record<string, unknown>;
  if (!TYPES.has(msg.type as Message['type'])) return false;
  switch (msg.type) {
    case 'dramatis/tally':
      return typeof msg.url === 'string' && Array.isArray(msg.rows) && msg.rows.every(isTallyRow);
    case 'dramatis/get-tab-tally':
      return Number.isInteger(msg.tabId);
    case 'dramatis/jump':
      return typeof msg.personId === 'string' && Number.isInteger(msg.index);
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
    default:
      return msg.command === 'next-highlight' || msg.command === 'previous-highlight';
  }
}

/** Finds which frame holds the nth (0-based) mention of a person across frames. */
export function locateMention(tab: TabTally, personId: string, index: number): { frameId: number; index: number } | undefined {
  const total = tab.frames.reduce((n, f) => n + (f.rows.find((r) => r.personId === personId)?.count ?? 0), 0);
  if (!total) return undefined;
  let i = ((index % total) + total) % total;
  for (const f of tab.frames) {
    const c = f.rows.find((r) => r.personId === personId)?.count ?? 0;
    if (i < c) return { frameId: f.frameId, index: i };
    i -= c;
  }
  return undefined;
}
