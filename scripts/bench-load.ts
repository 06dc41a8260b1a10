/**
 * npm run bench:load [-- --runs N] [--quick] [--only PAGE,...]: the benchmark as readers' browsers run it (issue 21). Real
 * navigations in Chromium to the generated pages and the three real ones, with the built extension (content
 * script at `document_idle` on a page that may still be laying out), with no extension, and with a reference
 * extension (bench/reference-extension) that wraps the same names all at once at the same point. Measured from
 * the page, from DOMContentLoaded: until the names on screen are highlighted, until every name is (the task
 * after the frame that follows the last one), and the longest task after DOMContentLoaded.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath, extensionDir, ROOT, serve } from '../tests/e2e/harness';
import { option } from './args';
import { benchmarkPages } from './bench-pages';

const quick = process.argv.includes('--quick');
const runs = Number(option('runs') ?? (quick ? 3 : 5));
// With --quick, the 2 MB page alone; the real pages from the shared corpus, else the committed subset.
const pages = benchmarkPages({
  only2MB: quick,
  real: !quick,
  dirs: [join(ROOT, '../shared/corpus/pages'), join(ROOT, 'tests/corpus/pages')],
});
// --only yahoo-2,gen-2MB: just those pages (for working on one row).
const only = option('only')?.split(',');
for (const name of Object.keys(pages)) if (only && !only.includes(name)) delete pages[name];
const site = await serve(join(ROOT, 'tests/fixtures'), Object.fromEntries(Object.entries(pages).map(([k, v]) => [`/load/${k}.html`, v])));

// The reference extension, built from its committed source.
const reference = mkdtempSync(join(tmpdir(), 'dramatis-reference-'));
cpSync(join(ROOT, 'bench/reference-extension/manifest.json'), join(reference, 'manifest.json'));
const built = await build({
  entryPoints: [join(ROOT, 'bench/reference-extension/content.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'es2022',
});
writeFileSync(join(reference, 'content.js'), built.outputFiles[0]!.text);

type Mode = 'none' | 'Dramatis' | 'reference';
const extensionOf: Record<Mode, string | undefined> = { none: undefined, Dramatis: extensionDir('production'), reference };

/** Records, in the page's own world, when each highlight appeared and every long task. */
function recorder() {
  const w = window as unknown as { __load: { marks: WeakMap<Element, number>; last: number; settled: number; longest: number } };
  const rec = (w.__load = { marks: new WeakMap(), last: 0, settled: 0, longest: 0 });
  new PerformanceObserver((l) => {
    const dcl = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    for (const e of l.getEntries())
      if (dcl && e.startTime >= dcl.domContentLoadedEventStart) rec.longest = Math.max(rec.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    let any = false;
    const t = performance.now();
    for (const r of records)
      for (const n of r.addedNodes)
        if (n.nodeName === 'DRAMATIS-MARK') {
          rec.marks.set(n as Element, t);
          any = true;
        }
    if (!any) return;
    rec.last = t;
    // Done once the frame after the last highlight is drawn.
    requestAnimationFrame(() => setTimeout(() => (rec.settled = performance.now())));
  }).observe(document, { childList: true, subtree: true });
}

async function load(context: BrowserContext, name: string) {
  const page = await context.newPage();
  await page.goto(`${site.url}/load/${name}.html`, { waitUntil: 'domcontentloaded' });
  // Quiet for a second and a half: no new highlight.
  let last = -1;
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(250);
    const now = await page.evaluate(() => (window as unknown as { __load: { last: number } }).__load.last);
    if (now === last && i > 5) break;
    last = now;
  }
  const out = await page.evaluate(() => {
    const rec = (window as unknown as { __load: { marks: WeakMap<Element, number>; settled: number; longest: number } }).__load;
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart;
    let onScreen = 0;
    for (const m of document.querySelectorAll('dramatis-mark')) {
      const r = m.getBoundingClientRect();
      if (r.bottom > 0 && r.top < innerHeight && scrollY === 0) onScreen = Math.max(onScreen, rec.marks.get(m) ?? 0);
    }
    return {
      count: document.querySelectorAll('dramatis-mark').length,
      full: rec.settled ? rec.settled - dcl : NaN,
      screen: onScreen ? onScreen - dcl : NaN,
      longest: rec.longest,
    };
  });
  await page.close();
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Result = { count: number; full: number; screen: number; longest: number };
const results: Record<string, Partial<Record<Mode, Result>>> = {};
for (const mode of ['none', 'Dramatis', 'reference'] as Mode[]) {
  const ext = extensionOf[mode];
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dramatis-load-')), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
    ],
  });
  if (ext && !context.serviceWorkers().length && mode === 'Dramatis') await context.waitForEvent('serviceworker');
  await context.route('**/*', (r) => (r.request().url().startsWith(site.url) ? r.continue() : r.abort()));
  await context.addInitScript(recorder);
  for (const name of Object.keys(pages)) {
    // A first load warms the caches, as a reader's second page would find them.
    await load(context, name);
    const samples: Result[] = [];
    for (let i = 0; i < runs; i++) samples.push(await load(context, name));
    (results[name] ??= {})[mode] = {
      count: median(samples.map((s) => s.count)),
      full: median(samples.map((s) => s.full)),
      screen: median(samples.map((s) => s.screen)),
      longest: median(samples.map((s) => s.longest)),
    };
    process.stderr.write(`  ${mode} × ${name}: longest tasks ${samples.map((s) => s.longest.toFixed(0)).join(', ')}\n`);
  }
  await context.close();
}
site.server.close();

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : v.toFixed(0));
const x = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : '—');
console.log(
  [
    `Chromium, ${cpus().length} × ${cpus()[0]?.model.trim()}, real navigations, median of ${runs} loads after a first. Times in ms from DOMContentLoaded.`,
    '',
    '| page | highlights | on screen | fully | reference: fully | ×reference | longest task | reference: longest task | no extension: longest task |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...Object.entries(results).map(([name, r]) => {
      const d = r.Dramatis!;
      const ref = r.reference!;
      return `| ${name} | ${d.count} | ${ms(d.screen)} | ${ms(d.full)} | ${ms(ref.full)} | ${x(d.full, ref.full)} | ${ms(d.longest)} | ${ms(ref.longest)} | ${ms(r.none?.longest)} |`;
    }),
  ].join('\n'),
);
