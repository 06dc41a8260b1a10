/** The UI in French when the browser is in French; dataset content stays as in the source. */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openPopup, ROOT, serve, type Session, settled, tabIdFor } from './harness';

let s: Session;
let site: { url: string; server: Server };
beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'));
  s = await launch({ lang: 'fr' });
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
});

test('popup, card and options speak French; roles and quotes stay in English', async () => {
  const page = await s.context.newPage();
  await page.goto(`${site.url}/demo-article.html`);
  await settled(page, 45);
  const popup = await openPopup(s, await tabIdFor(s, page.url()));
  await expect.poll(() => popup.locator('#on-page').textContent()).toBe('Sur cette page');
  expect(await popup.getByRole('switch', { name: 'Surligner sur 127.0.0.1' }).count()).toBe(1);
  await page.locator('dramatis-mark[data-person="theresa-may"]').nth(1).click();
  const card = page.locator('dramatis-card .card');
  await expect.poll(() => card.locator('.why').textContent()).toBe('Reconnu « May » : Theresa May est nommé·e sur cette page.');
  expect(await card.locator('.role').textContent()).toBe('British Prime Minister');
  expect(await card.getByRole('button', { name: 'Pas cette personne' }).count()).toBe(1);
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await expect.poll(() => options.locator('h1').textContent()).toBe('Options de Dramatis');
});
