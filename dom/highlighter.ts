/**
 * The highlighter for one document: scans text in slices, wraps mentions,
 * keeps up with page changes and undoes everything on `stop()`. Like
 * Hypothesis's `Highlighter(root)`, it takes its root and window as parameters.
 */
import type { Candidate, Matcher } from '../lib/matcher';
import { anchorsIn, Nearness, namesakesIn, resolveMentions, type TallyRow } from '../lib/mentions';
import type { Chunk, CollectOptions } from './collect';
import { findMentions } from './find-mentions';
import { type LiveMention, LiveMentions } from './live-mentions';
import { MutationQueue } from './mutations';
import { drawsRanges } from './name-ranges';
import type { RangeScope } from './page-style';
import { RangedMentions } from './ranged-mentions';
import { type HighlightMode, Regions } from './regions';
import { PendingForms } from './pending-forms';
import { SliceClock, type SliceStats, yieldToMain } from './slices';
import { type ReadAhead, readAhead, wordsIn } from './read-words';
import { afterNextFrame, viewportRoots } from './viewport';
import type { WrapPiece } from './wrap';
import { WrappedMentions } from './wrapped-mentions';

/** What the highlighter needs from its host. */
export interface HighlighterOptions {
  root: Element;
  win: Window & typeof globalThis;
  /**
   * The matcher, or how to build it (a big dataset's takes a while in slices). The build starts once names
   * on screen are highlighted, so its slices never hold them up. Without one (the people are held
   * elsewhere), every pass reads its words first and gets its matcher from `quickMatcher`.
   */
  matcher?: Matcher | (() => Promise<Matcher>);
  /**
   * While `matcher` is still being built: a matcher of just the people these on-screen words can name, so
   * names on screen need not wait for the whole dataset.
   */
  quickMatcher?(words: ReadonlySet<string>): Matcher | Promise<Matcher>;
  /**
   * A page of at most this many words is highlighted in one pass, with `quickMatcher` over all its words,
   * instead of on screen first and then with the full matcher (see `quickPageWords`).
   */
  quickPageWords?: number;
  /** Describes a person for assistive technology: "Kim Darroch, Britain's ambassador…". */
  describe(personId: string): string;
  /** The person's affiliation palette group, if they have one. */
  group?(personId: string): number | undefined;
  /**
   * The inline style of a highlight of this group: `!important` there beats every page rule, `@layer`s
   * included, which a stylesheet cannot (see dom/page-style.ts).
   */
  styleOf?(group: number | undefined): string;
  /** Whether a form is hidden for a person ("Not this person"). */
  isHidden?(personId: string, form: string): boolean;
  /** Called when the set of people or their counts change. */
  onTally?(rows: TallyRow[]): void;
  /** Called for each open shadow root found, so styles can follow the marks in. */
  onShadowRoot?(root: ShadowRoot): void;
  /**
   * Each chunk a pass read, with its joined text, before its names are wrapped (the quote markers' way in):
   * called in the pass's slices, in document order.
   */
  onChunk?(chunk: Chunk, joined: string, starts: readonly number[], candidates: readonly Candidate[]): void;
  /** Instrumentation: the work a pass did (sum of its slices) and its longest slice. */
  onPass?(stats: SliceStats & { full: boolean }): void;
  /** How to wrap; the default picks by batch size (see dom/wrap.ts). The benchmark compares them. */
  wrapStrategy?: 'auto' | 'markjs' | 'direct';
  /** Where names are drawn with ranges instead of wrapped (dom/regions.ts); 'auto' unless the reader chose. */
  mode?: HighlightMode;
  /**
   * Called before the first name is drawn with a range (its stylesheet goes in then, and its hover starts), and
   * before the first drawn beyond editors: `scope` says where the look must reach (see `nameRangeCss`).
   */
  onRangeScope?(scope: RangeScope): void;
}

/** Pieces wrapped per batch. */
const BATCH = 200;
/**
 * Pieces wrapped between two forced layouts. Each layout of a big page has a fixed cost (about 5 ms for the
 * 2 MB benchmark article), so fewer would finish sooner: 800 took 100–150 ms off its 1 s, but made the
 * longest slice 27 ms instead of 20. Slices were chosen over the total.
 */
const LAYOUT_EVERY = 400;
/** Text nodes restored between two forced layouts when undoing. */
const UNDO_LAYOUT_EVERY = 400;

