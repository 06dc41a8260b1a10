/**
 * npm run corpus [-- DIR] [--scripts]: loads every saved page in DIR (default
 * ../shared/corpus/pages, else the committed subset in tests/corpus/pages) from
 * localhost in real Chromium with the built extension, all other network
 * blocked, and checks that Dramatis changes no text, touches nothing it must
 * not, keeps the layout, undoes itself exactly, throws nothing, makes no
 * request, and marks no quote (none of these pages quotes the bundled people).
 * Prints a table and exits non-zero on any failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, ROOT, serve } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const keepScripts = args.includes('--scripts');
const shared = join(ROOT, '../shared/corpus/pages');
const dir = args.find((a) => !a.startsWith('--')) ?? (existsSync(shared) ? shared : join(ROOT, 'tests/corpus/pages'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();

// Saved pages' scripts cannot reach their servers and make runs differ; by default pages are served without them.
const pages: Record<string, string> = {};
for (const f of files) {
  const html = readFileSync(join(dir, f), 'utf8');
  pages[`/${f}`] = keepScripts ? html : html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}
const site = await serve(dir, pages);
const s = await launch({ build: 'production' });
const extOrigin = `chrome-extension://${s.extensionId}`;
await s.context.route('**/*', (route) =>
  route.request().url().startsWith(site.url) || route.request().url().startsWith(extOrigin) ? route.continue() : route.abort(),
);

const privacy: string[] = [];
s.context.on('request', (r) => {
  if (r.serviceWorker()) privacy.push(`service worker requested ${r.url()}`);
});
const swErrors: string[] = [];
s.worker.on('console', (m) => m.type() === 'error' && swErrors.push(m.text()));

// storage.sync allows 120 writes a minute; two a page would hit that on a long run.
const writes: number[] = [];
async function setSiteOn(on: boolean): Promise<void> {
  while (writes.length >= 100 && Date.now() - writes[0]! < 60_000) await new Promise((r) => setTimeout(r, 500));
  if (writes.length >= 100) writes.shift();
  writes.push(Date.now());
  await s.worker.evaluate((v) => (globalThis as any).chrome.storage.sync.set({ settings: v ? {} : { exceptSites: ['127.0.0.1'] } }), on);
}

/** Everything compared between runs, read in one go; the first read also starts counting the page's own changes. */
const snapshot = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { pageMutations?: number };
    if (w.pageMutations === undefined) {
      // Installed in the same task as the first read, so no page change slips between them.
      w.pageMutations = 0;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && (r.target as Element).localName !== 'dramatis-mark') w.pageMutations!++;
          for (const n of [...r.addedNodes, ...r.removedNodes])
            if (n.nodeType === 1 && (n as Element).localName !== 'dramatis-mark') w.pageMutations!++;
        }
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    }
    const body = document.body;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    while (walker.nextNode()) textNodes++;
    const blocks = [...body.querySelectorAll('p, h1, h2, h3, li, div, section, article, table')].slice(0, 50).map((el) => {
      const r = el.getBoundingClientRect();
      return [r.left + scrollX, r.top + scrollY, r.width, r.height];
    });
    const forbidden = body.querySelectorAll(
      'script dramatis-mark, style dramatis-mark, textarea dramatis-mark, [contenteditable] dramatis-mark, svg dramatis-mark, noscript dramatis-mark',
    ).length;
    const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((e) => e.value);
    return {
      html: body.outerHTML,
      text: body.textContent,
      textNodes,
      height: document.documentElement.scrollHeight,
      blocks,
      forbidden,
      values,
    };
  });

async function settle(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 80; i++) {
    const n = await page.evaluate(() => document.querySelectorAll('dramatis-mark').length);
    if (n === last && i >= 4) return n;
    last = n;
    await page.waitForTimeout(100);
  }
  return last;
}

const strip = (html: string) => html.replace(/<dramatis-mark\b[^>]*>([^<]*)<\/dramatis-mark>/g, '$1');
const near = (a: number[][], b: number[][]) => a.length === b.length && a.every((r, i) => r.every((v, j) => Math.abs(v - b[i]![j]!) <= 1));

