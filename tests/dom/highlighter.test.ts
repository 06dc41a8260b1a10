/** The DOM layer in happy-dom: what is walked, what is wrapped, and exact undo. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectChunks } from '../../dom/collect';
import { Highlighter } from '../../dom/highlighter';
import { WINDOW_WORDS } from '../../dom/read-words';
import { compileMatcher } from '../../lib/matcher';
import { peopleNamedBy } from '../../lib/people-named';
import type { TallyRow } from '../../lib/mentions';
import { bundled } from '../support/article';

// mark.js itself, counted: which batches go through it.
const markjs = vi.hoisted(() => ({ contexts: [] as Element[][] }));
vi.mock('mark.js', async (real: () => Promise<{ default: new (ctx: Element[]) => object }>) => {
  const Mark = (await real()).default;
  return {
    default: function Counted(ctx: Element[]) {
      markjs.contexts.push(ctx);
      return new Mark(ctx);
    },
  };
});

const matcher = compileMatcher(bundled().people);
const demoBody = () => {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/demo-article.html'), 'utf8');
  return /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
};

function start(html: string) {
  document.body.innerHTML = html; // test fixture setup only, never page code
  const before = document.body.cloneNode(true) as HTMLElement;
  let rows: TallyRow[] = [];
  const h = new Tracked({ root: document.body, win: window, matcher, describe: (id) => `desc ${id}`, onTally: (r) => (rows = r) });
  return { h, before, rows: () => rows };
}

/** Adds a paragraph to the page, as a page update would. */
function append(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

/**
 * A `quickMatcher` as the background answers it (later, in a promise), with the people the words can name,
 * and the words each call asked about.
 */
function askingMatcher() {
  const asked: string[][] = [];
  const quick = (w: ReadonlySet<string>) => {
    asked.push([...w]);
    return Promise.resolve(compileMatcher(peopleNamedBy(bundled().people, w)));
  };
  return { asked, quick };
}

/** Every highlighter a test makes, so that one a failed test left running is stopped before the next test. */
const running: Highlighter[] = [];
class Tracked extends Highlighter {
  constructor(o: ConstructorParameters<typeof Highlighter>[0]) {
    super(o);
    running.push(this);
  }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.stop()));
  document.body.textContent = '';
  // A test's stand-in for layout goes with it, even when the test fails.
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

/**
 * Runs `make` with a clock that moves `step` ms a reading: 5 spends its first slice after its first look;
 * 0 never spends it, so a test of the quick route does not depend on how busy the machine is.
 */
function withClock<T>(step: number, make: () => T): T {
  let t = performance.now();
  const now = vi.spyOn(window.performance, 'now').mockImplementation(() => (t += step));
  try {
    return make();
  } finally {
    now.mockRestore();
  }
}
const slowly = <T>(make: () => T): T => withClock(5, make);

test('segments carry block and inline boundaries, and skip what must not be touched', () => {
  document.body.innerHTML =
    '<p>Sir Kim <b>Darroch</b></p><ul><li>Trump</li><li>Afternoon</li></ul><script>Trump()</script><textarea>Trump</textarea>' +
    '<div contenteditable="true">Darroch</div><svg><text>Trump</text></svg><p>a<br>b</p>';
  const segs = [...collectChunks(document.body)].flatMap((c) => c.segments);
  expect(segs).toEqual([
    { text: 'Sir Kim ', boundary: 'block' },
    { text: 'Darroch', boundary: 'inline' },
    { text: 'Trump', boundary: 'block' },
    { text: 'Afternoon', boundary: 'block' },
    { text: 'a', boundary: 'block' },
    { text: 'b', boundary: 'block' },
  ]);
});

test('the demo article: 45 highlights, and undo restores the very same DOM', async () => {
  const { h, rows, before } = start(demoBody());
  const firstText = before.querySelector('article p')!.firstChild!.textContent;
  const firstNode = [...document.querySelectorAll('article p')].find((p) => !p.querySelector('dramatis-mark'))!.firstChild;
  await h.ready;
  const marks = document.querySelectorAll('dramatis-mark[aria-description]');
  expect(marks.length).toBe(45);
  expect(rows()[0]).toEqual({ personId: 'kim-darroch', count: 17, first: 1 });
  expect(document.body.textContent).toBe(before.textContent);
  // A page this size is restored in the first slice, before stop() returns.
  void h.stop();
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
  expect(document.body.isEqualNode(before)).toBe(true);
  // The page's own text nodes survive: same identity, same count.
  expect(document.querySelector('article p')!.firstChild!.textContent).toBe(firstText);
  expect(document.body.contains(firstNode)).toBe(true);
  expect(document.body.innerHTML).toBe(before.innerHTML);
});

