/**
 * The reader's own datasets in the options page (issue 17): edit a captured person (with the count their forms
 * would get on the tab the reader came from), edit and delete quotes and people with undo, move people between
 * datasets, copy a bundled person to My notes, merge a file into a dataset, and export: the JSON round-trips
 * through delete and import, and the Web Annotation export holds one annotation per quote with its selector.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, ROOT, serve, type Session } from './harness';

const source = {
  id: 'gazette',
  title: 'Harbour plan splits the council',
  publisher: 'The Harbour Gazette',
  url: 'https://gazette.example/harbour',
  published: '2026-11-02',
};
const notes = {
  id: 'my-notes',
  title: 'My notes',
  sources: [source],
  people: [
    {
      id: 'ada-pemberton',
      name: 'Ada Pemberton',
      role: 'leader of the opposition',
      source: 'gazette',
      names: [
        { text: 'Ada Pemberton', match: 'always' },
        { text: 'Pemberton', match: 'anchored' },
      ],
      quotes: [
        {
          text: 'This plan puts every family on the seafront at risk',
          occasion: 'As reported',
          source: 'gazette',
          about: ['tomas-quill'],
          selector: {
            exact: 'This plan puts every family on the seafront at risk',
            prefix: 'called the plan reckless. “',
            suffix: ',” Pemberton said.',
          },
        },
      ],
    },
    {
      id: 'tomas-quill',
      name: 'Tomas Quill',
      role: 'Mayor',
      source: 'gazette',
      names: [{ text: 'Tomas Quill', match: 'always' }],
      quotes: [],
    },
  ],
};
const reading = { id: 'reading-list', title: 'Reading list', sources: [], people: [] };

let s: Session;
let site: { url: string; server: Server };
let options: Page;
const stored = () =>
  s.worker.evaluate(
    async () =>
      JSON.parse((await (globalThis as any).chrome.storage.local.get('datasets')).datasets) as Array<{ dataset: any; wins: boolean }>,
  );
const dataset = async (id: string) => (await stored()).find((x) => x.dataset.id === id)?.dataset;
const section = () => options.locator('#notes');
const notice = () => section().locator('.notice-line').textContent();

beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'));
  s = await launch();
  await s.worker.evaluate(
    (list) => (globalThis as any).chrome.storage.local.set({ datasets: JSON.stringify(list) }),
    [
      { dataset: notes, wins: true },
      { dataset: reading, wins: false },
    ],
  );
  // The tab the reader was on: the editor counts forms there.
  const article = await s.context.newPage();
  await article.goto(`${site.url}/capture-article.html`);
  await article.locator('dramatis-mark[data-person="ada-pemberton"]').first().waitFor();
  options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await section().waitFor();
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
});

test('a captured person is edited in place, with the count their forms would get on the reader’s tab', async () => {
  await section().getByRole('button', { name: 'Edit Ada Pemberton' }).click();
  const editor = section().getByRole('group', { name: 'Edit Ada Pemberton' });
  // Two in the article, one in its editor (drawn there with a range, issue 23).
  await expect.poll(() => editor.locator('.count').textContent()).toBe('Would highlight 3 here');
  await editor.getByLabel('Role, as the page states it').fill('Leader of the Opposition');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await dataset('my-notes')).people[0].role).toBe('Leader of the Opposition');
  await editor.getByLabel('Occasion').fill('Council meeting');
  await editor.getByLabel('Occasion').blur();
  await expect.poll(async () => (await dataset('my-notes')).people[0].quotes[0].occasion).toBe('Council meeting');
  await editor.getByRole('button', { name: 'Delete this quote' }).click();
  await expect.poll(async () => (await dataset('my-notes')).people[0].quotes.length).toBe(0);
  expect(await notice()).toBe('Quote deleted. Undo');
  await section().getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await dataset('my-notes')).people[0].quotes[0]?.occasion).toBe('Council meeting');
});

test('My notes can be renamed', async () => {
  const name = section().locator('[data-dataset="my-notes"]').getByLabel('Name of this dataset');
  await name.fill('Harbour notes');
  await name.blur();
  await expect.poll(async () => (await dataset('my-notes')).title).toBe('Harbour notes');
  await name.fill('My notes');
  await name.blur();
  await expect.poll(async () => (await dataset('my-notes')).title).toBe('My notes');
});

test('a person deleted can be put back; one moved takes their sources along', async () => {
  await section().getByRole('button', { name: 'Edit Tomas Quill' }).click();
  await section().getByRole('button', { name: 'Delete Tomas Quill' }).click();
  await expect.poll(async () => (await dataset('my-notes')).people.map((p: { id: string }) => p.id)).toEqual(['ada-pemberton']);
  expect(await notice()).toBe('Tomas Quill deleted. Undo');
  await section().getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await dataset('my-notes')).people.map((p: { id: string }) => p.id))
    .toEqual(['ada-pemberton', 'tomas-quill']);
  await section().getByRole('button', { name: 'Edit Tomas Quill' }).click();
  await section().getByRole('button', { name: 'Move', exact: true }).click();
  await expect.poll(async () => (await dataset('reading-list')).people.map((p: { id: string }) => p.id)).toEqual(['tomas-quill']);
  expect((await dataset('reading-list')).sources.map((x: { id: string }) => x.id)).toEqual(['gazette']);
  expect(await notice()).toBe('Tomas Quill moved to Reading list.');
});

test('a bundled person is copied to My notes; a file merges into a dataset by id', async () => {
  await options.getByRole('button', { name: 'Copy to my notes: Kim Darroch' }).click();
  await expect.poll(async () => (await dataset('my-notes')).people.some((p: { id: string }) => p.id === 'kim-darroch')).toBe(true);
  const file = {
    id: 'x',
    title: 'X',
    sources: [],
    people: [
      {
        id: 'tomas-quill',
        name: 'Tomas Quill',
        role: 'Mayor of the town',
        names: [{ text: 'Mayor Quill', match: 'anchored' }],
        quotes: [],
      },
      { id: 'ed-fenwick', name: 'Ed Fenwick', role: 'Harbour master', names: [{ text: 'Ed Fenwick', match: 'always' }], quotes: [] },
    ],
  };
  await section()
    .locator('[data-dataset="reading-list"] input[type=file]')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect.poll(notice).toBe('1 added and 1 updated from the file.');
  const quill = (await dataset('reading-list')).people.find((p: { id: string }) => p.id === 'tomas-quill');
  expect([quill.role, quill.names.map((n: { text: string }) => n.text)]).toEqual(['Mayor of the town', ['Mayor Quill', 'Tomas Quill']]);
});

test('the export round-trips: exported, removed and imported again, My notes is the same; its quotes export as Web Annotations', async () => {
  const before = await dataset('my-notes');
  const row = options.locator('.datasets li').filter({ hasText: 'My notes' });
  const [json] = await Promise.all([options.waitForEvent('download'), row.getByRole('button', { name: 'Export', exact: true }).click()]);
  const text = readFileSync(await json.path(), 'utf8');
  const [anno] = await Promise.all([
    options.waitForEvent('download'),
    row.getByRole('button', { name: 'Export as Web Annotations' }).click(),
  ]);
  const collection = JSON.parse(readFileSync(await anno.path(), 'utf8'));
  const quotes = before.people.reduce((n: number, p: { quotes: unknown[] }) => n + p.quotes.length, 0);
  expect([collection['@context'], collection.type, collection.total, collection.first.items.length]).toEqual([
    'http://www.w3.org/ns/anno.jsonld',
    'AnnotationCollection',
    quotes,
    quotes,
  ]);
  const ada = collection.first.items.find((a: { id: string }) => a.id.includes('ada-pemberton'));
  expect(ada.target).toEqual({ source: source.url, selector: { type: 'TextQuoteSelector', ...notes.people[0]!.quotes[0]!.selector } });
  await row.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => dataset('my-notes')).toBeUndefined();
  await options
    .locator('#datasets-h ~ label.file input[type=file]')
    .first()
    .setInputFiles({ name: 'my-notes.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  // My notes holds a copy of a bundled person: asked who wins their id, the reader keeps the import's.
  await options.getByRole('button', { name: 'Use the imported people' }).click();
  await expect.poll(() => dataset('my-notes')).toEqual(before);
  expect((await stored()).find((x) => x.dataset.id === 'my-notes')?.wins).toBe(true);
});
