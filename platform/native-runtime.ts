/**
 * The browser's own `runtime` API, for the one script that cannot afford the polyfill: the probe that runs in
 * every subframe (issue 21). Evaluating the polyfill, and WXT's content script context that imports it, was
 * about a third of what the probe cost each frame that names nobody. Everything else goes through
 * `wxt/browser`.
 *
 * Only what behaves the same in both browsers is used: `sendMessage` returns a promise in Chromium's
 * Manifest V3 and in Firefox, and a listener answers through `sendResponse` (returning true keeps the
 * channel open), which both support.
 */
import type { Message } from '../lib/messages';

/** A message listener: it answers through `sendResponse`. */
export type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined;

export interface NativeRuntime {
  readonly id?: string;
  sendMessage(message: Message): Promise<unknown>;
  onMessage: { addListener(f: Listener): void; removeListener(f: Listener): void };
}

/** Firefox's `browser.runtime`, or Chromium's `chrome.runtime` (Chromium has no `browser`). */
export function nativeRuntime(world: object = globalThis): NativeRuntime | undefined {
  const w = world as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  return w.browser?.runtime?.id ? w.browser.runtime : w.chrome?.runtime;
}

/** Whether the extension is still there: after an update or a reload, an old script's runtime has no id. */
export function runtimeAlive(runtime: NativeRuntime): boolean {
  try {
    return !!runtime.id;
  } catch {
    return false;
  }
}