test('a name split across inline elements is wrapped in both parts', async () => {
  const { h } = start('<p>Yesterday <a href="#">Theresa</a> May spoke.</p>');
  await h.ready;
  const parts = [...document.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => [m.dataset.person, m.textContent]);
  expect(parts).toEqual([
    ['theresa-may', 'Theresa'],
    ['theresa-may', 'May'],
  ]);
  await h.stop();
  expect(document.body.innerHTML).toBe('<p>Yesterday <a href="#">Theresa</a> May spoke.</p>');
});

test.each(['markjs', 'direct'] as const)(
  'each highlight (%s wrapper) knows its form and kind, and the page sees only data-person and a description',
  async (wrapStrategy) => {
    document.body.innerHTML = '<p>Theresa May spoke. Later, May left. <b>Johnson</b> waited.</p>'; // fixture setup
    const h = new Tracked({ root: document.body, win: window, matcher, wrapStrategy, describe: (id) => `desc ${id}` });
    await h.ready;
    const marks = [...document.querySelectorAll('dramatis-mark')];
    expect(marks.map((m) => [m.textContent, h.mentionAt(m)])).toEqual([
      ['Theresa May', { personId: 'theresa-may', form: 'Theresa May', kind: 'always', elements: [marks[0]] }],
      ['May', { personId: 'theresa-may', form: 'May', kind: 'anchored', local: true, elements: [marks[1]] }],
    ]);
    expect(new Set(marks.flatMap((m) => m.getAttributeNames()))).toEqual(new Set(['data-person', 'aria-description']));
    expect(h.mentionAt(document.querySelector('b')!)).toBeUndefined();
    await h.stop();
  },
);

test('a short form given to the full name nearest before it stays when a namesake is named later', async () => {
  const { h } = start('<p>Boris Johnson met Trump. Johnson left.</p>');
  await h.ready;
  append('Lyndon Johnson signed it. Johnson, they said, was tired.');
  // The new paragraph's bare Johnson has Lyndon nearest before it: nobody's. The first one stays Boris's.
  await vi.waitFor(() => expect(document.querySelectorAll('dramatis-mark').length).toBe(3), { timeout: 2000 });
  await new Promise((r) => setTimeout(r, 300));
  expect([...document.querySelectorAll('dramatis-mark')].map((m) => m.textContent)).toEqual(['Boris Johnson', 'Trump', 'Johnson']);
  expect(document.querySelector('p:last-child dramatis-mark')).toBeNull();
  await h.stop();
});

test('a short form at the top of the next chunk is given to the full name at the bottom of the one before', async () => {
  // Over 16,000 characters of text before the names, so the page is read in more than one chunk.
  const filler = Array.from({ length: 40 }, () => `<p>${'The committee met again on the following day. '.repeat(10)}</p>`).join('');
  const { h } = start(`<p>Philip May waved.</p>${filler}<p>Theresa May spoke.</p>${filler}<p>May resigned.</p>`);
  await h.ready;
  expect([...collectChunks(document.body)].length).toBeGreaterThan(2);
  expect([...document.querySelectorAll('dramatis-mark')].map((m) => m.textContent)).toEqual(['Theresa May', 'May']);
  await h.stop();
});

test('text added later is highlighted; the tally follows', async () => {
  const { h, rows } = start('<p>Kim Darroch resigned.</p>');
  await h.ready;
  append('Donald Trump replied. Trump again.');
  await vi.waitFor(() => expect(document.querySelectorAll('dramatis-mark[data-person="donald-trump"]').length).toBe(2), { timeout: 2000 });
  await vi.waitFor(() => expect(rows().map((r) => r.personId)).toEqual(['donald-trump', 'kim-darroch']), { timeout: 2000 });
  await h.stop();
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
});

