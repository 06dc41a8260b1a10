/**
 * A hostile page against the shipped build, in Chromium and Firefox: it forges highlights and Dramatis's own
 * start event, reads and presses the card, and styles against it. No forged card opens, the card cannot be read
 * and still shows in full, nothing of ours is pressed, and Dramatis keeps running.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumDriver, type Driver, firefoxDriver, type PageLike } from './drivers';
import { ROOT, serve } from './harness';
import { tabIdFor, until } from './scenario';

const cardShown = () => !!document.querySelector('dramatis-card');
/** What page CSS and scripts did to the card host, as the page itself can measure it. */
const cardLook = () => {
  const card = document.querySelector('dramatis-card')!;
  const cs = getComputedStyle(card);
  const r = card.getBoundingClientRect();
  const hit = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(r.height / 2, 20));
  return {
    opacity: cs.opacity,
    display: cs.display,
    visibility: cs.visibility,
    transform: cs.transform,
    translate: cs.translate,
    scale: cs.scale,
    filter: cs.filter,
    clipPath: cs.clipPath,
    onScreen: r.width > 100 && r.height > 50 && r.x >= 0 && r.y >= 0,
    onTop: hit === card,
    root: card.shadowRoot === null ? 'null' : 'readable',
  };
};
const storedSettings = async () => {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return JSON.stringify(await api.storage.sync.get(null));
};
/** The centre of an element, for a real pointer. */
const centre = (sel: string) => {
  const r = document.querySelector(sel)!.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};

