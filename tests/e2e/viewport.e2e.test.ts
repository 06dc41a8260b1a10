/**
 * Where the first pass starts, in real Chromium with real layout: `viewportRoots` on committed corpus pages
 * and on a page whose short column holds the whole article (as Wikipedia's does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumPath, ROOT } from './harness';

let browser: Browser;
let script: string;

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: "import { viewportRoots } from './dom/viewport'; (window as any).viewportRoots = viewportRoots;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  script = out.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => browser?.close());

interface Roots {
  /** Characters under the roots, and on the whole page. */
  chars: number;
  total: number;
  /** Roots that do not cross the viewport, and every root's id or tag. */
  offscreen: string[];
  names: string[];
  /** Paragraphs that cross the viewport, by id. */
  visible: string[];
}

async function rootsOf(html: string): Promise<{ page: Page; roots: Roots }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, javaScriptEnabled: true });
  await page.route('**/*', (r) =>
    r.request().url() === 'http://page.test/' ? r.fulfill({ body: html, contentType: 'text/html' }) : r.abort(),
  );
  await page.goto('http://page.test/');
  await page.addScriptTag({ content: script });
  const roots = await page.evaluate(() => {
    const els: Element[] = (window as any).viewportRoots(document.body, window);
    const h = innerHeight;
    return {
      chars: els.reduce((n, el) => n + (el.textContent ?? '').length, 0),
      total: (document.body.textContent ?? '').length,
      offscreen: els.filter((el) => ((r) => r.bottom <= 0 || r.top >= h)(el.getBoundingClientRect())).map((el) => el.id || el.tagName),
      names: els.map((el) => el.id || el.tagName),
      visible: [...document.querySelectorAll('p[id]')]
        .filter((p) => ((r) => r.bottom > 0 && r.top < h)(p.getBoundingClientRect()))
        .map((p) => p.id),
    };
  });
  return { page, roots };
}

const pagesDir = join(ROOT, 'tests/corpus/pages');
const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html'));

test.each(pages)('%s: the first pass covers what is on screen, not the page', async (file) => {
  const html = readFileSync(join(pagesDir, file), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const { page, roots } = await rootsOf(html);
  // (A root may lie off screen when it holds a fixed bar that is on it, so only the size is checked here.)
  expect(roots.names.length).toBeGreaterThan(0);
  // A few screens of text at most, however long the page (the longest here has 590,000 characters).
  expect(roots.chars).toBeLessThan(15_000);
  await page.close();
});

test('a short column holding a long article is not taken whole: its blocks on screen are', async () => {
  const para = (i: number) =>
    `<p id="p${i}">Paragraph ${i} ${'with words that fill the line '.repeat(8)}${'<a href="#">link</a> '.repeat(15)}</p>`;
  const html = `<!doctype html><body style="margin:0"><div id="content"><h1 id="title" style="margin:0;font-size:100px">Title</h1><div id="column">${Array.from({ length: 300 }, (_, i) => para(i)).join('')}</div></div></body>`;
  const { page, roots } = await rootsOf(html);
  expect(roots.names).toContain('title');
  expect(roots.names).not.toContain('content');
  expect(roots.names).not.toContain('column');
  // Every paragraph on screen, even between the sampled points and with more links than a column has
  // children, and none off screen.
  const byNumber = (ids: string[]) => ids.filter((n) => /^p\d+$/.test(n)).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  expect(byNumber(roots.names)).toEqual(byNumber(roots.visible));
  expect(roots.visible.length).toBeGreaterThan(3);
  expect(roots.offscreen).toEqual([]);
  await page.close();
});
