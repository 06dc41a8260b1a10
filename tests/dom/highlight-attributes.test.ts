/**
 * What each highlight element says, whichever way it was made: on the first pass a copy of an element made
 * once per person and look (dom/wrapped-mentions.ts), on a page update mark.js's element, dressed in place.
 */
import { Highlighter } from '../../dom/highlighter';
import { compileMatcher } from '../../lib/matcher';
import { bundled } from '../support/article';

const matcher = compileMatcher(bundled().people);
let style = 'color: red !important;';
let running: Highlighter | undefined;

async function start(html: string): Promise<Highlighter> {
  document.body.innerHTML = html; // test fixture setup only, never page code
  running = new Highlighter({
    root: document.body,
    win: window,
    matcher,
    describe: (id) => `desc ${id}`,
    group: (id) => (id === 'kim-darroch' ? 2 : undefined),
    styleOf: (group) => `${style} /* ${group ?? 'none'} */`,
    onTally: () => undefined,
  });
  await running.ready;
  return running;
}

afterEach(async () => {
  await running?.stop();
  style = 'color: red !important;';
  document.body.textContent = '';
});

/** Each highlight in a block, with what it says. */
const said = (root: ParentNode) =>
  [...root.querySelectorAll('dramatis-mark')].map((el) => ({
    text: el.textContent,
    person: el.getAttribute('data-person'),
    group: el.getAttribute('data-group'),
    style: el.getAttribute('style'),
    description: el.getAttribute('aria-description'),
  }));

// A mention split across two text nodes (its first piece alone carries the description), and a person with no group.
const BLOCK = '<p id="{id}">Sir Kim <b>Darroch</b> wrote; later Kim Darroch and Donald Trump met.</p>';
const EXPECTED = [
  { text: 'Sir Kim', person: 'kim-darroch', group: '2', style: 'color: red !important; /* 2 */', description: 'desc kim-darroch' },
  { text: 'Darroch', person: 'kim-darroch', group: '2', style: 'color: red !important; /* 2 */', description: null },
  { text: 'Kim Darroch', person: 'kim-darroch', group: '2', style: 'color: red !important; /* 2 */', description: 'desc kim-darroch' },
  {
    text: 'Donald Trump',
    person: 'donald-trump',
    group: null,
    style: 'color: red !important; /* none */',
    description: 'desc donald-trump',
  },
];

test.each([
  ['the first pass (copies)', false],
  ['a page update (mark.js)', true],
])('%s: every highlight says whose it is, its group and look, and who they are once per mention', async (_what, later) => {
  const h = await start(later ? '<p>Kim Darroch resigned.</p>' : BLOCK.replace('{id}', 'a'));
  if (later) {
    document.body.insertAdjacentHTML('beforeend', BLOCK.replace('{id}', 'a'));
    await vi.waitFor(() => expect(h.count).toBe(4), { timeout: 2000 });
  }
  const block = document.getElementById('a')!;
  expect(said(block)).toEqual(EXPECTED);
  // Every element is its own, and ours; the elements copied from are never on the page.
  const els = [...block.querySelectorAll('dramatis-mark')];
  expect(new Set(els).size).toBe(els.length);
  for (const el of els) expect(h.ownMarkAt(el)).toBe(el);
  expect(document.querySelectorAll('dramatis-mark').length).toBe(later ? 5 : 4);
});

test('a new look reaches highlights made after it, not copies of the old one', async () => {
  const h = await start('<p>Kim Darroch resigned.</p>');
  style = 'color: blue !important;';
  document.body.insertAdjacentHTML('beforeend', `<p id="b">${'Kim Darroch spoke. '.repeat(60)}</p>`);
  await vi.waitFor(() => expect(h.count).toBe(61), { timeout: 2000 });
  const styles = new Set([...document.querySelectorAll('#b dramatis-mark')].map((el) => el.getAttribute('style')));
  expect([...styles]).toEqual(['color: blue !important; /* 2 */']);
});
