/**
 * The content script's side of capturing (issue 17): the capture panel wired to the background. Who is known
 * comes from `dramatis/people-named`, the speaker search from `dramatis/find-people`, and a save goes to
 * `dramatis/save-capture`; the page's people and settings come from the content script that owns them.
 */
import { browser } from 'wxt/browser';
import type { CardHost } from '../dom/card-host';
import { Capture } from '../dom/capture';
import { choiceOf } from '../dom/capture-draft';
import type { PageController } from '../dom/page-controller';
import type { PageCount } from '../dom/preview-count';
import { isDark } from '../dom/page-look';
import type { Message, SaveReply } from '../lib/messages';
import type { FoundPeople, NamedPeople } from '../lib/people-index';
import type { Settings } from '../lib/settings';
import { isSiteEnabled } from '../lib/site-rules';
import { t } from './i18n';

const ask = <T>(m: Message) => browser.runtime.sendMessage<Message, T>(m);

/** The capture panel for this document. */
export function captureClient(o: {
  url(): string;
  host(): CardHost;
  settings(): Settings;
  page(): PageController | undefined;
  /** Whether the extension is still there (reading WXT's `ctx.isInvalid`). */
  alive(): boolean;
  counter: PageCount;
}): Capture {
  return new Capture({
    doc: document,
    url: o.url,
    host: o.host,
    t,
    theme: () => (isDark(o.settings(), window) ? 'dark' : 'light'),
    siteOn: () => isSiteEnabled(o.settings(), o.url()),
    mode: () => o.settings().highlightMode,
    counter: o.counter,
    onPage: (range) => {
      const r = o.page()?.peopleOnPage(range);
      return { people: r?.people.map(choiceOf) ?? [], nearest: r?.nearest };
    },
    known: async (words) => (await ask<NamedPeople>({ type: 'dramatis/people-named', words })).people,
    search: async (query) =>
      (await ask<FoundPeople>({ type: 'dramatis/find-people', query, ids: [], limit: 20 })).hits.map((h) => choiceOf(h.person)),
    save: (change) => ask<SaveReply>({ type: 'dramatis/save-capture', change, title: t('myNotes') }),
    alive: o.alive,
  });
}
