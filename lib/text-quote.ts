/**
 * Where a captured quote is on its page: a text-quote selector as the W3C Web Annotation model has it (the
 * exact text, with about 32 characters either side to tell repeats apart), and the URL text fragment
 * (`#:~:text=`) that opens the page scrolled to it and marks it.
 */

/** The exact text, and the text just before and after it. */
export interface TextQuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** How much context a selector keeps either side. */
export const CONTEXT_CHARS = 32;

/**
 * A selector for `text.slice(start, end)`, with its context: white space collapsed, as a reader and a text
 * fragment both see it, and empty context left out.
 */
export function quoteSelector(text: string, start: number, end: number, context = CONTEXT_CHARS): TextQuoteSelector {
  const squash = (s: string) => s.replace(/\s+/gu, ' ');
  const exact = squash(text.slice(start, end)).trim();
  const prefix = squash(text.slice(Math.max(0, start - context * 2), start)).slice(-context);
  const suffix = squash(text.slice(end, end + context * 2)).slice(0, context);
  return { exact, ...(prefix.trim() ? { prefix } : {}), ...(suffix.trim() ? { suffix } : {}) };
}

/** A text directive's part: percent-encoded, with the directive's own separators (`-`, `,`, `&`) too. */
const enc = (s: string) => encodeURIComponent(s).replace(/-/gu, '%2D').replace(/,/gu, '%2C');

/** Whole words only: a fragment's context must match at word boundaries. */
const wordsOf = (s: string | undefined) => (s ?? '').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Longer quotes are named by their first and last words (`textStart,textEnd`), which URLs carry better. */
const WHOLE_UP_TO = 80;
const EDGE_WORDS = 5;

/**
 * The URL that opens `url` at the quote: `#:~:text=[prefix-,]start[,end][,-suffix]`. The context is the
 * selector's whole words nearest the quote (a cut word would never match), so a repeated quote opens at the
 * right place. Browsers without text fragments open the page at its top.
 */
export function textFragmentUrl(url: string, sel: TextQuoteSelector): string {
  const base = url.replace(/#.*$/su, '');
  const exact = sel.exact.trim();
  if (!exact) return base;
  const ws = exact.split(/\s+/u);
  const body =
    exact.length <= WHOLE_UP_TO || ws.length <= EDGE_WORDS * 2
      ? enc(exact)
      : `${enc(ws.slice(0, EDGE_WORDS).join(' '))},${enc(ws.slice(-EDGE_WORDS).join(' '))}`;
  // The context's outer words may be cut by the 32 characters: only those next to the quote are sure.
  const before = wordsOf(sel.prefix).slice(1).slice(-3);
  const after = wordsOf(sel.suffix).slice(0, -1).slice(0, 3);
  const prefix = before.length && !/\s$/u.test(sel.prefix ?? ' ') ? [] : before;
  const suffix = after.length && !/^\s/u.test(sel.suffix ?? ' ') ? [] : after;
  return `${base}#:~:text=${prefix.length ? `${enc(prefix.join(' '))}-,` : ''}${body}${suffix.length ? `,-${enc(suffix.join(' '))}` : ''}`;
}
