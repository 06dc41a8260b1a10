/**
 * Capturing in Firefox ESR (issue 17): the same panel, started through the context menu's own handler in the
 * background page, adds a person who is then highlighted (in another tab too) and listed by the popup, and a quote that then shows on their card with its
 * source. The end-to-end build's open shadow root lets the test find the panel's buttons to click for real.
 */
import { expect, test } from 'vitest';
import { firefoxFixtures, type PageLike } from './drivers';
import { tabIdFor, until } from './scenario';
import { select } from './select';

const env = firefoxFixtures();

const url = () => `${env.url}/capture-article.html`;
const marks = (id: string) => document.querySelectorAll(`dramatis-mark[data-person="${id}"][aria-description]`).length;

/** The menu's click, through its handler in the background page. */
async function menu(): Promise<void> {
  const tab = await tabIdFor(env.d, url());
  const ext = await env.d.openExtensionPage('options.html');
  await ext.evaluate(
    async (id) =>
      (await (globalThis as any).browser.runtime.getBackgroundPage()).dramatisMenuClick(
        { menuItemId: 'dramatis-capture', frameId: 0 },
        { id },
      ),
    tab,
  );
  await ext.close();
}

/** Clicks the panel's button labelled `name`, with the real pointer. */
async function press(p: PageLike, name: string): Promise<void> {
  const at = await p.evaluate((n) => {
    const b = [...document.querySelector('dramatis-card')!.shadowRoot!.querySelectorAll('.capture button')].find(
      (x) => x.textContent === n,
    )!;
    const r = b.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, name);
  await p.clickAt(at.x, at.y);
}

test('Firefox: a person added from the page is highlighted there and in another tab, listed by the popup, and their quote shows on their card with its source', async () => {
  const other = await env.d.open(`${env.url}/capture-plain.html`);
  const p = await env.d.open(url());
  await until(p, marks, 'kim-darroch', 1);
  await select(p, '#p2', 'Ada Pemberton');
  await menu();
  await until(p, () => !!document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.capture'), null, true);
  const values = () =>
    [...document.querySelector('dramatis-card')!.shadowRoot!.querySelectorAll<HTMLInputElement>('.capture .field input')]
      .slice(0, 2)
      .map((i) => i.value);
  expect(await p.evaluate(values, null)).toEqual(['Ada Pemberton', 'leader of the opposition']);
  await press(p, 'Save');
  expect(await until(p, marks, 'ada-pemberton', 2)).toBe(2);
  expect(await until(other, marks, 'ada-pemberton', 1)).toBe(1);
  const popup = await env.d.openExtensionPage(`popup.html?tabId=${await tabIdFor(env.d, url())}`);
  expect(await until(popup, () => !!document.querySelector('[data-person="ada-pemberton"]'), null, true)).toBe(true);
  await popup.close();
  await press(p, 'Close');

  await select(p, '#p2', '“This plan puts every family on the seafront at risk,”');
  await menu();
  await until(
    p,
    () => document.querySelector('dramatis-card')?.shadowRoot?.querySelector<HTMLSelectElement>('.capture select')?.value ?? '',
    null,
    'ada-pemberton',
  );
  await press(p, 'Save');
  await until(
    p,
    () => document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.capture .status')?.textContent ?? '',
    null,
    'Saved to My notes. Every open tab highlights it now.',
  );
  await press(p, 'Close');
  await p.hover('#p2 dramatis-mark[data-person="ada-pemberton"]');
  const quote = () => document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.card .quote')?.textContent ?? '';
  expect(
    await until(
      p,
      (q) => (document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.card .quote')?.textContent ?? '').includes(q),
      'This plan puts every family on the seafront at risk',
      true,
    ),
  ).toBe(true);
  expect(await p.evaluate(quote, null)).toContain('As reported · The Harbour Gazette, 2026-11-02');
  const link = () => document.querySelector('dramatis-card')!.shadowRoot!.querySelector('.card .quote a.source-link')!.getAttribute('href');
  expect(await p.evaluate(link, null)).toBe(
    `${env.url}/capture-article.html#:~:text=This%20plan%20puts%20every%20family%20on%20the%20seafront%20at%20risk`,
  );
});
