/**
 * Dramatis on one page: connects the highlighter, the card and the hover
 * controller, and answers jumps and keyboard commands. Created when the site is
 * on, stopped when it is switched off; `stop()` leaves the page as it was.
 */
import type { QuoteView } from '../lib/directory';
import type { Directory } from '../lib/directory';
import type { Matcher } from '../lib/matcher';
import { affiliationGroup } from '../lib/affiliation';
import { matchReason, type TallyRow } from '../lib/mentions';
import type { Settings } from '../lib/settings';
import type { Translate } from '../components/i18n';
import { CardHost } from './card-host';
import { Highlighter } from './highlighter';
import { Flash } from './flash';
import { watchHover } from './hover';
import { PageQuotes } from './page-quotes';
import type { QuoteOnPage } from './quote-marks';
import type { QuoteTallyRow } from '../lib/messages';
import type { QuoteKey } from '../lib/quote-matcher';
import { PageLook } from './page-look';
import type { RangeScope } from './page-style';
import { quoteWithSource } from '../components/QuoteList';
import type { Person } from '../lib/schema';
import { nearestSpeaker } from './speaker-guess';
import { type LiveMention, startOf } from './live-mentions';
import { liveRange } from './name-ranges';
import { watchRangeHover } from './range-hover';

/** What the page controller needs from the extension around it. */
export interface PageControllerOptions {
  doc: Document;
  /** Everyone the page knows of (more as it asks, when its people are held in the background). */
  directory(): Directory;
  /** Compiled from the directory's people, or how to (see HighlighterOptions). */
  matcher?: Matcher | (() => Promise<Matcher>);
  /** A matcher of the people some on-screen words can name, for the first pass while `matcher` is built. */
  quickMatcher?(words: ReadonlySet<string>): Matcher | Promise<Matcher>;
  /** A page of at most this many words is highlighted in one pass with `quickMatcher` (see `quickPageWords`). */
  quickPageWords?: number;
  settings: Settings;
  cardCss: string;
  /** Translates the card's own words. */
  t: Translate;
  /** The interface language's direction, which the card's chrome follows (for a card host of its own). */
  uiDir?: 'ltr' | 'rtl';
  /** The people found on the page, and the quotes (issue 20) found with them. */
  onTally(rows: TallyRow[], quotes: QuoteTallyRow[]): void;
  /** "Not this person": hide this form of this person on this site. */
  hideName(personId: string, form: string): void;
  openPerson(personId: string): void;
  /** The card's host, when the content script shares it with the capture panel; else the page makes its own. */
  cardHost?(): CardHost;
}

/** Runs Dramatis on one document until `stop()`. */
export class PageController {
  private readonly abort = new AbortController();
  private readonly highlighter: Highlighter;
  // Made on first use: a frame that names nobody gets no stylesheet, no card host and no shadow root.
  private cardHost?: CardHost;
  private settings: Settings;
  private focusIndex = -1;
  /** The name drawn with a range whose card was opened last, and the live range its card is anchored to. */
  private openRanged?: { m: LiveMention; at: Range };
  /** Whether the pointer is followed over names drawn with ranges (from the first). */
  private followingRanges = false;
  private readonly flash: Flash;
  private readonly look: PageLook;
  private readonly quotes: PageQuotes;

