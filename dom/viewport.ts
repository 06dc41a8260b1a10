/**
 * Where to start: the blocks under a few points of the viewport, so names on
 * screen are highlighted before the rest of the page is scanned.
 */

/** A parent with more element children than this is a page column, not a paragraph's container. */
const MAX_CHILDREN = 12;

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** The element holding the text at a point, or the element there when no text is. */
function elementAt(doc: CaretDoc, x: number, y: number): Element | null {
  const node = doc.caretPositionFromPoint?.(x, y)?.offsetNode ?? doc.caretRangeFromPoint?.(x, y)?.startContainer;
  if (node) return node.nodeType === 1 ? (node as Element) : node.parentElement;
  return doc.elementFromPoint(x, y);
}

/** Roots covering what is on screen now; empty when nothing can be found cheaply. */
export function viewportRoots(root: Element, win: Window): Element[] {
  const doc = root.ownerDocument as CaretDoc;
  if (typeof doc.elementFromPoint !== 'function' || !win.innerWidth) return [];
  const out = new Set<Element>();
  for (const fy of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    for (const fx of [0.25, 0.5, 0.75]) {
      let el = elementAt(doc, win.innerWidth * fx, win.innerHeight * fy);
      if (!el || el === root || !root.contains(el) || el.childElementCount > MAX_CHILDREN) continue;
      // Climb a little, to the paragraph or list around an inline element, but not to the page column.
      for (let up = 0; up < 3 && el.parentElement && el.parentElement !== root && el.parentElement.childElementCount <= MAX_CHILDREN; up++)
        el = el.parentElement;
      out.add(el);
    }
  }
  return [...out].filter((el) => ![...out].some((o) => o !== el && o.contains(el)));
}
