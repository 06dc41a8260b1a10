/**
 * A big import: pages ask the background for just the people their words can name, instead of loading
 * every dataset on every page, and ask again as the page changes.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumDriver, type Driver, firefoxDriver } from './drivers';
import { launch, openPopup, ROOT, serve, type Session, settled, tabIdFor } from './harness';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const PAGES = { '/import.html': page('<p>Kim Darroch met Ann Example7 in the city.</p><p id="more"></p>') };

// 5,000 people: over the 2,000 past which pages ask. The last speaks about Ann Example7, whose card must
// show it though its speaker is not on the page.
const people = Array.from({ length: 5_000 }, (_, i) => ({
  id: `ann-${i}`,
  name: `Ann Example${i}`,
  role: `Imported person ${i}`,
  names: [{ text: `Ann Example${i}`, match: 'always' }],
  quotes:
    i === 4_999
      ? [{ text: 'Ann Example7 served with distinction.', occasion: 'An imported interview', source: 'imported', about: ['ann-7'] }]
      : [],
}));
const dataset = {
  id: 'big-import',
  title: 'Big import',
  sources: [{ id: 'imported', title: 'Imported source', publisher: 'Dramatis tests' }],
  people,
};

/** Waits until the background has summed the import up for pages. */
async function summed(sizes: () => Promise<object>): Promise<void> {
  for (const deadline = Date.now() + 10_000; JSON.stringify(await sizes()) !== '{"big-import":5000}';) {
    if (Date.now() > deadline) throw new Error('the background never summed the import up');
    await new Promise((r) => setTimeout(r, 100));
  }
}

let s: Session;
let site: { url: string; server: Server };
beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'), PAGES);
  s = await launch();
  await s.worker.evaluate(
    (d) => (globalThis as any).chrome.storage.local.set({ datasets: JSON.stringify([{ dataset: d, wins: false }]) }),
    dataset,
  );
  // The background sums the import up for pages once it has taken it in.
  const sizes = () =>
    s.worker.evaluate(
      async () => ((await (globalThis as any).chrome.storage.local.get('datasets-summary'))['datasets-summary']?.sizes ?? {}) as object,
    );
  await summed(sizes);
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
});

const marks = () => [...document.querySelectorAll<HTMLElement>('dramatis-mark')].map((m) => `${m.dataset.person}:${m.textContent}`);

test('imported and bundled people are found, cards are whole, and new words are asked about as the page changes', async () => {
  const p = await s.context.newPage();
  await p.goto(`${site.url}/import.html`);
  await settled(p, 2);
  expect(await p.evaluate(marks)).toEqual(['kim-darroch:Kim Darroch', 'ann-7:Ann Example7']);

  await p.hover('dramatis-mark[data-person="ann-7"]');
  const card = () => {
    const root = document.querySelector('dramatis-card')?.shadowRoot;
    return root
      ? { role: root.querySelector('.role')?.textContent, about: [...root.querySelectorAll('.quote')].map((q) => q.textContent ?? '') }
      : null;
  };
  await expect.poll(() => p.evaluate(card).then((c) => c?.role), { timeout: 10_000 }).toBe('Imported person 7');
  // What Ann Example4999, never named on the page, said about her.
  const shown = (await p.evaluate(card))!;
  expect(shown.role).toBe('Imported person 7');
  expect(shown.about.some((q) => q.includes('Ann Example7 served with distinction.'))).toBe(true);
  await p.keyboard.press('Escape');
  await expect.poll(() => p.evaluate(() => !document.querySelector('dramatis-card')), { timeout: 10_000 }).toBe(true);

  await p.evaluate(() => (document.getElementById('more')!.textContent = 'Later, Ann Example4321 replied.'));
  await expect.poll(() => p.evaluate(marks), { timeout: 10_000 }).toContain('ann-4321:Ann Example4321');
  await p.close();
});

