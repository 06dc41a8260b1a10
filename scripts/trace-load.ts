/**
 * npm run trace:load [-- --runs N] [--size BYTES]: what the tasks over 50 ms after DOMContentLoaded are made of,
 * on a real navigation to a generated news page with the built extension (issue 21). It records a trace with
 * the DevTools protocol's Tracing domain and, for each long task on the page's main thread after
 * DOMContentLoaded, sums the work inside it by kind: layout, style, our content script, the page's parsing.
 * The same page with no extension is traced too, so the table says which long tasks are ours.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { generatePage } from '../bench/generate';
import { chromiumPath, launch, ROOT, serve } from '../tests/e2e/harness';
import { option } from './args';

const runs = Number(option('runs') ?? 3);
const size = Number(option('size') ?? 2_000_000);
const site = await serve(join(ROOT, 'tests/fixtures'), { '/trace-page.html': generatePage(size) });

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string } };
}

/** How a long task's time divides; the names are Chromium's trace events. */
function kindOf(e: TraceEvent): string | undefined {
  if (e.name === 'Layout') return 'layout';
  if (e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles') return 'style';
  if (e.name === 'ParseHTML') return 'parse HTML';
  if (e.name === 'Paint' || e.name === 'PrePaint' || e.name === 'Layerize') return 'paint';
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction' || e.name === 'TimerFire')
    return (e.args?.data?.url ?? '').startsWith('chrome-extension://') ? 'our script' : 'script';
  return undefined;
}

async function trace(withExtension: boolean): Promise<Array<{ ms: number; parts: Record<string, number>; styled: number }>> {
  const s = withExtension ? await launch({ build: 'production' }) : undefined;
  const browser = s ? undefined : await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  const context = s?.context ?? (await browser!.newContext({ viewport: { width: 1100, height: 800 } }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // Playwright types only its own CDP events: the Tracing domain's are read through a plain emitter.
  const emitter = cdp as unknown as { on(e: string, f: (d: { value: TraceEvent[] }) => void): void; once(e: string, f: () => void): void };
  emitter.on('Tracing.dataCollected', (d) => void events.push(...d.value));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8,disabled-by-default-v8.compile,toplevel',
    transferMode: 'ReportEvents',
  });
  await page.goto(`${site.url}/trace-page.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(4000);
  const done = new Promise((r) => emitter.once('Tracing.tracingComplete', () => r(undefined)));
  await cdp.send('Tracing.end');
  await done;
  await (s ? s.close() : browser!.close());
  // Parsing and compiling our content script, wherever V8 did it (the main thread, or a background one).
  ourCompileMs.push(
    events
      .filter((e) => e.ph === 'X' && /^(v8\.compile|V8\.Compile|v8\.parseOnBackground|V8\.ParseProgram)/.test(e.name))
      .filter((e) => JSON.stringify(e.args ?? {}).includes('content-scripts/content.js'))
      .reduce((n, e) => n + (e.dur ?? 0) / 1000, 0),
  );
  const dcl = events.find((e) => e.name === 'MarkDOMContent');
  if (!dcl) throw new Error('no DOMContentLoaded in the trace');
  // The page's main thread: where DOMContentLoaded was marked.
  const main = events.filter((e) => e.pid === dcl.pid && e.tid === dcl.tid && e.ph === 'X');
  const long = main.filter(
    // One event per task: Chromium marks each task twice (ThreadControllerImpl::RunTask around RunTask).
    (e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 50_000 && e.ts >= dcl.ts,
  );
  return long.map((t) => {
    const parts: Record<string, number> = {};
    // Top-level work inside the task: events that start in it and are not inside another counted one.
    let covered = 0;
    // The most elements one style pass in it recalculated: the whole page, or a few.
    let styled = 0;
    for (const e of main.filter((x) => x.ts >= t.ts && x.ts < t.ts + (t.dur ?? 0) && x !== t).sort((a, b) => a.ts - b.ts)) {
      const k = kindOf(e);
      if (!k || e.ts < covered) continue;
      parts[k] = (parts[k] ?? 0) + (e.dur ?? 0) / 1000;
      if (k === 'style') styled = Math.max(styled, (e.args as { elementCount?: number } | undefined)?.elementCount ?? 0);
      covered = e.ts + (e.dur ?? 0);
    }
    return { ms: (t.dur ?? 0) / 1000, parts, styled };
  });
}

const rows: string[] = [];
/** Per traced load with the extension: V8's parse and compile time for our content script, in the top frame. */
const ourCompileMs: number[] = [];
for (const ext of [false, true]) {
  for (let i = 0; i < runs; i++) {
    const tasks = await trace(ext);
    const desc = tasks.map(
      (t) =>
        `${t.ms.toFixed(0)} ms: ${Object.entries(t.parts)
          .map(([k, v]) => `${k} ${v.toFixed(0)}${k === 'style' && t.styled ? ` (${t.styled.toLocaleString()} elements)` : ''}`)
          .join(', ')}`,
    );
    rows.push(`| ${ext ? 'Dramatis' : 'no extension'} | ${i + 1} | ${tasks.length} | ${desc.join('; ') || '—'} |`);
    process.stderr.write(`  ${ext ? 'with' : 'without'} Dramatis, run ${i + 1}: ${tasks.length} long tasks\n`);
  }
}
console.log(
  [
    `Chromium, ${cpus().length} × ${cpus()[0]?.model.trim()}; a generated page of ${size.toLocaleString()} bytes of text, no scripts of its own; tasks over 50 ms after DOMContentLoaded.`,
    '',
    '| extension | run | long tasks | each: length, and the work in it (ms) |',
    '|---|--:|--:|---|',
    ...rows,
    '',
    `Parsing and compiling the content script (one frame): ${ourCompileMs
      .slice(runs)
      .map((ms) => ms.toFixed(1))
      .join(', ')} ms.`,
  ].join('\n'),
);
site.server.close();
