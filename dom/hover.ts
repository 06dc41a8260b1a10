/**
 * When the card opens and closes: hover intent with a delay, instant moves
 * between highlights, no opening during fast sweeps, pinning by click or tap,
 * Escape, and following the name on scroll. Every listener is bound to `signal`.
 * Only the reader's own input counts: events a page script makes (`isTrusted`
 * false) open, pin and close nothing.
 */
/** What the hover controller drives. */
export interface HoverOptions {
  doc: Document;
  signal: AbortSignal;
  /** Our own highlight at or above an event's target (never one the page made). */
  markAt(target: EventTarget | null): HTMLElement | null;
  /** Hover delay in ms and whether hovering opens cards at all. */
  settings(): { hoverDelay: number; openOn: 'hover' | 'click' };
  isOpen(): boolean;
  anchor(): HTMLElement | undefined;
  inCard(target: EventTarget | null): boolean;
  /** Opens the card for a name; `point` is where the pointer was on it. */
  open(mark: HTMLElement, point?: { x: number; y: number }): void;
  close(): void;
  place(): void;
  /** Gives focus back to a name (the card's, which is closed by then). */
  focusAnchor(mark: HTMLElement): void;
}

/** Pointer travel (px) that restarts the intent timer: a sweep never settles. */
const SWEEP_PX = 8;
/** Grace period before closing once the pointer leaves name and card. */
const CLOSE_MS = 250;

/** The real target of an event, inside open shadow roots too. */
const origin = (e: Event) => e.composedPath?.()[0] ?? e.target;

/** Wires the listeners; they all go away when `signal` aborts. */
export function watchHover(o: HoverOptions): void {
  const win = o.doc.defaultView!;
  const { markAt } = o;
  const on = { capture: true, passive: true, signal: o.signal };
  let intent: { mark: HTMLElement; x: number; y: number; timer: number } | undefined;
  let closeTimer: number | undefined;
  // The name whose card a click pinned; the pin ends with that card, however it closes.
  let pinnedTo: HTMLElement | undefined;
  const pinned = () => !!pinnedTo && o.isOpen() && o.anchor() === pinnedTo;
  // Set while Escape hands focus back to the name, so that focus does not reopen the card.
  let returningFocus = false;

  const cancelIntent = () => {
    if (intent) win.clearTimeout(intent.timer);
    intent = undefined;
  };
  const cancelClose = () => {
    if (closeTimer !== undefined) win.clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const startIntent = (mark: HTMLElement, x: number, y: number) => {
    cancelIntent();
    const timer = win.setTimeout(() => {
      intent = undefined;
      o.open(mark, { x, y });
    }, o.settings().hoverDelay);
    intent = { mark, x, y, timer };
  };
  const close = () => {
    cancelIntent();
    cancelClose();
    pinnedTo = undefined;
    o.close();
  };
  o.signal.addEventListener('abort', () => {
    cancelIntent();
    cancelClose();
  });

  o.doc.addEventListener(
    'pointerover',
    (e) => {
      if (!e.isTrusted) return;
      if (o.inCard(e.target)) return cancelClose();
      const mark = markAt(origin(e));
      if (!mark || o.settings().openOn !== 'hover' || e.pointerType === 'touch') return;
      cancelClose();
      if (o.isOpen() && o.anchor() !== mark && !pinned()) {
        cancelIntent();
        o.open(mark, { x: e.clientX, y: e.clientY });
      } else if (!o.isOpen() || o.anchor() !== mark) startIntent(mark, e.clientX, e.clientY);
    },
    on,
  );

  o.doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.isTrusted && intent && Math.hypot(e.clientX - intent.x, e.clientY - intent.y) > SWEEP_PX)
        startIntent(intent.mark, e.clientX, e.clientY);
    },
    on,
  );

  o.doc.addEventListener(
    'pointerout',
    (e) => {
      if (!e.isTrusted) return;
      const from = markAt(origin(e)) ?? (o.inCard(e.target) ? o.anchor() : null);
      if (!from) return;
      const to = e.relatedTarget;
      if (o.inCard(to) || markAt(to) === from) return;
      if (intent?.mark === from) cancelIntent();
      if (o.isOpen() && !pinned()) {
        cancelClose();
        closeTimer = win.setTimeout(close, CLOSE_MS);
      }
    },
    on,
  );

  o.doc.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || o.inCard(e.target)) return;
      const mark = markAt(origin(e));
      if (mark) {
        cancelIntent();
        cancelClose();
        pinnedTo = mark;
        o.open(mark, { x: e.clientX, y: e.clientY });
      } else if (o.isOpen()) close();
    },
    on,
  );

  o.doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || e.key !== 'Escape' || !o.isOpen()) return;
      const anchor = o.anchor();
      const hadFocus = o.inCard(o.doc.activeElement) || o.doc.activeElement === anchor;
      close();
      if (!hadFocus) return;
      returningFocus = true;
      // Focus goes back to the name even when a click, not the keyboard, opened the card.
      if (anchor) o.focusAnchor(anchor);
      returningFocus = false;
    },
    on,
  );

  o.doc.addEventListener(
    'focusin',
    (e) => {
      const mark = e.isTrusted ? markAt(origin(e)) : null;
      if (mark && mark !== o.anchor() && !returningFocus) o.open(mark);
    },
    on,
  );

  win.addEventListener('scroll', () => o.place(), on);
  win.addEventListener('resize', () => o.place(), on);
}
