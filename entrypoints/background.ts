import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isMessage } from '../lib/messages';
import { mayAsk, RATE_LIMITS, RateLimiter } from '../lib/message-policy';
import { recordFrameTally, clearTab } from '../platform/tab-tallies';
import { getTabTally } from '../platform/storage';
import { servePeople } from '../platform/people-service';

export default defineBackground(() => {
  const people = servePeople();
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

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-highlight' && command !== 'previous-highlight') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs.sendMessage(tab.id, { type: 'dramatis/command', command }, { frameId: 0 }).catch(() => undefined);
  });
});