test('the first highlighting is wrapped directly, even with a few names; a page update’s few through mark.js', async () => {
  markjs.contexts.length = 0;
  const { h } = start('<p>Kim Darroch resigned.</p>');
  await h.ready;
  expect(document.querySelectorAll('dramatis-mark').length).toBe(1);
  expect(markjs.contexts).toEqual([]);
  append('Donald Trump replied.');
  await vi.waitFor(() => expect(document.querySelectorAll('dramatis-mark[data-person="donald-trump"]').length).toBe(1));
  expect(markjs.contexts).toEqual([[document.body.lastChild]]);
  await h.stop();
  expect(document.body.innerHTML).toBe('<p>Kim Darroch resigned.</p><p>Donald Trump replied.</p>');
});

test('a new anchor makes earlier short forms count', async () => {
  const { h } = start('<p>Johnson said no.</p>');
  await h.ready;
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
  append('Boris Johnson, favourite.');
  await vi.waitFor(() => expect(document.querySelectorAll('dramatis-mark[data-person="boris-johnson"]').length).toBe(2), { timeout: 3000 });
  await h.stop();
});

test.each(['markjs', 'direct'] as const)('the %s wrapper gives the same markup and undoes exactly', async (wrapStrategy) => {
  document.body.innerHTML = demoBody(); // fixture setup
  const before = document.body.innerHTML;
  const h = new Tracked({ root: document.body, win: window, matcher, wrapStrategy, describe: (id) => `desc ${id}` });
  await h.ready;
  const marks = [...document.querySelectorAll<HTMLElement>('dramatis-mark')];
  expect(marks.filter((m) => m.hasAttribute('aria-description'))).toHaveLength(45);
  expect(marks.every((m) => !m.hasAttribute('data-markjs') && m.dataset.person && m.childNodes.length === 1)).toBe(true);
  await h.stop();
  expect(document.body.innerHTML).toBe(before);
});

test('a short form in a text node already split by another highlight still counts once its person is named', async () => {
  const { h } = start('<p>Johnson met Trump.</p>');
  await h.ready;
  expect([...document.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => m.dataset.person)).toEqual(['donald-trump']);
  append('Boris Johnson, favourite.');
  await vi.waitFor(() => expect(document.querySelectorAll('dramatis-mark[data-person="boris-johnson"]').length).toBe(2), { timeout: 3000 });
  expect(document.querySelectorAll('dramatis-mark').length).toBe(3);
  await h.stop();
  expect(document.body.innerHTML).toBe('<p>Johnson met Trump.</p><p>Boris Johnson, favourite.</p>');
});

test.each(['markjs', 'direct'] as const)(
  'a namesake found later takes the highlight off short forms it makes ambiguous (%s wrapper); undo is still exact',
  async (wrapStrategy) => {
    // The short form comes before the full name, so nothing near it says whose it is once a namesake turns up.
    document.body.innerHTML = '<p>Johnson left early. Boris Johnson met Trump, and Trump stayed.</p>'; // fixture setup
    let rows: TallyRow[] = [];
    const h = new Tracked({
      root: document.body,
      win: window,
      matcher,
      wrapStrategy,
      describe: (id) => id,
      onTally: (r) => (rows = r),
    });
    await h.ready;
    const marks = () => [...document.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => `${m.dataset.person} ${m.textContent}`);
    expect(marks()).toEqual(['boris-johnson Johnson', 'boris-johnson Boris Johnson', 'donald-trump Trump', 'donald-trump Trump']);
    append('Lyndon Johnson signed it.');
    await vi.waitFor(() => expect(marks()).toEqual(['boris-johnson Boris Johnson', 'donald-trump Trump', 'donald-trump Trump']), {
      timeout: 3000,
    });
    expect(rows.find((r) => r.personId === 'boris-johnson')?.count).toBe(1);
    expect(h.countOf('boris-johnson')).toBe(1);
    expect(document.body.textContent).toBe('Johnson left early. Boris Johnson met Trump, and Trump stayed.Lyndon Johnson signed it.');
    await h.stop();
    expect(document.body.innerHTML).toBe(
      '<p>Johnson left early. Boris Johnson met Trump, and Trump stayed.</p><p>Lyndon Johnson signed it.</p>',
    );
    expect(document.body.firstChild!.childNodes.length).toBe(1);
  },
);

