/**
 * Names drawn without changing the page (issue 23), in happy-dom with a stand-in for the CSS Custom Highlight
 * API: an editor's names become ranges and its DOM is untouched; an edit re-reads only the edited block; an edit
 * inside a name takes its range off; a page that writes over a text node we split gets its own text back at
 * once, and that block is drawn with ranges from then on, as is one the page keeps re-rendering; stopping
 * leaves nothing behind.
 */
import { Highlighter } from '../../dom/highlighter';
import { compileMatcher } from '../../lib/matcher';
import { CHURN_LIMIT } from '../../dom/regions';
import { PageCount } from '../../dom/preview-count';
import { bundled } from '../support/article';

/** What the browser's highlight registry holds: its highlights' ranges, as text, by name. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();
const win = window as unknown as { Highlight?: unknown };
// happy-dom makes a new `CSS` object at each read: the stand-in registry hangs off one of our own.
const realCss = Object.getOwnPropertyDescriptor(window, 'CSS')!;

beforeAll(() => {
  win.Highlight = FakeHighlight;
  Object.defineProperty(window, 'CSS', { configurable: true, value: { highlights: registry } });
});
afterAll(() => {
  delete win.Highlight;
  Object.defineProperty(window, 'CSS', realCss);
});

const matcher = compileMatcher(bundled().people);
const running: Highlighter[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.stop()));
  document.body.textContent = '';
  registry.clear();
});

/** The texts drawn as names, sorted. */
const drawn = () =>
  [...registry]
    .filter(([name]) => name.startsWith('dramatis-name') && name !== 'dramatis-name-focus')
    .flatMap(([, h]) => [...h].filter((r) => !r.collapsed).map(String))
    .sort();

function start(html: string, read: string[] = []) {
  document.body.innerHTML = html; // test fixture setup only, never page code
  const h = new Highlighter({
    root: document.body,
    win: window,
    matcher,
    describe: (id) => id,
    onChunk: (_, joined) => void read.push(joined),
  });
  running.push(h);
  return h;
}

const settle = () => new Promise((r) => setTimeout(r, 250));

const EDITOR = `<div id="ed" contenteditable="true">${Array.from({ length: 30 }, (_, i) => `<p id="p${i}">Paragraph ${i}: Kim Darroch wrote to Theresa May.</p>`).join('')}</div>`;

test('an editor’s names are ranges, and its DOM is exactly as the page made it', async () => {
  const h = start(`<p id="out">Boris Johnson outside.</p>${EDITOR}`);
  const before = document.getElementById('ed')!.innerHTML;
  await h.ready;
  expect(document.getElementById('ed')!.innerHTML).toBe(before);
  expect(document.querySelectorAll('#ed dramatis-mark')).toHaveLength(0);
  expect(document.querySelectorAll('#out dramatis-mark')).toHaveLength(1);
  expect(drawn()).toEqual([...Array<string>(30).fill('Kim Darroch'), ...Array<string>(30).fill('Theresa May')]);
  expect(h.count).toBe(61);
  expect(h.live.filter((m) => m.range)).toHaveLength(60);
});

test('typing in one paragraph re-reads that paragraph only, and keeps the ranges current', async () => {
  const read: string[] = [];
  const h = start(EDITOR, read);
  await h.ready;
  read.length = 0;
  const text = document.getElementById('p7')!.firstChild as Text;
  // As typing does: the paragraph's own text node changes (and a name is finished in it).
  text.data = 'Paragraph 7: Kim Darroch wrote to Theresa May, then Boris Johnson';
  await settle();
  expect(read).toEqual(['Paragraph 7: Kim Darroch wrote to Theresa May, then Boris Johnson']);
  expect(drawn().filter((t) => t === 'Boris Johnson')).toHaveLength(1);
  expect(drawn()).toHaveLength(61);
  expect(document.getElementById('p7')!.childNodes).toHaveLength(1);
  // An edit inside a name: it is no longer that name, and its range goes.
  text.data = 'Paragraph 7: Kim Darxroch wrote to Theresa May';
  await settle();
  expect(drawn().filter((t) => t.startsWith('Kim'))).toHaveLength(29);
  expect(h.count).toBe(59);
});

