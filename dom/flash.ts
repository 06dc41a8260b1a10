/**
 * The mark a jump leaves on what it chose, for a moment, then gone: `data-flash` on a name's elements (an
 * animated ring, or a still one under reduced motion: dom/page-style.ts), or a highlight on something drawn with
 * a range (a name's focus look, a quote's flash). One at a time: a new jump, or `clear`, takes the last one off.
 */

/** How long a jump's mark stays: the flash animation's 1.2 s, and a moment to find it. */
export const FLASH_MS = 1600;

/** The one jump mark of a document. */
export class Flash {
  private timer: number | undefined;
  private off?: () => void;

  constructor(private readonly win: Window) {}

  /** Marks what a jump chose with `on`, until `off` is called: after `FLASH_MS`, or when the next mark comes. */
  mark(on: () => void, off: () => void): void {
    this.clear();
    on();
    this.off = off;
    this.timer = this.win.setTimeout(() => this.clear(), FLASH_MS);
  }

  /** Flashes these elements (one mention's pieces), restarting the animation if they were flashing. */
  show(elements: readonly HTMLElement[]): void {
    this.mark(
      () => {
        for (const e of elements) {
          // A style read between removing and setting the attribute restarts the animation.
          void e.offsetWidth;
          e.setAttribute('data-flash', '');
        }
      },
      () => {
        for (const e of elements) e.removeAttribute('data-flash');
      },
    );
  }

  /** Takes the mark off now (also on stop, so switching off leaves no attribute behind). */
  clear(): void {
    this.win.clearTimeout(this.timer);
    const off = this.off;
    this.off = undefined;
    off?.();
  }
}