test('a page too big to undo in one slice is exactly restored once stop() resolves', async () => {
  const { h, before } = start('<p>Donald Trump met Theresa May, and Kim Darroch wrote home.</p>'.repeat(1000));
  await h.ready;
  expect(document.querySelectorAll('dramatis-mark').length).toBe(3000);
  // Each slice lays out what it restored (a few hundred text nodes at most), so no frame after it has to.
  const layouts = vi.spyOn(document.body, 'offsetHeight', 'get');
  const stats = await h.stop();
  expect(layouts.mock.calls.length).toBeGreaterThanOrEqual(1000 / 400);
  layouts.mockRestore();
  expect(stats.busyMs).toBeGreaterThan(0);
  expect(stats.longestMs).toBeLessThanOrEqual(stats.busyMs);
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
  expect(document.body.isEqualNode(before)).toBe(true);
});

test.each([
  ['an editable div', '<div contenteditable="true">Donald Trump</div>'],
  ['a code editor', '<div class="cm-editor"><p>Donald Trump</p></div>'],
  ['a hidden section', '<section hidden><p>Donald Trump</p></section>'],
])('%s added later is left alone, like one that was there from the start', async (_what, html) => {
  const { h } = start('<p>Kim Darroch resigned.</p>');
  await h.ready;
  const holder = document.createElement('div');
  holder.innerHTML = html; // test fixture only
  const added = holder.firstElementChild!;
  document.body.append(added);
  append('Theresa May agreed.');
  await vi.waitFor(() => expect(document.querySelectorAll('dramatis-mark[data-person="theresa-may"]').length).toBe(1), { timeout: 2000 });
  expect(added.querySelectorAll('dramatis-mark').length).toBe(0);
  await h.stop();
});

test('an editable body, as in a rich-text editor’s frame, is left alone', async () => {
  document.body.setAttribute('contenteditable', 'true');
  const { h } = start('<p>Kim Darroch resigned.</p>');
  await h.ready;
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
  await h.stop();
  document.body.removeAttribute('contenteditable');
});

test('while the full matcher is built, names on screen are found with the quick one; page changes wait, none lost', async () => {
  document.body.innerHTML = '<p>Kim Darroch resigned.</p>'; // fixture setup
  // happy-dom has no layout: say the first paragraph is what is on screen.
  const onScreen = document.body.firstChild!.firstChild!;
  Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: onScreen }) });
  let resolve!: (m: typeof matcher) => void;
  const built = new Promise<typeof matcher>((r) => (resolve = r));
  const quick = vi.fn((words: ReadonlySet<string>) => compileMatcher(peopleNamedBy(bundled().people, words)));
  // The full build waits for the names on screen, so its slices never hold them up: they are there when it starts.
  let onScreenAtBuild = -1;
  const build = vi.fn(() => ((onScreenAtBuild = document.querySelectorAll('dramatis-mark[data-person="kim-darroch"]').length), built));
  const h = new Tracked({ root: document.body, win: window, matcher: build, quickMatcher: quick, describe: (id) => id });
  // The blocks on screen are looked for after the browser's next frame, when its layout is done.
  expect(quick).not.toHaveBeenCalled();
  await vi.waitFor(() => expect(quick).toHaveBeenCalledTimes(1));
  expect([...quick.mock.calls[0]![0]]).toEqual(['kim', 'darroch', 'resigned']);
  await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
  expect(onScreenAtBuild).toBe(1);
  append('Donald Trump replied.');
  await new Promise((r) => setTimeout(r, 300));
  expect(document.querySelectorAll('dramatis-mark[data-person="donald-trump"]').length).toBe(0);
  resolve(matcher);
  await h.ready;
  await vi.waitFor(() => expect(document.querySelectorAll('dramatis-mark[aria-description]').length).toBe(2), { timeout: 2000 });
  await h.stop();
});

