/**
 * End-to-end harness: serves fixtures on localhost and launches real Chromium
 * with the built extension loaded. Shared by every end-to-end test file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type Browser, BROWSERS, browserPath } from '../../scripts/browsers-plan';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The builds a test can load. `e2e` (`npm run build:e2e`) differs from the shipped build in one thing: the
 * card's shadow root is open, so tests can read the card as a reader sees it. Tests of what a page can reach
 * load `production`.
 */
export type Build = 'production' | 'e2e';

/** The built Chrome extension of a build. */
export function extensionDir(build: Build, target: 'chrome-mv3' | 'firefox-mv2' = 'chrome-mv3'): string {
  return join(ROOT, '.output', build === 'e2e' ? `${target}-e2e` : target);
}

/** The command that makes a build. */
const BUILD_COMMAND: Record<Build, string> = { production: 'npm run build', e2e: 'npm run build:e2e' };

/** A browser's path; fails loudly, with the fix, when it is missing. */
export function installedBrowser(b: Browser): string {
  const path = browserPath(b, process.env);
  if (!existsSync(path)) throw new Error(`${b.pkg} not found at ${path}: run "npm run browsers", which installs it or says how.`);
  return path;
}

/** Chromium's path. */
export function chromiumPath(): string {
  return installedBrowser(BROWSERS.chromium);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** A static file server on 127.0.0.1 for a folder; `extra` maps paths to generated pages. */
export async function serve(dir: string, extra: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      return void res.end(extra[path]);
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404);
      return void res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server };
}

/** A running browser with the extension. */
export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension and waits for its service worker. */
export async function launch(
  opts: { colorScheme?: 'light' | 'dark'; headless?: boolean; lang?: string; build?: Build; profile?: string } = {},
): Promise<Session> {
  const build = opts.build ?? 'e2e';
  const EXT = extensionDir(build);
  if (!existsSync(join(EXT, 'manifest.json'))) throw new Error(`No built extension at ${EXT}: run "${BUILD_COMMAND[build]}" first.`);
  // A given profile outlives the session (a browser restart); a made one goes with it.
  const dir = opts.profile ?? mkdtempSync(join(tmpdir(), 'dramatis-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!opts.profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The id of the tab showing `url`, asked of the service worker. Without the
 * `tabs` permission tabs.query hides URLs, so match the URL our content script
 * reported for each tab.
 */
export async function tabIdFor(s: Session, url: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const id = await s.worker.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } })
        .chrome;
      const all = await api.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tally-') && (v as { url?: string }).url === u);
      return hit ? Number(hit[0].slice('tally-'.length)) : undefined;
    }, url);
    if (id !== undefined) return id;
    if (Date.now() > deadline) throw new Error(`no tab reported ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens the extension's popup acting on a tab. */
export async function openPopup(s: Session, tabId: number): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Per-person highlight counts on a page (first piece of each mention only). */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll<HTMLElement>('dramatis-mark[aria-description]')) {
      const id = el.dataset.person!;
      out[id] = (out[id] ?? 0) + 1;
    }
    return out;
  });
}

/**
 * Names shown under `selector` (the body by default), wrapped or drawn with ranges: a block the page keeps
 * re-rendering has its names drawn with ranges (issue 23).
 */
export function shownIn(page: Page, selector = 'body'): Promise<number> {
  return page.evaluate((sel) => {
    const roots = [...document.querySelectorAll(sel)];
    let n = roots.reduce((k, r) => k + r.querySelectorAll('dramatis-mark[aria-description]').length, 0);
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      if (!name.startsWith('dramatis-name') || name === 'dramatis-name-focus') return;
      for (const r of h) if (!r.collapsed && roots.some((root) => root.contains(r.startContainer))) n++;
    });
    return n;
  }, selector);
}

/** Waits until the page's highlights stop changing and there is at least `min`. */
export async function settled(page: Page, min = 1): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('dramatis-mark[aria-description]').length >= n, min, { timeout: 15_000 });
  let last = -1;
  for (;;) {
    const now = await page.evaluate(() => document.querySelectorAll('dramatis-mark').length);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

/** Saves a screenshot where the README uses it. */
export function screenshotPath(name: string): string {
  return join(ROOT, 'docs/screenshots', name);
}

/**
 * axe-core's violations on a page (open shadow roots included), as "rule: target"
 * lines. `include` is a selector path, one entry per shadow root crossed.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // evaluate() is not subject to the page's CSP, unlike an injected <script>.
  await page.evaluate(source);
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe;
    const r = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, include);
}

/**
 * The usual set-up of a test file: the fixtures served and a browser with the
 * extension, started before the first test and closed after the last.
 */
export function fixtureBrowser(opts: Parameters<typeof launch>[0] = {}) {
  let session: Session | undefined;
  let served: { url: string; server: Server } | undefined;
  beforeAll(async () => {
    served = await serve(join(ROOT, 'tests/fixtures'));
    session = await launch(opts);
  });
  afterAll(async () => {
    await session?.close();
    served?.server.close();
  });
  return {
    get s(): Session {
      return session!;
    },
    get site(): { url: string; server: Server } {
      return served!;
    },
    /** Opens a fixture page and waits for at least `min` highlights. */
    async open(path: string, min = 1): Promise<Page> {
      const page = await session!.context.newPage();
      await page.goto(`${served!.url}/${path}`);
      await settled(page, min);
      return page;
    },
  };
}
