/** The hover card in real Chromium: intent, pinning, keyboard, placement, isolation, frames. */
import type { Frame, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations, fixtureBrowser, highlightCounts, screenshotPath, settled, tabIdFor } from './harness';

const env = fixtureBrowser();
const open = env.open;
const card = (p: Page | Frame) => p.locator('dramatis-card .card');
const cardPerson = (p: Page | Frame) =>
  card(p)
    .getAttribute('data-person', { timeout: 2000 })
    .catch(() => null);
const mark = (p: Page | Frame, id: string, n = 0) => p.locator(`dramatis-mark[aria-description][data-person="${id}"]`).nth(n);

async function centre(p: Page, id: string, n = 0) {
  const box = (await mark(p, id, n).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('hover intent: no card at once, a card after the delay; moving to another name switches at once', async () => {
  const page = await open('demo-article.html', 45);
  // Times are taken in the page, so a slow machine can make this test neither pass nor fail wrongly.
  await page.evaluate(() => {
    const log: Array<[string, string | null, number]> = ((window as any).__log = []);
    document.addEventListener(
      'pointerover',
      (e) => {
        const m = (e.target as Element).closest?.<HTMLElement>('dramatis-mark[data-person]');
        if (m) log.push(['over', m.dataset.person!, performance.now()]);
      },
      true,
    );
    let last: string | null = null;
    const tick = () => {
      const person = document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.card')?.getAttribute('data-person') ?? null;
      if (person !== last) log.push(['card', (last = person), performance.now()]);
      requestAnimationFrame(tick);
    };
    tick();
  });
  const at = async (what: string, person: string) =>
    ((await page.evaluate(() => (window as any).__log)) as Array<[string, string, number]>).find(
      ([w, p]) => w === what && p === person,
    )?.[2];
  await mark(page, 'donald-trump').scrollIntoViewIfNeeded();
  const a = await centre(page, 'donald-trump');
  await page.mouse.move(a.x, a.y);
  await expect.poll(() => cardPerson(page), { timeout: 3000 }).toBe('donald-trump');
  // The default delay is 300 ms.
  expect((await at('card', 'donald-trump'))! - (await at('over', 'donald-trump'))!).toBeGreaterThanOrEqual(299);
  // Next highlight in the same paragraph: opens without waiting for the delay.
  const b = await centre(page, 'kim-darroch', 0);
  await page.mouse.move(b.x, b.y, { steps: 2 });
  await expect.poll(() => cardPerson(page), { timeout: 3000 }).toBe('kim-darroch');
  expect((await at('card', 'kim-darroch'))! - (await at('over', 'kim-darroch'))!).toBeLessThan(250);
  await page.mouse.move(5, 5);
  await expect.poll(() => page.locator('dramatis-card').count(), { timeout: 3000 }).toBe(0);
  await page.close();
});

test('a fast sweep across a name does not open the card', async () => {
  const page = await open('demo-article.html', 45);
  const box = (await mark(page, 'kim-darroch', 1).boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x - 40, y);
  await page.mouse.move(box.x + box.width + 40, y, { steps: 6 });
  await page.mouse.move(2, 2);
  await page.waitForTimeout(600);
  expect(await page.locator('dramatis-card').count()).toBe(0);
  await page.close();
});

test('the card stays open under the pointer; Copy and Open in Dramatis work', async () => {
  await env.s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url });
  const page = await open('demo-article.html', 45);
  await mark(page, 'liam-fox').scrollIntoViewIfNeeded();
  await mark(page, 'liam-fox').hover();
  await expect.poll(() => cardPerson(page), { timeout: 3000 }).toBe('liam-fox');
  const box = (await card(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 30, { steps: 4 });
  await page.waitForTimeout(700);
  expect(await cardPerson(page)).toBe('liam-fox');
  await card(page)
    .getByRole('button', { name: /^Copy quote with source/ })
    .first()
    .click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(
      '“I was with Sir Kim last night in Washington. In a very difficult period, he was showing his customary professionalism.” — Liam Fox (Reaction to the resignation, TRT World)',
    );
  const [opened] = await Promise.all([
    env.s.context.waitForEvent('page'),
    card(page).getByRole('button', { name: 'Open in Dramatis' }).click(),
  ]);
  await opened.waitForURL(/options\.html#person=liam-fox/);
  await expect.poll(() => opened.locator('#person-liam-fox').getAttribute('class')).toBe('focus');
  await opened.close();
  await page.close();
});

test('a click pins the card; Escape closes it', async () => {
  const page = await open('demo-article.html', 45);
  await mark(page, 'liam-fox').click();
  expect(await cardPerson(page)).toBe('liam-fox');
  await page.mouse.move(5, 5);
  await page.waitForTimeout(700);
  expect(await cardPerson(page)).toBe('liam-fox');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
  await page.close();
});

test('the keyboard command focuses the next highlight and opens its card; Escape returns focus', async () => {
  const page = await open('demo-article.html', 45);
  const tabId = await tabIdFor(env.s, page.url());
  const send = (command: string) =>
    env.s.worker.evaluate(
      ([id, c]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'dramatis/command', command: c }, { frameId: 0 }),
      [tabId, command] as const,
    );
  await send('next-highlight');
  await expect.poll(() => cardPerson(page)).toBe('donald-trump');
  await send('next-highlight');
  await expect.poll(() => cardPerson(page)).toBe('kim-darroch');
  // Focus is in the card; Tab moves through its buttons.
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('dramatis-card');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName)).toBe('BUTTON');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.person)).toBe('kim-darroch');
  // Highlights are not in the tab order by default.
  expect(await page.locator('dramatis-mark[tabindex="0"]').count()).toBe(0);
  await page.close();
});

