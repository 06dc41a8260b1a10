/**
 * The card's container: owns the shadow root, mounting, placement and teardown.
 * The card component itself stays presentational (like Hypothesis's Adder).
 *
 * A page must not read, rewrite, press or hide the card: its shadow root is
 * closed, events a page script makes are stopped at the root before any button
 * sees them, and the host's look is set inline with `!important` (which beats
 * every page rule, `@layer`s included) and put back if a script changes it.
 */
import { type ComponentChildren, render } from 'preact';
import { I18n, type Translate } from '../components/i18n';
import { PersonCard, type PersonCardProps } from '../components/PersonCard';
import { QuoteCard, type QuoteCardProps } from '../components/QuoteCard';
import { lineAt, placeCard } from '../lib/placement';

const HOST_STYLE =
  'position:fixed;inset:auto;left:0;top:0;margin:0;padding:0;border:0;background:transparent;overflow:visible;z-index:2147483647;' +
  'display:block;width:auto;height:auto;max-width:none;max-height:none;min-width:0;min-height:0;opacity:1;visibility:visible;' +
  'transform:none;translate:none;rotate:none;scale:none;filter:none;backdrop-filter:none;clip-path:none;mask:none;zoom:1;' +
  'pointer-events:auto;content-visibility:visible;contain:none;transition:none;animation:none;';

/**
 * Closed everywhere but the end-to-end tests' build (`wxt build --mode e2e`), whose tests read the card as a
 * reader sees it. The production build's closed root is tested against a hostile page.
 */
const ROOT_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/** Events a page script could make to press the card's controls. */
const GUARDED = [
  'click',
  'auxclick',
  'dblclick',
  'keydown',
  'keyup',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'submit',
  'input',
  'change',
];

/** Key and text events typed in the capture panel: they stop at the shadow root (see `constructor`). */
const TYPED = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend'];

/**
 * A card mounted in a shadow root on `doc`, and the capture panel (issue 17) in a layer of its own in the same
 * root: the panel stands by the selection while a card may come and go by the names.
 */
export class CardHost {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLElement;
  private readonly panelMount: HTMLElement;
  private cardShown = false;
  private panelShown = false;
  /** Where the panel stands by: the selection's box when it opened. */
  private panelAt?: DOMRect;
  private readonly guard: MutationObserver;
  private left = '0px';
  private top = '0px';
  anchor?: HTMLElement;
  /** The passage a quote card is for (quote cards have no element to stand by). */
  range?: Range;
  /** Which of a wrapped name's line boxes the card stands by: the one the pointer was on. */
  private line = 0;
  private readonly resized: ResizeObserver | undefined;

  constructor(
    private readonly doc: Document,
    css: string,
    private readonly t: Translate,
    signal: AbortSignal,
    /** The interface language's direction: the card's chrome follows it, not the page's. */
    uiDir: 'ltr' | 'rtl' = 'ltr',
  ) {
    this.host = doc.createElement('dramatis-card');
    this.applyHostStyle();
    this.root = this.host.attachShadow({ mode: ROOT_MODE });
    for (const type of GUARDED) {
      this.root.addEventListener(
        type,
        (e) => {
          if (e.isTrusted) return;
          e.stopImmediatePropagation();
          e.preventDefault();
        },
        { capture: true },
      );
    }
    // What the reader types in the panel goes no further than our root: a page's own shortcuts ("j", "/")
    // must not fire, and its listeners on the document learn nothing. (A page's capture-phase listener still
    // runs before ours; docs/security.md says so.)
    for (const type of TYPED) this.root.addEventListener(type, (e) => e.isTrusted && e.stopPropagation(), { signal });
    const style = doc.createElement('style');
    style.textContent = css;
    this.mount = doc.createElement('div');
    this.mount.dir = uiDir;
    this.panelMount = doc.createElement('div');
    this.panelMount.dir = uiDir;
    this.root.append(style, this.mount, this.panelMount);
    const win = doc.defaultView!;
    // "Show all" or "more" changes the card's size: it is placed again, so it never outgrows the window.
    this.resized = win.ResizeObserver ? new win.ResizeObserver(() => (this.place(), this.placePanel())) : undefined;
    this.resized?.observe(this.mount);
    this.resized?.observe(this.panelMount);
    signal.addEventListener('abort', () => this.resized?.disconnect());
    // A script that restyles or re-attributes the host is undone before the next frame is drawn.
    this.guard = new win.MutationObserver(() => {
      if (this.host.getAttribute('style') !== this.styleText) this.applyHostStyle();
      for (const a of [...this.host.attributes]) if (a.name !== 'style' && a.name !== 'popover') this.host.removeAttribute(a.name);
      if (this.isOpen && !this.host.matches(':popover-open')) this.raise();
    });
    this.guard.observe(this.host, { attributes: true });
    signal.addEventListener('abort', () => this.guard.disconnect());
    // A page dialog or popover opened after the card would cover it in the top layer, and a page script can
    // close our popover: either way the card goes back on top.
    doc.addEventListener(
      'toggle',
      (e) => {
        if (!this.isOpen) return;
        const state = e.newState;
        if (e.target === this.host ? state === 'closed' : state === 'open') this.raise();
      },
      { capture: true, signal },
    );
  }

  private styleText = '';

  private applyHostStyle(): void {
    const st = this.host.style;
    st.cssText = '';
    for (const decl of `${HOST_STYLE}left:${this.left};top:${this.top};`.split(';').filter(Boolean)) {
      const [k, v] = decl.split(':') as [string, string];
      st.setProperty(k, v, 'important');
    }
    this.styleText = this.host.getAttribute('style') ?? '';
  }