  constructor(private readonly o: PageControllerOptions) {
    const { doc, directory } = o;
    this.settings = o.settings;
    this.flash = new Flash(doc.defaultView!);
    this.look = new PageLook(doc, o.settings);
    this.quotes = new PageQuotes({
      doc,
      signal: this.abort.signal,
      directory: () => this.o.directory(),
      enabled: () => this.settings.recogniseQuotes,
      hoverDelay: () => this.settings.hoverDelay,
      theme: () => (this.look.dark ? 'dark' : 'light'),
      group: (id) => this.groupOf(id),
      card: () => this.card,
      isName: (t, x, y) => !!this.highlighter.ownMarkAt(t) || !!this.highlighter.rangedAt(x, y),
      beforeFirstMark: () => this.look.ensureQuoteStyle(),
      openPerson: (id) => this.o.openPerson(id),
    });
    const hidden = new Set(o.settings.hiddenNames.filter((h) => h.site === doc.location.hostname).map((h) => `${h.personId}\n${h.form}`));
    this.highlighter = new Highlighter({
      root: doc.body ?? doc.documentElement,
      win: doc.defaultView as Window & typeof globalThis,
      matcher: o.matcher,
      quickMatcher: o.quickMatcher,
      quickPageWords: o.quickPageWords,
      describe: (id) => {
        const p = directory().byId.get(id);
        return p ? `${p.name}, ${p.role}` : '';
      },
      group: (id) => this.groupOf(id),
      styleOf: (group) => this.look.inlineStyle(group),
      isHidden: (id, form) => hidden.has(`${id}\n${form}`),
      onShadowRoot: (r) => this.look.addRoot(r),
      onChunk: (chunk, joined, starts, candidates) => this.quotes.onChunk(chunk, joined, starts, candidates),
      onTally: (rows) => o.onTally(rows, this.quotes.tally()),
      mode: o.settings.highlightMode,
      onRangeScope: (scope) => this.watchRanged(scope),
    });
    watchHover({
      doc,
      signal: this.abort.signal,
      markAt: (t) => this.highlighter.ownMarkAt(t),
      settings: () => this.settings,
      isOpen: () => this.cardHost?.isOpen ?? false,
      anchor: () => this.cardHost?.anchor,
      inCard: (t) => this.cardHost?.contains(t) ?? false,
      open: (mark, point) => {
        const m = this.highlighter.mentionAt(mark);
        if (m) this.openCard(m, mark, point);
      },
      close: () => this.cardHost?.hide(),
      place: () => this.cardHost?.place(),
      focusAnchor: (mark) => {
        // Focusable on demand, as the keyboard command makes it: highlights stay out of the tab order.
        mark.tabIndex = -1;
        mark.focus({ preventScroll: true });
      },
    });
  }

  /**
   * Names drawn with ranges (issue 23) have no elements to hover: their stylesheet goes in (reaching `scope`),
   * and the pointer is followed, once the first is drawn.
   */
  private watchRanged(scope: RangeScope): void {
    this.look.ensureRangeStyle(scope);
    if (this.followingRanges) return;
    this.followingRanges = true;
    watchRangeHover<LiveMention>({
      doc: this.o.doc,
      signal: this.abort.signal,
      at: (x, y) => this.highlighter.rangedAt(x, y),
      inCard: (t) => this.cardHost?.contains(t) ?? false,
      hoverDelay: () => this.settings.hoverDelay,
      onHover: () => this.settings.openOn === 'hover',
      openOne: () => (this.openRanged && this.cardHost?.range === this.openRanged.at ? this.openRanged.m : undefined),
      open: (m, point) => this.openRangedCard(m, point),
      close: () => this.cardHost?.hide(),
    });
  }

  /** The card, made the first time one opens. */
  private get card(): CardHost {
    return (this.cardHost ??= this.o.cardHost?.() ?? new CardHost(this.o.doc, this.o.cardCss, this.o.t, this.abort.signal, this.o.uiDir));
  }

  /**
   * The people highlighted here, for the capture panel: the one named nearest before `range` first (the
   * likeliest speaker of a quote there), then by how often they are named.
   */
  peopleOnPage(range?: Range): { people: Person[]; nearest?: string } {
    const live = this.highlighter.live;
    const nearest = range
      ? nearestSpeaker(
          live.map((m) => ({ personId: m.personId, el: startOf(m) })),
          range,
        )
      : undefined;
    const ids = new Map<string, number>();
    for (const m of live) ids.set(m.personId, (ids.get(m.personId) ?? 0) + 1);
    const order = [...ids.keys()].sort((a, b) => (a === nearest ? -1 : b === nearest ? 1 : ids.get(b)! - ids.get(a)!));
    const directory = this.o.directory();
    return { people: order.flatMap((id) => directory.byId.get(id) ?? []), nearest };
  }

  private groupOf(personId: string): number | undefined {
    const a = this.o.directory().byId.get(personId)?.affiliation;
    return a ? affiliationGroup(a) : undefined;
  }

  /** Resolves once the first pass over the page is done. */
  get ready(): Promise<void> {
    return this.highlighter.ready;
  }

  /** Applies settings that need no rescan (colours, style, hover). */
  restyle(settings: Settings): void {
    this.settings = settings;
    this.look.restyle(settings);
    // Each highlight's own style, one write per element (a colour change is rare, and this is ~2 ms per 1,000).
    for (const m of this.highlighter.live) {
      if (!m.elements.length) continue;
      const style = this.look.inlineStyle(this.groupOf(m.personId));
      for (const el of m.elements) el.setAttribute('style', style);
    }
  }

  /** Scrolls to the nth mention of a person and flashes it. */
  jump(personId: string, index: number): boolean {
    const list = this.highlighter.live.filter((m) => m.personId === personId);
    const m = list[((index % list.length) + list.length) % list.length];
    if (!m) return false;
    scrollToMention(m, 'center');
    // A range has no element to ring: the keyboard's focus look marks it for as long as a flash lasts.
    if (m.range)
      this.flash.mark(
        () => this.highlighter.focusRanged(m),
        () => this.highlighter.focusRanged(undefined),
      );
    else this.flash.show(m.elements);
    return true;
  }

