/**
 * How a page's highlights look, installed lazily: the stylesheet goes in just before the first highlight (and
 * into the open shadow roots met so far), so a page or frame that names nobody gets none; each affiliation
 * group's inline style is built once per look, not once per highlight.
 */
import type { Settings } from '../lib/settings';
import { highlightCss, highlightInline, installPageStyle, nameRangeCss, type PageStyle, quoteCss, type RangeScope } from './page-style';

/** One document's highlight look. */
export class PageLook {
  private style?: PageStyle;
  /** The quote markers' sheet, installed with the first. */
  private quoteStyle?: PageStyle;
  /** The sheet of names drawn with ranges, installed with the first, and where it reaches (see `nameRangeCss`). */
  private rangeStyle?: PageStyle;
  private rangeScope?: RangeScope;
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
    this.quoteStyle?.addRoot(root);
    this.rangeStyle?.addRoot(root);
  }

  /**
   * Installs the quote markers' sheet, once (in the document and the shadow roots met): any unscoped
   * `::highlight()` rule restyles the whole page (see `quoteCss`), so it goes in with the first marker.
   */
  ensureQuoteStyle(): void {
    this.quoteStyle ??= this.install(quoteCss(this.settings));
  }

  /**
   * Makes the sheet of names drawn with ranges reach `scope`: installed with the first such name, scoped to
   * editors while names are drawn that way only there, and widened (never narrowed) once one is drawn elsewhere.
   */
  ensureRangeStyle(scope: RangeScope): void {
    if (this.rangeScope === 'page' || this.rangeScope === scope) return;
    this.rangeScope = scope;
    const css = nameRangeCss(this.settings, scope);
    if (this.rangeStyle) this.rangeStyle.update(css);
    else this.rangeStyle = this.install(css);
  }

  private install(css: string): PageStyle {
    const style = installPageStyle(this.doc, css);
    for (const r of this.roots) style.addRoot(r);
    return style;
  }

  /** The inline style of a highlight of this group; the stylesheet goes in with the first. */
  inlineStyle(group: number | undefined): string {
    this.style ??= this.install(highlightCss(this.settings));
    let style = this.inline.get(group);
    if (style === undefined) this.inline.set(group, (style = highlightInline(this.settings, group)));
    return style;
  }

  /** New colours or style: the stylesheet is updated, and the inline styles are built again when asked for. */
  restyle(settings: Settings): void {
    this.settings = settings;
    this.style?.update(highlightCss(settings));
    this.quoteStyle?.update(quoteCss(settings));
    if (this.rangeScope) this.rangeStyle?.update(nameRangeCss(settings, this.rangeScope));
    this.inline.clear();
  }

  /** Whether cards should be dark: the setting, or the system's preference for "auto". */
  get dark(): boolean {
    return isDark(this.settings, this.doc.defaultView);
  }

  /** Takes the stylesheet out (last, once no highlight is left to restyle). */
  remove(): void {
    this.style?.remove();
    this.quoteStyle?.remove();
    this.rangeStyle?.remove();
  }
}

/** Whether Dramatis's cards and panel are dark: the setting, or the system's preference for "auto". */
export function isDark(settings: Settings, win: Window | null): boolean {
  const s = settings.theme;
  return s === 'dark' || (s === 'auto' && !!win?.matchMedia?.('(prefers-color-scheme: dark)').matches);
}