/** Highlights names in one document and keeps them up to date. */
export class Highlighter {
  private readonly abort = new AbortController();
  private readonly wrapped: WrappedMentions;
  private readonly anchors = new Set<string>();
  private readonly ambiguous = new Set<string>();
  private readonly shadows = new Set<ShadowRoot>();
  private readonly mentions: LiveMentions;
  private readonly regions: Regions;
  /** How a pass walks the page: shadow roots met, and each region's drawing. */
  private readonly walk: CollectOptions;
  /** The mentions drawn with ranges, where the page must not be changed. */
  private readonly ranged: RangedMentions;
  private readonly pending = new PendingForms();
  private readonly queue: MutationQueue;
  private chain: Promise<void> = Promise.resolve();
  private matcher?: Matcher;
  /** Set once the page is first highlighted: later passes are updates. */
  private updating = false;
  /** Resolves when the first full pass is done. */
  readonly ready: Promise<void>;

  constructor(private readonly o: HighlighterOptions) {
    if (!o.matcher && !o.quickMatcher) throw new Error('Highlighter: a matcher or a quickMatcher is needed');
    this.mentions = new LiveMentions(o.onTally, (m) => this.ranged.remove(m));
    this.wrapped = new WrappedMentions({
      strategy: o.wrapStrategy,
      describe: o.describe,
      group: o.group,
      styleOf: o.styleOf,
      mentions: this.mentions,
      mute: (change) => this.queue.mute(change),
    });
    this.ranged = new RangedMentions({
      win: o.win,
      group: (id) => o.group?.(id),
      scopeOf: (chunk) => this.regions.scopeAt(chunk.nodes[0]!),
      follows: (node) => this.regions.editableAt(node),
      onScope: (scope) => o.onRangeScope?.(scope),
      mentions: this.mentions,
    });
    this.regions = new Regions(o.root.ownerDocument, o.mode ?? 'auto', drawsRanges(o.win));
    this.walk = { onShadowRoot: (r) => this.addShadow(r), regions: this.regions };
    this.queue = new MutationQueue(o.root, o.win, this.abort.signal, (roots, full) => this.pass(full ? [o.root] : roots), {
      regions: this.regions,
      isSplit: (n) => this.wrapped.wrapper.isSplit(n),
      onText: (node) => this.ranged.dropChanged(node),
      wrapped: () => !this.wrapped.wrapper.empty,
      onRewrite: (node, block) => {
        this.wrapped.release(node);
        if (this.regions.markRanged(block)) this.toRanges(block);
      },
      onChurn: (block) => {
        if (this.regions.noteChurn(block)) this.toRanges(block);
      },
    });
    this.queue.start();
    // A page small enough to read in the first slice is done in one pass: with the matcher if it is built, or
    // with the people all its words can name, picked faster than a big dataset's full matcher is built.
    // Otherwise what is on screen goes first, then the whole document. Passes run one at a time; each later
    // one waits for the full matcher or, with none (the people are held elsewhere), asks for its own words'
    // people.
    const built = typeof o.matcher === 'function' ? undefined : o.matcher;
    const limit = built ? Infinity : o.quickMatcher ? (o.quickPageWords ?? 0) : 0;
    // The first slice is the pass's that follows: reading ahead, or finding the blocks on screen, is work.
    const clock = this.clock();
    const ahead = limit > 0 ? readAhead(o.root, limit, clock, this.walk) : undefined;
    const whole = ahead && this.pass([o.root], built ?? o.quickMatcher!(ahead.words), ahead);
    if (!whole) {
      // The blocks on screen are found by hit-testing, which needs layout. On a page still loading, the
      // browser may not have laid it out yet: forcing that here put a 60 ms layout into our first task (a
      // trace of a 2 MB page, scripts/trace-load.ts). So the browser's next frame goes first, with its layout.
      this.chain = this.chain
        .then(() => afterNextFrame(o.win))
        .then(() => {
          if (this.abort.signal.aborted) return undefined;
          const screenClock = this.clock();
          const onScreen = viewportRoots(o.root, o.win);
          const first = built ?? o.quickMatcher?.(wordsIn(onScreen, this.walk));
          return first ? this.runPass(onScreen, first, screenClock) : undefined;
        })
        .catch((e) => console.error('Dramatis:', e));
    }
    const build = o.matcher;
    if (build)
      this.chain = this.chain.then(async () => {
        if (!this.abort.signal.aborted) this.matcher = typeof build === 'function' ? await build() : build;
      });
    this.ready = (whole || this.pass([o.root])).then(() => void (this.updating = true));
  }

