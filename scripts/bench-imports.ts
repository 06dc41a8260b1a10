/**
 * npm run bench:imports [-- --people N] [--page FILE] [--runs N]: what a big imported dataset costs a page
 * with the built extension in real Chromium. For no import, and an import of N synthetic people (40,000 by
 * default, about 7 MB) either asked of the background (as Dramatis does past 2,000 people; also with the
 * background stopped before each page, as Chromium stops it when idle) or loaded in the page (as it does
 * below): when the first highlight appears, counted from the start of navigation, and the longest task. The
 * first page after an import is reported apart: it is when the background indexes it.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { syntheticDataset } from '../bench/generate';
import type { Dataset } from '../lib/schema';
import { launch, ROOT, serve } from '../tests/e2e/harness';
import { option } from './args';

const count = Number(option('people') ?? 40_000);
const runs = Number(option('runs') ?? 5);
const pageFile = option('page') ?? join(ROOT, 'tests/corpus/pages/nytimes-1.html');
const html = readFileSync(pageFile, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
const site = await serve(join(ROOT, 'tests/fixtures'), { '/bench-import.html': html });
const base = JSON.parse(readFileSync(join(ROOT, 'data/people.json'), 'utf8')) as Dataset;
const all = syntheticDataset(count, base);
// Only the synthetic people: the bundled ones are there already.
const dataset = { ...all, id: 'synthetic', title: 'Synthetic', people: all.people.filter((p) => p.id.startsWith('p-')) };

type Mode = 'none' | 'asked' | 'woken' | 'loaded';
async function measure(mode: Mode): Promise<{ first: number; rest: number[]; longest: number[] }> {
  const s = await launch({ build: 'production' });
  await s.context.route('**/*', (r) => (r.request().url().startsWith(site.url) ? r.continue() : r.abort()));
  await s.context.addInitScript(() => {
    const w = window as unknown as { __first?: number; __longest: number };
    w.__longest = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({
      type: 'longtask',
      buffered: true,
    });
    new MutationObserver((_, o) => {
      if (!document.querySelector('dramatis-mark')) return;
      w.__first = performance.now();
      o.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  // Chromium stops an idle extension service worker after 30 s, and with it the index: 'woken' stops it before
  // every page, as when a reader comes back to browsing after a while.
  const blank = await s.context.newPage();
  const cdp = await s.context.newCDPSession(blank);
  await cdp.send('ServiceWorker.enable');
  if (mode !== 'none') {
    await s.worker.evaluate(
      (d) => (globalThis as any).chrome.storage.local.set({ datasets: JSON.stringify([{ dataset: d, wins: false }]) }),
      dataset,
    );
    const summary = () =>
      s.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('datasets-summary'))['datasets-summary']);
    while (!(await summary())?.sizes?.synthetic) await new Promise((r) => setTimeout(r, 100));
    // With the summary emptied, pages load the import themselves, as they do below the threshold.
    if (mode === 'loaded')
      await s.worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'datasets-summary': { sizes: {}, updated: 1 } }));
  }
  const times: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i <= runs; i++) {
    if (mode === 'woken') {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 500));
    }
    const p = await s.context.newPage();
    await p.goto(`${site.url}/bench-import.html`);
    await p.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined, null, { timeout: 30_000 });
    await p.waitForTimeout(500);
    const r = await p.evaluate(() => {
      const w = window as unknown as { __first: number; __longest: number };
      return { first: w.__first, longest: w.__longest };
    });
    times.push(r.first);
    longest.push(r.longest);
    await p.close();
  }
  await s.close();
  return { first: times[0]!, rest: times.slice(1), longest: longest.slice(1) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
for (const mode of ['none', 'asked', 'woken', 'loaded'] as const) {
  const m = await measure(mode);
  const what = {
    none: 'no import',
    asked: `${count.toLocaleString('en')} people, asked of the background`,
    woken: `${count.toLocaleString('en')} people, asked of a background stopped before each page`,
    loaded: `${count.toLocaleString('en')} people, loaded in the page`,
  }[mode];
  rows.push(
    `| ${what} | ${m.first.toFixed(0)} | ${median(m.rest).toFixed(0)} | ${Math.min(...m.rest).toFixed(0)}–${Math.max(...m.rest).toFixed(0)} | ${median(m.longest).toFixed(0)} |`,
  );
  process.stderr.write(`  ${what}: done\n`);
}
site.server.close();
console.log(
  [
    `Chromium, ${cpus().length} × ${cpus()[0]?.model.trim()}; ${pageFile.split('/').pop()}; ${runs} pages after the first. Times in ms from the start of navigation.`,
    '',
    '| import | first page: first highlight | later pages: first highlight (median) | range | longest task (median) |',
    '|---|--:|--:|--:|--:|',
    ...rows,
  ].join('\n'),
);