  /** Puts the card on top of the top layer (again). */
  private raise(): void {
    if (!('showPopover' in this.host)) return;
    if (this.host.matches(':popover-open')) this.host.hidePopover();
    if (this.host.getAttribute('popover') !== 'manual') this.host.setAttribute('popover', 'manual');
    this.host.showPopover();
  }

  /** Whether the card is showing. */
  get isOpen(): boolean {
    return this.cardShown && this.host.isConnected;
  }

  /** Whether the capture panel is showing. */
  get panelOpen(): boolean {
    return this.panelShown && this.host.isConnected;
  }

  /**
   * Shows the card for `anchor`, next to it: by the line box under `point` when the name wraps over two lines
   * (the pointer's), else by its first.
   */
  show(anchor: HTMLElement | Range, props: PersonCardProps, point?: { x: number; y: number }): void {
    // A name drawn with a range (issue 23) has no element: the card stands by its range, as a quote's does.
    this.anchor = 'nodeType' in anchor ? anchor : undefined;
    this.range = 'nodeType' in anchor ? undefined : anchor;
    this.line = point ? lineAt(anchor.getClientRects(), point) : 0;
    this.open(<PersonCard {...props} />);
  }

  /** Shows a quote's card next to the passage that reproduces it (a range: quote markers are not elements). */
  showQuote(range: Range, props: QuoteCardProps, point?: { x: number; y: number }): void {
    this.anchor = undefined;
    this.range = range;
    this.line = point ? lineAt(range.getClientRects(), point) : 0;
    this.open(<QuoteCard {...props} />);
  }

  private attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    // The top layer sits above any z-index the page can set.
    if (!this.host.matches?.(':popover-open')) this.raise();
  }

  private open(card: ComponentChildren): void {
    this.attach();
    this.cardShown = true;
    render(<I18n.Provider value={this.t}>{card}</I18n.Provider>, this.mount);
    this.place();
  }

  /** Shows the capture panel by `at` (the selection's box), or renders it again where it is; `t` translates it. */
  showPanel(panel: ComponentChildren, at?: DOMRect, t: Translate = this.t): void {
    this.attach();
    this.panelShown = true;
    if (at) this.panelAt = at;
    render(<I18n.Provider value={t}>{panel}</I18n.Provider>, this.panelMount);
    this.placePanel();
  }

  /** Places the panel by the selection, in the window (it stays there while the page scrolls under it). */
  placePanel(): void {
    const win = this.doc.defaultView;
    const box = this.panelMount.firstElementChild as HTMLElement | null;
    if (!win || !box || !this.panelAt) return;
    const vp = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const p = placeCard(this.panelAt, { width: box.offsetWidth || 380, height: box.scrollHeight || 400 }, vp, { rtl: false });
    const st = this.panelMount.style;
    // Relative to the host, which the card's placement moves: `place()` puts the panel back after.
    st.position = 'absolute';
    st.left = `${Math.round(p.left - (parseFloat(this.host.style.left) || 0))}px`;
    st.top = `${Math.round(p.top - (parseFloat(this.host.style.top) || 0))}px`;
    box.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
  }

  /** Closes the panel; the host goes once nothing of ours shows. */
  hidePanel(): void {
    render(null, this.panelMount);
    this.panelShown = false;
    if (!this.cardShown) this.detach();
  }

  private detach(): void {
    if (this.host.matches?.(':popover-open')) this.host.hidePopover();
    this.host.remove();
  }

  /** Repositions the card next to its anchor; closes it once the anchor left the page or the screen. */
  place(): void {
    const a = this.anchor ?? this.range;
    const win = this.doc.defaultView;
    if (!a || !win || !this.isOpen) return;
    const owner = this.anchor ?? this.range?.startContainer.parentElement;
    if (!owner?.isConnected) return this.hide();
    const rects = a.getClientRects();
    const r = rects[Math.min(this.line, rects.length - 1)] ?? a.getBoundingClientRect();
    // A card over text its name has scrolled away from would describe the wrong words.
    if (r.bottom <= 0 || r.top >= win.innerHeight || r.right <= 0 || r.left >= win.innerWidth) return this.hide();
    const card = this.mount.firstElementChild as HTMLElement | null;
    // The card's height as it would be uncapped: its frame plus all of its scrolling body.
    const body = card?.querySelector<HTMLElement>('.body');
    const height = card ? card.offsetHeight + (body ? body.scrollHeight - body.clientHeight : 0) : 200;
    const size = { width: card?.offsetWidth ?? 360, height };
    const rtl = win.getComputedStyle(owner).direction === 'rtl';
    const vp = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const p = placeCard(r, size, vp, { rtl });
    // Only the position changes here (on every scroll); the guard compares against what we wrote last.
    this.left = `${Math.round(p.left)}px`;
    this.top = `${Math.round(p.top)}px`;
    this.host.style.setProperty('left', this.left, 'important');
    this.host.style.setProperty('top', this.top, 'important');
    this.styleText = this.host.getAttribute('style') ?? '';
    if (card) card.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
    if (this.panelShown) this.placePanel();
  }

  /** Whether an event target is inside the card. */
  contains(target: EventTarget | null): boolean {
    return target === this.host || (target instanceof Node && this.host.contains(target));
  }

  /** Focuses the first button in the card. */
  focusFirst(): void {
    (this.root.querySelector('button') as HTMLElement | null)?.focus();
  }

  /** Hides and unmounts the card (the panel, if open, stays). */
  hide(): void {
    render(null, this.mount);
    this.cardShown = false;
    if (!this.panelShown) this.detach();
    this.anchor = undefined;
    this.range = undefined;
  }
}
