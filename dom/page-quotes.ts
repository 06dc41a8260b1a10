/**
 * Quotes on one page (issue 20): finds the passages that reproduce a quote of the people the page names (or of
 * those quoted about them), marks them, opens their cards, counts them for the popup and jumps to them.
 * Nothing is compiled or created until a chunk of the page names someone with a quote.
 */
import type { Candidate } from '../lib/matcher';
import type { Directory } from '../lib/directory';
import { mergeQuotes, type QuoteTallyRow } from '../lib/messages';
import { compileQuotes, type QuoteKey, type QuoteMatcher } from '../lib/quote-matcher';
import type { Person } from '../lib/schema';
import type { CardHost } from './card-host';
import type { Flash } from './flash';
import type { Chunk } from './collect';
import { type QuoteOnPage, QuoteMarks } from './quote-marks';
import { watchRangeHover } from './range-hover';

/** What the page's quotes need from the page controller. */
export interface PageQuotesOptions {
  doc: Document;
  signal: AbortSignal;
  directory(): Directory;
  enabled(): boolean;
  hoverDelay(): number;
  theme(): 'light' | 'dark';
  group(personId: string): number | undefined;
  card(): CardHost;
  /** Whether a name is at an event's target or point (names win over the quote around them). */
  isName(target: EventTarget | null, x: number, y: number): boolean;
  /** Called before the first marker is drawn: the markers' stylesheet goes in then, not before. */
  beforeFirstMark(): void;
  openPerson(personId: string): void;
}

/** Runs quote recognition on one document until its signal aborts. */
export class PageQuotes {
  private marks?: QuoteMarks;
  /** The matcher, and the directory and how many people named it was compiled for (the named set only grows). */
  private compiled?: { directory: Directory; named: number; matcher: QuoteMatcher };
  private readonly named = new Set<string>();
  private open?: QuoteOnPage;

  constructor(private readonly o: PageQuotesOptions) {}

  /** A chunk a pass read, with the candidates it found: its quotes are marked. */
  onChunk(chunk: Chunk, joined: string, starts: readonly number[], candidates: readonly Candidate[]): void {
    if (!this.o.enabled()) return;
    for (const c of candidates) if (!c.namesake) for (const ch of c.choices) this.named.add(ch.personId);
    if (!this.named.size) return;
    const matcher = this.matcher();
    if (!matcher.size) return;
    this.ensureMarks().add(chunk, joined, starts, matcher, () => this.o.beforeFirstMark());
  }

  /** The quote matcher of the people named so far and of those quoted about them, compiled again as more are named. */
  private matcher(): QuoteMatcher {
    const directory = this.o.directory();
    const c = this.compiled;
    if (c && c.directory === directory && c.named === this.named.size) return c.matcher;
    const people = new Map<string, Person>();
    for (const id of this.named) {
      const p = directory.byId.get(id);
      if (p) people.set(id, p);
      for (const q of directory.quotesAbout(id)) {
        const speaker = directory.byId.get(q.speakerId);
        if (speaker) people.set(speaker.id, speaker);
      }
    }
    const matcher = compileQuotes([...people.values()]);
    this.compiled = { directory, named: this.named.size, matcher };
    return matcher;
  }

  private ensureMarks(): QuoteMarks {
    if (this.marks) return this.marks;
    const marks = (this.marks = new QuoteMarks(this.o.doc.defaultView!, (id) => this.o.group(id)));
    watchRangeHover<QuoteOnPage>({
      doc: this.o.doc,
      signal: this.o.signal,
      at: (x, y) => marks.at(x, y),
      above: (t, x, y) => this.o.isName(t, x, y),
      inCard: (t) => this.o.card().contains(t),
      hoverDelay: () => this.o.hoverDelay(),
      openOne: () => (this.open && this.o.card().range === this.open.range ? this.open : undefined),
      open: (q, point) => this.show(q, point),
      close: () => this.o.card().hide(),
    });
    return marks;
  }

  /** Opens a quote's card by its passage. */
  private show(q: QuoteOnPage, point?: { x: number; y: number }): void {
    const d = this.o.directory();
    const speaker = d.byId.get(q.match.personId);
    const quote = d.quotesBy(q.match.personId)[q.match.index];
    if (!speaker || !quote) return;
    this.open = q;
    const card = this.o.card();
    card.showQuote(
      q.range,
      {
        speaker,
        quote,
        found: q.match.found,
        shortened: q.match.shortened,
        changed: q.match.changed,
        theme: this.o.theme(),
        onClose: () => card.hide(),
        onOpen: () => this.o.openPerson(speaker.id),
      },
      point,
    );
  }

  /** The quote passages on the page, in page order. */
  get all(): readonly QuoteOnPage[] {
    return this.marks?.all ?? [];
  }

  /** Brings a passage into view and opens its card with the focus in it (the keyboard's way to a quote). */
  focus(q: QuoteOnPage): void {
    q.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    this.show(q);
    this.o.card().focusFirst();
  }

  /** How many passages reproduce each quote, in the order the quotes first appear. */
  tally(): QuoteTallyRow[] {
    // One row per passage, merged as the background merges frames.
    return mergeQuotes([(this.marks?.all ?? []).map(({ match }) => ({ personId: match.personId, index: match.index, count: 1 }))]);
  }

  /** Scrolls to the nth passage of a quote, marks it for a moment and opens its card; false if there is none. */
  jump(key: QuoteKey, n: number, flash: Flash): boolean {
    const marks = this.marks;
    const q = marks?.nth(key, n);
    if (!q) return false;
    q.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    flash.mark(
      () => marks!.flash(q),
      () => marks!.unflash(),
    );
    this.show(q);
    return true;
  }

  /** Removes every marker (the page's DOM was never changed). */
  stop(): void {
    this.marks?.clear();
  }
}
