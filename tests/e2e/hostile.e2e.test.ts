/** Hostile and extreme pages: CSS that fights, scripts that fight, odd structures and hostile data. */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, ROOT, serve, type Session, settled, shownIn } from './harness';
import { profileOurJs } from './profile';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const para = (i: number) => `<p>Paragraph ${i} says Kim Darroch met Donald Trump.</p>`;
let deep = 'Deep inside, Liam Fox spoke.';
for (let i = 0; i < 40; i++) deep = `<div><span>${deep}</span></div>`;

const PAGES: Record<string, string> = {
  '/hostile2.html': page(
    '<div class="overlay"></div><p>Alan Duncan and <span>Jeremy Corbyn</span> argued.</p>',
    '<style>* { all: unset; } mark { display: none !important; } span { display: block !important; } .overlay { position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; background: rgba(0,0,0,.05); }</style>',
  ),
  '/remover.html': page(
    '<p id="t">Simon Fraser warned Kim Darroch.</p>',
    `<script>new MutationObserver(() => document.querySelectorAll('dramatis-mark').forEach((m) => m.replaceWith(m.textContent))).observe(document, { childList: true, subtree: true });</script>`,
  ),
  '/rerender.html': page(
    '<div id="root"></div>',
    `<script>let n = 0; const render = () => { document.getElementById('root').textContent = 'Render ' + (n++) + ': Theresa May spoke.'; }; addEventListener('DOMContentLoaded', () => { render(); setInterval(render, 50); });</script>`,
  ),
  '/storm.html': page(
    '<p id="t"></p><p>Jeremy Hunt stayed calm.</p>',
    `<script>let n = 0; addEventListener('DOMContentLoaded', () => setInterval(() => { document.getElementById('t').textContent = 'Tick ' + (n++) + ' Boris Johnson'; }, 1));</script>`,
  ),
  '/deep.html': page(deep),
  '/many.html': page(Array.from({ length: 20_000 }, (_, i) => para(i)).join('')),
  '/huge-text.html': page(`<p>${'filler words here. '.repeat(55_000)}Simon McDonald said.</p>`),
  '/mixed.html': page(
    '<p dir="rtl" lang="ar">قال Kim Darroch اليوم</p><p lang="zh">金·达罗克 (Kim Darroch) 辞职了。</p><p>👏Darroch and Trump👏 met.</p>' +
      '<svg><text x="0" y="15">Donald Trump in SVG</text></svg><iframe id="blank"></iframe><iframe srcdoc="<p>Srcdoc says Liam Fox.</p>"></iframe>' +
      '<iframe sandbox src="/frame-child.html"></iframe>',
    `<script>addEventListener('DOMContentLoaded', () => { const d = document.getElementById('blank').contentDocument; d.body.innerHTML = '<p>Blank frame: Christopher Meyer.</p>'; });</script>`,
  ),
};

let s: Session;
let site: { url: string; server: Server };
let other: { url: string; server: Server };

beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'), PAGES);
  other = await serve(join(ROOT, 'tests/fixtures'));
  s = await launch();
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
  other?.server.close();
});

async function open(path: string, min = 1): Promise<Page> {
  const p = await s.context.newPage();
  await p.goto(`${site.url}${path}`);
  if (min) await settled(p, min);
  return p;
}
/**
 * Over `ms`: main-thread script time from Chromium's counter (the page's script and ours; it misses our code
 * that runs after an extension API answers), and our own JavaScript's, from a CPU profile.
 */
async function scriptTime(p: Page, ms: number): Promise<{ all: number; ours: number }> {
  const cdp = await s.context.newCDPSession(p);
  await cdp.send('Performance.enable');
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
  const stop = await profileOurJs(cdp);
  const a = await read();
  await p.waitForTimeout(ms);
  const all = ((await read()) - a) * 1000;
  return { all, ours: await stop() };
}

test('hostile CSS (all: unset, hidden mark, block spans, overlays) leaves highlights visible and the card usable', async () => {
  const p = await open('/hostile2.html', 2);
  for (const id of ['alan-duncan', 'jeremy-corbyn']) {
    const m = p.locator(`dramatis-mark[data-person="${id}"]`);
    expect(await m.evaluate((el) => getComputedStyle(el).display)).toBe('inline');
    expect((await m.boundingBox())!.width).toBeGreaterThan(10);
  }
  await p.locator('dramatis-mark[data-person="alan-duncan"]').click();
  const card = p.locator('dramatis-card .card');
  await expect.poll(() => card.getAttribute('data-person')).toBe('alan-duncan');
  await card.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => p.locator('dramatis-card').count()).toBe(0);
  await p.close();
});

test.each([
  ['a script that removes our highlights', '/remover.html', 0],
  ['a React-style re-render every 50 ms', '/rerender.html', 1],
  ['1,000 mutations a second', '/storm.html', 1],
])('%s: no crash, and Dramatis’s CPU stays bounded', async (_what, path, min) => {
  const p = await open(path, 0);
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  const window = path === '/storm.html' ? 10_000 : 3000;
  const busy = await scriptTime(p, window);
  console.log(`${path}: main-thread script ${Math.round(busy.all)} ms, ours ${Math.round(busy.ours)} ms, in ${window} ms`);
  expect(busy.all).toBeLessThan(window * 0.5);
  expect(busy.ours).toBeLessThan(window * 0.1);
  expect(errors).toEqual([]);
  expect(await p.evaluate(() => document.body.textContent.length)).toBeGreaterThan(10);
  // A page that keeps re-rendering has its names drawn with ranges (issue 23) once it has removed ours twice.
  if (min) await expect.poll(() => shownIn(p), { timeout: 5000 }).toBeGreaterThanOrEqual(min);
  await p.close();
});

