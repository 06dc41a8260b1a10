/**
 * Who most likely said a selected quote: the person named nearest before it, in its own block or the one
 * before (news pages put the speaker in the sentence, or in the paragraph that leads into the quote).
 */
import { blockOf } from './selection';

/** The block before `block` in reading order: the one holding the nearest text before it. */
function previousBlock(block: Element): Element | undefined {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  let node: Node | null = block.firstChild;
  while (node && node.nodeType !== 3) node = node.firstChild ?? node.nextSibling;
  walker.currentNode = node ?? block;
  for (let n = walker.previousNode(); n; n = walker.previousNode()) {
    if (block.contains(n) || !n.nodeValue?.trim()) continue;
    return blockOf(n);
  }
  return undefined;
}

/** The person of the last highlight before `range` in its block or the block before, if any. */
export function nearestSpeaker(marks: ReadonlyArray<{ personId: string; el: Node }>, range: Range): string | undefined {
  const block = blockOf(range.startContainer);
  const blocks = new Set<Element>([block]);
  const prev = previousBlock(block);
  if (prev) blocks.add(prev);
  let best: { personId: string; el: Node } | undefined;
  for (const m of marks) {
    if (!m.el.isConnected || !blocks.has(blockOf(m.el))) continue;
    // Before the selection's start, and after the best so far.
    if (range.comparePoint(m.el, 0) >= 0) continue;
    if (!best || best.el.compareDocumentPosition(m.el) & 4 /* DOCUMENT_POSITION_FOLLOWING */) best = m;
  }
  return best?.personId;
}