test('a page that writes over a text node we split gets its text back at once; that block is then drawn with ranges', async () => {
  const h = start('<p id="a">Update 1: Boris Johnson declined to back him.</p>');
  await h.ready;
  const p = document.getElementById('a')!;
  const own = p.firstChild as Text;
  expect(p.querySelectorAll('dramatis-mark')).toHaveLength(1);
  // As a renderer that keeps its text nodes does: it sets the new text on the node it made.
  own.nodeValue = 'Update 2: Boris Johnson declined to back him.';
  await Promise.resolve();
  expect(p.textContent).toBe('Update 2: Boris Johnson declined to back him.');
  expect(p.childNodes).toHaveLength(1);
  await settle();
  expect(drawn()).toEqual(['Boris Johnson']);
  expect(p.querySelectorAll('dramatis-mark')).toHaveLength(0);
  own.nodeValue = 'Update 3: Boris Johnson declined to back him.';
  await settle();
  expect(drawn()).toEqual(['Boris Johnson']);
  // Stopping leaves the page's latest text, and no highlight.
  await h.stop();
  expect(p.innerHTML).toBe('Update 3: Boris Johnson declined to back him.');
  expect(drawn()).toEqual([]);
});

test(`a block whose highlights the page removes ${CHURN_LIMIT} times is drawn with ranges, its text nodes as the page made them`, async () => {
  const h = start('<div id="feed"><p>Donald Trump tweeted.</p></div><div id="still"><p>Jeremy Hunt spoke.</p></div>');
  await h.ready;
  const feed = document.getElementById('feed')!;
  const render = (n: number) => {
    const p = document.createElement('p');
    p.textContent = `Donald Trump tweeted (${n}).`;
    feed.replaceChildren(p);
  };
  for (let i = 1; i <= CHURN_LIMIT; i++) {
    render(i);
    await settle();
  }
  expect(feed.querySelectorAll('dramatis-mark')).toHaveLength(0);
  expect(drawn()).toEqual(['Donald Trump']);
  render(9);
  await settle();
  expect(feed.innerHTML).toBe('<p>Donald Trump tweeted (9).</p>');
  expect(drawn()).toEqual(['Donald Trump']);
  // A block the page leaves alone stays wrapped.
  expect(document.querySelectorAll('#still dramatis-mark')).toHaveLength(1);
  expect(h.count).toBe(2);
});

test('"Never modify pages" draws every name as a range and leaves the whole body untouched; stop clears the registry', async () => {
  document.body.innerHTML = `<p>Boris Johnson outside.</p>${EDITOR}`;
  const before = document.body.innerHTML;
  const h = new Highlighter({ root: document.body, win: window, matcher, describe: (id) => id, mode: 'ranges' });
  running.push(h);
  await h.ready;
  expect(document.body.innerHTML).toBe(before);
  expect(drawn()).toHaveLength(61);
  await h.stop();
  expect(registry.size).toBe(0);
  expect(document.body.innerHTML).toBe(before);
});

test('"would highlight N here" counts names in editors where they are drawn, and not where editors are skipped', () => {
  document.body.innerHTML = '<p>Kim Darroch outside.</p><div contenteditable="true"><p>Kim Darroch inside.</p></div>';
  const forms = [{ text: 'Kim Darroch', match: 'always' as const }];
  const stop = new AbortController();
  const counter = new PageCount(document, stop.signal);
  expect(counter.count(forms, 'auto')).toBe(2);
  expect(counter.count(forms, 'ranges')).toBe(2);
  expect(counter.count(forms, 'wrap')).toBe(1);
  expect(counter.count(forms, 'auto')).toBe(2);
  stop.abort();
});
