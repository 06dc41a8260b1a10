/** What every page pays for: the content script's gzip budget, in bytes. */
export const CONTENT_BUDGET_BYTES = 60 * 1024;
