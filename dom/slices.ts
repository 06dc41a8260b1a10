/**
 * Cooperative time slicing: run work in slices of about 8 ms and give the main
 * thread back in between, so highlighting never causes a long task.
 */

import type { Slicer } from '../lib/matcher';

/** Work a slice may do before yielding, in milliseconds. */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the main thread back; resolves false if the signal (if any) aborted meanwhile. */
export function yieldToMain(win: Window & typeof globalThis, signal?: AbortSignal): Promise<boolean> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  const wait = scheduler?.yield
    ? scheduler.yield()
    : new Promise<void>((resolve) => {
        const id = win.setTimeout(resolve, 0);
        signal?.addEventListener(
          'abort',
          () => {
            win.clearTimeout(id);
            resolve();
          },
          { once: true },
        );
      });
  return wait.then(() => !signal?.aborted);
}

/**
 * Slices for a long cooperative job such as the matcher build: about 8 ms of work, then a pause. The first
 * `prompt` pauses give the thread back at once (`yieldToMain`); later ones wait for a timer, whose gap leaves
 * the browser idle time to collect garbage: without it, building 100,000 people ended in one 60 ms
 * collection. Once the signal aborts, the next pause never ends: the job stops where it is and is collected
 * with its promise.
 */
export function jobSlicer(win: Window & typeof globalThis, signal?: AbortSignal, prompt = 5): Slicer {
  const clock = new SliceClock(() => win.performance.now());
  let n = 0;
  return {
    spent: () => clock.spent,
    pause: async () => {
      if (signal?.aborted) await new Promise(() => undefined);
      await (++n <= prompt ? yieldToMain(win) : new Promise((resolve) => win.setTimeout(resolve, 0)));
      clock.reset();
    },
  };
}

/** Work done in slices, in milliseconds: all of it (layout included), the layout part, the longest slice. */
export interface SliceStats {
  busyMs: number;
  layoutMs: number;
  longestMs: number;
}

/** A clock that says when the current slice is used up, and adds up the work done. */
export class SliceClock {
  private start: number;
  private done = 0;
  private longest = 0;
  private layoutMs = 0;
  constructor(
    private readonly now: () => number,
    private readonly budget = SLICE_MS,
  ) {
    this.start = now();
  }
  /** True once the slice's budget is spent. */
  get spent(): boolean {
    return this.now() - this.start >= this.budget;
  }
  /** Ends the current slice (before yielding). */
  pause(): void {
    const d = this.now() - this.start;
    this.done += d;
    this.longest = Math.max(this.longest, d);
  }
  /** Starts a new slice. */
  reset(): void {
    this.start = this.now();
  }
  /** Runs forced style and layout work, counted apart from script time. */
  layout(fn: () => void): void {
    const t = this.now();
    fn();
    this.layoutMs += this.now() - t;
  }

  /** Work so far (layout included), the layout part, and the longest slice, in milliseconds. */
  get stats(): SliceStats {
    return { busyMs: this.done, layoutMs: this.layoutMs, longestMs: this.longest };
  }
}
