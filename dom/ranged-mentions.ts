/**
 * The highlighter's mentions drawn with ranges (issue 23): drawn from a chunk's text only if it has not changed
 * since it was read, taken off when their text is read again (it may have been edited), and counted with the
 * wrapped ones. The drawing (`NameRanges`) is made with the first, when its stylesheet goes in; the sheet is told
 * when mentions are first drawn beyond editors, to reach them there. Where the reader types, ranges follow the
 * edits; elsewhere they are static, and taken off as soon as the page changes their text (`dropChanged`).
 */
import type { Mention } from '../lib/mentions';
import { piecesOf } from '../lib/tokens';
import type { Chunk } from './collect';
import { type LiveMention, type LiveMentions, liveMention } from './live-mentions';
import { NameRanges, type NamePiece } from './name-ranges';
import type { RangeScope } from './page-style';

/** What drawing mentions with ranges needs from the highlighter. */
export interface RangedMentionsOptions {
  win: Window & typeof globalThis;
  group(personId: string): number | undefined;
  /** How far the look of a mention drawn in this chunk must reach (`Regions.scopeAt`). */
  scopeOf(chunk: Chunk): RangeScope;
  /** Whether the reader may type at this text node (`Regions.editableAt`): its ranges must follow the edits. */
  follows(node: Text): boolean;
  /** Called before the first is drawn, and before the first drawn beyond editors: the look must reach it. */
  onScope?(scope: RangeScope): void;
  /** The highlighter's record of its mentions, which these join. */
  mentions: LiveMentions;
}

/** One document's mentions drawn with ranges. */
export class RangedMentions {
  private ranges?: NameRanges;
  /** Where mentions have been drawn so far, and the last chunk that was looked at for it. */
  private scope?: RangeScope;
  private scoped?: Chunk;
  /** The chunk and element whose text was last asked whether its ranges follow edits, and the answer. */
  private followed?: { chunk: Chunk; parent: Element | null; follow: boolean };

  constructor(private readonly o: RangedMentionsOptions) {}

  /** Draws a mention over text that has not changed since it was read, unless it is drawn already. */
  draw(chunk: Chunk, m: Mention): void {
    const pieces: NamePiece[] = [];
    for (const p of piecesOf(chunk.segments, m.start, m.end)) {
      const node = chunk.nodes[p.segment]!;
      if (!node.isConnected || node.data !== chunk.segments[p.segment]!.text) return;
      pieces.push({ node, start: p.start, end: p.end });
    }
    if (!pieces.length || this.ranges?.has(pieces[0]!)) return;
    if (this.scope !== 'page' && chunk !== this.scoped) {
      // Once per chunk: its mentions are drawn one after another.
      this.scoped = chunk;
      const scope = this.o.scopeOf(chunk);
      if (scope !== this.scope) this.o.onScope?.((this.scope = scope));
    }
    this.ranges ??= new NameRanges(this.o.win, (id) => this.o.group(id));
    // Once per element in a chunk: its mentions come one after another.
    const parent = pieces[0]!.node.parentElement;
    if (this.followed?.parent !== parent || this.followed.chunk !== chunk)
      this.followed = { chunk, parent, follow: this.o.follows(pieces[0]!.node) };
    const live = liveMention(m);
    this.ranges.add(live, pieces, this.followed.follow);
    this.o.mentions.add(live);
  }

  /** Takes off the mentions drawn on these text nodes, from the page and from the record. */
  dropIn(nodes: readonly Text[]): void {
    if (!this.ranges?.size) return;
    const stale = this.ranges.inNodes(nodes);
    if (!stale.size) return;
    for (const m of stale) this.ranges.remove(m);
    this.o.mentions.take((m) => stale.has(m));
  }

  /**
   * The page changed a text node's data: the static ranges on it no longer cover what they were drawn on, so
   * they come off now, before the page is painted, and the text is read again.
   */
  dropChanged(node: Text): void {
    const gone = new Set(this.ranges?.staticIn(node));
    if (!gone.size) return;
    for (const m of gone) this.ranges!.remove(m);
    this.o.mentions.take((m) => gone.has(m));
  }

  /** Takes one mention's range off the page (the record let go of it). */
  remove(m: LiveMention): void {
    if (m.range) this.ranges?.remove(m);
  }

  /** The mention drawn under a viewport point, if any. */
  at(x: number, y: number): LiveMention | undefined {
    return this.ranges?.at(x, y);
  }

  /** Shows the keyboard's focus on one mention (or on none). */
  focus(m: LiveMention | undefined): void {
    this.ranges?.focus(m);
  }

  /** Takes every range off the page. */
  clear(): void {
    this.ranges?.clear();
  }
}
