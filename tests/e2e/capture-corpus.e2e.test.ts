/**
 * Issue 17's "done when", on saved real pages (tests/corpus, with credit): on a BBC article a reader adds two
 * people and three quotes with nothing typed (one choice made: "Obama" may match on its own), then sees Obama
 * highlighted on a New York Times page that names him, his card holding the three quotes with their source.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, ROOT, serve, type Session, tabIdFor } from './harness';
import { menuClick, select } from './select';

let s: Session;
let site: { url: string; server: Server };
beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/corpus/pages'));
  s = await launch();
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
});

const panel = (p: Page) => p.locator('dramatis-card .capture');

/** Select, the menu's "Add to Dramatis", and (after `choose`) Save: what the reader does for each capture. */
async function capture(p: Page, url: string, text: string, choose?: () => Promise<void>): Promise<void> {
  await select(p, '.story-body', text);
  const tab = await tabIdFor(s, url);
  await menuClick(s.worker, tab);
  await panel(p).waitFor();
  await choose?.();
  await panel(p).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => panel(p).locator('.status').textContent()).toContain('Saved to My notes');
  await panel(p).getByRole('button', { name: 'Close', exact: true }).first().click();
}

test('two people and three quotes added on one real page, then highlighted and quoted on another', async () => {
  const started = Date.now();
  const url = `${site.url}/bbc-1.html`;
  const p = await s.context.newPage();
  await p.goto(url);
  await capture(p, url, 'Barack Obama', async () => {
    expect(await panel(p).getByLabel('Role, as the page states it').inputValue()).toBe('President');
    // "Obama" is his alone on the pages this reader reads: it may match without the full name.
    const surname = panel(p).locator('.form-row select').nth(1);
    await surname.focus();
    await p.keyboard.press('ArrowUp');
    expect(await surname.inputValue()).toBe('always');
  });
  await capture(p, url, 'Jon Sopel', async () => {
    expect(await panel(p).getByLabel('Role, as the page states it').inputValue()).toBe("BBC's North America editor");
  });
  for (const quote of [
    '"common sense gun safety laws"',
    '"distressing"',
    '"For us not to be able to resolve that issue has been something that is distressing,"',
  ])
    await capture(p, url, quote, async () => expect(await panel(p).getByLabel('Said by').inputValue()).toBe('barack-obama'));
  console.log(`Two people and three quotes, scripted: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const other = await s.context.newPage();
  await other.goto(`${site.url}/nytimes-1.html`);
  const mark = other.locator('dramatis-mark[data-person="barack-obama"]').first();
  await mark.waitFor();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const card = other.locator('dramatis-card .card');
  await card.waitFor();
  await card
    .getByRole('button', { name: /Show all/ })
    .click()
    .catch(() => undefined);
  const quotes = await card.locator('.quote .text').allTextContents();
  expect(quotes.map((q) => q.replace(/[“”]/g, ''))).toEqual([
    'common sense gun safety laws',
    'distressing',
    'For us not to be able to resolve that issue has been something that is distressing',
  ]);
  expect(await card.locator('.quote .meta').first().textContent()).toContain('As reported · BBC News, 2015-07-24');
});
