/**
 * Quotes as words. Pages repeat a quote with other quotation marks and apostrophes, other case, other white
 * space and punctuation, and "…" for words left out; what stays is the words. So both the dataset's quotes
 * and the page's text are read as folded words (case and accents aside, apostrophes dropped, hyphens
 * splitting), each remembering where it stands in its text and whether an ellipsis comes before it.
 */
import { BLOCK_SEPARATOR } from './tokens';

/** A word of a quote or a page: its folded form, where it is, and what comes before it. */
export interface QuoteWord {
  /** Folded: lower case, no accents, no apostrophes ("Don’t" → "dont"). */
  w: string;
  start: number;
  end: number;
  /** An ellipsis ("…", "...", "[…]") stands between this word and the one before. */
  gap: boolean;
  /** Which block of the text the word is in (a quote never spans blocks). */
  block: number;
}

// Letters and digits, with apostrophes inside a word ("don't", "Kim’s"); a hyphen splits ("UK-US" is two words).
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
const ELLIPSIS = /…|\.\s?\.\s?\./;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼ]/g;

/** Anything but plain ASCII letters and digits without an apostrophe: the words that need more than lower case. */
const SPECIAL = /[^\u0000-\u0026\u0028-\u007f]/;

/** One word folded as the matcher compares words. */
export function foldWord(word: string): string {
  // Most of a page is plain ASCII words: one test, and they pay for lower case only.
  if (!SPECIAL.test(word)) return word.toLowerCase();
  const lower = word.toLowerCase().replace(APOSTROPHES, '');
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** The words of a text (a quote, or a page chunk's joined text with its block separators). */
export function quoteWords(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  let last = 0;
  let block = 0;
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    let gap = false;
    // Words are mostly parted by one space: only another gap is read for block separators and ellipses.
    if (at - last !== 1 || text.charCodeAt(last) !== 32) {
      const between = text.slice(last, at);
      for (let i = between.indexOf(BLOCK_SEPARATOR); i >= 0; i = between.indexOf(BLOCK_SEPARATOR, i + 1)) block++;
      gap = ELLIPSIS.test(between);
    }
    last = at + m[0].length;
    out.push({ w: foldWord(m[0]), start: at, end: last, gap, block });
  }
  return out;
}

/** Opening and closing quotation marks a page may put around a quoted fragment. */
const OPENING = /["“‘'«„‹「『]\s*$/u;
const CLOSING = /^[.,;:!?]?\s*["”’'»“›」』]/u;

/** Whether text[start, end) stands inside quotation marks ("called May “foolish”."). */
export function isQuoted(text: string, start: number, end: number): boolean {
  return OPENING.test(text.slice(Math.max(0, start - 3), start)) && CLOSING.test(text.slice(end, end + 4));
}
