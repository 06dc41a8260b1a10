/**
 * The popup's container: finds the tab it acts on (`?tabId=N` or the active
 * tab), loads settings and tally, asks the background for the people it shows,
 * and turns the view's events into storage writes and messages.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../components/PopupView';
import { searchPeople } from '../lib/people-search';
import { type JumpQuoteMessage, locateMention, locateQuote, type OpenPersonMessage, type TabTally } from '../lib/messages';
import { displayHost } from '../lib/punycode';
import type { Person } from '../lib/schema';
import type { Settings } from '../lib/settings';
import { isSiteEnabled, toggleSite } from '../lib/site-rules';
import { t } from '../platform/i18n';
import { getSettings, getTabTally, updateSettings, watchSettings, watchTabTally } from '../platform/storage';
import { blockedReason } from '../lib/page-support';
import { useFoundPeople } from './use-found-people';
import { startCapture } from '../platform/capture-start';

/** The tab to act on: `?tabId=N` (how tests drive it) or the active tab. */
async function resolveTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) return Number(param);
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/**
 * Which of the page's people a query matches. All are known here, so they are searched in full: the
 * background's best hits overall could leave some of them out.
 */
function matchingOnPage(rows: ReadonlyArray<{ person: Person }>, query: string): Set<string> {
  const people = rows.map((r) => r.person);
  return new Set(searchPeople(people, query, people.length).map((h) => h.person.id));
}

/** The popup, wired to the browser. */
export function PopupContainer() {
  const [tabId, setTabId] = useState<number>();
  const [settings, setSettings] = useState<Settings>();
  const [tally, setTally] = useState<TabTally>();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string>();
  const [position, setPosition] = useState<{ personId: string; index: number }>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    let stopTally: (() => void) | undefined;
    void (async () => {
      const [id, s] = await Promise.all([resolveTabId(), getSettings()]);
      setTabId(id);
      setSettings(s);
      if (id !== undefined) {
        setTally(await getTabTally(id));
        stopTally = watchTabTally(id, setTally);
      } else setTally({ rows: [], frames: [] });
    })();
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopSettings();
      stopTally?.();
    };
  }, []);

  // The page's URL comes from our content script: no report means it cannot run there.
  const tab = tabId !== undefined && tally?.url ? { id: tabId, url: tally.url } : undefined;
  const blocked = tally && !tab ? blockedReason('') : tab ? blockedReason(tab.url) : undefined;
  // Shown as a reader writes it ("école.fr"), not as the browser encodes it ("xn--cole-9oa.fr").
  const host = tab && !blocked ? displayHost(new URL(tab.url).hostname) : undefined;
  const [found, error] = useFoundPeople(
    query,
    useMemo(() => tally?.rows.map((r) => r.personId), [tally]),
  );
  const directory = found?.directory;
  const rows = useMemo(() => {
    if (!tally || !directory) return null;
    const total = tally.rows.reduce((n, r) => n + r.count, 0) || 1;
    return tally.rows.flatMap((r) => {
      const person = directory.byId.get(r.personId);
      return person ? [{ person, count: r.count, share: r.count / total }] : [];
    });
  }, [tally, directory]);
  const matching = useMemo(() => (rows && query.trim() ? matchingOnPage(rows, query) : null), [query, rows]);
  // The quotes found on the page, with their speakers and words, from the people the background sent.
  const quotes = useMemo(
    () =>
      (tally?.quotes ?? []).flatMap((r) => {
        const q = directory?.quotesBy(r.personId)[r.index];
        return q ? [{ personId: r.personId, index: r.index, count: r.count, speaker: q.speakerName, text: q.text }] : [];
      }),
    [tally, directory],
  );
  const [quotePosition, setQuotePosition] = useState<{ key: string; index: number }>();
  const jumpQuote = async (personId: string, quote: number) => {
    if (!tab || !tally) return;
    const key = `${personId}\n${quote}`;
    const next = quotePosition?.key === key ? quotePosition.index + 1 : 0;
    const where = locateQuote(tally, { personId, index: quote }, next);
    if (!where) return;
    const m: JumpQuoteMessage = { type: 'dramatis/jump-quote', personId, quote, index: where.index };
    await browser.tabs.sendMessage(tab.id, m, { frameId: where.frameId }).catch(() => undefined);
    setQuotePosition({ key, index: next });
  };

  const jump = async (personId: string) => {
    if (!tab || !tally) return;
    const next = position?.personId === personId ? position.index + 1 : 0;
    const count = tally.rows.find((r) => r.personId === personId)?.count ?? 0;
    const where = locateMention(tally, personId, next);
    if (!where) return;
    await browser.tabs
      .sendMessage(tab.id, { type: 'dramatis/jump', personId, index: where.index }, { frameId: where.frameId })
      .catch(() => undefined);
    const index = next % Math.max(1, count);
    setPosition({ personId, index });
    setStatus(t('mentionOf', directory?.byId.get(personId)?.name ?? '', index + 1, count));
  };

  const dark = settings?.theme === 'dark' || (settings?.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  return (
    <PopupView
      rows={rows}
      host={host}
      blocked={blocked}
      // The site's own state, pausing aside: while paused, the switch still shows whether this site is on.
      enabled={!!(settings && tab && !blocked && isSiteEnabled({ ...settings, paused: false }, tab.url))}
      paused={!!settings?.paused}
      query={query}
      matching={matching}
      results={found?.hits ?? []}
      total={found?.total ?? 0}
      status={status}
      error={error}
      theme={dark ? 'dark' : 'light'}
      expanded={expanded}
      position={position}
      details={(id) => ({ said: directory?.quotesBy(id) ?? [], saidAbout: directory?.quotesAbout(id) ?? [] })}
      onJump={(id) => void jump(id)}
      onToggle={(id) => setExpanded(expanded === id ? undefined : id)}
      onQuery={setQuery}
      onSite={(on) => tab && void updateSettings((s) => toggleSite(s, tab.url, on)).catch((e: Error) => setStatus(e.message))}
      onPause={(paused) => void updateSettings({ paused }).catch((e: Error) => setStatus(e.message))}
      quotes={quotes}
      onJumpQuote={(personId, index) => void jumpQuote(personId, index)}
      onOptions={() => void browser.runtime.openOptionsPage()}
      // The panel opens on the page, by the selection; the popup gets out of its way.
      onCapture={
        tab ? () => void startCapture(tab.id).then(() => !new URLSearchParams(location.search).has('tabId') && window.close()) : undefined
      }
      onOpenPerson={(personId) => {
        // The same way in as the card's "Open in Dramatis"; the popup closes once the tab opens.
        const m: OpenPersonMessage = { type: 'dramatis/open-person', personId };
        void browser.runtime.sendMessage(m).then(
          () => window.close(),
          (e: Error) => setStatus(e.message),
        );
      }}
    />
  );
}
