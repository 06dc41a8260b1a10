/** The options page in real Chromium: live site rules and colours, dataset imports, broken files, round trips. */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { axeViolations, launch, openPopup, ROOT, screenshotPath, serve, type Session, settled, tabIdFor } from './harness';

let s: Session;
let site: { url: string; server: Server };
let options: Page;

beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'));
  s = await launch();
  options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Dramatis options' }).waitFor();
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
});
afterEach(async () => {
  await s.worker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    await c.storage.sync.clear();
    await c.storage.local.clear();
  });
  // A fresh page per test: no status line or form state carries over.
  await options.reload();
  await options.getByRole('heading', { name: 'Dramatis options' }).waitFor();
});

const stored = () =>
  s.worker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    return JSON.stringify([await c.storage.sync.get(null), await c.storage.local.get(null)]);
  });
const marks = (page: Page) => page.locator('dramatis-mark[aria-description]').count();
const openPage = async (path: string, min: number) => {
  const page = await s.context.newPage();
  await page.goto(`${site.url}/${path}`);
  if (min) await settled(page, min);
  return page;
};

test('"Only on…" with the demo host listed: the open demo tab follows without a reload', async () => {
  const page = await openPage('demo-article.html', 45);
  await options.getByRole('radio', { name: 'Only on…' }).check();
  await expect.poll(() => marks(page)).toBe(0);
  await options.getByLabel('Add sites, one per line').fill('127.0.0.1\nnot a site');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => options.locator('#rule-errors .error').textContent()).toContain('not a site');
  expect(await options.locator('.rules code').allTextContents()).toEqual(['127.0.0.1']);
  await settled(page, 45);
  expect(await marks(page)).toBe(45);
  await page.close();
});

test('a rule can be edited in place, with an inline error for bad input', async () => {
  await options.getByLabel('Add sites, one per line').fill('bbc.co.uk');
  await options.getByRole('button', { name: 'Add' }).click();
  await options.getByRole('button', { name: 'Edit bbc.co.uk' }).click();
  const input = options.getByRole('textbox', { name: 'Edit bbc.co.uk' });
  await input.fill('bad site');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => options.locator('#edit-error').textContent()).toContain('is not a valid site name');
  await input.fill('News.BBC.co.uk');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => options.locator('.rules code').allTextContents()).toEqual(['news.bbc.co.uk']);
});

test('colouring by affiliation recolours the people who have one, live', async () => {
  const page = await openPage('demo-article.html', 45);
  const bg = (id: string) =>
    page
      .locator(`dramatis-mark[data-person="${id}"]`)
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await bg('alan-duncan');
  await options.getByLabel('Colour people by affiliation, where the dataset gives one').check();
  await expect.poll(() => bg('alan-duncan')).not.toBe(plain);
  expect(await bg('jeremy-corbyn')).not.toBe(await bg('alan-duncan'));
  expect(await bg('kim-darroch')).toBe(plain);
  await page.close();
});

test('changing the colour restyles the open tab’s highlights', async () => {
  const page = await openPage('demo-article.html', 45);
  const bg = () =>
    page
      .locator('dramatis-mark')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  const before = await bg();
  await options.locator('#hl-color').fill('#ff0000');
  await expect.poll(bg).toBe('rgba(255, 0, 0, 0.4)');
  expect(before).not.toBe('rgba(255, 0, 0, 0.4)');
  await page.close();
});

