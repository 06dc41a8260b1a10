/**
 * Reading a page's words ahead of matching, for a matcher of just the people they can name: all at once
 * for a few blocks, in one slice for a small page (keeping its tokens for the pass), or in slices, a window
 * at a time.
 */
import { addWords } from '../lib/people-named';
import { type TokenizedText, tokenize } from '../lib/tokens';
import { type Chunk, collectChunks, type CollectOptions } from './collect';
import type { SliceClock } from './slices';

/** A page read ahead of its pass: its chunks, tokenized, their words, and the clock of the reading. */
export interface ReadAhead {
  chunks: Array<{ chunk: Chunk; text: TokenizedText }>;
  words: Set<string>;
  clock: SliceClock;
}

/** The words of the text under some roots, at once (for the few blocks on screen). */
export function wordsIn(roots: Node[], walk: CollectOptions = {}): Set<string> {
  return wordsUpTo(roots, walk, Infinity)!;
}

/**
 * The words under some roots, at once, or undefined once more than `maxWords` are read (a frame's probe gives
 * up there). Roots added to `roots` while it reads (shadow roots, by the walk's `onShadowRoot`) are read too.
 */
export function wordsUpTo(roots: Node[], walk: CollectOptions, maxWords: number): Set<string> | undefined {
  const out = new Set<string>();
  let count = 0;
  for (const root of roots)
    for (const chunk of collectChunks(root, walk)) {
      count += addWords(tokenize(chunk.segments), out);
      if (count > maxWords) return undefined;
    }
  return out;
}

/**
 * Reads a whole root within the slice `clock` times, keeping its chunks tokenized for the pass; gives up
 * (undefined) past `maxWords`, or when there is more to read once the slice is spent: that page is not small.
 * The slice goes on: the caller ends it.
 */
export function readAhead(root: Node, maxWords: number, clock: SliceClock, walk: CollectOptions): ReadAhead | undefined {
  const ahead: ReadAhead = { chunks: [], words: new Set(), clock };
  let count = 0;
  for (const chunk of collectChunks(root, { ...walk, chunkChars: 4_000 })) {
    if (ahead.chunks.length && clock.spent) return undefined;
    count += readChunk(chunk, ahead);
    if (count > maxWords) return undefined;
  }
  return ahead;
}

/** Tokenizes a chunk into what has been read, keeping its tokens and adding its words; returns its word count. */
function readChunk(chunk: Chunk, into: ReadAhead): number {
  const text = tokenize(chunk.segments);
  into.chunks.push({ chunk, text });
  return addWords(text, into.words);
}

/** Words in a window of a big page: its tokens are held only until it is scanned (about 3 MB of them at most). */
export const WINDOW_WORDS = 50_000;

/**
 * Reads roots in slices (`pause` ends a slice and says false to stop), a window at a time: whole chunks of up
 * to about `maxWords` words, kept tokenized, with their words. A pass gets the people a window's words can name
 * and scans it before reading on, so it walks and tokenizes the page once and holds one window's tokens.
 */
export async function* readWindows(
  roots: Node[],
  clock: SliceClock,
  pause: (clock: SliceClock) => Promise<boolean>,
  walk: CollectOptions,
  maxWords = WINDOW_WORDS,
): AsyncGenerator<ReadAhead> {
  let window: ReadAhead = { chunks: [], words: new Set(), clock };
  let count = 0;
  for (const root of roots)
    for (const chunk of collectChunks(root, walk)) {
      count += readChunk(chunk, window);
      if (count >= maxWords) {
        yield window;
        window = { chunks: [], words: new Set(), clock };
        count = 0;
      }
      if (clock.spent && !(await pause(clock))) return;
    }
  if (window.chunks.length) yield window;
}
