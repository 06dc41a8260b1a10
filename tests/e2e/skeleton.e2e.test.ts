/** The walking skeleton, end to end on the demo article in real Chromium. */
import { expect, test } from 'vitest';
import { ARTICLE_COUNTS } from '../support/article';
import { fixtureBrowser, highlightCounts, openPopup, screenshotPath, settled, tabIdFor } from './harness';

const EXPECTED = ARTICLE_COUNTS;

const env = fixtureBrowser();
const demo = () => `${env.site.url}/demo-article.html`;

test('every person on the demo article is highlighted, with the right person on each mention', async () => {
  const page = await env.s.context.newPage();
  await page.goto(demo());
  await settled(page, 45);
  const counts = await highlightCounts(page);
  expect(counts).toEqual(EXPECTED);
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(45);
  // Text is unchanged by highlighting.
  const text = await page.evaluate(() => document.body.textContent);
  expect(text).toContain('Memos from Kim Darroch were leaked');
  await page.close();
});

test('hovering Liam Fox shows his role and three quotes; Escape closes the card', async () => {
  const page = await env.s.context.newPage();
  await page.goto(demo());
  await settled(page, 45);
  const name = page.locator('dramatis-mark[data-person="liam-fox"]').first();
  await name.scrollIntoViewIfNeeded();
  await name.hover();
  const card = page.locator('dramatis-card .card');
  await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
  await expect.poll(() => card.locator('.role').textContent()).toBe('British Trade Minister');
  await card.getByRole('button', { name: 'Show all 3' }).click();
  expect(await card.locator('section[aria-label="Said"] .quote').count()).toBe(3);
  await page.screenshot({ path: screenshotPath('card-light.png') });
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
  await page.close();
});

test('the popup lists the 13 people on the demo tab, Kim Darroch first with 17', async () => {
  const page = await env.s.context.newPage();
  await page.goto(demo());
  await settled(page, 45);
  const popup = await openPopup(env.s, await tabIdFor(env.s, demo()));
  const rows = popup.locator('.people .person');
  await expect.poll(() => rows.count(), { timeout: 5000 }).toBe(13);
  expect(await rows.first().locator('.name').textContent()).toBe('Kim Darroch');
  expect(await rows.first().locator('.count').textContent()).toBe('17');
  await popup.screenshot({ path: screenshotPath('popup.png'), fullPage: true, animations: 'disabled', caret: 'hide' });
  await popup.close();
  await page.close();
});

test('the site switch turns highlighting off and on again', async () => {
  const page = await env.s.context.newPage();
  await page.goto(demo());
  await settled(page, 45);
  const popup = await openPopup(env.s, await tabIdFor(env.s, demo()));
  const toggle = popup.getByRole('switch', { name: /Highlight on 127\.0\.0\.1/ });
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await toggle.click({ force: true });
  await expect.poll(() => toggle.isChecked()).toBe(false);
  await page.reload();
  await page.waitForTimeout(1000);
  expect(await page.locator('dramatis-mark').count()).toBe(0);
  await toggle.click({ force: true });
  await settled(page, 45);
  expect(Object.values(await highlightCounts(page)).reduce((a, b) => a + b, 0)).toBe(45);
  await popup.close();
  await page.close();
});