test.each(['kim-darroch', 'donald-trump', 'theresa-may', 'jeremy-corbyn'])(
  'a card for the name at the %s corner stays fully visible',
  async (id) => {
    const page = await open('edges.html', 4);
    await mark(page, id).hover();
    await expect.poll(() => cardPerson(page), { timeout: 3000 }).toBe(id);
    const box = (await card(page).boundingBox())!;
    const vp = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
    await page.close();
  },
);

test('hostile page CSS cannot hide highlights or restyle the card, and the card sits above overlays', async () => {
  const page = await open('hostile-css.html', 2);
  const m = mark(page, 'liam-fox');
  expect(await m.evaluate((el) => getComputedStyle(el).display)).toBe('inline');
  expect((await m.boundingBox())!.width).toBeGreaterThan(10);
  await m.hover();
  await expect.poll(() => cardPerson(page), { timeout: 3000 }).toBe('liam-fox');
  const box = (await card(page).boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(360);
  expect(
    await card(page)
      .locator('h2')
      .evaluate((h) => getComputedStyle(h).fontSize),
  ).toBe('17px');
  const top = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName, [box.x + 20, box.y + 20] as const);
  expect(top).toBe('dramatis-card');
  await page.close();
});

test('names inside an iframe are highlighted and carded inside that frame', async () => {
  const page = await open('frames.html', 1);
  const frame = page.frame({ url: /frame-child/ })!;
  await frame.locator('dramatis-mark[aria-description]').first().waitFor();
  await mark(frame, 'liam-fox').hover();
  await expect.poll(() => cardPerson(frame), { timeout: 3000 }).toBe('liam-fox');
  expect(await page.locator('dramatis-card').count()).toBe(0);
  await page.close();
});

test('axe-core finds no violations on the card; light and dark screenshots', async () => {
  const page = await open('demo-article.html', 45);
  await mark(page, 'boris-johnson', 1).hover();
  await expect.poll(() => cardPerson(page), { timeout: 3000 }).toBe('boris-johnson');
  expect(await axeViolations(page, ['dramatis-card', '.card'])).toEqual([]);
  await page.mouse.move(5, 5);
  await expect.poll(() => page.locator('dramatis-card').count(), { timeout: 3000 }).toBe(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await mark(page, 'theresa-may', 1).hover();
  await expect.poll(() => cardPerson(page), { timeout: 3000 }).toBe('theresa-may');
  expect(await card(page).getAttribute('class')).toContain('dark');
  expect(await card(page).locator('.why').textContent()).toBe('Matched “May”: Theresa May is named on this page.');
  expect(await axeViolations(page, ['dramatis-card', '.card'])).toEqual([]);
  await page.screenshot({ path: screenshotPath('card-dark.png') });
  await page.close();
});

test('"Not this person" hides that name on this site, also after a reload', async () => {
  const page = await open('demo-article.html', 45);
  await mark(page, 'liam-fox').click();
  await card(page).getByRole('button', { name: 'Not this person' }).click();
  await expect.poll(() => page.locator('dramatis-mark[data-person="liam-fox"]').count()).toBe(0);
  await page.reload();
  await settled(page, 44);
  const counts = await highlightCounts(page);
  expect(counts['liam-fox']).toBeUndefined();
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(44);
  await env.s.worker.evaluate(() => (globalThis as any).chrome.storage.sync.clear());
  await page.close();
});

test.each([0.5, 2])('at page zoom %s the card stays inside the viewport, also on a right-to-left page', async (zoom) => {
  for (const path of ['edges.html', 'rtl.html']) {
    const page = await open(path, path === 'rtl.html' ? 2 : 4);
    const tabId = await tabIdFor(env.s, page.url());
    await env.s.worker.evaluate(([id, z]) => (globalThis as any).chrome.tabs.setZoom(id, z), [tabId, zoom] as const);
    await expect.poll(() => page.evaluate(() => Math.round(devicePixelRatio * 100) / 100)).toBe(zoom);
    for (const id of path === 'rtl.html'
      ? ['kim-darroch', 'donald-trump']
      : ['kim-darroch', 'donald-trump', 'theresa-may', 'jeremy-corbyn']) {
      await mark(page, id).click();
      await expect.poll(() => cardPerson(page), { timeout: 3000 }).toBe(id);
      const inside = await page.evaluate(() => {
        const r = document.querySelector('dramatis-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
        return r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth && r.bottom <= innerHeight;
      });
      expect(inside, `${path} ${id} at ${zoom}`).toBe(true);
      await page.keyboard.press('Escape');
    }
    await env.s.worker.evaluate((id) => (globalThis as any).chrome.tabs.setZoom(id, 1), tabId);
    await page.close();
  }
});
