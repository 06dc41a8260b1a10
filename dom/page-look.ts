/**
 * How a page's highlights look, installed lazily: the stylesheet goes in just before the first highlight (and
 * into the open shadow roots met so far), so a page or frame that names nobody gets none; each affiliation
 * group's inline style is built once per look, not once per highlight.
 */
import type { Settings } from '../lib/settings';
import { highlightCss, highlightInline, installPageStyle, nameRangeCss, type PageStyle, quoteCss } from './page-style';

/** One document's highlight look. */
export class PageLook {
  private style?: PageStyle;
  /** The sheet of everything drawn with ranges (quote markers, names in editors), installed with the first. */
  private rangeStyle?: PageStyle;
  private readonly roots: ShadowRoot[] = [];
  private readonly inline = new Map<number | undefined, string>();

  constructor(
    private readonly doc: Document,
    private settings: Settings,
  ) {}

  /** An open shadow root holding text: it gets the stylesheet too (now, or with the first highlight). */
  addRoot(root: ShadowRoot): void {
    this.roots.push(root);
    this.style?.addRoot(root);
    this.rangeStyle?.addRoot(root);
  }

  /**
   * Installs the sheet of what is drawn with ranges, once (in the document and the shadow roots met): any
   * `::highlight()` rule restyles the whole page (see `quoteCss`), so it goes in with the first range.
   */
  ensureRangeStyle(): void {
    if (this.rangeStyle) return;
    this.rangeStyle = installPageStyle(this.doc, rangeCss(this.settings));
    for (const r of this.roots) this.rangeStyle.addRoot(r);
  }

  /** The inline style of a highlight of this group; the stylesheet goes in with the first. */
  inlineStyle(group: number | undefined): string {
    if (!this.style) {
      this.style = installPageStyle(this.doc, highlightCss(this.settings));
      for (const r of this.roots) this.style.addRoot(r);
    }
    let style = this.inline.get(group);
    if (style === undefined) this.inline.set(group, (style = highlightInline(this.settings, group)));
    return style;
  }

  /** New colours or style: the stylesheet is updated, and the inline styles are built again when asked for. */
  restyle(settings: Settings): void {
    this.settings = settings;
    this.style?.update(highlightCss(settings));
    this.rangeStyle?.update(rangeCss(settings));
    this.inline.clear();
  }

  /** Whether cards should be dark: the setting, or the system's preference for "auto". */
  get dark(): boolean {
    return isDark(this.settings, this.doc.defaultView);
  }

  /** Takes the stylesheet out (last, once no highlight is left to restyle). */
  remove(): void {
    this.style?.remove();
    this.rangeStyle?.remove();
  }
}

/** Whether Dramatis's cards and panel are dark: the setting, or the system's preference for "auto". */
export function isDark(settings: Settings, win: Window | null): boolean {
  const s = settings.theme;
  return s === 'dark' || (s === 'auto' && !!win?.matchMedia?.('(prefers-color-scheme: dark)').matches);
}

const rangeCss = (s: Settings) => `${quoteCss(s)}\n${nameRangeCss(s)}`;
