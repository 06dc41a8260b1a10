/**
 * When the card of something drawn with a range opens and closes: a quote marker, or a name drawn without
 * changing the page (issue 23). Ranges are not elements, so there are no pointer events to listen to on them:
 * what is under the pointer is asked for (`at`), at most once a frame. Something above comes first (a name
 * inside a quote opens the name's card), a click pins, and only the reader's own input counts. Escape and
 * clicks elsewhere are handled with the name cards (dom/hover.ts).
 */

/** What the range hover controller drives, for things of type T. */
export interface RangeHoverOptions<T> {
  doc: Document;
  signal: AbortSignal;
  /** What is under a viewport point, if anything. */
  at(x: number, y: number): T | undefined;
  /** Whether something above these (a name, over a quote) is at an event's target or point. */
  above?(target: EventTarget | null, x: number, y: number): boolean;
  inCard(target: EventTarget | null): boolean;
  hoverDelay(): number;
  /** Whether cards open on hover at all (else only a click opens them). */
  onHover?(): boolean;
  /** The one whose card is open, if its card is. */
  openOne(): T | undefined;
  open(q: T, point: { x: number; y: number }): void;
  close(): void;
}

const CLOSE_MS = 250;

/** Wires the listeners; they all go away when `signal` aborts. */
export function watchRangeHover<T>(o: RangeHoverOptions<T>): void {
  const win = o.doc.defaultView!;
  const on = { capture: true, passive: true, signal: o.signal };
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | null } | undefined;
  let intent: { q: T; timer: number } | undefined;
  let closeTimer: number | undefined;
  let pinned: T | undefined;
  const clear = () => {
    if (intent) win.clearTimeout(intent.timer);
    if (closeTimer !== undefined) win.clearTimeout(closeTimer);
    intent = undefined;
    closeTimer = undefined;
    win.cancelAnimationFrame(frame);
  };
  o.signal.addEventListener('abort', clear);

  const check = () => {
    frame = 0;
    const p = last;
    if (!p || o.inCard(p.target)) {
      if (closeTimer !== undefined) win.clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    const q = o.above?.(p.target, p.x, p.y) || o.onHover?.() === false ? undefined : o.at(p.x, p.y);
    const open = o.openOne();
    if (q && q === open) {
      if (closeTimer !== undefined) win.clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    if (q) {
      if (intent?.q === q) return;
      if (intent) win.clearTimeout(intent.timer);
      const point = { x: p.x, y: p.y };
      intent = { q, timer: win.setTimeout(() => ((intent = undefined), o.open(q, point)), o.hoverDelay()) };
      return;
    }
    if (intent) win.clearTimeout(intent.timer);
    intent = undefined;
    if (open && open !== pinned && closeTimer === undefined)
      closeTimer = win.setTimeout(() => ((closeTimer = undefined), o.close()), CLOSE_MS);
  };

  o.doc.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted || e.pointerType === 'touch') return;
      last = { x: e.clientX, y: e.clientY, target: e.target };
      frame ||= win.requestAnimationFrame(check);
    },
    on,
  );

  o.doc.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || o.inCard(e.target) || o.above?.(e.target, e.clientX, e.clientY)) return;
      const q = o.at(e.clientX, e.clientY);
      pinned = q;
      if (!q) return;
      clear();
      o.open(q, { x: e.clientX, y: e.clientY });
    },
    on,
  );
}
