import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FrameProbe } from '../dom/frame-probe';
import { pageUrl } from '../dom/page-url';
import { answersCapture } from '../dom/selection';
import { countStart } from '../dom/start-guard';
import { captureOnStart } from '../dom/wake-reason';
import { isCaptureMessage, isRecheckMessage } from '../lib/messages';
import { type Listener, nativeRuntime, runtimeAlive } from '../platform/native-runtime';

/**
 * Every subframe's first script (issue 21), listed in the manifest by wxt.config.ts: the whole content script
 * is brought in by the background only where the frame's text has a word that can start a name, or where the
 * reader asks to capture. The top frame has the content script from the start. An unlisted script, not a WXT
 * content script: WXT's context would bring the polyfill into every frame (see platform/native-runtime.ts).
 */
export default defineUnlistedScript(() => {
  const runtime = nativeRuntime();
  if (window === window.top || !runtime) return;
  countStart('frame-probe');
  const stop = new AbortController();
  const end = () => {
    stop.abort();
    try {
      runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone: so is the listener.
    }
  };
  const probe = new FrameProbe({
    doc: document,
    ask: (text, more) =>
      runtime.sendMessage({ type: 'dramatis/probe-frame', url: pageUrl(window), text, more }).then(
        (started) => started === true,
        (e: unknown) => {
          if (!runtimeAlive(runtime)) end();
          throw e;
        },
      ),
    signal: stop.signal,
  });
  const onMessage: Listener = (m, _sender, reply) => {
    if (probe.awake || !runtimeAlive(runtime)) return void end();
    if (isRecheckMessage(m)) void probe.recheck();
    else if (isCaptureMessage(m) && answersCapture(document, m.claim)) {
      // The content script opens the panel as it starts: its listener is not there yet to be asked.
      captureOnStart();
      probe.woke();
      void runtime.sendMessage({ type: 'dramatis/start-frame' }).catch(() => undefined);
      reply(true);
    }
    return undefined;
  };
  runtime.onMessage.addListener(onMessage);
  void probe.start();
});
