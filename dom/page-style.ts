/**
 * The highlight stylesheet. Adopted into the document, so the page's DOM is
 * not touched; rules are `!important` and specific, so page CSS such as
 * `* { all: unset }` cannot hide or restyle the highlights.
 */
import type { Settings } from '../lib/settings';
import { MARK_TAG } from './collect';

/** CSS for the highlights in the chosen style and colour. */
export function highlightCss(s: Pick<Settings, 'highlightStyle' | 'highlightColor'>): string {
  const c = s.highlightColor;
  const look: Record<Settings['highlightStyle'], string> = {
    soft: `background-color: ${c}66 !important; border-radius: 2px !important;`,
    underline: `text-decoration: underline 2px ${c} !important; text-underline-offset: 2px !important;`,
    dotted: `text-decoration: underline dotted 2px ${c} !important; text-underline-offset: 2px !important;`,
    outline: `outline: 1.5px solid ${c} !important; outline-offset: 0 !important; border-radius: 2px !important;`,
  };
  const sel = `${MARK_TAG}[data-person]`;
  return `
${sel} { all: unset !important; display: inline !important; color: inherit !important; font: inherit !important;
  cursor: help !important; -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important;
  ${look[s.highlightStyle]} }
${sel}:focus-visible { outline: 2px solid #1a73e8 !important; outline-offset: 1px !important; }
${sel}[data-flash] { animation: dramatis-flash 1.2s ease-out 1 !important; }
@keyframes dramatis-flash { 0%, 40% { box-shadow: 0 0 0 4px ${c}cc; } 100% { box-shadow: 0 0 0 0 transparent; } }
`;
}

/** Installs the highlight CSS in a document; returns an update and a removal function. */
export function installPageStyle(doc: Document, css: string): { update(css: string): void; remove(): void } {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (!win || !('adoptedStyleSheets' in doc)) throw new Error('no constructable stylesheets');
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      update: (next) => sheet.replaceSync(next),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    // Firefox's content-script sandbox can refuse a foreign sheet: fall back to a
    // <style> outside <body>, so the body the page owns stays untouched.
    const style = doc.createElement('style');
    style.dataset.dramatis = '';
    style.textContent = css;
    doc.documentElement.appendChild(style);
    return { update: (next) => void (style.textContent = next), remove: () => style.remove() };
  }
}
