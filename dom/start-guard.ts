/**
 * WXT hands a frame over from an old content script to a newer one (after an
 * update) with a document event named after the extension. A page can
 * dispatch that event too, to stop Dramatis in its frame. Only an event whose
 * detail was made in this content script's own world gets through: the newer
 * script shares it, a page does not (Chromium gives us `null` for the page's
 * detail, Firefox an Xray of an object from the page's realm).
 */
export function guardScriptStarted(win: Window, type: string, signal: AbortSignal): void {
  const ownObject = Object.getPrototypeOf({}) as object;
  win.addEventListener(
    type,
    (e) => {
      const detail: unknown = (e as CustomEvent).detail;
      const ours = typeof detail === 'object' && detail !== null && Object.getPrototypeOf(detail) === ownObject;
      // Capture on the window runs before WXT's own listener on the document.
      if (!ours) e.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
