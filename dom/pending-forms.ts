/**
 * Short forms met before their person is named in full on the page ("Johnson" before "Boris Johnson"):
 * remembered, so they can be wrapped once the page names the person, without rescanning the whole page.
 */
import type { Candidate } from '../lib/matcher';
import type { Chunk } from './collect';

/** A chunk of text and the candidate mentions the matcher found in it. */
export interface Found {
  chunk: Chunk;
  mentions: Candidate[];
  /** The chunk's joined text and where each segment starts in it, for the quote matcher. */
  joined?: string;
  starts?: readonly number[];
}

/** Short forms remembered at most; past that, naming a person means rescanning the page. */
const MAX_PENDING = 5000;

/** The short forms waiting for their person to be named. */
export class PendingForms {
  private list: Found[] = [];
  private overflow = false;

  /** Remembers the chunk's short forms whose people are none of them anchored yet. */
  keep(f: Found, anchors: ReadonlySet<string>): void {
    for (const c of f.mentions) {
      if (c.namesake || !c.choices.every((ch) => ch.kind === 'anchored' && !anchors.has(ch.personId))) continue;
      if (this.list.length >= MAX_PENDING) this.overflow = true;
      else this.list.push({ chunk: f.chunk, mentions: [c] });
    }
  }

  /**
   * Takes the remembered forms whose person is now anchored. `rescan` says the whole page must be scanned
   * instead: some of their text changed since, or more forms were seen than could be remembered.
   */
  take(anchors: ReadonlySet<string>): { ready: Found[]; rescan: boolean } {
    const ready: Found[] = [];
    const waiting: Found[] = [];
    for (const p of this.list) (p.mentions[0]!.choices.some((ch) => anchors.has(ch.personId)) ? ready : waiting).push(p);
    this.list = waiting;
    const stale = ready.some((p) => {
      const c = p.mentions[0]!;
      for (let i = c.start.segment; i <= c.end.segment; i++) if (p.chunk.nodes[i]!.data !== p.chunk.segments[i]!.text) return true;
      return false;
    });
    const rescan = stale || this.overflow;
    this.overflow = false;
    return { ready, rescan };
  }
}
