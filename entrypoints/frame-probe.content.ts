import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { FrameProbe } from '../dom/frame-probe';
import { pageUrl } from '../dom/page-url';
import { Regions } from '../dom/regions';
import { answersCapture } from '../dom/selection';
import { countStart, guardScriptStarted } from '../dom/start-guard';
import { captureOnStart } from '../dom/wake-reason';
import { isCaptureMessage, type Message } from '../lib/messages';
import type { NamedPeople } from '../lib/people-index';
import { needsRescan, type Settings } from '../lib/settings';
import { PAGE_MATCHES } from '../lib/page-support';
import { isSiteEnabled } from '../lib/site-rules';
import { getSettings, watchDatasetsSummary, watchSettings } from '../platform/storage';

// This script's entrypoint name. It counts itself before WXT makes its context and tells any older copy to
// stop: see dom/start-guard.ts.
const SCRIPT = 'frame-probe';
countStart(SCRIPT);

/**
 * Every subframe's first script (issue 21): the whole content script is brought in by the background only
 * where a word can start a name, or where the reader asks to capture. The top frame has it from the start.
 */
export default defineContentScript({
  matches: PAGE_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (window === window.top) return;
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    guardScriptStarted(window, started, SCRIPT, ctx.signal);
    let settings = await getSettings();
    let probing: AbortController | undefined;
    let probe: FrameProbe | undefined;
    const done = new AbortController();

    const wake = (capture: boolean) => {
      if (done.signal.aborted) return;
      if (capture) captureOnStart();
      done.abort();
      probing?.abort();
      void browser.runtime.sendMessage({ type: 'dramatis/start-frame' } satisfies Message).catch(() => undefined);
    };
    const names = async (words: string[]) =>
      !!(await browser.runtime.sendMessage<Message, NamedPeople>({ type: 'dramatis/people-named', words }))?.people?.length;
    // What the highlighter would read: editors too, unless the reader has it wrap only.
    const restart = (next: Settings) => {
      probing?.abort();
      probe = undefined;
      settings = next;
      if (done.signal.aborted || ctx.isInvalid || !isSiteEnabled(settings, pageUrl(window))) return;
      probing = new AbortController();
      const regions = new Regions(document, settings.highlightMode, true);
      probe = new FrameProbe({ doc: document, walk: { regions }, names, wake: () => wake(false), signal: probing.signal });
      void probe.start();
    };

    const unwatchSettings = watchSettings((next) => {
      const before = settings;
      if (needsRescan(before, next) || isSiteEnabled(before, pageUrl(window)) !== isSiteEnabled(next, pageUrl(window))) restart(next);
      else settings = next;
    });
    const unwatchDatasets = watchDatasetsSummary(() => void probe?.forget());
    const onMessage = (m: unknown) => {
      if (!isCaptureMessage(m)) return undefined;
      if (!answersCapture(document, m.claim)) return undefined;
      wake(true);
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const stop = () => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatchSettings();
      unwatchDatasets();
      probing?.abort();
    };
    done.signal.addEventListener('abort', stop);
    ctx.onInvalidated(stop);
    restart(settings);
  },
});