  /** Mentions still on the page, in document order. */
  get live(): LiveMention[] {
    return this.mentions.inOrder;
  }

  /** The mention one of our highlight elements shows. */
  mentionAt(mark: Element): LiveMention | undefined {
    return this.wrapped.mentionAt(mark);
  }

  /**
   * Our highlight at or above `node`: one this highlighter made and still shows. A page's own
   * `<dramatis-mark>`, whatever its attributes say, is not one, so a page cannot forge a card or use one to
   * learn which people the reader's datasets hold.
   */
  ownMarkAt(node: EventTarget | null): HTMLElement | null {
    return this.wrapped.ownMarkAt(node);
  }

  /** The mention drawn with a range under a viewport point, if any. */
  rangedAt(x: number, y: number): LiveMention | undefined {
    return this.ranged.at(x, y);
  }

  /** Shows the keyboard's focus on a mention drawn with a range (or takes it off). */
  focusRanged(m: LiveMention | undefined): void {
    this.ranged.focus(m);
  }

  /** How many mentions are on the page. */
  get count(): number {
    return this.mentions.count;
  }

  /** How many mentions of a person are on the page. */
  countOf(personId: string): number {
    return this.mentions.countOf(personId);
  }

  /**
   * Removes every listener at once and every highlight in slices, restoring the page exactly. A page
   * with thousands of highlights takes more than one slice to undo; resolves when all are gone.
   */
  stop(): Promise<SliceStats> {
    this.abort.abort();
    this.queue.stop();
    this.ranged.clear();
    this.mentions.clear();
    this.mentions.report();
    const clock = this.clock();
    const undo = async () => {
      // The first slice runs now, so a small page is restored before stop() returns. (Now that we are
      // stopped, yield() says false, but it still gives the thread back, which is all undo needs.)
      // A page with nothing highlighted is left alone, not even laid out.
      for (let done = this.wrapped.wrapper.empty; !done;) {
        done = this.wrapped.wrapper.undo(() => clock.spent, UNDO_LAYOUT_EVERY);
        // Lay out what this slice restored inside it, as when highlighting: left to the next frame, the
        // layout of everything undone so far came in one go (a 300 ms freeze after undoing the 2 MB page).
        clock.layout(() => void (this.o.root as HTMLElement).offsetHeight);
        if (!done) await this.yield(clock);
      }
      clock.pause();
      return clock.stats;
    };
    return undo();
  }

  /** Queues a pass over `roots` (or what was read ahead of it); passes never overlap. */
  private pass(roots: Node[], matcher?: Matcher | Promise<Matcher>, start?: ReadAhead | SliceClock): Promise<void> {
    this.chain = this.chain.then(() => this.runPass(roots, matcher, start)).catch((e) => console.error('Dramatis:', e));
    return this.chain;
  }

