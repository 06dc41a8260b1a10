/**
 * What the reader captured outlives the browser (issue 17): saved, the browser closed and started again on
 * the same profile, the person is highlighted on another page. And a panel left open while the extension
 * reloads keeps what the reader typed and says it can no longer save, instead of failing silently.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, ROOT, serve, type Session, tabIdFor } from './harness';
import { menuClick, select } from './select';

let site: { url: string; server: Server };
const profile = mkdtempSync(join(tmpdir(), 'dramatis-restart-'));
beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'));
});
afterAll(() => {
  site?.server.close();
  rmSync(profile, { recursive: true, force: true });
});

const panel = (p: Page) => p.locator('dramatis-card .capture');
const marks = (p: Page, id: string) => p.locator(`dramatis-mark[data-person="${id}"][aria-description]`).count();

async function capture(s: Session, p: Page, url: string): Promise<void> {
  const tab = await tabIdFor(s, url);
  await menuClick(s.worker, tab);
  await panel(p).waitFor();
}

test('a capture is still there after the browser restarts', async () => {
  const first = await launch({ profile });
  const p = await first.context.newPage();
  await p.goto(`${site.url}/capture-article.html`);
  await select(p, '#p2', 'Ada Pemberton');
  await capture(first, p, `${site.url}/capture-article.html`);
  await panel(p).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => marks(p, 'ada-pemberton')).toBe(2);
  await first.close();

  const again = await launch({ profile });
  const q = await again.context.newPage();
  await q.goto(`${site.url}/capture-plain.html`);
  await expect.poll(() => marks(q, 'ada-pemberton')).toBe(1);

  // The panel left open while the extension reloads: what was typed stays, and it says why it cannot save.
  await select(q, '#q', 'Tomas Quill');
  await capture(again, q, `${site.url}/capture-plain.html`);
  await panel(q).getByLabel('Role, as the page states it').fill('Mayor');
  await again.worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
  await expect
    .poll(() => panel(q).locator('.status').textContent())
    .toBe('Dramatis was reloaded, so this page can no longer save. Copy what you need, then reload the page.');
  expect(await panel(q).getByLabel('Role, as the page states it').inputValue()).toBe('Mayor');
  expect(await panel(q).getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
  await again.close();
});
