/**
 * How highlights look, and how far page CSS can change that. Two layers:
 * - an adopted stylesheet (the page's DOM is not touched) with `!important`
 *   rules made more specific than any page selector is likely to be (ten
 *   `:not(#\#)`, so ten ids' worth): it beats every unlayered page rule, such
 *   as `* { all: unset }` or `html body dramatis-mark { display: none !important }`;
 * - each highlight's own inline style, `!important` too (`highlightInline`):
 *   the only thing that beats a page's `@layer` `!important` rules, which
 *   outrank every unlayered rule whatever its specificity. It costs about
 *   25 ms per 14,000 highlights (measured in Chromium 156).
 * What no CSS can stop is a page script that rewrites our elements' `style` or
 * removes them; Dramatis does not fight scripts over its own elements.
 */
import type { Settings } from '../lib/settings';
import { EDITOR_SELECTOR, MARK_TAG } from './collect';
import { AFFILIATION_PALETTE } from '../lib/affiliation';
import { QUOTE_FLASH, quoteHighlightName } from './quote-marks';
import { NAME_FOCUS, nameHighlightName } from './name-ranges';

/** The declarations that draw a highlight of colour `c` in a style. */
function look(style: Settings['highlightStyle'], c: string): string {
  switch (style) {
    case 'soft':
      return `background-color: ${c}66 !important; border-radius: 2px !important;`;
    case 'underline':
      return `text-decoration: underline 2px ${c} !important; text-underline-offset: 2px !important;`;
    case 'dotted':
      return `text-decoration: underline dotted 2px ${c} !important; text-underline-offset: 2px !important;`;
    default:
      return `outline: 1.5px solid ${c} !important; outline-offset: 0 !important; border-radius: 2px !important;`;
  }
}

/** What a highlight's own look needs to know. */
type Look = Pick<Settings, 'highlightStyle' | 'highlightColor' | 'colorByAffiliation'>;

/** The declarations that keep a highlight shown, whatever the page's CSS. */
const SHOWN = 'display: inline !important; visibility: visible !important; opacity: 1 !important; color: inherit !important;';

/**
 * A highlight's inline style for its affiliation group (see above). The outline style's outline stays in the
 * stylesheet: the keyboard focus ring is an outline too, and an inline one would hide it.
 */
export function highlightInline(s: Look, group: number | undefined): string {
  const c = s.colorByAffiliation && group !== undefined ? (AFFILIATION_PALETTE[group] ?? s.highlightColor) : s.highlightColor;
  return s.highlightStyle === 'outline' ? SHOWN : `${SHOWN} ${look(s.highlightStyle, c)}`;
}

/** CSS for the highlights in the chosen style and colour, optionally coloured by affiliation group. */
export function highlightCss(s: Look): string {
  const c = s.highlightColor;
  const sel = `${MARK_TAG}[data-person]${':not(#\\#)'.repeat(10)}`;
  const groups = s.colorByAffiliation
    ? AFFILIATION_PALETTE.map((g, i) => `${sel}[data-group="${i}"] { ${look(s.highlightStyle, g)} }`).join('\n')
    : '';
  return `
${sel} { all: unset !important; display: inline !important; color: inherit !important; font: inherit !important;
  cursor: help !important; -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important;
  ${look(s.highlightStyle, c)} }
${groups}
${sel}:focus-visible { outline: 2px solid #1a73e8 !important; outline-offset: 1px !important; }
${sel}[data-flash] { animation: dramatis-flash 1.2s ease-out 1 !important; }
@keyframes dramatis-flash { 0%, 40% { box-shadow: 0 0 0 4px ${c}cc; } 100% { box-shadow: 0 0 0 0 transparent; } }
@media (prefers-reduced-motion: reduce) {
  ${sel}[data-flash] { animation: none !important; box-shadow: 0 0 0 3px ${c} !important; }
}
`;
}

/**
 * Quote markers (dom/quote-marks.ts): a dotted underline in the speaker's colour, set apart from the name
 * highlights' look; the passage a jump chose gets a background for a moment. A sheet of its own, installed
 * with the first quote marker: any `::highlight()` rule makes the browser restyle every element of the page
 * (86 ms on the 2 MB benchmark page, against 4 ms for the highlights' sheet), so pages without a quote never
 * pay for it.
 */
