/** Cooperative pauses: prompt yields first, then timers that leave the browser idle time. */
import { jobSlicer, yieldToMain } from '../../dom/slices';

function fakeWindow() {
  let clock = 0;
  const win = {
    scheduler: { yield: vi.fn(() => Promise.resolve()) },
    setTimeout: vi.fn((fn: () => void) => (fn(), 1)),
    clearTimeout: vi.fn(),
    performance: { now: () => clock },
    /** Moves the fake clock on. */
    advance: (ms: number) => void (clock += ms),
  };
  return win as unknown as Window & typeof globalThis & typeof win;
}

test('a long job’s slice is spent after 8 ms; the clock restarts after each pause', async () => {
  const win = fakeWindow();
  const slicer = jobSlicer(win);
  win.advance(7);
  expect(slicer.spent()).toBe(false);
  win.advance(1);
  expect(slicer.spent()).toBe(true);
  await slicer.pause();
  expect(slicer.spent()).toBe(false);
});

test('a long job yields promptly five times, then waits for timers', async () => {
  const win = fakeWindow();
  const slicer = jobSlicer(win);
  for (let i = 0; i < 8; i++) await slicer.pause();
  expect(win.scheduler.yield).toHaveBeenCalledTimes(5);
  expect(win.setTimeout).toHaveBeenCalledTimes(3);
});

test('once its signal aborts, a long job’s next pause never ends', async () => {
  const win = fakeWindow();
  const ctl = new AbortController();
  const slicer = jobSlicer(win, ctl.signal);
  await slicer.pause();
  ctl.abort();
  const ended = await Promise.race([slicer.pause().then(() => 'ended'), new Promise((r) => setTimeout(() => r('waiting'), 50))]);
  expect(ended).toBe('waiting');
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
