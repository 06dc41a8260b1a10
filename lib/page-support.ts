/** Which pages content scripts can run on, and how to say so when they cannot. */

/**
 * The pages the content scripts match, and so the hosts the background may inject into (the manifest's host
 * permissions): one list, so the two cannot drift apart.
 */
export const PAGE_MATCHES: string[] = ['http://*/*', 'https://*/*'];

// Stores where browsers forbid extension scripts even with host access.
const FORBIDDEN_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Why Dramatis cannot run on a page: a message key for the popup. */
export type BlockedReason = 'blockedPage' | 'blockedStore' | 'blockedPdf';

/** Why Dramatis cannot highlight this URL, or undefined when it can. */
export function blockedReason(url: string): BlockedReason | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'blockedPage';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'blockedPage';
  if (FORBIDDEN_HOSTS.includes(u.hostname)) return 'blockedStore';
  if (/\.pdf$/i.test(u.pathname)) return 'blockedPdf';
  return undefined;
}
