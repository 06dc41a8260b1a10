/**
 * Browser drivers for the shared scenario: Chromium through Playwright and
 * Firefox ESR through Puppeteer over WebDriver BiDi, behind one small interface.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page as PPage } from 'puppeteer-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Build, chromiumPath, extensionDir, installedBrowser, launch, ROOT, serve, type Session } from './harness';
import { BROWSERS } from '../../scripts/browsers-plan';

/** What the scenario needs of a page. */
export interface PageLike {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  hover(selector: string): Promise<void>;
  /** A real (trusted) click at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Types text as the keyboard would, key by key. */
  type(text: string): Promise<void>;
  /** A key pressed with a modifier held, such as Control and z. */
  chord(modifier: 'Control' | 'Shift' | 'Alt', key: string): Promise<void>;
  /** Moves the pointer to a point of the viewport (a trusted move). */
  move(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the extension installed. */
export interface Driver {
  name: string;
  open(url: string): Promise<PageLike>;
  /** Opens one of the extension's pages, such as `popup.html?tabId=3`. */
  openExtensionPage(path: string): Promise<PageLike>;
  /** The extension's `runtime.id`, which names its events. */
  runtimeId: string;
  /** How many tabs are open. */
  tabCount(): Promise<number>;
  close(): Promise<void>;
}

/** A Playwright page as the scenarios see pages. */
export function playwrightPage(p: import('playwright-core').Page): PageLike {
  return {
    evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never,
    hover: (sel) => p.hover(sel),
    clickAt: (x, y) => p.mouse.click(x, y),
    press: (key) => p.keyboard.press(key),
    type: (text) => p.keyboard.type(text),
    chord: (mod, key) => p.keyboard.press(`${mod}+${key}`),
    move: (x, y) => p.mouse.move(x, y),
    close: () => p.close(),
  };
}

/** Chromium with the built MV3 extension. */
export async function chromiumDriver(build: Build = 'e2e', opts: { bare?: boolean } = {}): Promise<Driver> {
  const s = opts.bare ? await bareChromium() : await launch({ build });
  const wrap = playwrightPage;
  const open = async (url: string) => {
    const p = await s.context.newPage();
    await p.goto(url);
    return wrap(p);
  };
  return {
    name: 'chromium',
    open,
    openExtensionPage: (path) => open(`chrome-extension://${s.extensionId}/${path}`),
    runtimeId: s.extensionId,
    tabCount: () => Promise.resolve(s.context.pages().length),
    close: () => s.close(),
  };
}

/** The add-on's UUID, fixed up front so its pages have known URLs. */
const FIREFOX_UUID = '5a3ec7a2-8c4b-4b8e-9a7e-2f1d0c6b9e11';
const FIREFOX_ID = 'dramatis@example.org';

/** Firefox ESR's path; fails loudly, with the fix, when it is missing. */
export function firefoxPath(): string {
  return installedBrowser(BROWSERS.firefox);
}

/** Chromium with no extension at all: what a page does without Dramatis, to compare with. */
async function bareChromium(): Promise<Pick<Session, 'context' | 'extensionId' | 'close'>> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, colorScheme: 'light' });
  return { context, extensionId: '', close: () => browser.close() };
}

/** Firefox ESR with the built add-on, installed temporarily over BiDi (or, `bare`, with none). */
export async function firefoxDriver(build: Build = 'e2e', opts: { bare?: boolean } = {}): Promise<Driver> {
  const ext = extensionDir(build, 'firefox-mv2');
  if (!existsSync(join(ext, 'manifest.json')))
    throw new Error(`No Firefox build at ${ext}: run "${build === 'e2e' ? 'npm run build:e2e' : 'npm run build:firefox'}" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'dramatis-ff-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }) },
    args: ['--remote-allow-system-access'],
  });
  if (!opts.bare) await browser.installExtension(ext);
  const wrap = (p: PPage): PageLike => ({
    evaluate: (fn, arg) => p.evaluate(fn as never, arg),
    hover: (sel) => p.hover(sel),
    clickAt: (x, y) => p.mouse.click(x, y),
    press: (key) => p.keyboard.press(key as never),
    type: (text) => p.keyboard.type(text),
    chord: async (mod, key) => {
      await p.keyboard.down(mod);
      await p.keyboard.press(key as never);
      await p.keyboard.up(mod);
    },
    move: (x, y) => p.mouse.move(x, y),
    close: () => p.close(),
  });
  return {
    name: 'firefox',
    open: async (url) => {
      const p = await browser.newPage();
      await p.goto(url);
      return wrap(p);
    },
    openExtensionPage: async (path) => {
      const p = await browser.newPage();
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      // Firefox's BiDi never reports load events for extension pages: navigate, then poll.
      void p.goto(url).catch(() => undefined);
      for (let i = 0; i < 100; i++) {
        const state = await p.evaluate(() => [location.href, document.readyState]).catch(() => null);
        if (state?.[0] === url && state[1] === 'complete') return wrap(p);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`extension page ${url} did not load`);
    },
    runtimeId: FIREFOX_ID,
    tabCount: async () => (await browser.pages()).length,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The usual set-up of a Firefox test file: the fixtures served, and Firefox with the e2e build (and, asked for,
 * a bare Firefox with no add-on, to compare with), started before the first test and closed after the last.
 */
export function firefoxFixtures(opts: { bare?: boolean } = {}) {
  let d: Driver | undefined;
  let bare: Driver | undefined;
  let site: { url: string; server: import('node:http').Server } | undefined;
  beforeAll(async () => {
    site = await serve(join(ROOT, 'tests/fixtures'));
    [d, bare] = await Promise.all([firefoxDriver('e2e'), opts.bare ? firefoxDriver('e2e', { bare: true }) : undefined]);
  });
  afterAll(async () => {
    await Promise.all([d?.close(), bare?.close()]);
    site?.server.close();
  });
  return {
    get d(): Driver {
      return d!;
    },
    get bare(): Driver {
      return bare!;
    },
    /** The fixtures' address. */
    get url(): string {
      return site!.url;
    },
  };
}
