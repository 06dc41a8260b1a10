/**
 * "Would highlight N here": how many mentions a draft person's forms would get on this page, counted as the
 * highlighter would (anchored forms only where the full name is on the page, namesakes respected), without
 * touching the page.
 *
 * The count is asked again as the reader types each letter of a name, in the capture panel or the options'
 * editor. Reading and tokenizing the page is most of its cost (175 of 210 ms on the 2 MB benchmark page), so
 * the page's text is kept, tokenized, until the page changes or counting stops for a while.
 */
import { withDerivedForms } from '../lib/honorifics';
import { compileMatcher } from '../lib/matcher';
import { anchorsIn, namesakesIn, Nearness, resolveMentions } from '../lib/mentions';
import type { NameForm, Person } from '../lib/schema';
import { type TokenizedText, tokenize } from '../lib/tokens';
import { collectChunks } from './collect';
import { drawsRanges } from './name-ranges';
import { type HighlightMode, Regions } from './regions';

/** How long the page's text is kept after the last count: a pause in typing, not a page's lifetime. */
export const KEEP_TEXT_MS = 10_000;

/** Counts on one document, reading its text once for a run of counts. */
export class PageCount {
  private text?: { mode: HighlightMode; chunks: TokenizedText[] };
  private observer?: MutationObserver;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.drop(), { once: true });
  }

  /** The mentions these forms would get, highlighted already or not; forms the schema would refuse are left out. */
  count(forms: readonly NameForm[], mode: HighlightMode = 'auto'): number {
    const names = forms.filter((n) => n.text.trim().length > 1);
    if (!names.length) return 0;
    const person: Person = { id: 'draft', name: '', role: '', names, quotes: [] };
    const matcher = compileMatcher([withDerivedForms(person)]);
    const found = this.read(mode).map((text) => matcher.scanTokens(text));
    const all = found.flat();
    const anchored = anchorsIn(all);
    const ambiguous = namesakesIn(all);
    const near = new Nearness();
    return found.reduce((n, candidates) => n + resolveMentions(candidates, anchored, ambiguous, near).length, 0);
  }

  /** The page's chunks, tokenized: kept from the last count unless the page changed since. */
  private read(mode: HighlightMode): TokenizedText[] {
    const { doc } = this;
    if (this.text?.mode !== mode) {
      const regions = new Regions(doc, mode, !!doc.defaultView && drawsRanges(doc.defaultView));
      const chunks = [...collectChunks(doc.body ?? doc.documentElement, { readMarks: true, regions })].map((c) => tokenize(c.segments));
      this.text = { mode, chunks };
      // Any change to the page's text or structure (our own highlights included) reads it afresh.
      this.observer ??= doc.defaultView ? new doc.defaultView.MutationObserver(() => this.drop()) : undefined;
      this.observer?.observe(doc, { childList: true, subtree: true, characterData: true });
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.drop(), KEEP_TEXT_MS);
    return this.text.chunks;
  }

  private drop(): void {
    this.text = undefined;
    this.observer?.disconnect();
    clearTimeout(this.timer);
  }
}
