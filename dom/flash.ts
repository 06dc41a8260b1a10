/**
 * The mark a jump leaves on the mention it chose: `data-flash` (an animated ring, or a still one under reduced
 * motion: dom/page-style.ts) for a moment, then gone. One at a time: a new jump takes it off the last.
 */

/** How long a jump's mark stays: the flash animation's 1.2 s, and a moment to find it. */
export const FLASH_MS = 1600;

/** The flashed elements of one document. */
export class Flash {
  private timer: number | undefined;
  private elements: readonly HTMLElement[] = [];

  constructor(private readonly win: Window) {}

  /** Flashes these elements (one mention's pieces), restarting the animation if they were flashing. */
  show(elements: readonly HTMLElement[]): void {
    this.clear();
    for (const e of elements) {
      // A style read between removing and setting the attribute restarts the animation.
      void e.offsetWidth;
      e.setAttribute('data-flash', '');
    }
    this.elements = elements;
    this.timer = this.win.setTimeout(() => this.clear(), FLASH_MS);
  }

  /** Takes the mark off now (also on stop, so switching off leaves no attribute behind). */
  clear(): void {
    this.win.clearTimeout(this.timer);
    for (const e of this.elements) e.removeAttribute('data-flash');
    this.elements = [];
  }
}
