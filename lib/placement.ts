/**
 * Card placement maths: below the name, flipped above when there is no room,
 * clamped to the viewport. Pure numbers in CSS pixels of the card's frame.
 */

/** A rectangle in viewport coordinates. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where to put the card, and which side of the anchor it ended up on. */
export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height available on the chosen side; the card scrolls inside it. */
  maxHeight: number;
}

/** Places a card of `card` size next to `anchor` inside a viewport. */
export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  opts: { gap?: number; margin?: number; rtl?: boolean } = {},
): Placement {
  const gap = opts.gap ?? 6;
  const margin = opts.margin ?? 8;
  const below = viewport.height - (anchor.top + anchor.height) - gap - margin;
  const above = anchor.top - gap - margin;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - height;
  // Align the card's start edge with the name's start edge (right edge in RTL).
  const preferred = opts.rtl ? anchor.left + anchor.width - card.width : anchor.left;
  const maxLeft = viewport.width - margin - card.width;
  const left = maxLeft < margin ? margin : Math.min(Math.max(preferred, margin), maxLeft);
  return { left, top: Math.max(margin, top), side, maxHeight: room };
}

/** The index of the line box nearest to `point` (vertically first, as lines stack). */
export function lineAt(
  rects: ArrayLike<{ left: number; right: number; top: number; bottom: number }>,
  point: { x: number; y: number },
): number {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    const dy = point.y < r.top ? r.top - point.y : point.y > r.bottom ? point.y - r.bottom : 0;
    const dx = point.x < r.left ? r.left - point.x : point.x > r.right ? point.x - r.right : 0;
    const d = dy * 1000 + dx;
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}
