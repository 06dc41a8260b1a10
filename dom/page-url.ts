/**
 * The address a frame's site rules are checked against. about:blank and srcdoc frames take their site from
 * the page that made them.
 */
export function pageUrl(win: Window): string {
  if (win.location.protocol.startsWith('http')) return win.location.href;
  try {
    return win.parent.location.href;
  } catch {
    return win.location.href;
  }
}
