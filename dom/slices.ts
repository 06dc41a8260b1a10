/**
 * Cooperative time slicing: run work in slices of about 8 ms and give the main
 * thread back in between, so highlighting never causes a long task.
 */

/** Work a slice may do before yielding, in milliseconds. */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the main thread back; resolves false if the signal aborted meanwhile. */
export function yieldToMain(win: Window & typeof globalThis, signal: AbortSignal): Promise<boolean> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  const wait = scheduler?.yield
    ? scheduler.yield()
    : new Promise<void>((resolve) => {
        const id = win.setTimeout(resolve, 0);
        signal.addEventListener('abort', () => {
          win.clearTimeout(id);
          resolve();
        }, { once: true });
      });
  return wait.then(() => !signal.aborted);
}

/** A clock that says when the current slice is used up. */
export class SliceClock {
  private start: number;
  constructor(private readonly now: () => number, private readonly budget = SLICE_MS) {
    this.start = now();
  }
  /** True once the slice's budget is spent. */
  get spent(): boolean {
    return this.now() - this.start >= this.budget;
  }
  /** Starts a new slice. */
  reset(): void {
    this.start = this.now();
  }
}
