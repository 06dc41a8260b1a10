/**
 * Capturing while reading (issue 17), in Chromium: select on a page, start the capture through the context
 * menu's own handler (a script cannot click a browser menu), and check what the reader then sees: the new
 * person highlighted here and in another open tab, in the popup, their quote on their card with its source,
 * the source link opening the page at the quote, and the quote recognised on another page.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openPopup, ROOT, serve, type Session, tabIdFor } from './harness';

let s: Session;
let site: { url: string; server: Server };
beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'));
  s = await launch();
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
});

/** Selects `text` inside the element `selector` (its first text node that holds it), as a reader would. */
export async function select(p: Page, selector: string, text: string): Promise<void> {
  await p.evaluate(
    ([sel, t]) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.nodeValue!.indexOf(t);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + t.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        return;
      }
      throw new Error(`no "${t}" in ${sel}`);
    },
    [selector, text] as const,
  );
}

/** The context menu's click, in the tab showing `url`. */
async function menu(url: string, frameId = 0): Promise<void> {
  const tabId = await tabIdFor(s, url);
  await s.worker.evaluate(
    ([tab, frame]) => (globalThis as any).dramatisMenuClick({ menuItemId: 'dramatis-capture', frameId: frame }, { id: tab }),
    [tabId, frameId] as const,
  );
}

const panel = (p: Page) => p.locator('dramatis-card .capture');
const marks = (p: Page, id: string) => p.locator(`dramatis-mark[data-person="${id}"][aria-description]`).count();
const article = () => `${site.url}/capture-article.html`;

async function openArticle(): Promise<Page> {
  const p = await s.context.newPage();
  await p.goto(article());
  await expect.poll(() => marks(p, 'kim-darroch')).toBe(1);
  return p;
}

test('a new person: prefilled from the page, saved, and highlighted here and in another open tab', async () => {
  const p = await openArticle();
  const other = await s.context.newPage();
  await other.goto(`${site.url}/capture-plain.html`);
  await select(p, '#p2', 'Ada Pemberton');
  await menu(article());
  await panel(p).waitFor();
  const field = (label: string) => panel(p).getByLabel(label, { exact: true });
  expect(await panel(p).getByLabel('New person').isChecked()).toBe(true);
  expect(await field('Name').inputValue()).toBe('Ada Pemberton');
  expect(await field('Role, as the page states it').inputValue()).toBe('leader of the opposition');
  expect(
    await panel(p)
      .getByLabel('Name as written')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
  ).toEqual(['Ada Pemberton', 'Pemberton']);
  // "Ada Pemberton" and "Pemberton" in #p2; the editor's mention is never highlighted.
  await expect.poll(() => panel(p).locator('.count').textContent()).toBe('Would highlight 2 here');
  await panel(p).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => panel(p).locator('.status').textContent()).toBe('Saved to My notes. Every open tab highlights it now.');
  await expect.poll(() => marks(p, 'ada-pemberton')).toBe(2);
  await expect.poll(() => marks(other, 'ada-pemberton')).toBe(1);
  // The reader's selection is theirs again once the panel closes.
  await panel(p).getByRole('button', { name: 'Close', exact: true }).first().click();
  expect(await p.evaluate(() => getSelection()!.toString())).toBe('Ada Pemberton');
  const popup = await openPopup(s, await tabIdFor(s, article()));
  await popup.locator('[data-person="ada-pemberton"]').first().waitFor();
  await Promise.all([p.close(), other.close(), popup.close()]);
});
