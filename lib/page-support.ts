/** Which pages content scripts can run on, and how to say so when they cannot. */

// Stores and viewers where browsers forbid extension scripts even with host access.
const FORBIDDEN_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** A plain-words reason Dramatis cannot highlight this URL, or undefined when it can. */
export function blockedReason(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'Dramatis can’t run on this page (browser pages, stores and built-in viewers are off limits). You can still search everyone below.';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return 'Browser pages and files can’t be highlighted. You can still search everyone below.';
  }
  if (FORBIDDEN_HOSTS.includes(u.hostname))
    return 'The browser doesn’t let extensions run on its add-on store. You can still search everyone below.';
  if (/\.pdf$/i.test(u.pathname))
    return 'PDFs open in the browser’s viewer, where Dramatis can’t run. You can still search everyone below.';
  return undefined;
}