const rows: string[] = [];
let failed = 0;
for (const f of files) {
  const failures: string[] = [];
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e: any) => {
    const frames: Array<{ url: string }> = e.initiator?.stack?.callFrames ?? [];
    if (String(e.initiator?.url ?? '').startsWith('chrome-extension://') || frames.some((c) => c.url.startsWith('chrome-extension://'))) {
      failures.push(`network request from the extension: ${e.request.url}`);
    }
  });
  // Only our own errors count: saved pages can mention other extensions' URLs.
  page.on('pageerror', (e) => (String(e.stack ?? e.message).includes(extOrigin) ? failures.push(`error: ${e.message}`) : undefined));
  page.on('console', (m) =>
    m.type() === 'error' && (m.location().url.startsWith(extOrigin) || m.text().startsWith('Dramatis'))
      ? failures.push(`console: ${m.text()}`)
      : undefined,
  );

  await setSiteOn(false);
  await page.goto(`${site.url}/${f}`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const before = await snapshot(page);
  const t0 = Date.now();
  await setSiteOn(true);
  const count = await settle(page);
  const ms = Date.now() - t0;
  const on = await snapshot(page);
  const people = await page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll<HTMLElement>('dramatis-mark[aria-description]'))
      out[el.dataset.person!] = (out[el.dataset.person!] ?? 0) + 1;
    return out;
  });
  // None of these pages quotes the bundled people: any quote marker is a false positive (issue 20).
  const quoted = await page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => void (name.startsWith('dramatis-quote') && (n += h.size)));
    return n;
  });
  if (quoted) failures.push(`${quoted} quote markers`);
  // A page that changes itself cannot be compared node for node; the other checks still apply.
  const selfMade = () => page.evaluate(() => (window as unknown as { pageMutations: number }).pageMutations);
  const exact = (await selfMade()) === 0;
  if (exact && on.text !== before.text) failures.push('text changed');
  if (exact && strip(on.html) !== before.html) failures.push('markup other than the highlights changed');
  if (on.forbidden) failures.push(`${on.forbidden} highlights inside scripts, styles, fields, editors or SVG`);
  if (JSON.stringify(on.values) !== JSON.stringify(before.values)) failures.push('form values changed');
  if (exact && (Math.abs(on.height - before.height) > 1 || !near(on.blocks, before.blocks)))
    failures.push('layout moved by more than 1 px');
  await setSiteOn(false);
  await page
    .waitForFunction(() => !document.querySelector('dramatis-mark'), null, { timeout: 10_000 })
    .catch(() => failures.push('highlights left after switching off'));
  if (await page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-'))))
    failures.push('quote markers left after switching off');
  const after = await snapshot(page);
  const changes = await selfMade();
  if (changes === 0 && (after.html !== before.html || after.textNodes !== before.textNodes)) {
    failures.push(`undo not exact (${before.textNodes} → ${after.textNodes} text nodes)`);
  }
  const note = changes ? ` (the page changed itself ${changes}×, so DOM comparisons were skipped)` : '';
  await page.close();
  if (failures.length) failed++;
  const who =
    Object.entries(people)
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => `${id} ${n}`)
      .join(', ') || '—';
  rows.push(
    `| ${f} | ${count ? Object.values(people).reduce((a, b) => a + b, 0) : 0} | ${who} | ${ms} | ${failures.length ? failures.join('; ') : 'ok'}${note} |`,
  );
  process.stderr.write(`  ${f}: ${failures.length ? 'FAIL' : 'ok'}\n`);
}
if (swErrors.length) {
  failed++;
  rows.push(`| (service worker) | | | | ${swErrors.join('; ')} |`);
}
if (privacy.length) {
  failed++;
  rows.push(`| (network) | | | | ${privacy.join('; ')} |`);
}
await s.close();
site.server.close();

console.log(`Pages from ${dir}${keepScripts ? ' (with their scripts)' : ' (scripts removed)'}\n`);
console.log('| page | highlights | people | time to settle (ms) | result |\n|---|--:|---|--:|---|');
console.log(rows.join('\n'));
console.log(`\ncorpus: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
