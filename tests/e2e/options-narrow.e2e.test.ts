/**
 * The options page from 320 px up (issue 24): every section filled with long entries, in both themes and both
 * languages, has no horizontal scroll and nothing runs out of its panel; axe finds nothing at 320 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launch, ROOT, screenshotPath, type Session } from './harness';

const LONG_PATTERN =
  'https://a-very-long-subdomain-name-for-testing.example-news-organisation.co.uk/politics/international/2019/07/ambassador/*';
const BAD_HOST = 'this-is-not-a-valid-host-name-because-it-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on.com/ has a space';

/** A dataset whose title, names and role are far longer than any line. */
function longDataset(): string {
  const d = JSON.parse(readFileSync(join(ROOT, 'data/people.json'), 'utf8'));
  d.id = 'long-entries';
  d.title = 'A dataset with an extraordinarily long title that would never fit on one line of a narrow window at all';
  d.people = d.people.slice(0, 2).map((p: { id: string; name: string; role: string; names: Array<{ text: string }> }, i: number) => ({
    ...p,
    id: `long-${i}`,
    name: `Maximiliano-Bartholomew Featherstonehaugh-Cholmondeley ${p.name}`,
    role: `${p.role}, and also Permanent Under-Secretary of State for Extraordinarily Long Departmental Titles`,
    names: [{ text: `Maximiliano-Bartholomew Featherstonehaugh-Cholmondeley ${p.name}`, match: 'always' }],
    quotes: [],
  }));
  return JSON.stringify(d);
}

async function fill(s: Session, options: Page): Promise<void> {
  await s.worker.evaluate(
    async ([pattern]) => {
      const c = (globalThis as any).chrome;
      await c.storage.sync.set({
        settings: {
          exceptSites: [pattern, 'xn--cole-9oa.fr'],
          hiddenNames: ['kim-darroch\nSir Kim Darroch of the Extremely Long Honorific Style'],
        },
      });
    },
    [LONG_PATTERN] as const,
  );
  await options.reload();
  await options.locator('#paste').waitFor();
  await options.locator('#paste').fill(longDataset());
  await options.locator('#paste ~ button.primary').click();
  await options.locator('.datasets li', { hasText: 'extraordinarily long title' }).waitFor();
  // A dataset import that fails, with a long error, and a settings import that fails.
  await options.locator('#paste').fill(`{"id": "x", "title": "${'y'.repeat(300)}", "people": [{"id": 7}]}`);
  await options.locator('#paste ~ button.primary').click();
  await options.locator('.import-errors li').first().waitFor();
  await options
    .locator('.file input')
    .nth(1)
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await options.locator('.settings-errors li').first().waitFor();
  await options.locator('#rule-input').fill(BAD_HOST);
  await options.locator('form.add-rules button.primary').click();
  await options.locator('#rule-errors .error').first().waitFor();
}

/** The page's horizontal overflow, and every element that runs out of its panel (with by how much). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const out: string[] = [];
    for (const panel of document.querySelectorAll('.panel, .masthead')) {
      const box = panel.getBoundingClientRect();
      for (const el of panel.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width && (r.right > box.right + 1 || r.left < box.left - 1))
          out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.left - box.left)}..${Math.round(r.right - box.right)}`);
      }
    }
    return { scroll: doc.scrollWidth - doc.clientWidth, out: out.slice(0, 5) };
  });
}

describe.each(['en', 'fr'])('in %s', (lang) => {
  let s: Session;
  let options: Page;
  beforeAll(async () => {
    s = await launch({ lang });
    options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    await fill(s, options);
  });
  afterAll(async () => {
    await s?.close();
  });

  test.each([320, 400, 1280])('at %s px, light and dark: no horizontal scroll, nothing out of its panel', async (width) => {
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.setViewportSize({ width, height: 900 });
      expect(await overflow(options), `${lang} ${scheme} ${width}px`).toEqual({ scroll: 0, out: [] });
    }
  });

  test('at 320 px, axe finds no violation', async () => {
    await options.setViewportSize({ width: 320, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(options)).toEqual([]);
    }
    if (lang === 'en') await options.screenshot({ path: screenshotPath('options-320.png'), fullPage: true });
  });
});
