/**
 * Reading a page's words ahead of matching, for a matcher of just the people they can name: all at once
 * for a few blocks, in one slice for a small page (keeping its tokens for the pass), or in slices.
 */
import { addWords } from '../lib/people-named';
import { type TokenizedText, tokenize } from '../lib/tokens';
import { type Chunk, collectChunks } from './collect';
import type { SliceClock } from './slices';

/** A page read ahead of its pass: its chunks, tokenized, their words, and the clock of the reading. */
export interface ReadAhead {
  chunks: Array<{ chunk: Chunk; text: TokenizedText }>;
  words: Set<string>;
  clock: SliceClock;
}

/** The words of the text under some roots, at once (for the few blocks on screen). */
export function wordsIn(roots: Node[]): Set<string> {
  const out = new Set<string>();
  for (const root of roots) for (const chunk of collectChunks(root)) addWords(tokenize(chunk.segments), out);
  return out;
}

/**
 * Reads a whole root in the slice `clock` times, keeping its chunks tokenized for the pass; gives up
 * (undefined) past `maxWords`.
 */
export function readAhead(root: Node, maxWords: number, clock: SliceClock, onShadowRoot: (r: ShadowRoot) => void): ReadAhead | undefined {
  const ahead: ReadAhead = { chunks: [], words: new Set(), clock };
  let count = 0;
  for (const chunk of collectChunks(root, 4_000, onShadowRoot)) {
    const text = tokenize(chunk.segments);
    count += addWords(text, ahead.words);
    if (count > maxWords) return undefined;
    ahead.chunks.push({ chunk, text });
  }
  clock.pause();
  return ahead;
}

/** Pages up to this many words keep their tokens from reading to matching (about 3 MB of them at most). */
export const KEEP_WORDS = 50_000;

/**
 * The words under some roots, read in slices (a big page's take a while; `pause` ends a slice and says false
 * to stop). Up to `KEEP_WORDS`, the chunks are kept tokenized for the pass, which then need not walk them again.
 */
export async function readWords(
  roots: Node[],
  clock: SliceClock,
  pause: (clock: SliceClock) => Promise<boolean>,
  onShadowRoot: (r: ShadowRoot) => void,
): Promise<{ words: Set<string>; ahead?: ReadAhead }> {
  const words = new Set<string>();
  let chunks: ReadAhead['chunks'] | undefined = [];
  let count = 0;
  for (const root of roots)
    for (const chunk of collectChunks(root, undefined, onShadowRoot)) {
      const text = tokenize(chunk.segments);
      count += addWords(text, words);
      if (count > KEEP_WORDS) chunks = undefined;
      else chunks?.push({ chunk, text });
      if (clock.spent && !(await pause(clock))) return { words };
    }
  clock.pause();
  return { words, ahead: chunks && { chunks, words, clock } };
}
