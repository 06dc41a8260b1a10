/** Cooperative pauses: prompt yields first, then timers that leave the browser idle time. */
import { jobPauses, yieldToMain } from '../../dom/slices';

function fakeWindow() {
  const win = {
    scheduler: { yield: vi.fn(() => Promise.resolve()) },
    setTimeout: vi.fn((fn: () => void) => (fn(), 1)),
    clearTimeout: vi.fn(),
  };
  return win as unknown as Window & typeof globalThis & typeof win;
}

test('a long job yields promptly five times, then waits for timers', async () => {
  const win = fakeWindow();
  const pause = jobPauses(win);
  for (let i = 0; i < 8; i++) await pause();
  expect(win.scheduler.yield).toHaveBeenCalledTimes(5);
  expect(win.setTimeout).toHaveBeenCalledTimes(3);
});

test('without scheduler.yield, yielding falls back to a timer and reports an abort', async () => {
  const win = fakeWindow();
  delete (win as { scheduler?: unknown }).scheduler;
  const ctl = new AbortController();
  expect(await yieldToMain(win, ctl.signal)).toBe(true);
  expect(win.setTimeout).toHaveBeenCalledTimes(1);
  ctl.abort();
  expect(await yieldToMain(win, ctl.signal)).toBe(false);
});
