/**
 * A pass's first half: finding what its text mentions, in slices, before anything is wrapped. Three ways in:
 * text already read ahead, roots walked with a matcher the pass has, or (the people are held elsewhere) roots
 * read a window at a time, each window matched with the people its own words can name.
 */
import type { Matcher } from '../lib/matcher';
import { tokenize } from '../lib/tokens';
import { collectChunks, type CollectOptions } from './collect';
import type { Found } from './pending-forms';
import { type ReadAhead, readWindows } from './read-words';
import type { SliceClock } from './slices';

/** What finding a pass's mentions needs. */
export interface FindMentions {
  roots: Node[];
  /** The pass's clock, its slice just started. */
  clock: SliceClock;
  /** The matcher, if the pass has one; without it, `quickMatcher` is asked for each window's words. */
  matcher?: Matcher;
  /** Text already read (with `matcher`, which knows its words' people). */
  ahead?: ReadAhead;
  quickMatcher?(words: ReadonlySet<string>): Matcher | Promise<Matcher>;
  /** Ends a slice and gives the thread back; false once stopped. */
  pause(clock: SliceClock): Promise<boolean>;
  /** How the roots are walked: shadow roots met, and how regions are drawn. */
  walk: CollectOptions;
  stopped(): boolean;
}

/** The mentions under the roots, chunk by chunk; undefined once stopped. */
export async function findMentions(o: FindMentions): Promise<Found[] | undefined> {
  const { clock, matcher } = o;
  const found: Found[] = [];
  const scanRead = async (read: ReadAhead, m: Matcher) => {
    for (const { chunk, text } of read.chunks) {
      found.push({ chunk, mentions: m.scanTokens(text), joined: text.joined, starts: text.segmentStarts });
      if (clock.spent && !(await o.pause(clock))) return false;
    }
    return true;
  };
  if (o.ahead && matcher) return (await scanRead(o.ahead, matcher)) ? found : undefined;
  const live = o.roots.filter((r) => r.isConnected);
  if (matcher) {
    for (const root of live)
      for (const chunk of collectChunks(root, o.walk)) {
        const text = tokenize(chunk.segments);
        found.push({ chunk, mentions: matcher.scanTokens(text), joined: text.joined, starts: text.segmentStarts });
        if (clock.spent && !(await o.pause(clock))) return undefined;
      }
    return found;
  }
  if (!o.quickMatcher) return undefined;
  // Each window is read in its turn, so a whole page's reading never holds up the names on screen.
  for await (const window of readWindows(live, clock, o.pause, o.walk)) {
    clock.pause();
    const m = await o.quickMatcher(window.words);
    // Waiting for the people is not work: the slice starts once they are here.
    clock.reset();
    if (o.stopped() || !(await scanRead(window, m))) return undefined;
  }
  return o.stopped() ? undefined : found;
}
