/** What every page pays for: the content script's gzip budget, in bytes. */
// 51.5 kB gzip on 2026-11-30 (quote recognition included), plus 15%: room for a fix, not for a feature unweighed.
export const CONTENT_BUDGET_BYTES = 59 * 1024;
