/**
 * The highlighter's mentions wrapped in elements, beside those drawn with ranges (`RangedMentions`): the pieces
 * a mention is wrapped in, what each element says to the page and to assistive technology, and which elements
 * are ours. That record is kept here, not in attributes, so a page that makes a `<dramatis-mark>` of its own
 * cannot pass it off as one of ours (see `ownMarkAt`).
 */
import type { Mention } from '../lib/mentions';
import { piecesOf } from '../lib/tokens';
import { type Chunk, MARK_TAG } from './collect';
import { type LiveMention, type LiveMentions, liveMention } from './live-mentions';
import { type WrapPiece, Wrapper } from './wrap';

/** What wrapping needs from the highlighter. */
export interface WrappedMentionsOptions {
  /** How to wrap; the default picks by batch size (see dom/wrap.ts). */
  strategy?: 'auto' | 'markjs' | 'direct';
  /** Describes a person for assistive technology. */
  describe(personId: string): string;
  /** The person's affiliation palette group, if they have one. */
  group?(personId: string): number | undefined;
  /** The inline style of a highlight of this group (see HighlighterOptions.styleOf). */
  styleOf?(group: number | undefined): string;
  /** The highlighter's record of its mentions, which these join as each is wrapped. */
  mentions: LiveMentions;
  /** Runs our own DOM changes unseen by the highlighter's mutation observer. */
  mute(change: () => void): void;
}

/** One document's mentions wrapped in elements. */
export class WrappedMentions {
  /** The splits made, to undo them exactly. */
  readonly wrapper: Wrapper;
  /**
   * Each element's mention. Its form and kind are kept here, not in attributes: the page sees only
   * `data-person` and the description, and a highlight costs two attribute writes fewer.
   */
  private readonly shown = new WeakMap<Element, LiveMention>();
  /** The elements each piece's is copied from, by what they say (see `copyOf`); never on the page. */
  private readonly originals = new Map<string, HTMLElement>();

  constructor(private readonly o: WrappedMentionsOptions) {
    this.wrapper = new Wrapper(o.strategy);
  }

  /** The pieces of a chunk's text that a mention is wrapped in; it is recorded once its first is wrapped. */
  pieces(chunk: Chunk, m: Mention): WrapPiece[] {
    const live = liveMention(m);
    return piecesOf(chunk.segments, m.start, m.end).map((p, i) => ({
      node: chunk.nodes[p.segment]!,
      text: chunk.segments[p.segment]!.text,
      start: p.start,
      end: p.end,
      make: (doc: Document) => this.copyOf(doc, m.personId, i === 0),
      onWrap: (el: HTMLElement, made: boolean) => {
        if (!made) this.dress(el, m.personId, i === 0);
        this.shown.set(el, live);
        if (i === 0) this.o.mentions.add(live);
        live.elements.push(el);
      },
    }));
  }

  /**
   * A new element for a piece of this person's mention, copied from one made once with every attribute set
   * (for the first piece of a mention, which carries the description, and for the others). Copying an
   * element's attributes took half the time of setting them on a new one: 56–97 against 117–154 ms for the
   * 2 MB benchmark page's 15,600 names (Chromium 156). A change of style or group makes a new original.
   */
  private copyOf(doc: Document, personId: string, first: boolean): HTMLElement {
    const group = this.o.group?.(personId);
    const key = `${first ? 1 : 0} ${group ?? ''} ${personId} ${this.o.styleOf?.(group) ?? ''}`;
    let original = this.originals.get(key);
    if (!original) {
      original = doc.createElement(MARK_TAG);
      this.dress(original, personId, first);
      this.originals.set(key, original);
    }
    return original.cloneNode(false) as HTMLElement;
  }

  /** Sets what a highlight says: whose it is, its group and style, and (on a mention's first piece) who they are. */
  private dress(el: HTMLElement, personId: string, first: boolean): void {
    el.dataset.person = personId;
    const group = this.o.group?.(personId);
    if (group !== undefined) el.dataset.group = String(group);
    if (this.o.styleOf) el.setAttribute('style', this.o.styleOf(group));
    if (first) el.setAttribute('aria-description', this.o.describe(personId));
  }

  /** Wraps a batch of pieces; `firstPass`: they are from the page's first highlighting, not an update. */
  wrap(batch: WrapPiece[], firstPass: boolean): void {
    if (batch.length) this.o.mute(() => this.wrapper.wrap(batch, firstPass));
  }

  /** The mention one of our elements shows. */
  mentionAt(mark: Element): LiveMention | undefined {
    return this.shown.get(mark);
  }

  /** Our element at or above `node`: one we made and still show, never a page's look-alike. */
  ownMarkAt(node: EventTarget | null): HTMLElement | null {
    let el = node instanceof Element ? node.closest(MARK_TAG) : null;
    while (el && !this.shown.has(el)) el = el.parentElement?.closest(MARK_TAG) ?? null;
    return el as HTMLElement | null;
  }

  /** Takes the highlight off these mentions, leaving their text split until undo (see Wrapper.unwrap). */
  unwrap(gone: readonly LiveMention[]): void {
    const elements = this.forget(gone);
    if (elements.length) this.o.mute(() => this.wrapper.unwrap(elements));
  }

  /** Lets go of a text node the page wrote over: our pieces of it go, its new text stays (Wrapper.release). */
  release(node: Node): void {
    this.o.mute(() => this.wrapper.release(node));
  }

  /** Puts back now the page's own text nodes these mentions were split from (see Wrapper.restore). */
  restore(gone: readonly LiveMention[]): void {
    const elements = this.forget(gone);
    if (elements.length) this.o.mute(() => this.wrapper.restore(elements));
  }

  private forget(gone: readonly LiveMention[]): HTMLElement[] {
    const elements = gone.flatMap((m) => m.elements);
    for (const el of elements) this.shown.delete(el);
    return elements;
  }
}