test('the popup shows the page’s imported people whole and searches everyone, without loading the import', async () => {
  const p = await s.context.newPage();
  await p.goto(`${site.url}/import.html`);
  await settled(p, 2);
  const popup = await openPopup(s, await tabIdFor(s, `${site.url}/import.html`));
  await expect
    .poll(() => popup.locator('.people .person').evaluateAll((els) => els.map((e) => e.getAttribute('data-person'))))
    .toEqual(['kim-darroch', 'ann-7']);
  await popup.locator('.person[data-person="ann-7"] .expand').click();
  await expect(popup.locator('.person[data-person="ann-7"] .details').textContent()).resolves.toContain(
    'Ann Example7 served with distinction.',
  );
  // Past the first 50 of everyone: found by the background's search.
  await popup.getByRole('searchbox').fill('Example4998');
  await expect.poll(() => popup.locator('.results li').first().getAttribute('data-person')).toBe('ann-4998');
  await popup.getByRole('searchbox').fill('Example');
  await expect.poll(() => popup.locator('.results li').count()).toBe(50);
  await popup.close();
  await p.close();
});

test('switching the import off leaves only the bundled people, live', async () => {
  const p = await s.context.newPage();
  await p.goto(`${site.url}/import.html`);
  await settled(p, 2);
  await s.worker.evaluate(() => (globalThis as any).chrome.storage.sync.set({ settings: { disabledDatasets: ['big-import'] } }));
  await expect.poll(() => p.evaluate(marks), { timeout: 10_000 }).toEqual(['kim-darroch:Kim Darroch']);
  await s.worker.evaluate(() => (globalThis as any).chrome.storage.sync.set({ settings: {} }));
  await expect.poll(() => p.evaluate(marks), { timeout: 10_000 }).toEqual(['kim-darroch:Kim Darroch', 'ann-7:Ann Example7']);
  await p.close();
});

describe.each([
  ['Chromium', chromiumDriver],
  ['Firefox ESR', firefoxDriver],
])('%s', (_name, make) => {
  let d: Driver;
  beforeAll(async () => {
    d = await make();
    const options = await d.openExtensionPage('options.html');
    // Firefox's promise-returning API is `browser`; Chromium's is `chrome`.
    await options.evaluate(
      (data) =>
        ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.set({
          datasets: JSON.stringify([{ dataset: data, wins: false }]),
        }),
      dataset,
    );
    const sizes = () =>
      options.evaluate(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return ((await api.storage.local.get('datasets-summary'))['datasets-summary']?.sizes ?? {}) as object;
      }, null);
    await summed(sizes);
    await options.close();
  });
  afterAll(async () => {
    await d?.close();
  });

  test('a big import is asked of the background, and again as the page changes', async () => {
    const p = await d.open(`${site.url}/import.html`);
    await expect.poll(() => p.evaluate(marks, null), { timeout: 10_000 }).toEqual(['kim-darroch:Kim Darroch', 'ann-7:Ann Example7']);
    await p.evaluate(() => (document.getElementById('more')!.textContent = 'Later, Ann Example4321 replied.'), null);
    await expect.poll(() => p.evaluate(marks, null), { timeout: 10_000 }).toContain('ann-4321:Ann Example4321');
    await p.close();
  });

  test('the popup’s question finds people past the first 50, with whole cards for the ids it sends', async () => {
    const page = await d.openExtensionPage('options.html');
    const found = await page.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const r = await api.runtime.sendMessage({ type: 'dramatis/find-people', query: 'Example4998', ids: ['ann-7'], limit: 5 });
      return { hit: r.hits[0]?.person.id, people: r.people.map((x: { id: string }) => x.id).sort(), total: r.total };
    }, null);
    // Ann Example4999 comes with Ann Example7, as she is quoted about her.
    expect(found).toEqual({ hit: 'ann-4998', people: ['ann-4999', 'ann-7'], total: 5_013 });
    await page.close();
  });
});
