/**
 * The background's half of a subframe's probe (issue 21): the whole content script is injected into a frame
 * only once its probe has found a word that can start a name, or the reader asked to capture there. The file
 * is injected by the background, so it never has to be web-accessible, where any page could probe for it.
 */
import { browser } from 'wxt/browser';

/** The content script as built (entrypoints/content.ts). */
export const CONTENT_SCRIPT = '/content-scripts/content.js';

/** Injects the content script into one frame (its current document, where the browser can say which). */
export async function startFrame(tabId: number, frameId: number, documentId?: string): Promise<boolean> {
  // Targeting the document, not the frame, so a frame that has since navigated does not get it twice.
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  try {
    await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
    return true;
  } catch (e) {
    // A frame that navigated or closed in between; nothing to mend.
    console.warn(`Dramatis: could not start in frame ${frameId} (${(e as Error).message})`);
    return false;
  }
}
