/**
 * Issue 23 in real Chromium: names in a contenteditable article and a ProseMirror-style editor are drawn with
 * ranges and the page's DOM is left alone; typing and undo there go exactly as in a Chromium without Dramatis;
 * hovering and the keyboard command reach those names' cards; a React-like app that re-renders every 500 ms
 * keeps rendering what it means to; a textarea is never highlighted; and "Never modify pages" leaves the whole
 * page as a browser without Dramatis has it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumDriver, type Driver, playwrightPage } from './drivers';
import {
  hoverRanged,
  namedRanges,
  rangeLookAt,
  rangeKinds,
  rangePoint,
  reactLikeRun,
  setMode,
  textareaState,
  typingSession,
  wrappedNames,
} from './editors';
import { fixtureBrowser, openPopup, screenshotPath, tabIdFor } from './harness';
import { until } from './scenario';

const env = fixtureBrowser();
let bare: Driver;
beforeAll(async () => {
  bare = await chromiumDriver('e2e', { bare: true });
});
afterAll(() => bare?.close());

const IN_EDITORS = ['Boris Johnson@e1', 'Darroch@e2', 'Kim Darroch@e1', 'Kim Darroch@pm1', 'Theresa May@pm1'];
const TEXTAREA = 'Kim Darroch in a textarea is never highlighted, and nor is Boris Johnson.';

const openEditor = async () => {
  const page = await env.open('editor-article.html', 1);
  await until(playwrightPage(page), namedRanges, null, IN_EDITORS);
  return page;
};

test('editors are drawn with ranges and the rest is wrapped; the textarea is left alone; the highlights show', async () => {
  const page = await openEditor();
  const p = playwrightPage(page);
  expect(await p.evaluate(wrappedNames, null)).toEqual(['Kim Darroch@outside']);
  // Nothing of ours inside either editor's DOM.
  expect(await page.locator('#editor dramatis-mark, #pm dramatis-mark').count()).toBe(0);
  expect(await p.evaluate(textareaState, null)).toEqual({ value: TEXTAREA, ranges: 0, marks: 0 });
  await page.screenshot({ path: screenshotPath('editor-ranges.png'), clip: { x: 0, y: 0, width: 1100, height: 480 } });
  // The highlight is painted: the name looks different once the page's highlights are taken away.
  const at = (await p.evaluate(rangePoint, ['Kim Darroch', 'e1'] as [string, string]))!;
  const clip = { x: at.x - 40, y: at.y - 8, width: 80, height: 16 };
  const drawn = await page.screenshot({ clip });
  await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
  expect((await page.screenshot({ clip })).equals(drawn)).toBe(false);
  // While names are drawn with ranges only in editors, their look reaches only editors: adopting it restyled
  // those, not the whole page.
  expect(await p.evaluate(rangeLookAt, ['e1', 'pm1', 'outside'])).toEqual(['e1: yes', 'pm1: yes', 'outside: no']);
  await page.close();
});

test('the popup counts names drawn with ranges as it counts wrapped ones, and jumps to them', async () => {
  const page = await openEditor();
  const popup = await openPopup(env.s, await tabIdFor(env.s, page.url()));
  const row = (id: string) => popup.locator(`.people .person[data-person="${id}"]`);
  // Theresa May is named only in the ProseMirror editor; Kim Darroch outside (wrapped) and in both editors.
  await expect.poll(() => row('theresa-may').locator('.count').textContent()).toBe('1');
  await expect.poll(() => row('kim-darroch').locator('.count').textContent()).toBe('4');
  await row('theresa-may').click();
  const focused = () =>
    page.evaluate(() =>
      [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dramatis-name-focus') ?? [])].map(String),
    );
  await expect.poll(focused).toEqual(['Theresa May']);
  await popup.close();
  await page.close();
});

test('typing and undo in the editor go exactly as in a browser without Dramatis, and what is typed is highlighted', async () => {
  const page = await openEditor();
  const withUs = await typingSession(playwrightPage(page));
  const plain = await bare.open(`${env.site.url}/editor-article.html`);
  const without = await typingSession(plain);
  expect(withUs.typed).toEqual(without.typed);
  expect(withUs.undone).toEqual(without.undone);
  expect(withUs.typed.focused).toBe(true);
  // The sentence typed into #e2 and the paragraph Enter made both have their names drawn.
  expect(withUs.drawn).toContain('Jeremy Hunt@e2');
  expect(withUs.drawn.filter((n) => n.startsWith('Boris Johnson@'))).toHaveLength(2);
  expect(without.drawn).toEqual([]);
  await plain.close();
  await page.close();
});

test('hovering a name drawn with a range opens its card, and the keyboard command reaches it', async () => {
  const page = await openEditor();
  const p = playwrightPage(page);
  expect(await hoverRanged(p, 'Theresa May', 'pm1', 'theresa-may')).toBe('theresa-may');
  expect(await hoverRanged(p, 'Boris Johnson', 'e1', 'boris-johnson')).toBe('boris-johnson');
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
  const tabId = await tabIdFor(env.s, page.url());
  const next = () =>
    env.s.worker.evaluate(
      (id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'dramatis/command', command: 'next-highlight' }, { frameId: 0 }),
      tabId,
    );
  const focused = () =>
    page.evaluate(() =>
      [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dramatis-name-focus') ?? [])].map(String),
    );
  // In page order: the wrapped name outside, then the editor's names, whose focus is drawn as a range.
  await next();
  await expect.poll(() => page.locator('dramatis-card .card').getAttribute('data-person')).toBe('kim-darroch');
  expect(await focused()).toEqual([]);
  await next();
  await expect.poll(focused).toEqual(['Kim Darroch']);
  await next();
  await expect.poll(focused).toEqual(['Boris Johnson']);
  await expect.poll(() => page.locator('dramatis-card .card').getAttribute('data-person')).toBe('boris-johnson');
  expect(await page.evaluate(() => document.querySelector('dramatis-card')!.shadowRoot!.activeElement?.tagName)).toBe('BUTTON');
  await page.close();
});

test('a range the page forges into our highlight is drawn, but opens no card', async () => {
  const page = await openEditor();
  const p = playwrightPage(page);
  // The page adds "ambassador" to our own named highlight, as any script can: it is the document's registry.
  const at = await page.evaluate(() => {
    const text = document.getElementById('e1')!.firstChild as Text;
    const start = text.data.indexOf('ambassador');
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, start + 'ambassador'.length);
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dramatis-name')!.add(r);
    const box = r.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(at.x - 3, at.y);
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(800);
  expect(await page.locator('dramatis-card').count()).toBe(0);
  // A real one beside it still opens.
  expect(await hoverRanged(p, 'Boris Johnson', 'e1', 'boris-johnson')).toBe('boris-johnson');
  await page.close();
});

test('a React-like app that re-renders every 500 ms keeps rendering correctly, with its names highlighted', async () => {
  const page = await env.s.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  await page.goto(`${env.site.url}/react-like.html`);
  // Six renders after the first, the rewritten paragraph and the replaced list are drawn with ranges; the
  // paragraph the app never rewrites stays wrapped. The rewritten name is drawn again before each frame that
  // shows its new text is painted: it never blinks.
  const run = await reactLikeRun(playwrightPage(page));
  expect(run.wrapped).toEqual(['Kim Darroch@p-a']);
  expect(run.frames.length).toBeGreaterThanOrEqual(4);
  expect(run.frames.every(Boolean)).toBe(true);
  // The app's own text has static ranges (they cost its re-renders nothing), drawn again before each paint.
  expect((await playwrightPage(page).evaluate(rangeKinds, null)).filter((k) => k.startsWith('p-b'))).toEqual(['p-b: static']);
  expect(run.report.errors).toBe(0);
  // The rewritten paragraph is no editor: the look of names drawn with ranges reaches beyond editors now.
  expect(await playwrightPage(page).evaluate(rangeLookAt, ['p-b'])).toEqual(['p-b: yes']);
  expect(await page.locator('#p-b').textContent()).toMatch(
    /^Update \d+: Boris Johnson declined to back the ambassador\. Theresa May said she was sorry\.$/,
  );
  expect(errors).toEqual([]);
  await page.close();
});

test('"Never modify pages" leaves the whole page as a browser without Dramatis has it, and still highlights', async () => {
  await setMode(playwrightDriver(), 'ranges');
  try {
    const page = await env.s.context.newPage();
    await page.goto(`${env.site.url}/editor-article.html`);
    const p = playwrightPage(page);
    await until(p, namedRanges, null, ['Kim Darroch@outside', ...IN_EDITORS].sort());
    expect(await p.evaluate(textareaState, null)).toEqual({ value: TEXTAREA, ranges: 0, marks: 0 });
    const plain = await bare.open(`${env.site.url}/editor-article.html`);
    const body = () => document.body.innerHTML;
    expect(await p.evaluate(body, null)).toBe(await plain.evaluate(body, null));
    // Ranges follow edits only in the editors; the page's own text has static ones, which cost its changes nothing.
    expect(await p.evaluate(rangeKinds, null)).toEqual(['e1: live', 'e2: live', 'outside: static', 'pm1: live']);
    expect(await hoverRanged(p, 'Kim Darroch', 'outside', 'kim-darroch')).toBe('kim-darroch');
    expect(await p.evaluate(rangeLookAt, ['outside', 'e1'])).toEqual(['outside: yes', 'e1: yes']);
    await plain.close();
    await page.close();
  } finally {
    await setMode(playwrightDriver(), 'auto');
  }
});

/** The session's browser as a driver, for the shared helpers that open extension pages. */
function playwrightDriver(): Driver {
  const open = async (url: string) => {
    const page: Page = await env.s.context.newPage();
    await page.goto(url);
    return playwrightPage(page);
  };
  return {
    name: 'chromium',
    open,
    openExtensionPage: (path) => open(`chrome-extension://${env.s.extensionId}/${path}`),
    runtimeId: env.s.extensionId,
    tabCount: () => Promise.resolve(env.s.context.pages().length),
    close: () => Promise.resolve(),
  };
}
