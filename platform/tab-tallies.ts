/**
 * Per-tab tallies in the background: each frame reports its own, the tab's is
 * their merge, and the toolbar badge shows how many people were found.
 */
import { browser } from 'wxt/browser';
import { mergeTallies, type TallyRow } from '../lib/mentions';
import { mergeQuotes, type QuoteTallyRow, type TabTally } from '../lib/messages';
import { getTabTally, setTabTally } from './storage';

// Frames report concurrently; chain updates so none is lost between read and write.
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

// MV3 has `action`; Firefox's MV2 build has `browserAction`.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function showBadge(tabId: number, tally: TabTally): Promise<void> {
  const n = tally.rows.length;
  await action()
    .setBadgeBackgroundColor({ tabId, color: '#7a4b00' })
    .catch(() => undefined);
  await action()
    .setBadgeText({ tabId, text: n ? String(n) : '' })
    .catch(() => undefined);
}

/** Records one frame's tally and refreshes the tab's badge. */
export function recordFrameTally(
  tabId: number,
  frameId: number,
  rows: TallyRow[],
  url: string,
  quotes: QuoteTallyRow[] = [],
): Promise<void> {
  return serial(async () => {
    const tab = await getTabTally(tabId);
    const frames = tab.frames.filter((f) => f.frameId !== frameId);
    if (rows.length || quotes.length) frames.push({ frameId, rows, ...(quotes.length ? { quotes } : {}) });
    frames.sort((a, b) => a.frameId - b.frameId);
    const next: TabTally = {
      url: frameId === 0 ? url : tab.url,
      frames,
      rows: mergeTallies(frames.map((f) => f.rows)),
      quotes: mergeQuotes(frames.map((f) => f.quotes)),
    };
    await setTabTally(tabId, next);
    await showBadge(tabId, next);
  });
}

/** Forgets a tab's tally (closed, or navigated away). */
export function clearTab(tabId: number, badge: boolean): Promise<void> {
  return serial(async () => {
    await setTabTally(tabId, null);
    if (badge) await showBadge(tabId, { rows: [], frames: [] });
  });
}
