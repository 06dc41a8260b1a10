/**
 * The background's half of a subframe's probe (issue 21): the whole content script is injected into a frame
 * only once the frame's text has a word that can start a name, on a site where Dramatis runs, or once the
 * reader asks to capture there. The file is injected by the background, so it never has to be
 * web-accessible, where any page could probe for it. The background decides, not the probe
 * (lib/probe-answer.ts): it has the settings and the people already, where each frame would have to read them.
 */
import { browser } from 'wxt/browser';
import type { RecheckFramesMessage } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { directoryKey } from './datasets';
import { watchDatasetsSummary, watchSettings } from './storage';

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

/** What a probe's answer depends on in the settings: where Dramatis runs, and which datasets and people. */
function probeKey(s: Settings): string {
  return JSON.stringify([s.paused, s.siteMode, s.exceptSites, s.onlySites, directoryKey(s)]);
}

/**
 * Asks every frame's probe to hand its text over again when its answer may have changed: the site rules or
 * the people changed. Content scripts ignore the message. Returns the unwatch.
 */
export function recheckProbesOnChange(): () => void {
  const recheck = async () => {
    const message: RecheckFramesMessage = { type: 'dramatis/recheck-frames' };
    for (const tab of await browser.tabs.query({}))
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  };
  // Compared with the change's own old value, not one read at start: the change may be what woke the
  // background, and a read then would already see it.
  const unwatchSettings = watchSettings((s, before) => {
    if (probeKey(s) !== probeKey(before)) void recheck();
  });
  const unwatchDatasets = watchDatasetsSummary(() => void recheck());
  return () => {
    unwatchSettings();
    unwatchDatasets();
  };
}