  /** Scans roots in slices and wraps what they mention; `start` is the slice begun for it (and its reading). */
  private async runPass(roots: Node[], matcher?: Matcher | Promise<Matcher>, start?: ReadAhead | SliceClock): Promise<void> {
    if (this.abort.signal.aborted || this.regions.closed) return;
    const ahead = start instanceof SliceClock ? undefined : start;
    const clock = start instanceof SliceClock ? start : (ahead?.clock ?? this.clock());
    let given = matcher ?? this.matcher;
    if (given && 'then' in given) {
      // Waiting for the matcher is not work: the slice ends, and the next starts once it is here.
      clock.pause();
      given = await given;
      clock.reset();
    }
    // Stopped while the matcher was on its way: the page must be left alone.
    if (this.abort.signal.aborted) return;
    const found = await findMentions({
      roots,
      clock,
      matcher: given,
      ahead,
      quickMatcher: this.o.quickMatcher,
      pause: (c) => this.yield(c),
      walk: this.walk,
      stopped: () => this.abort.signal.aborted,
    });
    if (!found || this.abort.signal.aborted) return;
    const before = this.anchors.size;
    const ambiguousBefore = this.ambiguous.size;
    for (const f of found) {
      for (const id of anchorsIn(f.mentions)) this.anchors.add(id);
      for (const form of namesakesIn(f.mentions)) this.ambiguous.add(form);
    }
    if (this.ambiguous.size > ambiguousBefore) this.withdrawAmbiguous();
    // Short forms met before their person was named in full count now, without rescanning the page.
    // (A region this pass scanned again is already in `found`.)
    const taken = this.anchors.size > before ? this.pending.take(this.anchors) : { ready: [], rescan: false };
    if (taken.rescan) this.queue.requestFull();
    // Every text node the pass read, only when there is something to check against it (on a big page, a set of
    // tens of thousands of nodes).
    const scanned = taken.ready.length ? new Set(found.flatMap((f) => f.chunk.nodes)) : undefined;
    const revived = taken.ready.filter((p) => !p.chunk.nodes.some((n) => scanned!.has(n)));
    let batch: WrapPiece[] = [];
    let sinceLayout = 0;
    // The pass's chunks come in document order: nearness runs across them. A revived form stands alone.
    const near = new Nearness();
    const alone = new Set(revived);
    for (const f of [...revived, ...found]) {
      this.pending.keep(f, this.anchors);
      if (f.joined && f.starts && !alone.has(f)) this.o.onChunk?.(f.chunk, f.joined, f.starts, f.mentions);
      // A page update's text loses the ranges drawn on it before (it may have been edited): they are drawn
      // again. The first full pass reads the screen's text again, which has not changed: what is drawn stays.
      if (f.chunk.ranged && !alone.has(f) && this.updating) this.ranged.dropIn(f.chunk.nodes);
      for (const m of resolveMentions(f.mentions, this.anchors, this.ambiguous, alone.has(f) ? undefined : near)) {
        if (this.o.isHidden?.(m.personId, m.form)) continue;
        if (f.chunk.ranged) this.ranged.draw(f.chunk, m);
        else batch.push(...this.wrapped.pieces(f.chunk, m));
      }
      if (batch.length >= BATCH || clock.spent) {
        this.wrapped.wrap(batch, !this.updating);
        sinceLayout += batch.length;
        batch = [];
        // Pay for style and layout every few hundred highlights, inside a slice, rather than in
        // one long task once the whole page is wrapped (or in many small ones, which cost more).
        if (sinceLayout >= LAYOUT_EVERY) {
          sinceLayout = 0;
          clock.layout(() => void (this.o.root as HTMLElement).offsetHeight);
        }
        if (!(await this.yield(clock))) return;
      }
    }
    this.wrapped.wrap(batch, !this.updating);
    this.mentions.report();
    clock.pause();
    this.o.onPass?.({ ...clock.stats, full: roots[0] === this.o.root });
  }

  /**
   * Short forms highlighted before a namesake turned up elsewhere on the page (an earlier pass saw only the
   * screen, or the page grew) no longer name anyone for sure: their highlights go, as if the page had been
   * read whole. Those given to a full name nearest before them (`local`) stay.
   */
  private withdrawAmbiguous(): void {
    const gone = this.mentions.take((m) => m.kind === 'anchored' && !m.local && this.ambiguous.has(m.form));
    if (!gone.length) return;
    for (const m of gone) this.ranged.remove(m);
    this.wrapped.unwrap(gone);
  }

  /** A clock for a new piece of sliced work. */
  private clock(): SliceClock {
    return new SliceClock(() => this.o.win.performance.now());
  }

  /** Ends a slice and gives the main thread back; false once stopped. */
  private async yield(clock: SliceClock): Promise<boolean> {
    clock.pause();
    const go = await yieldToMain(this.o.win, this.abort.signal);
    clock.reset();
    return go;
  }

  private addShadow(root: ShadowRoot): void {
    if (this.shadows.has(root)) return;
    this.shadows.add(root);
    this.queue.observe(root);
    this.o.onShadowRoot?.(root);
  }

  /**
   * A block the page re-renders is drawn with ranges from now on: the text nodes we split there are put back
   * as the page made them (it may still hold them), and it is read again.
   */
  private toRanges(block: Element): void {
    this.wrapped.restore(this.mentions.take((m) => !m.range && block.contains(m.elements[0]!)));
    this.queue.rescan(block);
  }
}