export function quoteCss(s: Look): string {
  const rule = (name: string, c: string) =>
    `::highlight(${name}) { text-decoration: underline dotted 2px ${c}; text-underline-offset: 4px; text-decoration-skip-ink: none; }`;
  // Every group has its rule (in the one colour unless colouring by affiliation), so a restyle needs no re-mark.
  const groups = AFFILIATION_PALETTE.map((g, i) => rule(quoteHighlightName(i), s.colorByAffiliation ? g : s.highlightColor));
  return [
    rule(quoteHighlightName(undefined), s.highlightColor),
    ...groups,
    `::highlight(${QUOTE_FLASH}) { background-color: ${s.highlightColor}88; }`,
  ].join('\n');
}

/**
 * Where names are drawn with ranges so far: only inside editors (the automatic mode's usual case), or anywhere
 * (text the page re-renders, a design-mode document, or "Never modify pages").
 */
export type RangeScope = 'editors' | 'page';

/**
 * Names drawn with ranges (issue 23): the chosen style and colour as far as `::highlight()` can draw them. It
 * takes colours and text decorations only, so the outline style is drawn as a solid underline. The keyboard's
 * focus gets a blue underline and tint, as a focused highlight gets a blue ring.
 *
 * Adopting a sheet with an unscoped `::highlight()` rule restyles every element of the page (90–98 ms on the
 * 2 MB benchmark page, when the first name was drawn in a small editor on it); scoped to editors by attribute
 * and class, it restyles only them (5 ms there). So while names are drawn with ranges only in editors, the
 * rules say so.
 */
export function nameRangeCss(s: Look, scope: RangeScope = 'page'): string {
  const draw = (c: string) =>
    s.highlightStyle === 'soft'
      ? `background-color: ${c}66;`
      : `text-decoration: underline ${s.highlightStyle === 'dotted' ? 'dotted ' : ''}2px ${c}; text-underline-offset: 2px;`;
  const at = (name: string) =>
    scope === 'editors'
      ? `:is(${EDITOR_SELECTOR}) ::highlight(${name}), :is(${EDITOR_SELECTOR})::highlight(${name})`
      : `::highlight(${name})`;
  const groups = AFFILIATION_PALETTE.map((g, i) => `${at(nameHighlightName(i))} { ${draw(s.colorByAffiliation ? g : s.highlightColor)} }`);
  return [
    `${at(nameHighlightName(undefined))} { ${draw(s.highlightColor)} }`,
    ...groups,
    `${at(NAME_FOCUS)} { background-color: #1a73e833; text-decoration: underline 3px #1a73e8; text-underline-offset: 2px; }`,
  ].join('\n');
}

/** The installed stylesheet: restyle, extend to shadow roots, remove. */
export interface PageStyle {
  update(css: string): void;
  /** Applies the same style inside an open shadow root holding highlights. */
  addRoot(root: ShadowRoot): void;
  remove(): void;
}

/** Installs the highlight CSS in a document (and later its shadow roots). */
export function installPageStyle(doc: Document, css: string): PageStyle {
  const win = doc.defaultView;
  const roots: Array<Document | ShadowRoot> = [doc];
  try {
    if (!win || !('adoptedStyleSheets' in doc)) throw new Error('no constructable stylesheets');
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    const adopt = (r: Document | ShadowRoot) => void (r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet]);
    adopt(doc);
    return {
      update: (next) => sheet.replaceSync(next),
      addRoot: (r) => (roots.push(r), adopt(r)),
      remove: () => {
        for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    // Firefox's content-script sandbox can refuse a foreign sheet: fall back to
    // <style> elements outside <body>, so the body the page owns stays untouched.
    const styles: HTMLStyleElement[] = [];
    const add = (parent: Node) => {
      const style = doc.createElement('style');
      style.dataset.dramatis = '';
      style.textContent = css;
      parent.appendChild(style);
      styles.push(style);
    };
    add(doc.documentElement);
    return {
      update: (next) => styles.forEach((st) => (st.textContent = next)),
      addRoot: (r) => add(r),
      remove: () => styles.forEach((st) => st.remove()),
    };
  }
}
