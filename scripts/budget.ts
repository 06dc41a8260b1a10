/** What every page pays for: the content script's gzip budget, in bytes. */
// 58.5 kB gzip on 2026-11-30 with the capture panel (issue 17: 7 kB of it, the panel, its checks and the page's
// metadata, then in every frame because every frame could capture), plus 15%: room for a fix, not a feature unweighed.
// Drawing without changing the page (issue 23: regions, ranges and their hover) took it to 61.8 kB.
export const CONTENT_BUDGET_BYTES = 67 * 1024;
/**
 * Every subframe's probe (issue 21): 2.3 kB gzip on 2026-11-30, plus 15%. It was 12.0 kB while it was a WXT
 * content script, with the browser API polyfill and the storage module; the background now decides for it.
 */
export const PROBE_BUDGET_BYTES = Math.round(2.7 * 1024);

/** Each script's budget, by its path in the build: checked by the build and the bundle test. */
export const SCRIPT_BUDGETS = { 'content-scripts/content.js': CONTENT_BUDGET_BYTES, 'frame-probe.js': PROBE_BUDGET_BYTES } as const;
