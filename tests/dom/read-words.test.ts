/** Reading a page's words ahead of matching: what is read, what is kept for the pass, and when it gives up. */
import { KEEP_WORDS, readAhead, readWords, wordsIn } from '../../dom/read-words';
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

test('a whole page is read ahead, tokens kept, unless it has more words than allowed', () => {
  page(['Kim Darroch resigned.', 'Theresa May spoke.']);
  const ahead = readAhead(document.body, 6, spentClock(), () => undefined)!;
  expect([...ahead.words]).toEqual(['kim', 'darroch', 'resigned', 'theresa', 'may', 'spoke']);
  expect(ahead.chunks.flatMap((c) => c.text.tokens.map((t) => t.text))).toEqual(['Kim', 'Darroch', 'resigned', 'Theresa', 'May', 'spoke']);
  expect(readAhead(document.body, 5, spentClock(), () => undefined)).toBeUndefined();
});

test('read in slices: the tokens are kept for the pass up to KEEP_WORDS, and a stop ends the reading', async () => {
  page(['Kim Darroch resigned.', 'Theresa May spoke.']);
  const pause = vi.fn(() => Promise.resolve(true));
  const read = await readWords([document.body], spentClock(), pause, () => undefined);
  expect([...read.words]).toEqual(['kim', 'darroch', 'resigned', 'theresa', 'may', 'spoke']);
  expect(read.ahead?.chunks.length).toBeGreaterThan(0);
  expect(pause).toHaveBeenCalled();

  page(Array.from({ length: KEEP_WORDS / 2 + 1 }, (_, i) => `Word${i} more.`));
  expect((await readWords([document.body], spentClock(), pause, () => undefined)).ahead).toBeUndefined();

  const stop = vi.fn(() => Promise.resolve(false));
  const stopped = await readWords([document.body], spentClock(), stop, () => undefined);
  expect(stopped.ahead).toBeUndefined();
  expect(stop).toHaveBeenCalledTimes(1);
});
