/**
 * Where to start: the blocks under a few points of the viewport, so names on
 * screen are highlighted before the rest of the page is scanned.
 */

/** Largest subtree (in characters) taken as an on-screen root. */
const MAX_CHARS = 20_000;

/** Roots covering what is on screen now; empty when nothing can be found cheaply. */
export function viewportRoots(root: Element, win: Window): Element[] {
  const doc = root.ownerDocument;
  if (typeof doc.elementsFromPoint !== 'function' || !win.innerWidth) return [];
  const out = new Set<Element>();
  for (const fy of [0.15, 0.4, 0.65, 0.9]) {
    for (const fx of [0.3, 0.6]) {
      let el: Element | null = doc.elementFromPoint(win.innerWidth * fx, win.innerHeight * fy);
      if (!el || !root.contains(el) || el === root) continue;
      // Climb to a block big enough to hold a paragraph's worth of names, but no more.
      while (el.parentElement && el.parentElement !== root && (el.parentElement.textContent?.length ?? 0) < MAX_CHARS) el = el.parentElement;
      out.add(el);
    }
  }
  return [...out].filter((el) => ![...out].some((o) => o !== el && o.contains(el)));
}
