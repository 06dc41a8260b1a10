/**
 * npm run bench:frames [-- --runs N]: what Dramatis costs a page of twenty small frames (issue 21), measured from
 * outside with the built extension in real Chromium. tests/fixtures/frames-20.html has a top frame that names
 * one person, one frame that names two, and nineteen advertising frames that name nobody (all same-site, so
 * one renderer holds them). For no extension, the floors below, the bundled people, and a 1,000-person import:
 * our JavaScript's time (a CPU profile of the renderer: every sample with an extension script on its stack),
 * DevTools' script-time counter, and the JavaScript heap (after a garbage collection) once the page is settled;
 * and what each of the nineteen frames adds, as (with − without − the top and named frames' share) / 19, taken
 * from the difference between the 20-frame page and the same page with the advertising frames removed.
 *
 * The profile is the figure to read: the counter (`ScriptDuration`) misses code that runs in a promise's
 * callback after an extension API answers, which is most of what a content script does after its first await.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { syntheticDataset } from '../bench/generate';
import type { Dataset } from '../lib/schema';
import { chromiumPath, launch, ROOT, serve, type Session } from '../tests/e2e/harness';
import { profileOurJs } from '../tests/e2e/profile';
import { option } from './args';

const runs = Number(option('runs') ?? 5);
const full = readFileSync(join(ROOT, 'tests/fixtures/frames-20.html'), 'utf8');
// The same page without its advertising frames: what a frame that names nobody adds is the difference.
const bare = full.replace(/\s*<iframe src="frame-ad\.html[^>]*><\/iframe>/g, '');
const site = await serve(join(ROOT, 'tests/fixtures'), { '/bench-frames-20.html': full, '/bench-frames-1.html': bare });
const base = JSON.parse(readFileSync(join(ROOT, 'data/people.json'), 'utf8')) as Dataset;
const thousand = syntheticDataset(1000, base);
const imported = { ...thousand, id: 'synthetic', title: 'Synthetic', people: thousand.people.filter((p) => p.id.startsWith('p-')) };

type Mode =
  | 'none'
  | 'an empty content script'
  | 'a script that reads a setting'
  | "a script that sends its frame's text"
  | 'bundled'
  | '1,000 imported';

/**
 * The floors: a script of one statement; one that does the least any script deciding by the reader's settings
 * must (reads one stored value), which makes the browser build its extension API in that world; and the least
 * a subframe's probe can do (walk the frame's text, leaving scripts and styles out, and send it in one message).
 */
const FLOORS: Partial<Record<Mode, string>> = {
  'an empty content script': 'void 0;\n',
  'a script that reads a setting': "chrome.storage.sync.get('settings').then((s) => void s);\n",
  "a script that sends its frame's text": `if (window !== window.top) {
  let text = '';
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!/^(SCRIPT|STYLE)$/.test(n.parentNode.nodeName)) text += n.data + '\\n';
  chrome.runtime.sendMessage({ text }).catch(() => undefined);
}
`,
};

/**
 * The floor any extension pays per frame: one whose content script is a single statement, injected where ours
 * is (every frame, at document_idle). What a frame costs beyond it is what Dramatis does there.
 */
function emptyExtension(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-empty-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    permissions: ['storage'],
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], all_frames: true, run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), code);
  return dir;
}
type Metrics = { js: number; script: number; heap: number };

/** Loads a page, waits for it to settle, collects garbage, and reads the renderer's metrics. */
async function metricsOf(context: Session['context'], path: string): Promise<Metrics> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const ourJs = await profileOurJs(cdp);
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const js = await ourJs();
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  const out = { js, script: get('ScriptDuration') * 1000, heap: get('JSHeapUsedSize') / 1024 };
  await page.close();
  return out;
}

async function measure(mode: Mode): Promise<{ all: Metrics; bare: Metrics }> {
  let close: () => Promise<void>;
  let context: Session['context'];
  if (mode === 'none') {
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    context = await browser.newContext();
    close = () => browser.close();
  } else if (FLOORS[mode]) {
    const ext = emptyExtension(FLOORS[mode]);
    const profile = mkdtempSync(join(tmpdir(), 'dramatis-empty-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu'],
    });
    close = async () => {
      await context.close();
      rmSync(ext, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    };
  } else {
    const s = await launch({ build: 'production' });
    context = s.context;
    close = () => s.close();
    if (mode === '1,000 imported') {
      await s.worker.evaluate(
        (d) => (globalThis as any).chrome.storage.local.set({ datasets: JSON.stringify([{ dataset: d, wins: false }]) }),
        imported,
      );
      const summary = () =>
        s.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('datasets-summary'))['datasets-summary']);
      while (!(await summary())?.sizes?.synthetic) await new Promise((r) => setTimeout(r, 100));
    }
  }
  await context.route('**/*', (r) => (r.request().url().startsWith(site.url) ? r.continue() : r.abort()));
  // A first load warms the caches (and the background's index), as a reader's second page would find them.
  await metricsOf(context, '/bench-frames-20.html');
  const all = await metricsOf(context, '/bench-frames-20.html');
  const bareM = await metricsOf(context, '/bench-frames-1.html');
  await close();
  return { all, bare: bareM };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
const results: Record<Mode, { all: Metrics; bare: Metrics }> = {} as never;
const MODES: Mode[] = [
  'an empty content script',
  'a script that reads a setting',
  "a script that sends its frame's text",
  'bundled',
  '1,000 imported',
];
for (const mode of ['none', ...MODES] as Mode[]) {
  const samples: Array<{ all: Metrics; bare: Metrics }> = [];
  for (let i = 0; i < runs; i++) samples.push(await measure(mode));
  const pick = (k: 'all' | 'bare', m: keyof Metrics) => median(samples.map((s) => s[k][m]));
  const metrics = (k: 'all' | 'bare'): Metrics => ({ js: pick(k, 'js'), script: pick(k, 'script'), heap: pick(k, 'heap') });
  results[mode] = { all: metrics('all'), bare: metrics('bare') };
  process.stderr.write(`  ${mode}: done\n`);
}
const f = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const none = results.none;
for (const mode of MODES) {
  const r = results[mode];
  // What Dramatis adds to the 19 frames that name nobody: its cost on the full page, less its cost on the page
  // without them, each against the same page without the extension.
  const perFrame = (m: keyof Metrics) => (r.all[m] - none.all[m] - (r.bare[m] - none.bare[m])) / 19;
  const top = (m: keyof Metrics) => r.bare[m] - none.bare[m];
  rows.push(
    `| ${mode} | ${f(r.all.js)} | ${f(r.all.heap)} | ${f(none.all.heap)} | ${f(perFrame('js'))} | ${f(perFrame('script'))} | ${f(perFrame('heap'))} | ${f(top('js'))} | ${f(top('heap'))} |`,
  );
}
console.log(
  [
    `Chromium, ${cpus().length} × ${cpus()[0]?.model.trim()}; tests/fixtures/frames-20.html; median of ${runs} runs. Times in ms (our JS: samples of a CPU profile with an extension script on the stack), heap in kB.`,
    '',
    '| build | our JS, page | heap, page | heap, no extension | our JS per frame that names nobody | DevTools script counter per frame | heap per frame that names nobody | our JS, top and named frame | heap, top and named frame |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
  ].join('\n'),
);
site.server.close();