test('importing a second dataset highlights its people in an open tab', async () => {
  const page = await openPage('tillerson.html', 2);
  // Only the bundled people so far: Donald Trump, twice.
  expect(
    await page.locator('dramatis-mark[aria-description]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.person)),
  ).toEqual(['donald-trump', 'donald-trump']);
  await options.locator('input[type=file]').first().setInputFiles(join(ROOT, 'tests/fixtures/datasets/secretary-of-state.json'));
  await expect
    .poll(() => options.locator('#datasets-notice').textContent())
    .toContain('Imported “Secretary of State pick (test dataset)”: 2 people.');
  await settled(page, 5);
  const people = await page
    .locator('dramatis-mark[aria-description]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.person));
  expect(people.filter((p) => p === 'rex-tillerson')).toHaveLength(2);
  expect(people).toContain('tony-perkins');
  await page.close();
});

const valid = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/datasets/secretary-of-state.json'), 'utf8'));

test('importing a file with the id of one already there asks first; Remove can be undone', async () => {
  const file = join(ROOT, 'tests/fixtures/datasets/secretary-of-state.json');
  const list = () => options.locator('.datasets li').allTextContents();
  await options.locator('input[type=file]').first().setInputFiles(file);
  await expect.poll(list).toHaveLength(2);
  const paste = async (text: string) => {
    await options.locator('#paste').fill(text);
    await options.getByRole('button', { name: 'Import pasted dataset' }).click();
  };
  // The same id again, with one person fewer: asked, and Cancel keeps what was there.
  await paste(JSON.stringify({ ...valid, people: valid.people.slice(0, 1) }));
  const question = options.getByRole('group', { name: /already imported, with 2 people/ });
  await expect.poll(() => question.textContent()).toContain('Replace it with this file’s 1 person?');
  await question.getByRole('button', { name: 'Cancel' }).click();
  expect((await list())[1]).toContain('2 people');
  await paste(JSON.stringify({ ...valid, people: valid.people.slice(0, 1) }));
  await question.getByRole('button', { name: 'Replace' }).click();
  await expect.poll(async () => (await list())[1]).toContain('1 person');
  // Remove, then Undo puts it back as it was.
  await options.locator('.datasets li').nth(1).getByRole('button', { name: 'Remove' }).click();
  await expect.poll(list).toHaveLength(1);
  await options.locator('#datasets-notice').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(list).toHaveLength(2);
  expect((await list())[1]).toContain('Secretary of State pick');
});
const broken: Array<[string, string | Buffer, string]> = [
  ['not JSON', '{ "people": [', '(file): not valid JSON'],
  [
    'wrong types',
    JSON.stringify({ ...valid, people: [{ ...valid.people[0], names: 'Rex' }] }),
    'people[0].names: expected array, got string',
  ],
  [
    'missing fields',
    JSON.stringify({ ...valid, people: [{ id: 'x-y', name: 'X Y', names: [{ text: 'X Y', match: 'always' }] }] }),
    'people[0].role: expected string, got undefined',
  ],
  ['20 MB', Buffer.alloc(20 * 1024 * 1024, 'a'), '(file): too large (20.0 MB)'],
];

test.each(broken)('a broken file (%s) shows its error and changes nothing', async (_what, content, error) => {
  await options.getByLabel('Add sites, one per line').fill('bbc.co.uk');
  await options.getByRole('button', { name: 'Add' }).click();
  await options.locator('input[type=file]').first().setInputFiles(join(ROOT, 'tests/fixtures/datasets/secretary-of-state.json'));
  // The status line may still say "Imported" from an earlier test, so wait for storage itself, including the
  // version record WXT writes just after the first import.
  await expect.poll(stored).toMatch(/bbc\.co\.uk.*"secretary-of-state.*"datasets\$":\{"v":2\}/);
  const before = await stored();
  await options
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(content) });
  await expect.poll(() => options.locator('.import-errors').textContent(), { timeout: 10_000 }).toContain(error);
  expect(await stored()).toBe(before);
});

test('hostile strings that pass validation render as plain text in the card and popup', async () => {
  const hostile = {
    ...valid,
    people: [{ ...valid.people[0], role: '<img src=x onerror=alert(1)>', description: '<script>alert(2)</script>' }, valid.people[1]],
  };
  await options.getByLabel('Or paste it here').fill(JSON.stringify(hostile));
  await options.getByRole('button', { name: 'Import pasted dataset' }).click();
  await expect.poll(() => options.locator('#datasets-notice').textContent()).toContain('Imported');
  const page = await openPage('tillerson.html', 3);
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, void d.dismiss()));
  await page.locator('dramatis-mark[data-person="rex-tillerson"]').first().hover();
  const card = page.locator('dramatis-card .card');
  await expect.poll(() => card.locator('.role').textContent(), { timeout: 3000 }).toBe('<img src=x onerror=alert(1)>');
  expect(await card.locator('img, script').count()).toBe(0);
  const popup = await openPopup(s, await tabIdFor(s, page.url()));
  await expect.poll(() => popup.locator('.person[data-person="rex-tillerson"] .role').textContent()).toBe('<img src=x onerror=alert(1)>');
  expect(await popup.locator('.people img').count()).toBe(0);
  expect(dialogs).toBe(0);
  await popup.close();
  await page.close();
});

test('exporting settings and importing them again is a round trip', async () => {
  await options.getByLabel('Hover delay (ms)').fill('450');
  await options.getByLabel('Hover delay (ms)').blur();
  await options.getByLabel('Card theme').selectOption('dark');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  const file = await download.path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).settings).toEqual({ hoverDelay: 450, theme: 'dark' });
  await options.getByRole('button', { name: 'Reset to defaults…' }).click();
  await options.getByRole('group', { name: 'Confirm reset' }).getByRole('button', { name: 'Reset' }).click();
  // Only the values: WXT also keeps a version record ("settings$") beside them. Imports are one JSON string.
  const values = async () => JSON.parse(await stored()).map((area: Record<string, unknown>) => area.settings ?? area.datasets);
  await expect.poll(values).toEqual([{}, '[]']);
  await options.locator('label.file', { hasText: 'Import settings' }).locator('input').setInputFiles(file);
  await expect.poll(() => options.getByLabel('Card theme').inputValue()).toBe('dark');
  expect(await options.getByLabel('Hover delay (ms)').inputValue()).toBe('450');
});

test('the options page has no axe violations', async () => {
  await options.reload();
  await options.getByRole('heading', { name: 'Dramatis options' }).waitFor();
  expect(await axeViolations(options)).toEqual([]);
  await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
});
