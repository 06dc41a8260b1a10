/**
 * Where to start: the blocks under a few points of the viewport, so names on
 * screen are highlighted before the rest of the page is scanned.
 */

import { isInline } from './collect';

/** A parent with more element children than this is a page column, not a paragraph's container. */
const MAX_CHILDREN = 12;
/** Nor do we climb to a parent taller than this many screens: a short column can still hold the whole page. */
const MAX_SCREENS = 1.5;

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** The text position at a viewport point: `caretPositionFromPoint` (the standard), else WebKit's range. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as CaretDoc;
  const p = d.caretPositionFromPoint?.(x, y);
  if (p) return { node: p.offsetNode, offset: p.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** The element holding the text at a point, or the element there when no text is. */
function elementAt(doc: Document, x: number, y: number): Element | null {
  const node = caretAt(doc, x, y)?.node;
  if (node) return node.nodeType === 1 ? (node as Element) : node.parentElement;
  return doc.elementFromPoint(x, y);
}

/** A tall element's children this many at most are measured, to find the ones on screen. */
const MAX_MEASURED = 1000;
/** Siblings measured on each side of a block on screen, at most. */
const MAX_SIBLINGS = 50;

/** Roots covering what is on screen now; empty when nothing can be found cheaply. */
export function viewportRoots(root: Element, win: Window): Element[] {
  const doc = root.ownerDocument as CaretDoc;
  if (typeof doc.elementFromPoint !== 'function' || !win.innerWidth) return [];
  const out = new Set<Element>();
  const tall = new Set<Element>();
  // Layout is clean here (the caret lookup needed it), so reading sizes is cheap.
  const short = (el: Element) => el.getBoundingClientRect().height <= win.innerHeight * MAX_SCREENS;
  const climbable = (el: Element) => el.childElementCount <= MAX_CHILDREN && short(el);
  const shortBlock = (el: Element) => !isInline(el) && short(el);
  for (const fy of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    for (const fx of [0.25, 0.5, 0.75]) {
      let el = elementAt(doc, win.innerWidth * fx, win.innerHeight * fy);
      if (!el || el === root || !root.contains(el)) continue;
      // A root is always a whole block: a name can run across inline elements ("Sir Kim <b>Darroch</b>").
      while (isInline(el) && el.parentElement && el.parentElement !== root) el = el.parentElement;
      if (isInline(el)) continue;
      if (!short(el)) {
        // The point is over a column's margin or between its blocks: take its blocks on screen instead.
        if (!tall.has(el)) for (const child of onScreen(el, win)) if (shortBlock(child)) out.add(child);
        tall.add(el);
        continue;
      }
      // Climb a little, to the paragraph or list around an inline element, but not to the page column.
      for (let up = 0; up < 3 && el.parentElement && el.parentElement !== root && climbable(el.parentElement); up++) el = el.parentElement;
      out.add(el);
    }
  }
  // Points fall on every few blocks; the blocks between them, and next to them, are on screen too.
  for (const el of [...out]) for (const sibling of onScreenSiblings(el, win)) if (shortBlock(sibling)) out.add(sibling);
  const all = [...out];
  return all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
}

/** Whether an element's box crosses the viewport. */
function crosses(el: Element, win: Window): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < win.innerHeight && r.right > 0 && r.left < win.innerWidth;
}

/** An element's siblings on either side, as long as they cross the viewport. */
function onScreenSiblings(el: Element, win: Window): Element[] {
  const out: Element[] = [];
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    for (let s = el[step], n = 0; s && n < MAX_SIBLINGS && crosses(s, win); s = s[step], n++) out.push(s);
  }
  return out;
}

/** An element's children that cross the viewport (none if it has too many to measure). */
function onScreen(el: Element, win: Window): Element[] {
  return el.childElementCount > MAX_MEASURED ? [] : [...el.children].filter((c) => crosses(c, win));
}

/** A hidden tab draws no frames: past this, the on-screen pass goes ahead without one. */
const FRAME_WAIT_MS = 100;

/** Resolves in a task after the browser's next frame (its style and layout done), or after a while if none comes. */
export function afterNextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, FRAME_WAIT_MS);
    win.requestAnimationFrame?.(() =>
      win.setTimeout(() => {
        win.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
