/**
 * WXT hands a frame over from an old content script to a newer one (after an
 * update) with a document event named after the extension. A page can
 * dispatch that event too, with the same detail (Chromium copies a page's
 * detail into our world), to stop Dramatis in its frame. What a page cannot
 * touch is our world's global object: each content script counts itself there
 * as it loads, before WXT makes its context and sends the event, and the
 * event is let through only once a newer script has counted itself.
 */
const STARTS = Symbol.for('dramatis.content-script-starts');

type World = { [STARTS]?: number };

/** Counts a content script starting in this world; call it at the script's top level. */
export function countStart(world: object = globalThis): void {
  const w = world as World;
  w[STARTS] = (w[STARTS] ?? 0) + 1;
}

/** Stops start events that no newer script of ours sent, before WXT's own listener sees them. */
export function guardScriptStarted(win: Window, type: string, signal: AbortSignal, world: object = globalThis): void {
  const w = world as World;
  const mine = w[STARTS] ?? 0;
  win.addEventListener(
    type,
    (e) => {
      // Capture on the window runs before WXT's listener on the document.
      if ((w[STARTS] ?? 0) <= mine) e.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
