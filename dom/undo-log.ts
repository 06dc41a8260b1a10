/**
 * The undo log: every text node Dramatis split, its text before, and the nodes the split made, so undo
 * restores exactly the page's own nodes instead of unmarking and normalising. Undo goes in the order the
 * highlights were made, so what was highlighted first (the screen) is restored first; a later split that
 * touched what an earlier one made (its node again, or text it split off) is undone before it, so no text
 * is ever on the page twice.
 */

/** A text node we split: its text before, and the nodes the split put after it. */
export interface SplitRecord {
  node: Text;
  data: string;
  /** Our marks and split-off text, at the top level (a mark takes its text with it). */
  created: ChildNode[];
}

interface Entry extends SplitRecord {
  /** Later splits of nodes this one owned. */
  later?: Entry[];
  /** The split whose node (or made node) this one split again. */
  parent?: Entry;
  done?: boolean;
}

/** The first split of a page's text node, which every later split of it hangs off. */
function top(entry: Entry): Entry {
  while (entry.parent) entry = entry.parent;
  return entry;
}

/** Restores at most this many splits between two looks at the clock. */
const CHECK_EVERY = 32;

/** The splits made in one document, and how to undo them. */
export class UndoLog {
  private entries: Entry[] = [];
  private next = 0;
  /** The latest split that made or split each node: a later split of that node must be undone first. */
  private readonly owner = new WeakMap<Node, Entry>();

  /** Whether every split is restored (or none was made). */
  get empty(): boolean {
    return this.next >= this.entries.length;
  }

  /** Records a split once its nodes are made. */
  add(record: SplitRecord): void {
    const entry: Entry = record;
    const earlier = this.owner.get(entry.node);
    if (earlier) {
      (earlier.later ??= []).push(entry);
      entry.parent = earlier;
    }
    this.owner.set(entry.node, entry);
    for (const n of entry.created) this.owner.set(n, entry);
    this.entries.push(entry);
  }

  /** Takes the highlight off one of our marks, leaving its text in place for undo to remove; false if not ours. */
  unwrap(mark: Element): boolean {
    const entry = this.owner.get(mark);
    const at = entry?.created.indexOf(mark) ?? -1;
    if (!entry || at < 0 || !mark.parentNode) return false;
    const text = [...mark.childNodes];
    mark.replaceWith(...text);
    entry.created.splice(at, 1, ...text);
    for (const n of text) this.owner.set(n, entry);
    this.owner.delete(mark);
    return true;
  }

  /** The split of a page's text node `node`, if it is one we split and have not restored. */
  private splitOf(node: Node): Entry | undefined {
    const entry = this.owner.get(node);
    return entry && entry.node === node && !entry.done ? entry : undefined;
  }

  /** Whether `node` is a page's text node we split, and not yet restored. */
  isSplit(node: Node): boolean {
    return !!this.splitOf(node);
  }

  /**
   * The page wrote over a text node we split (an app that keeps its own text nodes, re-rendering): what the
   * split made goes, and the page's node keeps what the page wrote, which undo must not put back. False if
   * the node is not one we split.
   */
  release(node: Node): boolean {
    const entry = this.splitOf(node);
    if (!entry) return false;
    restore(top(entry), true);
    return true;
  }

  /**
   * Restores now the page's text node that one of our marks was split from, with every other mark split from
   * it (a block about to be drawn with ranges). False if the mark is not ours or is already restored.
   */
  restoreAt(mark: Element): boolean {
    const entry = this.owner.get(mark);
    if (!entry || entry.done) return false;
    restore(top(entry));
    return true;
  }

  /** Restores splits until `spent()` says the slice is used up or about `max` are restored; true once all are. */
  undo(spent: () => boolean = () => false, max = Infinity): boolean {
    let count = 0;
    let checked = 0;
    while (this.next < this.entries.length && count < max) {
      const entry = this.entries[this.next++]!;
      if (entry.done) continue;
      count += restore(entry);
      if (count - checked >= CHECK_EVERY) {
        checked = count;
        if (spent()) break;
      }
    }
    if (this.next < this.entries.length) return false;
    this.entries = [];
    this.next = 0;
    return true;
  }
}

/**
 * Restores a split, the later ones that touched it first (newest first); returns how many were restored.
 * `pageText`: the page wrote over its node, whose text is left as the page has it (see `release`).
 */
function restore(entry: Entry, pageText = false): number {
  let count = 1;
  const later = entry.later;
  if (later) for (let i = later.length - 1; i >= 0; i--) if (!later[i]!.done) count += restore(later[i]!, pageText);
  // Only what we made goes, wherever the page has since put it; anything the page added stays.
  for (const n of entry.created) n.remove();
  if (!pageText) entry.node.data = entry.data;
  entry.done = true;
  return count;
}
