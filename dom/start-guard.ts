/**
 * WXT hands a frame over from an old content script to a newer one (after an
 * update) with a document event named after the extension and the script. A
 * page can dispatch that event too, with the same detail (Chromium copies a
 * page's detail into our world), to stop Dramatis in its frame. What a page
 * cannot touch is our world's global object: each content script counts itself
 * there as it loads, under its own name, before WXT makes its context
 * and sends the event, and the event is let through only once a newer copy of
 * that script has counted itself. The counts are per script: the frame probe
 * (which has no WXT context, so no such event) and the content script share a
 * world, and the probe's count must not let a page stop the content script.
 */
const STARTS = Symbol.for('dramatis.content-script-starts');

type World = { [STARTS]?: Record<string, number> };

/** Counts a content script (by its entrypoint's name) starting in this world; call it at the script's top level. */
export function countStart(script: string, world: object = globalThis): void {
  const counts = ((world as World)[STARTS] ??= {});
  counts[script] = (counts[script] ?? 0) + 1;
}

/**
 * Stops start events (`type`, WXT's for `script`) that no newer copy of the script sent, before WXT's listener
 * sees them. The caller reads `type` inside its `main`: WXT imports the entrypoint at build time to read its
 * options, when that name cannot be made, so no module the entrypoint loads may read it at its top level.
 */
export function guardScriptStarted(win: Window, type: string, script: string, signal: AbortSignal, world: object = globalThis): void {
  const count = () => (world as World)[STARTS]?.[script] ?? 0;
  const mine = count();
  win.addEventListener(
    type,
    (e) => {
      // Capture on the window runs before WXT's listener on the document.
      if (count() <= mine) e.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
