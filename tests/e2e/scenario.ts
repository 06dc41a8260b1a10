/** The core scenario, written once and run in every browser (see core.e2e.test.ts). */
import type { Driver, PageLike } from './drivers';

/** The demo article's people and how often each is named (the source article's counts). */
export { ARTICLE_COUNTS as DEMO_COUNTS } from '../support/article';

/** Polls `fn` in the page until it returns `want` (compared as JSON). */
export async function until<A, R>(p: PageLike, fn: (arg: A) => R, arg: A, want: R, ms = 10_000): Promise<R> {
  const deadline = Date.now() + ms;
  let last: R | undefined;
  while (Date.now() < deadline) {
    last = await p.evaluate(fn, arg).catch(() => undefined);
    if (JSON.stringify(last) === JSON.stringify(want)) return last as R;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: wanted ${JSON.stringify(want)}, last saw ${JSON.stringify(last)}`);
}

/** Highlights per person on the page (first piece of each mention). */
export const counts = () => {
  const out: Record<string, number> = {};
  for (const el of document.querySelectorAll<HTMLElement>('dramatis-mark[aria-description]'))
    out[el.dataset.person!] = (out[el.dataset.person!] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort());
};
const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort());
const total = () => document.querySelectorAll('dramatis-mark[aria-description]').length;

/** Opens the demo and waits for its 45 highlights. */
export async function openDemo(d: Driver, url: string): Promise<PageLike> {
  const p = await d.open(url);
  await until(p, total, null, 45);
  return p;
}

/** The newest tab showing `url`, from the tallies our content scripts report. */
export async function tabIdFor(d: Driver, url: string): Promise<number> {
  const ext = await d.openExtensionPage('popup.html');
  const read = async (u: string) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const all = (await api.storage.session.get(null)) as Record<string, { url?: string }>;
    const ids = Object.entries(all)
      .filter(([k, v]) => k.startsWith('tally-') && v.url === u)
      .map(([k]) => Number(k.slice(6)));
    return ids.length ? Math.max(...ids) : -1;
  };
  let id = -1;
  for (let i = 0; i < 50 && id < 0; i++) {
    id = await ext.evaluate(read, url);
    if (id < 0) await new Promise((r) => setTimeout(r, 100));
  }
  await ext.close();
  if (id < 0) throw new Error(`no tab reported ${url}`);
  return id;
}

/** Highlights on the demo article, with the right person and count for each. */
export async function demoHighlights(d: Driver, url: string): Promise<Record<string, number>> {
  const p = await openDemo(d, url);
  const c = await p.evaluate(counts, null);
  await p.close();
  return c;
}

/** Hovers Liam Fox and reads the card: role, and the number of his quotes once all are shown. */
export async function hoverCard(d: Driver, url: string): Promise<{ role: string; quotes: number; closed: boolean }> {
  const p = await openDemo(d, url);
  await p.evaluate(() => document.querySelector('dramatis-mark[data-person="liam-fox"]')!.scrollIntoView({ block: 'center' }), null);
  await p.hover('dramatis-mark[data-person="liam-fox"]');
  const role = (await until(
    p,
    () => document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.role')?.textContent ?? null,
    null,
    'British Trade Minister',
  ))!;
  // A real click: the card ignores clicks a page script makes.
  const at = await p.evaluate(() => {
    const button = [...document.querySelector('dramatis-card')!.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show all 3',
    )!;
    // The card scrolls within its height: bring the button into its view first.
    button.scrollIntoView({ block: 'nearest' });
    const r = button.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, null);
  await p.clickAt(at.x, at.y);
  const quotes = await until(
    p,
    () => document.querySelector('dramatis-card')!.shadowRoot!.querySelectorAll('section[aria-label="Said"] .quote').length,
    null,
    3,
  );
  await p.press('Escape');
  await until(p, () => !document.querySelector('dramatis-card'), null, true);
  await p.close();
  return { role, quotes, closed: true };
}

/** The popup's list for the demo tab: names in order and the first count. */
export async function popupList(d: Driver, url: string): Promise<{ names: string[]; first: string }> {
  const page = await openDemo(d, url);
  const popup = await d.openExtensionPage(`popup.html?tabId=${await tabIdFor(d, url)}`);
  await until(popup, () => document.querySelectorAll('.people .person').length, null, 13);
  const names = await popup.evaluate(() => [...document.querySelectorAll('.people .name')].map((n) => n.textContent), null);
  const first = await popup.evaluate(() => document.querySelector('.people .count')!.textContent, null);
  await popup.close();
  await page.close();
  return { names, first };
}

/** Switches the demo's site off and on from the popup; returns the highlight totals seen. */
export async function siteSwitch(d: Driver, url: string): Promise<number[]> {
  const page = await openDemo(d, url);
  const popup = await d.openExtensionPage(`popup.html?tabId=${await tabIdFor(d, url)}`);
  const click = () => {
    const all = [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    const sw = all.find((i) => i.closest('label')!.textContent.includes('Highlight on 127.0.0.1'));
    if (!sw) throw new Error(`no site switch among: ${all.map((i) => i.closest('label')!.textContent).join(' | ')}`);
    sw.click();
    return sw.checked;
  };
  await until(popup, () => document.body.textContent.includes('Highlight on 127.0.0.1'), null, true);
  await popup.evaluate(click, null);
  const off = await until(page, total, null, 0);
  await popup.evaluate(click, null);
  const on = await until(page, total, null, 45);
  await popup.close();
  await page.close();
  return [off, on];
}

/** Picks a highlight colour in the options page, as the colour picker does (input, then change). */
const setColour = (colour: string) => {
  const input = document.getElementById('hl-color') as HTMLInputElement;
  input.value = colour;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

/** Changes the highlight colour in options; returns the open demo tab's highlight colour after. */
export async function optionsLive(d: Driver, url: string): Promise<string> {
  const page = await openDemo(d, url);
  const options = await d.openExtensionPage('options.html');
  await until(options, () => !!document.getElementById('hl-color'), null, true);
  await options.evaluate(setColour, '#ff0000');
  const colour = await until(
    page,
    () => getComputedStyle(document.querySelector('dramatis-mark')!).backgroundColor,
    null,
    'rgba(255, 0, 0, 0.4)',
  );
  await options.evaluate(setColour, '#f2c94c');
  await options.close();
  await page.close();
  return colour;
}

/**
 * The keyboard shortcuts a fresh profile has, as the options page shows them
 * ("Alt+Shift+J next highlighted name"). A suggestion the browser declines
 * comes out as "… no key. The browser did not assign …".
 */
export async function shortcutLines(d: Driver): Promise<string[]> {
  const options = await d.openExtensionPage('options.html');
  const read = () => [...document.querySelectorAll('.shortcuts li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  await until(options, () => document.querySelectorAll('.shortcuts li').length, null, 3);
  const lines = await options.evaluate(read, null);
  await options.close();
  return lines;
}

export { sorted };
