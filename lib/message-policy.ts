/**
 * Who may ask the background for what, and how often. Content scripts run
 * beside hostile pages, which can drive them (a page's own mutations make
 * tallies, its layout makes card buttons reachable), so what they may send
 * is limited per tab; what only the extension's own pages need (a tab's
 * tally, search) is not answered to content scripts at all.
 */
import type { Message } from './messages';

/** Where a message comes from: a content script in a page, or one of the extension's own pages. */
export type SenderKind = 'content' | 'extension-page';

const ALLOWED: Record<Message['type'], readonly SenderKind[]> = {
  'dramatis/tally': ['content'],
  'dramatis/people-named': ['content'],
  'dramatis/open-person': ['content', 'extension-page'],
  'dramatis/get-tab-tally': ['extension-page'],
  // The capture panel searches everyone for a quote's speaker.
  'dramatis/find-people': ['extension-page', 'content'],
  'dramatis/save-capture': ['content'],
  // A subframe's probe asks for the whole content script (issue 21).
  'dramatis/start-frame': ['content'],
  'dramatis/probe-frame': ['content'],
  // Sent by the background and the popup to content scripts, never to the background.
  'dramatis/jump': [],
  'dramatis/jump-quote': [],
  'dramatis/command': [],
  'dramatis/capture': [],
  'dramatis/count-forms': [],
  'dramatis/recheck-frames': [],
};

/** Whether the background answers this message from this kind of sender. */
export function mayAsk(type: Message['type'], from: SenderKind): boolean {
  return ALLOWED[type].includes(from);
}

/** How many messages of a type one tab may send in a window. A reader clicks "Open in Dramatis" now and then. */
export const RATE_LIMITS: Partial<Record<Message['type'], { count: number; ms: number }>> = {
  'dramatis/open-person': { count: 3, ms: 10_000 },
  'dramatis/tally': { count: 300, ms: 10_000 },
  'dramatis/people-named': { count: 300, ms: 10_000 },
  // A reader saves a few captures a minute, and searches as they type a speaker's name.
  'dramatis/save-capture': { count: 20, ms: 10_000 },
  'dramatis/find-people': { count: 100, ms: 10_000 },
  // Once per frame that names someone: a news page has a few dozen frames, not hundreds.
  'dramatis/start-frame': { count: 100, ms: 10_000 },
  // Each subframe once, then after each change to it (gathered for 200 ms) that changes its text.
  'dramatis/probe-frame': { count: 300, ms: 10_000 },
};

/** A sliding-window limit per key (here, a tab and a message type). */
export class RateLimiter {
  private readonly seen = new Map<string, number[]>();

  /** Whether one more is allowed now; counts it if so. */
  allow(key: string, limit: { count: number; ms: number }, now: number): boolean {
    const recent = (this.seen.get(key) ?? []).filter((t) => now - t < limit.ms);
    const ok = recent.length < limit.count;
    if (ok) recent.push(now);
    this.seen.set(key, recent);
    return ok;
  }

  /** Forgets every key that starts with `prefix` (a closed tab's). */
  forget(prefix: string): void {
    for (const key of this.seen.keys()) if (key.startsWith(prefix)) this.seen.delete(key);
  }
}
