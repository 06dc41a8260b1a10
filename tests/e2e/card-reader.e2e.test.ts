/**
 * The card as a reader meets it (issue 24), in real Chromium: its direction on a right-to-left page, a pinned
 * card that follows its name or closes, a card that never outgrows the window, a wrapped name, focus after
 * Escape, and a jump's flash with and without reduced motion.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { join } from 'node:path';
import { axeViolations, fixtureBrowser, ROOT, screenshotPath, tabIdFor } from './harness';

const env = fixtureBrowser();
const mark = (p: Page, id: string, n = 0) => p.locator(`dramatis-mark[aria-description][data-person="${id}"]`).nth(n);
const cardPerson = (p: Page) =>
  p
    .locator('dramatis-card .card')
    .getAttribute('data-person', { timeout: 1500 })
    .catch(() => null);

test('on a right-to-left page the card reads left to right, as its English text does, with no axe violation', async () => {
  const page = await env.open('rtl.html', 2);
  await page.setViewportSize({ width: 900, height: 500 });
  await mark(page, 'kim-darroch').click();
  await expect.poll(() => cardPerson(page)).toBe('kim-darroch');
  const dirs = await page.evaluate(() => {
    const root = document.querySelector('dramatis-card')!.shadowRoot!;
    const dir = (sel: string) => getComputedStyle(root.querySelector(sel)!).direction;
    return {
      card: dir('.card'),
      quote: dir('.quote .text'),
      role: dir('.role'),
      mentions: dir('.mentions'),
      page: getComputedStyle(document.body).direction,
    };
  });
  expect(dirs).toEqual({ card: 'ltr', quote: 'ltr', role: 'ltr', mentions: 'ltr', page: 'rtl' });
  // The page's own Arabic text is untouched; the quote's marks sit where English puts them.
  const quote = await page.locator('dramatis-card .quote .text').first().textContent();
  expect(quote!.startsWith('“')).toBe(true);
  expect(await axeViolations(page, ['dramatis-card', '.card'])).toEqual([]);
  await page.screenshot({ path: screenshotPath('card-rtl.png') });
  await page.close();
});

test('an Arabic dataset reads right to left on an English page, while the card’s English chrome stays left to right', async () => {
  const options = await env.s.context.newPage();
  await options.goto(`chrome-extension://${env.s.extensionId}/options.html`);
  await options.locator('input[type=file]').first().setInputFiles(join(ROOT, 'tests/fixtures/datasets/arabic-test.json'));
  await options.locator('.datasets li', { hasText: 'مجموعة اختبار' }).waitFor();
  const page = await env.open('arabic-name.html', 1);
  await mark(page, 'salma-test').click();
  await expect.poll(() => cardPerson(page)).toBe('salma-test');
  const dirs = await page.evaluate(() => {
    const root = document.querySelector('dramatis-card')!.shadowRoot!;
    const dir = (sel: string) => getComputedStyle(root.querySelector(sel)!).direction;
    return { name: dir('h2'), role: dir('.role'), quote: dir('.quote .text'), mentions: dir('.mentions'), card: dir('.card') };
  });
  expect(dirs).toEqual({ name: 'rtl', role: 'rtl', quote: 'rtl', mentions: 'ltr', card: 'ltr' });
  expect(await axeViolations(page, ['dramatis-card', '.card'])).toEqual([]);
  await page.close();
  // Leave the other tests the bundled people only.
  await options.locator('.datasets li', { hasText: 'مجموعة اختبار' }).getByRole('button', { name: 'Remove' }).click();
  await options.close();
});

test('a card with every list open fits the window, its actions in view; a pinned card follows its name and closes once the name leaves the screen', async () => {
  const page = await env.open('demo-article.html', 45);
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.evaluate(() =>
    document.querySelectorAll('dramatis-mark[aria-description][data-person="kim-darroch"]')[2]!.scrollIntoView({ block: 'center' }),
  );
  await mark(page, 'kim-darroch', 2).click();
  await expect.poll(() => cardPerson(page)).toBe('kim-darroch');
  // Open every "Show all" and every "more".
  for (let i = 0; i < 6; i++) {
    const more = page.locator('dramatis-card button[aria-expanded="false"]');
    if (!(await more.count())) break;
    await more.first().click();
  }
  const fits = () =>
    page.evaluate(() => {
      const root = document.querySelector('dramatis-card')!.shadowRoot!;
      const card = root.querySelector('.card')!.getBoundingClientRect();
      const actions = [...root.querySelectorAll('footer button')].map((b) => b.getBoundingClientRect());
      return {
        inside: card.top >= 0 && card.bottom <= innerHeight,
        actions: actions.length,
        actionsInView: actions.every((r) => r.top >= 0 && r.bottom <= innerHeight),
      };
    });
  await expect.poll(fits).toEqual({ inside: true, actions: 2, actionsInView: true });
  expect(await axeViolations(page, ['dramatis-card', '.card'])).toEqual([]);

  // Scrolled a little, the pinned card moves with its name: it stays right above or below it.
  const beside = () =>
    page.evaluate(() => {
      const m = document.querySelectorAll('dramatis-mark[aria-description][data-person="kim-darroch"]')[2]!.getBoundingClientRect();
      const c = document.querySelector('dramatis-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      const gap = c.top >= m.bottom ? c.top - m.bottom : m.top - c.bottom;
      return { name: Math.round(m.top), beside: gap >= 0 && gap < 20 };
    });
  const before = await beside();
  expect(before.beside).toBe(true);
  await page.mouse.move(5, 300);
  await page.mouse.wheel(0, 60);
  await expect.poll(async () => (await beside()).name).toBeLessThan(before.name - 30);
  expect((await beside()).beside).toBe(true);
  expect(await cardPerson(page)).toBe('kim-darroch');
  expect(await axeViolations(page, ['dramatis-card', '.card'])).toEqual([]);
  // Scrolled until the name is off screen, it closes rather than cover unrelated text.
  await page.evaluate(() => scrollBy(0, innerHeight * 2));
  await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
  // The pin ended with it: hovering another name opens and, leaving it, closes its card.
  await mark(page, 'donald-trump', 5).scrollIntoViewIfNeeded();
  await mark(page, 'donald-trump', 5).hover();
  await expect.poll(() => cardPerson(page)).toBe('donald-trump');
  await page.mouse.move(5, 5);
  await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
  await page.close();
});

test('hovering the second line of a wrapped name places the card by that line', async () => {
  const page = await env.open('demo-article.html', 45);
  await page.setViewportSize({ width: 1000, height: 700 });
  // Narrow the name's paragraph until "Theresa May" breaks over two lines (a test-side change of layout only).
  const lines = await page.evaluate(() => {
    const m = document.querySelector<HTMLElement>('dramatis-mark[aria-description][data-person="theresa-may"]')!;
    const p = m.closest('p')!;
    m.scrollIntoView({ block: 'center' });
    for (let w = 900; w > 100; w -= 2) {
      p.style.width = `${w}px`;
      if (m.getClientRects().length === 2)
        return [...m.getClientRects()].map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: r.bottom, top: r.top }));
    }
    return [];
  });
  expect(lines.length).toBe(2);
  const second = lines[1]!;
  await page.mouse.move(second.x, second.y);
  await expect.poll(() => cardPerson(page)).toBe('theresa-may');
  const box = (await page.locator('dramatis-card .card').boundingBox())!;
  // Below the second line (or above it), not by the first line.
  const gap = box.y >= second.bottom ? box.y - second.bottom : second.top - (box.y + box.height);
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(20);
  await page.close();
});

test('after pinning with a click and tabbing into the card, Escape gives focus back to the name', async () => {
  const page = await env.open('demo-article.html', 45);
  await mark(page, 'liam-fox').click();
  await expect.poll(() => cardPerson(page)).toBe('liam-fox');
  await page.locator('dramatis-card footer button').first().focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('dramatis-card');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.person)).toBe('liam-fox');
  // Focusable on demand only: it is still out of the tab order.
  expect(await page.locator('dramatis-mark[tabindex="0"]').count()).toBe(0);
  await page.close();
});

test.each([
  ['no-preference', 'dramatis-flash'],
  ['reduce', 'none'],
] as const)('a jump flashes the mention it chose (reduced motion: %s), and the mark goes afterwards', async (motion, animation) => {
  const page = await env.open('demo-article.html', 45);
  await page.emulateMedia({ reducedMotion: motion });
  const tabId = await tabIdFor(env.s, page.url());
  const jumped = await env.s.worker.evaluate(
    (id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'dramatis/jump', personId: 'kim-darroch', index: 11 }, { frameId: 0 }),
    tabId,
  );
  expect(jumped).toBe(true);
  const look = () =>
    page.evaluate(() => {
      const m = document.querySelectorAll('dramatis-mark[aria-description][data-person="kim-darroch"]')[11]!;
      const s = getComputedStyle(m);
      const r = m.getBoundingClientRect();
      return {
        flash: m.hasAttribute('data-flash'),
        animation: s.animationName,
        ring: s.boxShadow !== 'none',
        inView: r.top >= 0 && r.bottom <= innerHeight,
      };
    });
  await expect.poll(look).toMatchObject({ flash: true, animation, inView: true });
  if (motion === 'reduce') expect((await look()).ring).toBe(true);
  await expect.poll(look, { timeout: 4000 }).toMatchObject({ flash: false, ring: false });
  await page.close();
});
