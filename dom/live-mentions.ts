/**
 * The mentions a highlighter has put on the page: dropped once the page removes them, counted, and reported
 * as a tally (who is on the page, how often, in order of first appearance) only when it changes.
 */
import { type Mention, sortTally, type TallyRow } from '../lib/mentions';
import { rangeLive } from './name-ranges';

/** A mention on the page and the elements that show it. */
export interface LiveMention {
  personId: string;
  form: string;
  kind: Mention['kind'];
  /** Resolved by a full name nearest before it (see `resolveMentions`): a namesake elsewhere does not undo it. */
  local?: true;
  /** The highlight elements of a wrapped mention (none for one drawn with a range). */
  elements: HTMLElement[];
  /** The range of a mention drawn without changing the page: live in editors, static elsewhere (dom/name-ranges.ts). */
  range?: AbstractRange;
}

/** The record of a mention about to be drawn, with no element or range yet. */
export function liveMention(m: Mention): LiveMention {
  return { personId: m.personId, form: m.form, kind: m.kind, ...(m.local ? { local: true } : {}), elements: [] };
}

/** Where a mention starts on the page: its first element, or its range's first text node. */
export function startOf(m: LiveMention): Node {
  return m.range ? m.range.startContainer : m.elements[0]!;
}

/** Whether a mention is still on the page. */
export function isLive(m: LiveMention): boolean {
  return m.range ? rangeLive(m.range) : m.elements[0]!.isConnected;
}

/** The mentions on one document. */
export class LiveMentions {
  private list: LiveMention[] = [];
  private lastTally = '';

  constructor(
    private readonly onTally?: (rows: TallyRow[]) => void,
    /** Told of each mention dropped because the page took its text away. */
    private readonly onDrop?: (m: LiveMention) => void,
  ) {}

  /** Adds a mention once its first element is on the page. */
  add(m: LiveMention): void {
    this.list.push(m);
  }

  /** Mentions still on the page, in document order. */
  get inOrder(): LiveMention[] {
    this.prune();
    return this.list.sort((a, b) => (startOf(a).compareDocumentPosition(startOf(b)) & 4 ? -1 : 1));
  }

  /** How many mentions are on the page. */
  get count(): number {
    this.prune();
    return this.list.length;
  }

  /** How many mentions of a person are on the page. */
  countOf(personId: string): number {
    this.prune();
    return this.list.reduce((n, m) => n + (m.personId === personId ? 1 : 0), 0);
  }

  /** Removes the mentions `test` picks, and returns them. */
  take(test: (m: LiveMention) => boolean): LiveMention[] {
    const taken = this.list.filter(test);
    if (taken.length) this.list = this.list.filter((m) => !test(m));
    return taken;
  }

  /** Forgets every mention (the highlights are being undone). */
  clear(): void {
    this.list = [];
  }

  /** Reports counts and order of first appearance if they changed: linear in mentions, no full sort. */
  report(): void {
    this.prune();
    const seen = new Map<string, { count: number; first: Node }>();
    for (const m of this.list) {
      const el = startOf(m);
      const row = seen.get(m.personId);
      if (!row) seen.set(m.personId, { count: 1, first: el });
      else {
        row.count++;
        if (el.compareDocumentPosition(row.first) & 4) row.first = el;
      }
    }
    const byFirst = [...seen].sort((a, b) => (a[1].first.compareDocumentPosition(b[1].first) & 4 ? -1 : 1));
    const rows = sortTally(byFirst.map(([personId, r], first) => ({ personId, count: r.count, first })));
    const key = JSON.stringify(rows);
    if (key === this.lastTally) return;
    this.lastTally = key;
    this.onTally?.(rows);
  }

  private prune(): void {
    const kept: LiveMention[] = [];
    for (const m of this.list)
      if (isLive(m)) kept.push(m);
      else this.onDrop?.(m);
    this.list = kept;
  }
}
