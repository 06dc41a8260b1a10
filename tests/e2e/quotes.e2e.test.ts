/**
 * Quotes on the page (issue 20), in real Chromium: every quote of the demo article recognised and given to its
 * speaker, the altered-quotes fixture's shortened, cut, re-punctuated and re-marked-up quotes found (and its
 * near miss not), the quote card's content, the popup's list and jump, and the switch in the options.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { bundled } from '../support/article';
import { axeViolations, fixtureBrowser, openPopup, screenshotPath, tabIdFor } from './harness';

const env = fixtureBrowser();

/** The quote passages on the page, as the page's own text, with the id of the paragraph each is in. */
const passages = (page: Page) =>
  page.evaluate(() => {
    const out: Array<{ in: string; text: string }> = [];
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      if (name.startsWith('dramatis-quote') && name !== 'dramatis-quote-flash')
        for (const r of h)
          out.push({ in: r.startContainer.parentElement!.closest<HTMLElement>('p, li, h1, h2')?.id ?? '', text: r.toString() });
    });
    return out.sort((a, b) => a.in.localeCompare(b.in));
  });

/** Moves the pointer onto the middle of the passage in paragraph `id`. */
async function hoverPassage(page: Page, id: string) {
  const at = await page.evaluate((pid) => {
    let point: { x: number; y: number } | undefined;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => {
      for (const r of h) {
        if (r.startContainer.parentElement!.closest('p')?.id !== pid) continue;
        const box = r.getClientRects()[0]!;
        point = { x: box.left + Math.min(30, box.width / 2), y: box.top + box.height / 2 };
      }
    });
    return point!;
  }, id);
  await page.mouse.move(at.x, at.y);
}
const card = (p: Page) => p.locator('dramatis-card .quote-card');
/** Whose card is open: a quote card's speaker (`quote`), or any card's person. */
const cardOf = (p: Page, which: 'quote' | 'any' = 'quote') =>
  (which === 'quote' ? card(p) : p.locator('dramatis-card .card')).getAttribute('data-person').catch(() => null);

test('the demo article: every quote is recognised, and the popup gives each to its speaker', async () => {
  const page = await env.open('demo-article.html', 45);
  const expected = bundled()
    .people.flatMap((p) => p.quotes.map((_, i) => `${p.id}#${i}`))
    .sort();
  const popup = await openPopup(env.s, await tabIdFor(env.s, page.url()));
  const listed = () =>
    popup
      .locator('.page-quotes li')
      .evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-person')}#${li.getAttribute('data-quote')}`).sort());
  await expect.poll(listed).toEqual(expected);
  expect((await passages(page)).length).toBeGreaterThanOrEqual(expected.length);
  expect(await axeViolations(popup)).toEqual([]);
  await popup.screenshot({ path: screenshotPath('popup-quotes.png'), fullPage: true });
  await popup.close();
  await page.close();
});

test('quotes shortened, cut by an ellipsis, re-punctuated, or wrapped in <em>, <a> and a line break are found; the near miss is not', async () => {
  const page = await env.open('altered-quotes.html', 5);
  await expect
    .poll(async () => (await passages(page)).map((p) => p.in))
    .toEqual(['br', 'changed', 'ellipsis', 'em', 'fragment', 'link', 'punctuation', 'shortened']);
  const text = Object.fromEntries((await passages(page)).map((p) => [p.in, p.text.replace(/\s+/g, ' ')]));
  // A range's text has no space for a <br>: the whole passage, across it.
  expect(text.br).toBe('The whole cabinet rightly gaveits full support to Sir Kim on Tuesday');
  expect(text.link).toBe('outraged that a selection of his reports should have been leaked');
  expect(text.ellipsis).toBe('since the leak of official documents … there has been a great deal of speculation surrounding my position');
  await page.close();
});

test('hovering a passage shows who said it, where, the whole quote with this page’s words emphasised, and how it differs', async () => {
  const page = await env.open('altered-quotes.html', 5);
  await expect.poll(async () => (await passages(page)).length).toBe(8);
  await hoverPassage(page, 'changed');
  await expect.poll(() => cardOf(page)).toBe('alan-duncan');
  expect(await card(page).locator('h2').textContent()).toBe('Alan Duncan');
  expect(await card(page).locator('.said-where').textContent()).toContain('Reaction to the resignation');
  expect(await card(page).locator('.whole').textContent()).toContain('He (Boris Johnson) has basically thrown this fantastic diplomat');
  expect(await card(page).locator('.whole mark').allTextContents()).toEqual([
    'basically thrown this',
    'diplomat under the bus to serve his own personal interests',
  ]);
  expect(await card(page).locator('.differs li').allTextContents()).toEqual([
    'This page gives only part of it.',
    'Words changed: “fantastic” became “great”.',
  ]);
  expect(await axeViolations(page, ['dramatis-card', '.card'])).toEqual([]);
  await page.screenshot({ path: screenshotPath('quote-card.png') });
  // A name inside a quote opens the name's card, not the quote's.
  await page.locator('#em dramatis-mark[data-person="boris-johnson"]').hover();
  await expect.poll(() => cardOf(page, 'any')).toBe('boris-johnson');
  await page.mouse.move(2, 2);
  await page.close();
});

test('the popup jumps to a quote, marks it and opens its card; switched off in the options, the markers go', async () => {
  const page = await env.open('altered-quotes.html', 5);
  const popup = await openPopup(env.s, await tabIdFor(env.s, page.url()));
  await popup.locator('.page-quotes li[data-person="jeremy-hunt"] button').click();
  await expect.poll(() => cardOf(page)).toBe('jeremy-hunt');
  const flashed = () =>
    page.evaluate(() =>
      [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dramatis-quote-flash') ?? [])].map((r) =>
        r.toString(),
      ),
    );
  expect(await flashed()).toEqual(['outraged that a selection of his reports should have been leaked']);
  await expect.poll(flashed, { timeout: 4000 }).toEqual([]);
  await popup.close();
  const options = await env.s.context.newPage();
  await options.goto(`chrome-extension://${env.s.extensionId}/options.html`);
  await options.getByLabel('Mark quotes from the datasets where a page repeats them').uncheck();
  await expect.poll(async () => (await passages(page)).length).toBe(0);
  // The names stay.
  expect(await page.locator('dramatis-mark[aria-description]').count()).toBeGreaterThan(0);
  await options.getByLabel('Mark quotes from the datasets where a page repeats them').check();
  await expect.poll(async () => (await passages(page)).length).toBe(8);
  await options.close();
  await page.close();
});

test('the keyboard reaches quotes too: the next-highlight command stops at each passage and opens its card with focus in it', async () => {
  const page = await env.open('altered-quotes.html', 5);
  await expect.poll(async () => (await passages(page)).length).toBe(8);
  const tabId = await tabIdFor(env.s, page.url());
  const next = () =>
    env.s.worker.evaluate(
      (id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'dramatis/command', command: 'next-highlight' }, { frameId: 0 }),
      tabId,
    );
  // The first paragraph: "Sir Simon McDonald" (a name), then his quote.
  await next();
  await expect.poll(() => cardOf(page, 'any')).toBe('simon-mcdonald');
  expect(await page.locator('dramatis-card .quote-card').count()).toBe(0);
  await next();
  await expect.poll(() => cardOf(page)).toBe('simon-mcdonald');
  expect(await page.evaluate(() => document.querySelector('dramatis-card')!.shadowRoot!.activeElement?.tagName)).toBe('BUTTON');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
  await page.close();
});