describe.each([
  ['Chromium', () => chromiumDriver('production')],
  ['Firefox ESR', () => firefoxDriver('production')],
])('%s, shipped build', (_name, make) => {
  let d: Driver;
  let site: { url: string; server: Server };
  let p: PageLike;
  beforeAll(async () => {
    site = await serve(join(ROOT, 'tests/fixtures'));
    d = await make();
    p = await d.open(`${site.url}/hostile-page.html`);
    await until(p, () => document.querySelectorAll('#real dramatis-mark').length, null, 1);
  });
  afterAll(async () => {
    await d?.close();
    site?.server.close();
  });

  test('a forged highlight opens no card, to the pointer, to synthetic events or to focus', async () => {
    await p.hover('#forged dramatis-mark');
    await new Promise((r) => setTimeout(r, 900));
    expect(await p.evaluate(cardShown, null)).toBe(false);
    await p.evaluate(() => (window as any).attack(document.querySelector('#forged dramatis-mark')), null);
    await new Promise((r) => setTimeout(r, 900));
    expect(await p.evaluate(cardShown, null)).toBe(false);
  });

  test('synthetic events on a real highlight open no card either', async () => {
    await p.evaluate(() => (window as any).attack(document.querySelector('#real dramatis-mark')), null);
    await new Promise((r) => setTimeout(r, 900));
    expect(await p.evaluate(cardShown, null)).toBe(false);
  });

  test('page CSS in and out of @layers neither hides nor restyles the highlights', async () => {
    const look = await p.evaluate(() => {
      const cs = getComputedStyle(document.querySelector('#real dramatis-mark')!);
      return [cs.display, cs.visibility, cs.opacity, cs.backgroundColor, cs.color];
    }, null);
    expect(look).toEqual(['inline', 'visible', '1', 'rgba(242, 201, 76, 0.4)', 'rgb(0, 0, 0)']);
  });

  test('the real card cannot be read, and page CSS and scripts neither hide, fade, move nor cover it', async () => {
    await p.hover('#real dramatis-mark');
    await until(p, cardShown, null, true);
    await new Promise((r) => setTimeout(r, 200));
    expect(await p.evaluate(cardLook, null)).toEqual({
      opacity: '1',
      display: 'block',
      visibility: 'visible',
      transform: 'none',
      translate: 'none',
      scale: 'none',
      filter: 'none',
      clipPath: 'none',
      onScreen: true,
      onTop: true,
      root: 'null',
    });
    expect(await p.evaluate(() => (window as any).seen.roots as string[], null)).not.toContain('[object ShadowRoot]');
  });

  test('a page cannot press the card: no tab opens and no setting changes', async () => {
    const tabs = await d.tabCount();
    const options = await d.openExtensionPage('options.html');
    const before = await options.evaluate(storedSettings, null);
    for (let i = 0; i < 5; i++) await p.evaluate(() => (window as any).attack(document.querySelector('dramatis-card')), null);
    // Pinning by a real click keeps the card open while the page tries again.
    const at = await p.evaluate(centre, '#real dramatis-mark');
    await p.clickAt(at.x, at.y);
    for (let i = 0; i < 5; i++) await p.evaluate(() => (window as any).attack(document.querySelector('dramatis-card')), null);
    await new Promise((r) => setTimeout(r, 500));
    expect(await d.tabCount()).toBe(tabs + 1);
    expect(await options.evaluate(storedSettings, null)).toBe(before);
    await options.close();
  });

  test('the capture panel: the page cannot read, hide, press or listen to it', async () => {
    await p.press('Escape');
    await p.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('real')!), null);
    // Started from the popup's button, the way the shipped build offers without a menu.
    const popup = await d.openExtensionPage(`popup.html?tabId=${await tabIdFor(d, `${site.url}/hostile-page.html`)}`);
    const stored = async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return JSON.stringify([await api.storage.sync.get(null), await api.storage.local.get('datasets')]);
    };
    const before = await popup.evaluate(stored, null);
    await until(popup, () => !!document.querySelector('.capture-button'), null, true);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.capture-button')!.click(), null);
    // Below the selection, where the panel stands: ours, on top, whatever the page's CSS and scripts did.
    const panelAt = () => {
      const y = document.getElementById('real')!.getBoundingClientRect().bottom + 80;
      for (let x = 20; x < innerWidth; x += 40) if (document.elementFromPoint(x, y)?.localName === 'dramatis-card') return { x, y };
      return null;
    };
    let hit = await p.evaluate(panelAt, null);
    for (let i = 0; !hit && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      hit = await p.evaluate(panelAt, null);
    }
    if (!hit) throw new Error('the capture panel never showed below the selection');
    expect(await p.evaluate(() => (document.querySelector('dramatis-card')!.shadowRoot === null ? 'null' : 'readable'), null)).toBe('null');
    await popup.close();
    // What the reader types in the panel stays in it: the page's own key listeners hear nothing.
    await p.evaluate(() => {
      (window as any).keys = [];
      document.addEventListener('keydown', (e) => (window as any).keys.push(e.key));
    }, null);
    // Into one of its fields, as a reader clicks (the page cannot see where they are: the root is closed).
    const focused = () => p.evaluate(() => document.activeElement?.localName, null);
    for (let dy = -60; dy < 200 && (await focused()) !== 'dramatis-card'; dy += 12) await p.clickAt(hit.x + 20, hit.y + dy);
    expect(await focused()).toBe('dramatis-card');
    for (const key of ['a', 'b', 'ArrowRight']) await p.press(key);
    expect(await p.evaluate(() => (window as any).keys as string[], null)).toEqual([]);
    // Synthetic clicks and keys (Escape, Enter) neither close it nor save anything.
    for (let i = 0; i < 3; i++) await p.evaluate(() => (window as any).attack(document.querySelector('dramatis-card')), null);
    await new Promise((r) => setTimeout(r, 500));
    expect(await p.evaluate(panelAt, null)).not.toBeNull();
    const options = await d.openExtensionPage('options.html');
    expect(await options.evaluate(stored, null)).toBe(before);
    await options.close();
    await p.press('Escape');
  });

  test('the page hears nothing from Dramatis, and forging its start event does not stop it', async () => {
    expect((await p.evaluate(() => (window as any).seen.messages as string[], null)).filter((m) => m.includes('wxt'))).toEqual([]);
    await p.evaluate((id) => (window as any).forgeStart(id), d.runtimeId);
    await p.evaluate(() => (document.getElementById('later')!.textContent = 'Later, Liam Fox spoke.'), null);
    expect(await until(p, () => document.querySelectorAll('#later dramatis-mark').length, null, 1)).toBe(1);
  });
});
