/** What every page pays for: the content script's gzip budget, in bytes. */
// 58.5 kB gzip on 2026-11-30 with the capture panel (issue 17: 7 kB of it, the panel, its checks and the page's
// metadata, then in every frame because every frame could capture), plus 15%: room for a fix, not a feature unweighed.
// Drawing without changing the page (issue 23: regions, ranges and their hover) took it to 61.8 kB.
export const CONTENT_BUDGET_BYTES = 67 * 1024;
/**
 * Every subframe's probe (issue 21): 12.0 kB gzip on 2026-11-30, plus 15%. Most of it is the browser API
 * polyfill and the storage module; the dataset schema stays out (lib/ is free of side effects).
 */
export const PROBE_BUDGET_BYTES = 14 * 1024;

/** Each content script's budget, by its built name (content-scripts/<name>.js): checked by the build and the bundle test. */
export const SCRIPT_BUDGETS = { content: CONTENT_BUDGET_BYTES, 'frame-probe': PROBE_BUDGET_BYTES } as const;
