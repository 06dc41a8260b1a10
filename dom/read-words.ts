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

/** The words under some roots, read in slices (a big page's take a while); `pause` ends a slice, false to stop. */
export async function readWords(roots: Node[], clock: SliceClock, pause: (clock: SliceClock) => Promise<boolean>): Promise<Set<string>> {
  const out = new Set<string>();
  for (const root of roots)
    for (const chunk of collectChunks(root)) {
      addWords(tokenize(chunk.segments), out);
      if (clock.spent && !(await pause(clock))) return out;
    }
  return out;
}
