import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isMessage } from '../lib/messages';
import { mayAsk, RATE_LIMITS, RateLimiter } from '../lib/message-policy';
import { recordFrameTally, clearTab } from '../platform/tab-tallies';
import { getTabTally } from '../platform/storage';
import { servePeople } from '../platform/people-service';
import { saveCapture } from '../platform/capture-service';
import { startCapture } from '../platform/capture-start';
import { answerProbe } from '../lib/probe-answer';
import { recheckProbesOnChange, startFrame } from '../platform/frame-start';
import { getSettings } from '../platform/storage';

const MENU_ID = 'dramatis-capture';

export default defineBackground(() => {
  const people = servePeople();
  recheckProbesOnChange();
  const limiter = new RateLimiter();
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((m: unknown, sender) => {
    // Only our own content scripts and pages may talk to us, each only of what it needs, and a tab only so often.
    if (sender.id !== browser.runtime.id || !isMessage(m)) return undefined;
    const from = sender.url?.startsWith(ownPages) ? 'extension-page' : 'content';
    if (!mayAsk(m.type, from)) return undefined;
    const limit = RATE_LIMITS[m.type];
    if (limit && from === 'content' && !limiter.allow(`${sender.tab?.id}:${m.type}`, limit, Date.now())) return undefined;
    switch (m.type) {
      case 'dramatis/tally':
        if (sender.tab?.id === undefined) return undefined;
        return recordFrameTally(sender.tab.id, sender.frameId ?? 0, m.rows, m.url, m.quotes);
      case 'dramatis/get-tab-tally':
        return getTabTally(m.tabId);
      case 'dramatis/people-named':
        return people.named(m.words);
      case 'dramatis/find-people':
        return people.find(m.query, m.ids, m.limit);
      case 'dramatis/save-capture':
        return saveCapture(m.change, m.title);
      case 'dramatis/start-frame':
      case 'dramatis/probe-frame': {
        // The top frame has the content script from the start.
        const tabId = sender.tab?.id;
        if (tabId === undefined || !sender.frameId) return undefined;
        const start = () => startFrame(tabId, sender.frameId!, (sender as { documentId?: string }).documentId);
        if (m.type === 'dramatis/start-frame') return start();
        return answerProbe(m, { policy: getSettings, named: (words) => people.named(words), start });
      }
      case 'dramatis/open-person':
        return browser.tabs.create({ url: browser.runtime.getURL(`/options.html#person=${encodeURIComponent(m.personId)}`) });
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    limiter.forget(`${tabId}:`);
    void clearTab(tabId, false);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A top-level navigation starts a new page: its frames will report afresh.
    if (change.status === 'loading') void clearTab(tabId, true);
  });

  // One entry on a selection; made afresh whenever the background starts, so it never lingers or doubles.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuCapture'), contexts: ['selection'] }));
  const onMenu = (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) return startCapture(tab.id, info.frameId ?? 0);
  };
  browser.contextMenus.onClicked.addListener(onMenu);
  // A script cannot click a context menu: the end-to-end build lets tests call the menu's own handler.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { dramatisMenuClick: onMenu });

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'capture') return startCapture(tab.id);
    if (command !== 'next-highlight' && command !== 'previous-highlight') return;
    await browser.tabs.sendMessage(tab.id, { type: 'dramatis/command', command }, { frameId: 0 }).catch(() => undefined);
  });
});
