/**
 * When a quote's card opens and closes. Quote markers are ranges, not elements, so there are no pointer
 * events to listen to on them: the pointer's position is tested against the passages' line boxes, at most
 * once a frame. Names come first (a name inside a quote opens the name's card), a click pins, and only the
 * reader's own input counts. Escape and clicks elsewhere are handled with the name cards (dom/hover.ts).
 */
import type { QuoteOnPage } from './quote-marks';

/** What the quote hover controller drives. */
export interface QuoteHoverOptions {
  doc: Document;
  signal: AbortSignal;
  /** The quote under a viewport point, if any. */
  quoteAt(x: number, y: number): QuoteOnPage | undefined;
  /** Whether an event target is one of our name highlights (names win over the quote around them). */
  isName(target: EventTarget | null): boolean;
  inCard(target: EventTarget | null): boolean;
  hoverDelay(): number;
  /** The quote whose card is open, if a quote card is. */
  openQuote(): QuoteOnPage | undefined;
  open(q: QuoteOnPage, point: { x: number; y: number }): void;
  close(): void;
}

const CLOSE_MS = 250;

/** Wires the listeners; they all go away when `signal` aborts. */
export function watchQuoteHover(o: QuoteHoverOptions): void {
  const win = o.doc.defaultView!;
  const on = { capture: true, passive: true, signal: o.signal };
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | null } | undefined;
  let intent: { q: QuoteOnPage; timer: number } | undefined;
  let closeTimer: number | undefined;
  let pinned: QuoteOnPage | undefined;
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
    const q = o.isName(p.target) ? undefined : o.quoteAt(p.x, p.y);
    const open = o.openQuote();
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
      if (!e.isTrusted || o.inCard(e.target) || o.isName(e.target)) return;
      const q = o.quoteAt(e.clientX, e.clientY);
      pinned = q;
      if (!q) return;
      clear();
      o.open(q, { x: e.clientX, y: e.clientY });
    },
    on,
  );
}