test.each([
  [
    'within the limit, the whole page in one pass, before the full matcher is built',
    1000,
    ['kim', 'darroch', 'resigned', 'donald', 'trump', 'replied'],
  ],
  ['over it, what is on screen first', 5, ['kim', 'darroch', 'resigned']],
])('a page of six words with a big dataset: %s', async (_what, quickPageWords, words) => {
  document.body.innerHTML = '<p>Kim Darroch resigned.</p><p>Donald Trump replied.</p>'; // fixture setup
  const onScreen = document.body.firstChild!.firstChild!;
  Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: onScreen }) });
  const quick = vi.fn((w: ReadonlySet<string>) => compileMatcher(peopleNamedBy(bundled().people, w)));
  let resolve!: (m: typeof matcher) => void;
  const built = new Promise<typeof matcher>((r) => (resolve = r));
  const build = vi.fn(() => built);
  const h = new Tracked({
    root: document.body,
    win: window,
    matcher: build,
    quickMatcher: quick,
    quickPageWords,
    describe: (id) => id,
  });
  await vi.waitFor(() => expect(quick).toHaveBeenCalledTimes(1));
  expect([...quick.mock.calls[0]![0]]).toEqual(words);
  const whole = words.includes('trump');
  if (whole) await h.ready;
  else resolve(matcher);
  await h.ready;
  const people = [...document.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => m.dataset.person);
  expect(people).toEqual(['kim-darroch', 'donald-trump']);
  await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
  await h.stop();
  expect(document.body.innerHTML).toBe('<p>Kim Darroch resigned.</p><p>Donald Trump replied.</p>');
});

test.each([
  ['a page read within the first slice is done in one pass, without looking for the screen', false, [true]],
  ['a page that takes longer goes on screen first', true, [false, true]],
])('with a built matcher, %s', async (_, slow, passes) => {
  // More than one chunk of text, so there is more to read once the slice is spent.
  document.body.innerHTML = '<p>Donald Trump replied.</p>'.repeat(400) + '<p>Kim Darroch resigned.</p>'; // fixture setup
  const onScreen = document.body.lastChild!.firstChild!;
  const caret = vi.fn(() => ({ offsetNode: onScreen }));
  Object.assign(document, { caretPositionFromPoint: caret });
  const full: boolean[] = [];
  const make = () => new Tracked({ root: document.body, win: window, matcher, describe: (id) => id, onPass: (p) => full.push(p.full) });
  const h = withClock(slow ? 5 : 0, make);
  await h.ready;
  expect(full).toEqual(passes);
  expect(caret.mock.calls.length > 0).toBe(slow);
  // The screen's name was found first either way, and only once.
  expect(document.querySelectorAll('dramatis-mark[data-person="kim-darroch"]').length).toBe(1);
  expect(document.querySelectorAll('dramatis-mark[data-person="donald-trump"]').length).toBe(400);
  await h.stop();
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
});

test('with its people held elsewhere, every pass asks for the people its own words can name', async () => {
  document.body.innerHTML = '<p>Kim Darroch resigned.</p><p>Theresa May spoke.</p>'; // fixture setup
  const onScreen = document.body.firstChild!.firstChild!;
  Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: onScreen }) });
  const { asked, quick } = askingMatcher();
  const h = new Tracked({ root: document.body, win: window, quickMatcher: quick, describe: (id) => id });
  await h.ready;
  expect(asked).toEqual([
    ['kim', 'darroch', 'resigned'],
    // Read in its turn, once the names on screen are highlighted (and so no longer text to read).
    ['resigned', 'theresa', 'may', 'spoke'],
  ]);
  append('Donald Trump replied.');
  await vi.waitFor(() => expect(document.querySelectorAll('dramatis-mark[data-person="donald-trump"]').length).toBe(1));
  expect(asked[2]).toEqual(['donald', 'trump', 'replied']);
  const people = [...document.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => m.dataset.person);
  expect(people).toEqual(['kim-darroch', 'theresa-may', 'donald-trump']);
  await h.stop();
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
});

