/**
 * Starting a capture in a tab (issue 17), from the context menu, the keyboard command or the popup. The menu
 * knows the frame the selection is in. The others ask every frame: the one holding a selection opens the panel
 * and answers; if none does, the top frame opens it to say what to select.
 */
import { browser } from 'wxt/browser';
import type { CaptureMessage } from '../lib/messages';

/** Opens the capture panel in `tabId`, in `frameId` when it is known. */
export async function startCapture(tabId: number, frameId?: number): Promise<void> {
  const send = (claim: boolean, frame?: number) =>
    browser.tabs
      .sendMessage<CaptureMessage, boolean | undefined>(
        tabId,
        { type: 'dramatis/capture', claim },
        frame === undefined ? undefined : { frameId: frame },
      )
      .catch(() => undefined);
  if (frameId !== undefined) return void (await send(false, frameId));
  if (!(await send(true))) await send(false, 0);
}