test('a page 40 levels deep, 20,000 paragraphs, and a 1 MB text node', async () => {
  let p = await open('/deep.html', 1);
  expect(await p.locator('dramatis-mark[data-person="liam-fox"]').count()).toBe(1);
  await p.close();
  const t0 = Date.now();
  p = await open('/many.html', 40_000);
  console.log(`20,000 paragraphs: 40,000 highlights settled in ${Date.now() - t0} ms`);
  await p.close();
  p = await open('/huge-text.html', 1);
  expect(await p.locator('dramatis-mark[data-person="simon-mcdonald"]').count()).toBe(1);
  await p.close();
});

test('RTL, CJK, emoji, SVG text, about:blank, srcdoc and sandboxed frames', async () => {
  const p = await open('/mixed.html', 4);
  const ids = await p
    .locator('body > p dramatis-mark[aria-description]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.person));
  expect(ids).toEqual(['kim-darroch', 'kim-darroch', 'kim-darroch', 'donald-trump']);
  expect(await p.locator('svg dramatis-mark').count()).toBe(0);
  const frameText = async (pred: (f: import('playwright-core').Frame) => boolean, id: string) => {
    const f = p.frames().find(pred);
    expect(f, id).toBeTruthy();
    await expect.poll(() => f!.locator(`dramatis-mark[data-person="${id}"]`).count(), { timeout: 5000 }).toBe(1);
  };
  await frameText((f) => f.url() === 'about:srcdoc', 'liam-fox');
  await frameText((f) => f.url().endsWith('/frame-child.html'), 'liam-fox');
  await frameText((f) => f.url() === 'about:blank' && f !== p.mainFrame(), 'christopher-meyer');
  await p.close();
});

test('a cross-origin iframe on a second port is highlighted in its own frame', async () => {
  const p = await s.context.newPage();
  await p.goto(`${site.url}/frames.html`);
  await p.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.append(f);
  }, `${other.url}/frame-child.html`);
  await expect
    .poll(
      () =>
        p
          .frames()
          .find((f) => f.url().startsWith(other.url))
          ?.locator('dramatis-mark[data-person="liam-fox"]')
          .count() ?? 0,
      { timeout: 5000 },
    )
    .toBe(1);
  await p.close();
});

test('hostile data (HTML, javascript: URLs, bidi controls, a 100 kB quote, 10,000 names) renders as text, within bounds', async () => {
  const people = Array.from({ length: 10_000 }, (_, i) => ({
    id: `person-${i}`,
    name: `Given${i} Family${i}`,
    role: 'r',
    names: [{ text: `Given${i} Family${i}`, match: 'always' }],
    quotes: [],
  }));
  people.push({
    id: 'mallory-hostile',
    name: 'Mallory Hostile',
    role: '<a href="javascript:alert(1)">click me</a>',
    names: [{ text: 'Mallory Hostile', match: 'always' }],
    quotes: [
      {
        text: `\u202Ereversed\u202C javascript:alert(2) <img src=x onerror=alert(3)> ${'long quote '.repeat(10_000)}`,
        occasion: '<script>alert(4)</script>',
        source: 'hostile',
        about: [],
      },
    ],
  } as never);
  const dataset = { id: 'hostile', title: '<b>Hostile</b>', sources: [{ id: 'hostile', title: 't', publisher: '<i>p</i>' }], people };
  // Stored as version 1 did, as a list rather than a string: still read.
  await s.worker.evaluate((d) => (globalThis as any).chrome.storage.local.set({ datasets: [{ dataset: d, wins: false }] }), dataset);
  const html = page('<p>Mallory Hostile met Given9999 Family9999 and Kim Darroch.</p>');
  const t0 = Date.now();
  const p = await s.context.newPage();
  await p.route(`${site.url}/hostile-data.html`, (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  let dialogs = 0;
  p.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await p.goto(`${site.url}/hostile-data.html`);
  await settled(p, 3);
  const ms = Date.now() - t0;
  const cdp = await s.context.newCDPSession(p);
  await cdp.send('Performance.enable');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
  console.log(`10,000-name hostile dataset: highlighted in ${ms} ms; page JS heap ${heap.toFixed(1)} MB`);
  expect(ms).toBeLessThan(5000);
  expect(heap).toBeLessThan(200);
  await p.locator('dramatis-mark[data-person="mallory-hostile"]').click();
  const card = p.locator('dramatis-card .card');
  await expect.poll(() => card.locator('.role').textContent()).toBe('<a href="javascript:alert(1)">click me</a>');
  expect(await card.locator('a, img, script').count()).toBe(0);
  const quote = (await card.locator('blockquote').first().textContent())!;
  expect(quote).toContain('\u202Ereversed\u202C javascript:alert(2) <img src=x onerror=alert(3)>');
  expect(quote.length).toBeLessThan(400);
  expect(dialogs).toBe(0);
  await s.worker.evaluate(() => (globalThis as any).chrome.storage.local.clear());
  await p.close();
});
