import cardCss from '../components/card.css?inline';
import quotesCss from '../components/quotes.css?inline';
import captureCss from '../components/capture.css?inline';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { isMessage, type Message } from '../lib/messages';
import { CardHost } from '../dom/card-host';
import { answersCapture } from '../dom/selection';
import { captureClient } from '../platform/capture-client';
import { PageCount } from '../dom/preview-count';
import { needsRescan, withHiddenName } from '../lib/settings';
import { PAGE_MATCHES } from '../lib/page-support';
import { isSiteEnabled } from '../lib/site-rules';
import { PageController } from '../dom/page-controller';
import { pageUrl } from '../dom/page-url';
import { takeCaptureOnStart } from '../dom/wake-reason';
import { countStart, guardScriptStarted } from '../dom/start-guard';
import { t, uiDir } from '../platform/i18n';
import { loadPeopleSource } from '../platform/people-source';
import { getSettings, updateSettings, watchDatasetsSummary, watchSettings } from '../platform/storage';

// This script's entrypoint name. It counts itself before WXT makes its context and tells any older copy to
// stop: see dom/start-guard.ts.
const SCRIPT = 'content';
countStart(SCRIPT);

export default defineContentScript({
  matches: PAGE_MATCHES,
  // The top frame only: a subframe runs the small probe first (frame-probe.ts), and the background
  // injects this script only into a frame whose words can start a name, or that is asked to capture.
  runAt: 'document_idle',
  // WXT's start-up `postMessage` tells every page that Dramatis is there; the newer-script handoff uses a
  // document event instead, which `guardScriptStarted` keeps pages from forging.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    guardScriptStarted(window, started, SCRIPT, ctx.signal);
    let settings = await getSettings();
    // Frames ask the background for their people rather than loading every dataset (see loadPeopleSource).
    const where = { subframe: window !== window.top };
    let people = await loadPeopleSource(settings, where);
    let page: PageController | undefined;
    // Bumped whenever what should run changes, so a slow start that lost the race stands down.
    let generation = 0;
    // A big page is restored over a few slices; a restart waits for that to finish.
    let stopping: Promise<void> = Promise.resolve();
    let building: AbortController | undefined;
    const send = (m: Message) => browser.runtime.sendMessage(m).catch(() => undefined);
    // One shadow root for the card and the capture panel, made when either first opens.
    let host: CardHost | undefined;
    const cardHost = () => (host ??= new CardHost(document, quotesCss + cardCss + captureCss, t, ctx.signal, uiDir()));
    // "Would highlight N here", for the capture panel and the options' editor: one read of the page per run of counts.
    const counter = new PageCount(document, ctx.signal);
    // Reading `ctx.isInvalid` is how WXT notices that the extension went away (and tears the rest down).
    const capture = captureClient({
      url: () => pageUrl(window),
      host: cardHost,
      settings: () => settings,
      page: () => page,
      alive: () => !ctx.isInvalid,
      counter,
    });

    const stop = () => {
      generation++;
      building?.abort();
      if (page) stopping = page.stop();
      page = undefined;
    };
    const sync = async () => {
      const on = isSiteEnabled(settings, pageUrl(window));
      if (on && !page) {
        const mine = ++generation;
        building?.abort();
        building = new AbortController();
        const { signal } = building;
        const matchers = people.matchers(window, signal, { useAnchored: settings.useAnchored });
        await stopping;
        if (mine !== generation || page || ctx.isInvalid) return;
        const source = people;
        page = new PageController({
          doc: document,
          directory: () => source.directory(),
          ...matchers,
          settings,
          cardCss: quotesCss + cardCss,
          t,
          onTally: (rows, quotes) => void send({ type: 'dramatis/tally', rows, quotes, url: location.href }),
          hideName: (personId, form) =>
            void updateSettings((s) => ({ hiddenNames: withHiddenName(s.hiddenNames, { site: location.hostname, personId, form }) })).catch(
              (e: Error) => console.warn(`Dramatis: ${e.message}`),
            ),
          openPerson: (personId) => void send({ type: 'dramatis/open-person', personId }),
          cardHost,
        });
      } else if (!on) {
        stop();
        // Still say where we are, so the popup can offer to switch this site on.
        void send({ type: 'dramatis/tally', rows: [], url: location.href });
      }
    };
    const reload = async (next = settings) => {
      people = await loadPeopleSource(next, where);
      settings = next;
      stop();
      await sync();
    };

    // Watch first, so a change made while the first start is compiling is not missed.
    const unwatchSettings = watchSettings((next) => {
      if (needsRescan(settings, next)) return void reload(next);
      settings = next;
      page?.restyle(next);
      void sync();
    });
    // The background updates this summary once it has taken in a change to the imports.
    const unwatchDatasets = watchDatasetsSummary(() => void reload());
    const onMessage = (m: unknown) => {
      if (!isMessage(m)) return undefined;
      // A claim is asked of every frame: only one holding a selection answers (at once), so the background hears from it.
      if (m.type === 'dramatis/capture') return answersCapture(document, m.claim) ? capture.open(m.claim) : undefined;
      if (m.type === 'dramatis/count-forms') return Promise.resolve(counter.count(m.names, settings.highlightMode));
      if (!page) return undefined;
      if (m.type === 'dramatis/jump') return Promise.resolve(page.jump(m.personId, m.index));
      if (m.type === 'dramatis/jump-quote') return Promise.resolve(page.jumpQuote({ personId: m.personId, index: m.quote }, m.index));
      if (m.type === 'dramatis/command') page.step(m.command === 'next-highlight' ? 1 : -1);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatchSettings();
      unwatchDatasets();
      stop();
      capture.markGone();
    });
    await sync();
    // A probe brought this script in to capture: the request it answered is opened now.
    if (takeCaptureOnStart() && !ctx.isInvalid) void capture.open(false);
  },
});
