/**
 * The card's container: owns the shadow root, mounting, placement and teardown.
 * The card component itself stays presentational (like Hypothesis's Adder).
 */
import { render } from 'preact';
import { I18n, type Translate } from '../components/i18n';
import { PersonCard, type PersonCardProps } from '../components/PersonCard';
import { placeCard } from '../lib/placement';

const HOST_STYLE =
  'position:fixed;inset:auto;left:0;top:0;margin:0;padding:0;border:0;background:transparent;overflow:visible;z-index:2147483647;display:block;width:auto;height:auto;max-width:none;max-height:none;';

/** A card mounted in a shadow root on `doc`. */
export class CardHost {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLElement;
  anchor?: HTMLElement;

  constructor(
    private readonly doc: Document,
    css: string,
    private readonly t: Translate,
  ) {
    this.host = doc.createElement('dramatis-card');
    for (const decl of HOST_STYLE.split(';').filter(Boolean)) {
      const [k, v] = decl.split(':') as [string, string];
      this.host.style.setProperty(k, v, 'important');
    }
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    this.mount = doc.createElement('div');
    this.root.append(style, this.mount);
  }

  /** Whether the card is showing. */
  get open(): boolean {
    return this.host.isConnected;
  }

  /** Shows the card for `anchor`, next to it. */
  show(anchor: HTMLElement, props: PersonCardProps): void {
    this.anchor = anchor;
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    // The top layer sits above any z-index the page can set.
    if ('showPopover' in this.host && !this.host.matches(':popover-open')) {
      this.host.setAttribute('popover', 'manual');
      this.host.showPopover();
    }
    render(
      <I18n.Provider value={this.t}>
        <PersonCard {...props} />
      </I18n.Provider>,
      this.mount,
    );
    this.place();
  }

  /** Repositions the card next to its anchor; closes it if the anchor left the page. */
  place(): void {
    const a = this.anchor;
    const win = this.doc.defaultView;
    if (!a || !win || !this.open) return;
    if (!a.isConnected) return this.hide();
    const rects = a.getClientRects();
    const r = rects[0] ?? a.getBoundingClientRect();
    const card = this.mount.firstElementChild as HTMLElement | null;
    const size = card ? { width: card.offsetWidth, height: card.scrollHeight } : { width: 360, height: 200 };
    const rtl = win.getComputedStyle(a).direction === 'rtl';
    const vp = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const p = placeCard(r, size, vp, { rtl });
    this.host.style.setProperty('left', `${Math.round(p.left)}px`, 'important');
    this.host.style.setProperty('top', `${Math.round(p.top)}px`, 'important');
    if (card) card.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
  }

  /** Whether an event target is inside the card. */
  contains(target: EventTarget | null): boolean {
    return target === this.host || (target instanceof Node && this.host.contains(target));
  }

  /** Focuses the first button in the card. */
  focusFirst(): void {
    (this.root.querySelector('button') as HTMLElement | null)?.focus();
  }

  /** Hides and unmounts the card. */
  hide(): void {
    render(null, this.mount);
    if (this.host.matches?.(':popover-open')) this.host.hidePopover();
    this.host.remove();
    this.anchor = undefined;
  }
}