  /** Moves keyboard focus to the next or previous highlight and opens its card. */
  step(direction: 1 | -1): void {
    // Names and quotes on the page, in document order: quote markers have no element to tab to, so the
    // keyboard reaches their cards here.
    const names = this.highlighter.live;
    const quotes = this.quotes.all;
    const stops: Array<LiveMention | QuoteOnPage> = quotes.length ? [...names, ...quotes].sort((a, b) => order(a, b)) : names;
    if (!stops.length) return;
    this.focusIndex = (this.focusIndex + direction + stops.length) % stops.length;
    const stop = stops[this.focusIndex]!;
    // The keyboard's stop replaces a jump's mark, and the last stop's focus look.
    this.flash.clear();
    this.highlighter.focusRanged(undefined);
    if ('match' in stop) return this.quotes.focus(stop);
    scrollToMention(stop, 'nearest');
    if (stop.range) {
      // No element to focus: the focus look moves to the name, and the card takes the keyboard.
      this.highlighter.focusRanged(stop);
      this.openRangedCard(stop);
    } else {
      const el = stop.elements[0]!;
      // Focusable only on demand, so hundreds of highlights stay out of the tab order.
      el.tabIndex = -1;
      el.focus();
      this.openCard(stop, el);
    }
    this.card.focusFirst();
  }

  /** Opens the card of a name drawn with a range, anchored to a live range over it (it may be static). */
  private openRangedCard(m: LiveMention, point?: { x: number; y: number }): void {
    const at = m.range && liveRange(this.o.doc, m.range);
    if (!at) return;
    this.openCard(m, at, point);
    this.openRanged = { m, at };
  }

  /**
   * Opens a mention's card by its highlight element or its range. Who it is comes from the highlighter's own
   * record, never from the page's copy of it (`data-person`).
   */
  private openCard(mention: LiveMention, at: HTMLElement | Range, point?: { x: number; y: number }): void {
    const directory = this.o.directory();
    const person = directory.byId.get(mention.personId);
    if (!person) return;
    this.openRanged = undefined;
    const count = this.highlighter.countOf(person.id);
    const form = mention.form;
    const win = this.o.doc.defaultView!;
    const dark = this.look.dark;
    this.card.show(
      at,
      {
        person,
        said: directory.quotesBy(person.id),
        saidAbout: directory.quotesAbout(person.id),
        mentions: count,
        why: matchReason(form, mention.kind),
        theme: dark ? 'dark' : 'light',
        onClose: () => this.card.hide(),
        onHide: () => {
          this.card.hide();
          this.o.hideName(person.id, form);
        },
        onCopy: (q: QuoteView) => void win.navigator.clipboard?.writeText(quoteWithSource(q)).catch(() => undefined),
        onOpen: () => this.o.openPerson(person.id),
      },
      point,
    );
  }

  /** Scrolls to the nth passage that reproduces a quote, marks it and opens its card. */
  jumpQuote(key: QuoteKey, index: number): boolean {
    return this.quotes.jump(key, index, this.flash);
  }

  /**
   * Removes the card and all listeners at once, restores the text in slices (in the order it was highlighted,
   * so what was on screen goes first), and removes the highlights' style last; resolves when the page is
   * exactly as it was. Removing the style first made every highlight vanish at once, but restyling the
   * 13,000 of the 2 MB benchmark page was a 130 ms long task.
   */
  async stop(): Promise<void> {
    this.abort.abort();
    this.flash.clear();
    this.quotes.stop();
    this.cardHost?.hide();
    await this.highlighter.stop();
    this.look.remove();
  }
}

/** Brings a mention into view: its first element, or the element holding its range's start. */
function scrollToMention(m: LiveMention, block: ScrollLogicalPosition): void {
  const el = m.elements[0] ?? m.range?.startContainer.parentElement;
  el?.scrollIntoView({ block, behavior: 'instant' as ScrollBehavior });
}

/** Document order of a name or a quote passage (by where each starts). */
function order(a: LiveMention | QuoteOnPage, b: LiveMention | QuoteOnPage): number {
  const node = (x: LiveMention | QuoteOnPage) => ('match' in x ? x.range.startContainer : startOf(x));
  const na = node(a);
  const nb = node(b);
  if (na === nb) return 0;
  return na.compareDocumentPosition(nb) & na.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
