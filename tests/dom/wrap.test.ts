/** The wrapper in happy-dom: the markup each strategy makes, the nodes it creates, and undo in slices. */
import { type WrapPiece, Wrapper } from '../../dom/wrap';

const strategies = ['direct', 'markjs'] as const;

/** Pieces of the paragraph's first text node, as [start, end] pairs. */
function pieces(node: Text, spans: Array<[number, number]>, wrapped: HTMLElement[] = []): WrapPiece[] {
  return spans.map(([start, end]) => ({ node, text: node.data, start, end, onWrap: (el) => wrapped.push(el) }));
}

function paragraph(text: string): { p: HTMLParagraphElement; node: Text } {
  const p = document.createElement('p');
  p.append(text);
  document.body.append(p);
  return { p, node: p.firstChild as Text };
}

afterEach(() => {
  document.body.textContent = '';
});

// [case, text, spans, the paragraph's child nodes after wrapping: text as is, marks in brackets]
const cases: Array<[string, string, Array<[number, number]>, string[]]> = [
  ['a name in the middle', 'Then Trump spoke', [[5, 10]], ['Then ', '[Trump]', ' spoke']],
  ['a name at the start', 'Trump spoke', [[0, 5]], ['', '[Trump]', ' spoke']],
  ['a name at the end', 'said Trump', [[5, 10]], ['said ', '[Trump]']],
  ['the whole node', 'Trump', [[0, 5]], ['', '[Trump]']],
  [
    'two names side by side',
    'MayTrump',
    [
      [0, 3],
      [3, 8],
    ],
    ['', '[May]', '[Trump]'],
  ],
  [
    'two names apart',
    'May and Trump.',
    [
      [0, 3],
      [8, 13],
    ],
    ['', '[May]', ' and ', '[Trump]', '.'],
  ],
];

describe.each(strategies)('the %s wrapper', (strategy) => {
  test.each(cases)('%s: wraps, then undoes to the same node', (_what, text, spans, after) => {
    const { p, node } = paragraph(text);
    const wrapped: HTMLElement[] = [];
    const w = new Wrapper(strategy);
    expect(w.wrap(pieces(node, spans, wrapped))).toBe(spans.length);
    expect(wrapped.map((el) => el.textContent)).toEqual(spans.map(([a, b]) => text.slice(a, b)));
    const shape = [...p.childNodes].map((n) => (n.nodeType === 3 ? (n as Text).data : `[${n.textContent}]`));
    // The direct wrapper makes no empty text nodes but the page's own first one; mark.js may make more.
    if (strategy === 'direct') expect(shape).toEqual(after);
    else expect(shape.filter(Boolean)).toEqual(after.filter(Boolean));
    expect(p.firstChild).toBe(node);
    expect(w.undo()).toBe(true);
    expect([...p.childNodes]).toEqual([node]);
    expect(node.data).toBe(text);
  });

  test('undo keeps what the page added among our nodes and removes our marks wherever the page moved them', () => {
    const { p, node } = paragraph('May and Trump.');
    const wrapped: HTMLElement[] = [];
    const w = new Wrapper(strategy);
    w.wrap(
      pieces(
        node,
        [
          [0, 3],
          [8, 13],
        ],
        wrapped,
      ),
    );
    const added = document.createElement('span');
    wrapped[0]!.after(added);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(wrapped[1]!);
    w.undo();
    expect([...p.childNodes]).toEqual([node, added]);
    expect(node.data).toBe('May and Trump.');
    expect(elsewhere.childNodes.length).toBe(0);
  });
});

test('a piece whose text changed since it was scanned is skipped', () => {
  const { node } = paragraph('Trump spoke');
  const [piece] = pieces(node, [[0, 5]]);
  node.data = 'Biden spoke';
  expect(new Wrapper('direct').wrap([piece!])).toBe(0);
  expect(node.data).toBe('Biden spoke');
});

test('undo stops when the slice is spent and picks up where it left off, first highlighted first', () => {
  const w = new Wrapper('direct');
  const nodes = Array.from({ length: 100 }, (_, i) => paragraph(`Trump ${i}`).node);
  const pristine = document.body.cloneNode(true);
  for (const node of nodes) w.wrap(pieces(node, [[0, 5]]));
  expect(w.undo(() => true)).toBe(false);
  const restored = nodes.filter((n) => n.nextSibling === null);
  // One check every 32 records: the first 32 wrapped (as the screen is) are restored, the rest still wrapped.
  expect(restored).toEqual(nodes.slice(0, 32));
  expect(w.undo()).toBe(true);
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
  expect(nodes.every((n, i) => n.data === `Trump ${i}` && n.nextSibling === null)).toBe(true);
  expect(document.body.isEqualNode(pristine)).toBe(true);
});

test.each(strategies)(
  'splits of what an earlier split made are undone before it, one at a time, so no text is ever shown twice (%s)',
  (strategy) => {
    const w = new Wrapper(strategy);
    const { p, node } = paragraph('Johnson met May and Trump.');
    const text = () => p.textContent;
    const pristine = document.body.cloneNode(true);
    w.wrap(pieces(node, [[11, 14]])); // "May": the page's node keeps "Johnson met ", the rest is split off
    const after = node.nextSibling!.nextSibling as Text;
    w.wrap(pieces(node, [[0, 7]])); // "Johnson", later, in the page's own node again
    w.wrap(pieces(after, [[5, 10]])); // "Trump", later, in the text the first split made
    expect(document.querySelectorAll('dramatis-mark').length).toBe(3);
    // Restoring one split at a time: whatever the slice, the page reads the same.
    while (!w.undo(() => true, 1)) expect(text()).toBe('Johnson met May and Trump.');
    expect(document.body.isEqualNode(pristine)).toBe(true);
    expect(p.childNodes.length).toBe(1);
  },
);

// [strategy, whether the piece's own element is used]: mark.js makes its elements; the direct wrap uses the piece's.
test.each([
  ['direct', true],
  ['markjs', false],
] as const)('the %s wrapper and a piece that makes its element: used %s', (strategy, used) => {
  const { node } = paragraph('Then Trump spoke');
  const calls: Array<[HTMLElement, boolean]> = [];
  const made = document.createElement('dramatis-mark');
  made.dataset.person = 'donald-trump';
  const piece: WrapPiece = { node, text: node.data, start: 5, end: 10, make: () => made, onWrap: (el, m) => calls.push([el, m]) };
  expect(new Wrapper(strategy).wrap([piece])).toBe(1);
  expect(calls).toHaveLength(1);
  expect(calls[0]![1]).toBe(used);
  expect(calls[0]![0] === made).toBe(used);
  expect(calls[0]![0].textContent).toBe('Trump');
});
