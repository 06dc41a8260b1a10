/** Card placement: below, flipped above, clamped to the viewport. */
import { lineAt, placeCard } from '../../lib/placement';

const vp = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const name = (left: number, top: number) => ({ left, top, width: 80, height: 20 });

test.each([
  ['below the name when there is room', name(100, 100), { side: 'below', left: 100, top: 126 }],
  ['above the name near the bottom edge', name(100, 700), { side: 'above', left: 100, top: 394 }],
  ['clamped from the right edge', name(900, 100), { side: 'below', left: 632, top: 126 }],
  ['clamped from the left edge', name(-50, 100), { side: 'below', left: 8, top: 126 }],
])('%s', (_what, anchor, expected) => {
  expect(placeCard(anchor, card, vp)).toMatchObject(expected);
});

test('in right-to-left text the card aligns with the name’s right edge', () => {
  expect(placeCard(name(500, 100), card, vp, { rtl: true }).left).toBe(500 + 80 - 360);
});

test('a card taller than both sides takes the larger side and scrolls', () => {
  const p = placeCard(name(100, 300), { width: 360, height: 2000 }, vp);
  expect(p.side).toBe('below');
  expect(p.maxHeight).toBe(800 - 320 - 6 - 8);
  expect(p.top + p.maxHeight).toBeLessThanOrEqual(800 - 8);
});

test.each([0.5, 1, 2])('stays inside the viewport at zoom %s', (zoom) => {
  const v = { width: 1000 / zoom, height: 800 / zoom };
  for (const [x, y] of [
    [0, 0],
    [v.width - 10, 0],
    [0, v.height - 20],
    [v.width - 10, v.height - 20],
  ] as const) {
    const p = placeCard({ left: x, top: y, width: 10, height: 20 }, { width: Math.min(360, v.width - 16), height: 200 }, v);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + Math.min(360, v.width - 16)).toBeLessThanOrEqual(v.width - 8 + 0.001);
    expect(p.top).toBeGreaterThanOrEqual(8);
  }
});

// A name wrapped over two lines ("Theresa / May"): its end on the next line, its start at the right edge.
const wrapped = [
  { left: 880, right: 990, top: 100, bottom: 120 },
  { left: 10, right: 60, top: 122, bottom: 142 },
];
test.each([
  ['on the first line', { x: 900, y: 110 }, 0],
  ['on the second line', { x: 30, y: 130 }, 1],
  ['between the lines, nearer the second', { x: 30, y: 121.5 }, 1],
  ['below both, to the right', { x: 950, y: 160 }, 1],
  ['a name on one line', { x: 500, y: 500 }, 0],
])('the card stands by the line box under the pointer: %s', (_what, point, expected) => {
  expect(lineAt(_what === 'a name on one line' ? wrapped.slice(0, 1) : wrapped, point)).toBe(expected);
});
