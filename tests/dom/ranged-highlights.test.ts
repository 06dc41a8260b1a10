/**
 * Names drawn without changing the page (issue 23), in happy-dom with a stand-in for the CSS Custom Highlight
 * API: an editor's names become ranges and its DOM is untouched; an edit re-reads only the edited block; an edit
 * inside a name takes its range off; a page that writes over a text node we split gets its own text back at
 * once, and that block is drawn with ranges from then on, as is one the page keeps re-rendering; stopping
 * leaves nothing behind. Ranges follow edits only where the reader types; elsewhere they are static, and come
 * off as soon as the page changes their text.
 */
import { Highlighter } from '../../dom/highlighter';
import { rangeLive } from '../../dom/name-ranges';
import type { HighlightMode } from '../../dom/regions';
import { compileMatcher } from '../../lib/matcher';
import { CHURN_LIMIT } from '../../dom/regions';
import { PageCount } from '../../dom/preview-count';
import { bundled } from '../support/article';

/** What the browser's highlight registry holds: its highlights' ranges, as text, by name. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
/** A stand-in for `StaticRange`, which happy-dom lacks: four fixed boundary values. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    ({
      startContainer: this.startContainer,
      startOffset: this.startOffset,
      endContainer: this.endContainer,
      endOffset: this.endOffset,
    } = init);
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}
const registry = new Map<string, FakeHighlight>();
const win = window as unknown as { Highlight?: unknown; StaticRange?: unknown };
// happy-dom makes a new `CSS` object at each read: the stand-in registry hangs off one of our own.
const realCss = Object.getOwnPropertyDescriptor(window, 'CSS')!;

beforeAll(() => {
  win.Highlight = FakeHighlight;
  win.StaticRange = FakeStaticRange;
  Object.defineProperty(window, 'CSS', { configurable: true, value: { highlights: registry } });
});
afterAll(() => {
  delete win.Highlight;
  delete win.StaticRange;
  Object.defineProperty(window, 'CSS', realCss);
});

const matcher = compileMatcher(bundled().people);
const running: Highlighter[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.stop()));
  document.body.textContent = '';
  registry.clear();
});

/** The text a range covers now (a static one may have outgrown its text: then none). */
function textOf(r: AbstractRange): string {
  if (r instanceof Range) return String(r);
  if (!rangeLive(r)) return '';
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return String(live);
}

/** The names' highlights' ranges. */
const nameRanges = () =>
  [...registry].filter(([name]) => name.startsWith('dramatis-name') && name !== 'dramatis-name-focus').flatMap(([, h]) => [...h]);

/** The texts drawn as names, sorted. */
const drawn = () =>
  nameRanges()
    .filter((r) => !r.collapsed)
    .map(textOf)
    .sort();

function start(html: string, read: string[] = [], mode?: HighlightMode) {
  document.body.innerHTML = html; // test fixture setup only, never page code
  const h = new Highlighter({
    root: document.body,
    win: window,
    matcher,
    describe: (id) => id,
    mode,
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

test('ranges follow edits where the reader types, and are static elsewhere, where the page’s own changes cost nothing', async () => {
  const h = start(`<p id="out">Boris Johnson outside.</p>${EDITOR}`, [], 'ranges');
  await h.ready;
  const kinds = (inEditor: boolean) =>
    nameRanges()
      .filter((r) => !!r.startContainer.parentElement?.closest('#ed') === inEditor)
      .map((r) => (r instanceof Range ? 'live' : 'static'));
  expect(kinds(false)).toEqual(['static']);
  expect(new Set(kinds(true))).toEqual(new Set(['live']));
  expect(kinds(true)).toHaveLength(60);
});

test('a page that changes text drawn with a static range has it taken off before it is painted, then drawn afresh', async () => {
  const h = start('<p id="a">Update 1: Boris Johnson declined to back him.</p>', [], 'ranges');
  await h.ready;
  const text = document.getElementById('a')!.firstChild as Text;
  expect(drawn()).toEqual(['Boris Johnson']);
  text.data = 'Update 2: Kim Darroch is out.';
  // The mutation observer's callback runs before the next paint: what is drawn then must not be stale.
  await Promise.resolve();
  expect(drawn()).toEqual([]);
  expect(h.count).toBe(0);
  await settle();
  expect(drawn()).toEqual(['Kim Darroch']);
  expect(h.count).toBe(1);
});
