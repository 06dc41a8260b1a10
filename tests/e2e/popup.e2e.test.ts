/** The toolbar popup, driven as a page with `popup.html?tabId=N`. */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launch, openPopup, ROOT, serve, type Session, settled, tabIdFor } from './harness';

let s: Session;
let site: { url: string; server: Server };
let demo: string;
let page: Page;
let popup: Page;

beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'));
  demo = `${site.url}/demo-article.html`;
  s = await launch();
  page = await s.context.newPage();
  await page.goto(demo);
  await settled(page, 45);
  popup = await openPopup(s, await tabIdFor(s, demo));
  await popup.locator('.people .person').first().waitFor();
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
});

test('lists people by mentions, then first appearance, with counts', async () => {
  const names = await popup.locator('.people .person .name').allTextContents();
  const counts = await popup.locator('.people .person .count').allTextContents();
  expect(names.slice(0, 6)).toEqual(['Kim Darroch', 'Theresa May', 'Donald Trump', 'Boris Johnson', 'Jeremy Hunt', 'Olly Barratt']);
  expect(counts.map(Number)).toEqual([17, 7, 6, 5, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
});

async function markInView(personId: string, nth: number): Promise<boolean> {
  return page.evaluate(
    ([id, n]) => {
      const el = document.querySelectorAll(`dramatis-mark[aria-description][data-person="${id}"]`)[n]!;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && el.hasAttribute('data-flash');
    },
    [personId, nth] as const,
  );
}

test('jump and next-jump scroll the page to each mention, with a counter', async () => {
  const may = popup.locator('.person[data-person="theresa-may"] .jump');
  await may.click();
  await expect.poll(() => markInView('theresa-may', 0)).toBe(true);
  await may.click();
  await expect.poll(() => markInView('theresa-may', 1)).toBe(true);
  expect(await popup.locator('.person[data-person="theresa-may"] .count').textContent()).toBe('2 / 7');
  // From the keyboard: arrow to the next person, Enter jumps.
  await may.focus();
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Enter');
  await expect.poll(() => markInView('donald-trump', 0)).toBe(true);
});

test('expanding a person shows what they said and what was said about them', async () => {
  await popup.locator('.person[data-person="boris-johnson"] .expand').click();
  const details = popup.locator('.person[data-person="boris-johnson"] .details');
  await expect.poll(() => details.locator('section[aria-label="Said about them"] .quote').count()).toBe(2);
  expect(await details.textContent()).toContain('Alan Duncan');
  await popup.locator('.person[data-person="boris-johnson"] .expand').click();
});

test.each([
  ['Trade', 'liam-fox'],
  ['under the bus', 'alan-duncan'],
])('search %j finds %s', async (query, id) => {
  await popup.getByRole('searchbox').fill(query);
  // Everyone in the bundled dataset is on the demo page: the hit is listed there, not again below.
  await expect.poll(() => popup.locator('.people .person').first().getAttribute('data-person')).toBe(id);
  await expect.poll(() => popup.locator('.results li').count()).toBe(0);
  await popup.getByRole('searchbox').fill('');
});

test('the badge counts the people found in the tab', async () => {
  const tabId = await tabIdFor(s, demo);
  const text = await s.worker.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(text).toBe('13');
});

test('axe-core reports no violations in the popup', async () => {
  expect(await axeViolations(popup)).toEqual([]);
});

test('the site switch removes highlights in the open tab without a reload, and restores them', async () => {
  const toggle = popup.getByRole('switch', { name: /Highlight on 127\.0\.0\.1/ });
  await toggle.click({ force: true });
  await expect.poll(() => page.locator('dramatis-mark').count()).toBe(0);
  // Off here: the popup says so, and stays free of axe violations.
  await popup.reload();
  await expect.poll(() => popup.getByRole('note').textContent()).toContain('127.0.0.1');
  expect(await axeViolations(popup)).toEqual([]);
  const tabId = await tabIdFor(s, demo);
  await expect.poll(() => s.worker.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  await popup.getByRole('switch', { name: /Highlight on 127\.0\.0\.1/ }).click({ force: true });
  await settled(page, 45);
  expect(await page.locator('dramatis-mark[aria-description]').count()).toBe(45);
});

test('pause everywhere switches every site off, live', async () => {
  const pause = popup.getByRole('switch', { name: 'Pause everywhere' });
  await pause.click({ force: true });
  await expect.poll(() => page.locator('dramatis-mark').count()).toBe(0);
  // The popup says why nothing is highlighted, and the site's own switch still shows it on.
  await popup.reload();
  await expect.poll(() => popup.getByRole('note').textContent()).toContain('Paused everywhere');
  expect(await popup.getByRole('switch', { name: /^Highlight on/ }).isChecked()).toBe(true);
  expect(await axeViolations(popup)).toEqual([]);
  await popup.getByRole('switch', { name: 'Pause everywhere' }).click({ force: true });
  await settled(page, 45);
});

test('a search result says why it matched and opens the person in Dramatis', async () => {
  // A page that names two people, so the others are search results.
  const rtl = await s.context.newPage();
  await rtl.goto(`${site.url}/rtl.html`);
  await settled(rtl, 2);
  const p = await openPopup(s, await tabIdFor(s, rtl.url()));
  await p.locator('.people .person').first().waitFor();
  await p.locator('input.search').fill('may');
  const hunt = p.locator('.results li[data-person="jeremy-hunt"]');
  await expect.poll(() => hunt.locator('.snippet mark').textContent()).toMatch(/^may$/i);
  expect(await hunt.locator('.why-label').textContent()).toBe('In the description: ');
  expect(await axeViolations(p)).toEqual([]);
  const [opened] = await Promise.all([s.context.waitForEvent('page'), hunt.locator('button').click()]);
  await opened.waitForURL(/options\.html#person=jeremy-hunt/);
  await opened.close();
  await rtl.close();
});

test('a browser page shows the explanation and still offers search', async () => {
  const internal = await s.context.newPage();
  await internal.goto('chrome://version');
  const id = await s.worker.evaluate(async () => {
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs[tabs.length - 1].id as number;
  });
  const p = await openPopup(s, id);
  await expect.poll(() => p.getByRole('note').textContent()).toContain('can’t run on this page');
  await expect.poll(() => p.locator('.results li').count()).toBe(13);
  await p.getByRole('searchbox').fill('Trade');
  await expect.poll(() => p.locator('.results li').first().getAttribute('data-person')).toBe('liam-fox');
  await p.close();
  await internal.close();
});

test('people in every frame of the tab are listed together', async () => {
  const framed = await s.context.newPage();
  await framed.goto(`${site.url}/frames.html`);
  await framed
    .frame({ url: /frame-child/ })!
    .locator('dramatis-mark')
    .first()
    .waitFor();
  const p = await openPopup(s, await tabIdFor(s, framed.url()));
  await expect.poll(() => p.locator('.people .person').count()).toBe(3);
  expect((await p.locator('.people .name').allTextContents()).sort()).toEqual(['Donald Trump', 'Kim Darroch', 'Liam Fox']);
  await p.locator('.person[data-person="liam-fox"] .jump').click();
  const frame = framed.frame({ url: /frame-child/ })!;
  await expect.poll(() => frame.locator('dramatis-mark[data-flash]').count()).toBe(1);
  await p.close();
  await framed.close();
});
