/** The same core scenario in Chromium and in Firefox ESR: highlights, card, popup, site switch, live options. */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumDriver, type Driver, firefoxDriver } from './drivers';
import { ROOT, serve } from './harness';
import { DEMO_COUNTS, demoHighlights, hoverCard, optionsLive, popupList, shortcutLines, siteSwitch, sorted } from './scenario';

describe.each([
  ['Chromium', chromiumDriver],
  ['Firefox ESR', firefoxDriver],
])('%s', (_name, make) => {
  let d: Driver;
  let site: { url: string; server: Server };
  let demo: string;
  beforeAll(async () => {
    site = await serve(join(ROOT, 'tests/fixtures'));
    demo = `${site.url}/demo-article.html`;
    d = await make();
  });
  afterAll(async () => {
    await d?.close();
    site?.server.close();
  });

  test('highlights every person on the demo article with the right counts', async () => {
    expect(await demoHighlights(d, demo)).toEqual(sorted(DEMO_COUNTS));
  });
  test('the hover card shows Liam Fox’s role and three quotes; Escape closes it', async () => {
    expect(await hoverCard(d, demo)).toEqual({ role: 'British Trade Minister', quotes: 3, closed: true });
  });
  test('the popup lists the demo tab’s 13 people, Kim Darroch first with 17', async () => {
    const { names, first } = await popupList(d, demo);
    expect(names).toHaveLength(13);
    expect(names[0]).toBe('Kim Darroch');
    expect(first).toBe('17');
  });
  test('the site switch removes and restores the highlights live', async () => {
    expect(await siteSwitch(d, demo)).toEqual([0, 45]);
  });
  test('a fresh profile has all three suggested shortcuts, and the options page shows them', async () => {
    // In the browser's order, which differs between them.
    expect((await shortcutLines(d)).sort()).toEqual([
      'Alt+Shift+D add the selection to Dramatis',
      'Alt+Shift+J next highlighted name',
      'Alt+Shift+K previous highlighted name',
    ]);
  });
  test('a colour change in options reaches the open tab live', async () => {
    expect(await optionsLive(d, demo)).toBe('rgba(255, 0, 0, 0.4)');
  });
});
