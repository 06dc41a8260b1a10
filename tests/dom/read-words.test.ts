/** Reading a page's words ahead of matching: what is read, what is kept for the pass, and when it gives up. */
import { readAhead, readWindows, wordsIn } from '../../dom/read-words';
import { SliceClock } from '../../dom/slices';

const page = (paragraphs: string[]) => {
  document.body.replaceChildren(
    ...paragraphs.map((t) => Object.assign(document.createElement('p'), { textContent: t })), // fixture setup
  );
};
// A clock whose slice is always spent, so every chunk ends a slice.
const spentClock = () => new SliceClock(() => performance.now(), -1);

test('the words on some blocks: lower-cased, possessives also bare', () => {
  page(['Kim Darroch’s cables.', 'Theresa May spoke.']);
  expect([...wordsIn([document.body.firstChild!])]).toEqual(['kim', 'darroch’s', 'darroch', 'cables']);
});

test('a whole page is read ahead, tokens kept, unless it has more words than allowed or takes more than a slice', () => {
  page(['Kim Darroch resigned.', 'Theresa May spoke.']);
  // A slice that never ends, so the test does not hang on the machine's speed.
  const clock = () => new SliceClock(() => performance.now(), Infinity);
  const ahead = readAhead(document.body, 6, clock(), {})!;
  expect([...ahead.words]).toEqual(['kim', 'darroch', 'resigned', 'theresa', 'may', 'spoke']);
  expect(ahead.chunks.flatMap((c) => c.text.tokens.map((t) => t.text))).toEqual(['Kim', 'Darroch', 'resigned', 'Theresa', 'May', 'spoke']);
  expect(readAhead(document.body, 5, clock(), {})).toBeUndefined();
  // The whole page in its one chunk is read, however long it took; more to read once the slice is spent is not.
  expect(readAhead(document.body, Infinity, spentClock(), {})?.words.size).toBe(6);
  page(Array.from({ length: 2_000 }, (_, i) => `Word${i} more.`));
  expect(readAhead(document.body, Infinity, clock(), {})?.words.size).toBe(2_001);
  expect(readAhead(document.body, Infinity, spentClock(), {})).toBeUndefined();
});

test('read in slices, a window at a time: each has whole chunks, their tokens and their own words', async () => {
  page(['Kim Darroch resigned.', 'Theresa May spoke.']);
  const pause = vi.fn(() => Promise.resolve(true));
  const read = async (maxWords?: number) => {
    const windows = [];
    for await (const w of readWindows([document.body], spentClock(), pause, {}, maxWords)) windows.push(w);
    return windows;
  };
  const [whole, ...none] = await read();
  expect(none).toEqual([]);
  expect([...whole!.words]).toEqual(['kim', 'darroch', 'resigned', 'theresa', 'may', 'spoke']);
  expect(whole!.chunks.flatMap((c) => c.text.tokens.map((t) => t.text))).toEqual(['Kim', 'Darroch', 'resigned', 'Theresa', 'May', 'spoke']);
  expect(pause).toHaveBeenCalled();

  // Past the window's size, a window ends at the next chunk's end; every word is read once, in order.
  page(Array.from({ length: 4_000 }, (_, i) => `Word${i} more.`));
  const windows = await read(2_000);
  expect(windows.length).toBeGreaterThan(1);
  for (const w of windows.slice(0, -1)) expect(w.chunks.reduce((n, c) => n + c.text.tokens.length, 0)).toBeGreaterThanOrEqual(2_000);
  const tokens = windows.flatMap((w) => w.chunks.flatMap((c) => c.text.tokens.map((t) => t.text)));
  expect(tokens).toEqual(Array.from({ length: 4_000 }, (_, i) => [`Word${i}`, 'more']).flat());
  expect(windows[1]!.words.has('more')).toBe(true);

  const stop = vi.fn(() => Promise.resolve(false));
  const stopped = [];
  for await (const w of readWindows([document.body], spentClock(), stop, {})) stopped.push(w);
  expect(stopped).toEqual([]);
  expect(stop).toHaveBeenCalledTimes(1);
});