test('a page too big to read whole asks window by window, and a short form is resolved across windows', async () => {
  // Nothing on screen, so the whole page is one pass; its first window ends a chunk past WINDOW_WORDS words.
  Object.assign(document, { caretPositionFromPoint: () => null });
  const filler = Array.from({ length: WINDOW_WORDS / 2 + 3_000 }, (_, i) => `<p>Word${i} more.</p>`).join('');
  document.body.innerHTML = `<p>Kim Darroch resigned.</p>${filler}<p>Darroch spoke to Boris Johnson.</p>`; // fixture setup
  const { asked, quick } = askingMatcher();
  const h = new Tracked({ root: document.body, win: window, quickMatcher: quick, describe: (id) => id });
  await h.ready;
  // (The on-screen pass, with nothing on screen, has no words.)
  const windows = asked.filter((words) => words.length);
  expect(windows.length).toBeGreaterThan(1);
  expect(windows[0]!.slice(0, 3)).toEqual(['kim', 'darroch', 'resigned']);
  expect(windows.at(-1)).toEqual(expect.arrayContaining(['darroch', 'spoke', 'boris', 'johnson']));
  const marks = [...document.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => `${m.dataset.person} ${m.textContent}`);
  expect(marks).toEqual(['kim-darroch Kim Darroch', 'kim-darroch Darroch', 'boris-johnson Boris Johnson']);
  await h.stop();
  expect(document.querySelectorAll('dramatis-mark').length).toBe(0);
}, 30_000);

test('a highlighter needs a matcher or a way to get one', () => {
  expect(() => new Tracked({ root: document.body, win: window, describe: (id) => id })).toThrow(/matcher/);
});

test('stopped before its matcher is built, a highlighter never touches the page', async () => {
  document.body.innerHTML = '<p>Kim Darroch resigned.</p>'; // fixture setup
  const build = vi.fn(() => Promise.resolve(matcher));
  const h = new Tracked({ root: document.body, win: window, matcher: build, describe: (id) => id });
  await h.stop();
  await h.ready;
  expect(build).not.toHaveBeenCalled();
  expect(document.body.innerHTML).toBe('<p>Kim Darroch resigned.</p>');
});

test('stopping with nothing highlighted leaves the page alone, not even laid out', async () => {
  const { h } = start('<p>No one here.</p>');
  await h.ready;
  const layouts = vi.spyOn(document.body, 'offsetHeight', 'get');
  const stats = await h.stop();
  expect(layouts).not.toHaveBeenCalled();
  layouts.mockRestore();
  expect(stats.layoutMs).toBe(0);
  expect(document.body.innerHTML).toBe('<p>No one here.</p>');
});

test('switching off restores first what was highlighted first, the screen, within the first slice', async () => {
  document.body.innerHTML = '<p>Donald Trump met Theresa May, and Kim Darroch wrote home.</p>'.repeat(1000); // fixture setup
  const before = document.body.cloneNode(true);
  const onScreen = document.body.children[500]!;
  Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: onScreen.firstChild }) });
  const h = slowly(() => new Tracked({ root: document.body, win: window, matcher, describe: (id) => id }));
  await h.ready;
  expect(onScreen.querySelectorAll('dramatis-mark').length).toBe(3);
  const stopping = h.stop();
  // The first slice ran within stop(): the screen's highlights are gone, the last paragraph's not yet.
  expect(onScreen.querySelectorAll('dramatis-mark').length).toBe(0);
  expect(document.body.lastElementChild!.querySelectorAll('dramatis-mark').length).toBe(3);
  await stopping;
  expect(document.body.isEqualNode(before)).toBe(true);
});

test.each([
  ['a small page read whole', 100],
  ['a page read window by window', 0],
])('stopped while the people it asked for are on their way, a highlighter never touches the page (%s)', async (_, quickPageWords) => {
  document.body.innerHTML = '<p>Kim Darroch resigned.</p>'; // fixture setup
  Object.assign(document, { caretPositionFromPoint: () => null });
  let answer!: () => void;
  const quick = (w: ReadonlySet<string>) =>
    new Promise<ReturnType<typeof compileMatcher>>(
      (resolve) => (answer = () => resolve(compileMatcher(peopleNamedBy(bundled().people, w)))),
    );
  const h = new Tracked({ root: document.body, win: window, quickMatcher: quick, quickPageWords, describe: (id) => id });
  await vi.waitFor(() => expect(answer).toBeDefined());
  await h.stop();
  answer();
  await h.ready;
  await new Promise((r) => setTimeout(r, 50));
  expect(document.body.innerHTML).toBe('<p>Kim Darroch resigned.</p>');
});
