/**
 * Capturing while reading (issue 17), in Chromium: select on a page, start the capture through the context
 * menu's own handler (a script cannot click a browser menu), and check what the reader then sees: the new
 * person highlighted here and in another open tab, in the popup, their quote on their card with its source,
 * the source link opening the page at the quote, and the quote recognised on another page.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launch, openPopup, ROOT, screenshotPath, serve, type Session, tabIdFor } from './harness';
import { menuClick, select } from './select';

let s: Session;
let site: { url: string; server: Server };
beforeAll(async () => {
  site = await serve(join(ROOT, 'tests/fixtures'));
  s = await launch();
});
afterAll(async () => {
  await s?.close();
  site?.server.close();
});

/** The newest tab showing `url` (earlier tests' tabs may have shown it too). */
async function newestTab(url: string): Promise<number> {
  await tabIdFor(s, url);
  return s.worker.evaluate(async (u) => {
    const all = (await (globalThis as any).chrome.storage.session.get(null)) as Record<string, { url?: string }>;
    return Math.max(...Object.entries(all).flatMap(([k, v]) => (k.startsWith('tally-') && v.url === u ? [Number(k.slice(6))] : [])));
  }, url);
}

/** The context menu's click, in the tab showing `url`. */
async function menu(url: string, frameId = 0): Promise<void> {
  await menuClick(s.worker, await newestTab(url), frameId);
}

const panel = (p: Page) => p.locator('dramatis-card .capture');

/** A screenshot of the panel and the selection it stands by, for the README. */
async function shoot(p: Page, name: string): Promise<void> {
  const box = (await panel(p).boundingBox())!;
  const sel = await p.evaluate(() => {
    const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  const top = Math.max(0, Math.min(box.y, sel.top) - 40);
  const bottom = Math.min(800, Math.max(box.y + box.height, sel.bottom) + 20);
  await p.screenshot({ path: screenshotPath(name), clip: { x: 0, y: top, width: 1100, height: bottom - top } });
}
const marks = (p: Page, id: string) => p.locator(`dramatis-mark[data-person="${id}"][aria-description]`).count();
const article = () => `${site.url}/capture-article.html`;

/** The article, once highlighted (Kim Darroch, or the namesake an earlier test adds). */
async function openArticle(): Promise<Page> {
  const p = await s.context.newPage();
  await p.goto(article());
  await expect.poll(() => p.locator('dramatis-mark').count()).toBeGreaterThan(0);
  return p;
}

test('a new person: prefilled from the page, saved, and highlighted here and in another open tab', async () => {
  const p = await openArticle();
  const other = await s.context.newPage();
  await other.goto(`${site.url}/capture-plain.html`);
  await select(p, '#p2', 'Ada Pemberton');
  await menu(article());
  await panel(p).waitFor();
  const field = (label: string) => panel(p).getByLabel(label, { exact: true });
  expect(await panel(p).getByLabel('New person').isChecked()).toBe(true);
  expect(await field('Name').inputValue()).toBe('Ada Pemberton');
  expect(await field('Role, as the page states it').inputValue()).toBe('leader of the opposition');
  expect(
    await panel(p)
      .getByLabel('Name as written')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
  ).toEqual(['Ada Pemberton', 'Pemberton']);
  // "Ada Pemberton" and "Pemberton" in #p2, and the editor's mention, drawn there with a range (issue 23).
  await expect.poll(() => panel(p).locator('.count').textContent()).toBe('Would highlight 3 here');
  await shoot(p, 'capture-light.png');
  // Every control labelled, every colour readable: in its own closed root, as on the page.
  expect(await axeViolations(p, ['dramatis-card', '.capture'])).toEqual([]);
  await panel(p).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => panel(p).locator('.status').textContent()).toBe('Saved to My notes. Every open tab highlights it now.');
  await expect.poll(() => marks(p, 'ada-pemberton')).toBe(2);
  await expect.poll(() => marks(other, 'ada-pemberton')).toBe(1);
  // The reader's selection is theirs again once the panel closes.
  await panel(p).getByRole('button', { name: 'Close', exact: true }).first().click();
  expect(await p.evaluate(() => getSelection()!.toString())).toBe('Ada Pemberton');
  const popup = await openPopup(s, await newestTab(article()));
  await popup.locator('[data-person="ada-pemberton"]').first().waitFor();
  await Promise.all([p.close(), other.close(), popup.close()]);
});

test('a quote: the speaker guessed, saved with its source, on the card, linked at the quote, and recognised on another page', async () => {
  const p = await openArticle();
  // Tomas Quill first, then his quote, selected with the page's quotation marks.
  await select(p, '#p1', 'Tomas Quill');
  await menu(article());
  await panel(p).waitFor();
  await panel(p).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => marks(p, 'tomas-quill')).toBe(2);
  await panel(p).getByRole('button', { name: 'Close', exact: true }).first().click();
  await select(p, '#p1', '“We will build the new harbour wall before the winter storms,”');
  await menu(article());
  await panel(p).waitFor();
  expect(await panel(p).getByLabel('Quote', { exact: true }).first().isChecked()).toBe(true);
  expect(await panel(p).locator('textarea').inputValue()).toBe('We will build the new harbour wall before the winter storms');
  // Named before the quote in the same paragraph: the likeliest speaker, first among the people on the page.
  expect(await panel(p).getByLabel('Said by').inputValue()).toBe('tomas-quill');
  await panel(p).getByLabel('Occasion').fill('Press conference');
  await panel(p).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => panel(p).locator('.status').textContent()).toContain('Saved to My notes');
  await panel(p).getByRole('button', { name: 'Close', exact: true }).first().click();
  // The card: the quote with its occasion, publisher, date and a link to the page at the quote.
  await p.locator('dramatis-mark[data-person="tomas-quill"]').first().hover();
  const card = p.locator('dramatis-card .card');
  await card.waitFor();
  await expect.poll(() => card.locator('.quote').first().textContent()).toContain('Press conference · The Harbour Gazette, 2026-11-02');
  const link = card.locator('.quote a.source-link').first();
  expect(await link.getAttribute('href')).toBe(
    `${site.url}/capture-article.html#:~:text=We%20will%20build%20the%20new%20harbour%20wall%20before%20the%20winter%20storms`,
  );
  const [opened] = await Promise.all([s.context.waitForEvent('page'), link.click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toContain('#:~:text=We%20will%20build');
  // The text fragment scrolled the tall page down to the quote.
  await expect.poll(() => opened.evaluate(() => scrollY)).toBeGreaterThan(500);
  // The same words on another page are recognised as Quill's, and its card names the page they came from first.
  const plain = await s.context.newPage();
  await plain.goto(`${site.url}/capture-plain.html`);
  await expect
    .poll(() =>
      plain.evaluate(() => {
        let n = 0;
        CSS.highlights.forEach((h, name) => void (name.startsWith('dramatis-quote') && name !== 'dramatis-quote-flash' && (n += h.size)));
        return n;
      }),
    )
    .toBe(1);
  const quoteCard = plain.locator('dramatis-card .quote-card');
  // Hovering the passage: its card names the page the quote was taken from, first.
  const box = await plain.evaluate(() => {
    let r: DOMRect | undefined;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('dramatis-quote') && name !== 'dramatis-quote-flash')
        for (const range of h as unknown as Set<Range>) r = range.getClientRects()[0];
    });
    return r && { x: r.x + 20, y: r.y + r.height / 2 };
  });
  await plain.mouse.move(box!.x, box!.y);
  await quoteCard.waitFor();
  expect(
    await quoteCard
      .locator('.body > *')
      .first()
      .evaluate((el) => el.className),
  ).toBe('from');
  expect(await quoteCard.locator('.from a').textContent()).toBe('Harbour plan splits the council');
  await Promise.all([p.close(), opened.close(), plain.close()]);
});

const status = (p: Page) => panel(p).locator('.status').textContent();
const save = (p: Page) => panel(p).getByRole('button', { name: 'Save' });
const closePanel = (p: Page) => panel(p).getByRole('button', { name: 'Cancel' }).click();

test('nothing selected: the popup’s button opens the panel, which says what to select', async () => {
  const p = await openArticle();
  await p.evaluate(() => getSelection()!.removeAllRanges());
  const popup = await openPopup(s, await newestTab(article()));
  await popup.getByRole('button', { name: 'Add a person or quote' }).click();
  await panel(p).waitFor();
  expect(await status(p)).toBe('Select a name or a quote on the page first, then try again.');
  expect(await save(p).isDisabled()).toBe(true);
  await Promise.all([p.close(), popup.close()]);
});

test('a selection in a text field or an editor: the panel opens, and the field, its text and caret are left as they were', async () => {
  const p = await openArticle();
  await p.evaluate(() => {
    const ta = document.querySelector<HTMLTextAreaElement>('#notes')!;
    ta.scrollIntoView({ block: 'center' });
    ta.focus();
    ta.setSelectionRange(0, 11);
  });
  await menu(article());
  await panel(p).waitFor();
  expect(await panel(p).locator('.note').first().textContent()).toBe('Selected in a text field: the field is left as it is.');
  // Tomas Quill was added by an earlier test: the selection is taken as another name of his.
  expect(await panel(p).getByLabel('Name as written').inputValue()).toBe('Tomas Quill');
  await closePanel(p);
  expect(
    await p.evaluate(() => {
      const ta = document.querySelector<HTMLTextAreaElement>('#notes')!;
      return [document.activeElement === ta, ta.selectionStart, ta.selectionEnd, ta.value];
    }),
  ).toEqual([true, 0, 11, 'Tomas Quill in a text field']);
  const html = await p.evaluate(() => document.querySelector('#editor')!.innerHTML);
  await select(p, '#editor', 'Ada Pemberton');
  await p.evaluate(() => document.querySelector<HTMLElement>('#editor')!.focus());
  await menu(article());
  await panel(p).waitFor();
  await closePanel(p);
  expect(
    await p.evaluate(() => [document.activeElement?.id, getSelection()!.toString(), document.querySelector('#editor')!.innerHTML]),
  ).toEqual(['editor', 'Ada Pemberton', html]);
  await p.close();
});

test('a name too long or with no letter, and a quote too long, are refused with the reason; a long quote can be shortened', async () => {
  const p = await openArticle();
  await select(p, '#p1', 'Tomas Quill said on Monday that the harbour plan would go ahead. “We will build the new harbour wall');
  await menu(article());
  await panel(p).waitFor();
  await panel(p).getByLabel('New person').check();
  expect(await status(p)).toMatch(/^A name can have at most 80 characters; this has \d+\. Select just the name, or add it as a quote\.$/);
  expect(await save(p).isDisabled()).toBe(true);
  await panel(p).getByLabel('Name', { exact: true }).fill('1984');
  expect(await status(p)).toBe('A name needs at least one letter.');
  await panel(p).getByLabel('Quote', { exact: true }).first().check();
  await panel(p).locator('textarea').fill('We will build it. '.repeat(300));
  expect(await status(p)).toBe('This quote has 5,399 characters; a quote can have at most 5,000.');
  await panel(p).getByRole('button', { name: 'Shorten it to fit' }).click();
  expect((await panel(p).locator('textarea').inputValue()).length).toBeLessThanOrEqual(5000);
  expect(await status(p)).not.toContain('5,000');
  await closePanel(p);
  await p.close();
});

test('a person already known: the panel offers to add to them, or to make a namesake with another role', async () => {
  const p = await openArticle();
  await select(p, '#p4', 'Kim Darroch');
  await menu(article());
  await panel(p).waitFor();
  // Every word is one of Kim Darroch's: taken as another name of his first.
  expect(await panel(p).getByLabel('Another name').isChecked()).toBe(true);
  expect(await panel(p).getByLabel('A name of').inputValue()).toBe('kim-darroch');
  await panel(p).getByLabel('New person').check();
  await panel(p).getByLabel('Role, as the page states it').fill("Britain's ambassador to Washington");
  await save(p).click();
  await expect.poll(() => status(p)).toBe('Not saved: Kim Darroch is already known');
  expect(await panel(p).locator('.exists p').textContent()).toBe(
    "Kim Darroch (Britain's ambassador to Washington) is already in your datasets.",
  );
  await panel(p).getByRole('button', { name: 'A different person with the same name' }).click();
  await save(p).click();
  await expect.poll(() => status(p)).toBe('Not saved: a namesake needs a different role');
  await panel(p).getByLabel('Role, as the page states it').fill('Painter');
  await save(p).click();
  await expect.poll(() => status(p)).toContain('Saved to My notes');
  await p.close();
});

test('a page with no title or metadata: the source falls back to its address and host, and can be edited', async () => {
  const p = await s.context.newPage();
  await p.goto(`${site.url}/capture-plain.html`);
  await select(p, '#q', 'we will build the new harbour wall before the winter storms');
  await menu(`${site.url}/capture-plain.html`);
  await panel(p).waitFor();
  await panel(p).locator('.source summary').click();
  const value = (label: string) => panel(p).getByLabel(label, { exact: true }).inputValue();
  expect([await value('Headline'), await value('Publisher'), await value('Published'), await value('Address')]).toEqual([
    '127.0.0.1',
    '127.0.0.1',
    '',
    `${site.url}/capture-plain.html`,
  ]);
  await closePanel(p);
  await p.close();
});

test('a full quota: the panel says so, and nothing already stored is lost', async () => {
  const p = await openArticle();
  const before = await s.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('datasets')).datasets as string);
  // The browser refuses every write of the datasets, as it does at its quota.
  await s.worker.evaluate(() => {
    const local = (globalThis as any).chrome.storage.local;
    local.realSet = local.set;
    local.set = (items: Record<string, unknown>) =>
      'datasets' in items ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : local.realSet.call(local, items);
  });
  await select(p, '#p3', 'Nobody will lose their home because of this wall.');
  await menu(article());
  await panel(p).waitFor();
  // Chosen by keyboard: the panel takes only trusted events, and Playwright's selectOption makes untrusted ones.
  await panel(p).getByLabel('Said by').focus();
  await p.keyboard.press('ArrowDown');
  expect(await panel(p).getByLabel('Said by').inputValue()).not.toBe('');
  await save(p).click();
  await expect.poll(() => status(p)).toBe('Not saved: the browser refused to store it (QUOTA_BYTES quota exceeded)');
  // What the reader typed is still there to try again.
  expect(await panel(p).locator('textarea').inputValue()).toBe('Nobody will lose their home because of this wall.');
  await s.worker.evaluate(() => {
    const local = (globalThis as any).chrome.storage.local;
    local.set = local.realSet;
  });
  expect(await s.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('datasets')).datasets as string)).toBe(
    before,
  );
  await save(p).click();
  await expect.poll(() => status(p)).toContain('Saved to My notes');
  await p.close();
});

test('the panel stays open, and still saves, when the site is switched off under it', async () => {
  const p = await openArticle();
  const highlighted = await p.locator('dramatis-mark').count();
  await select(p, '#p4', 'Kim Darroch');
  await menu(article());
  await panel(p).waitFor();
  await panel(p).getByLabel('Name as written').fill('Ambassador Darroch');
  const popup = await openPopup(s, await newestTab(article()));
  await popup.getByRole('switch', { name: /Highlight on/ }).click({ force: true });
  await expect.poll(() => p.locator('dramatis-mark').count()).toBe(0);
  expect(await panel(p).getByLabel('Name as written').inputValue()).toBe('Ambassador Darroch');
  await save(p).click();
  await expect.poll(() => status(p)).toContain('Saved to My notes');
  await popup.getByRole('switch', { name: /Highlight on/ }).click({ force: true });
  await expect.poll(() => p.locator('dramatis-mark').count()).toBeGreaterThanOrEqual(highlighted);
  await popup.close();
  await p.close();
});

test('the dark panel follows the card’s theme', async () => {
  const dark = await launch({ colorScheme: 'dark' });
  const p = await dark.context.newPage();
  await p.goto(article());
  await p.locator('dramatis-mark').first().waitFor();
  await p.evaluate(() => (document.body.style.cssText = 'background:#1b1b1b;color:#ddd'));
  await select(p, '#p2', '“This plan puts every family on the seafront at risk,”');
  const tab = await tabIdFor(dark, article());
  await menuClick(dark.worker, tab);
  await panel(p).waitFor();
  expect(await panel(p).getAttribute('class')).toBe('capture dark');
  await shoot(p, 'capture-dark.png');
  expect(await axeViolations(p, ['dramatis-card', '.capture'])).toEqual([]);
  await dark.close();
});

test('in a frame: the menu opens the panel in the frame it was used in, and the popup’s button finds the frame holding the selection', async () => {
  const url = `${site.url}/frames.html`;
  const p = await s.context.newPage();
  await p.goto(url);
  const child = p.frames().find((f) => f.url().endsWith('frame-child.html'))!;
  await child.locator('dramatis-mark').first().waitFor();
  const inFrame = child.locator('dramatis-card .capture');
  const pick = () =>
    child.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector('p')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
  // The menu's click names the frame (the tab's tally lists each frame that reported).
  await pick();
  const tab = await newestTab(url);
  const frameId = await s.worker.evaluate(async (id) => {
    const t = (await (globalThis as any).chrome.storage.session.get(`tally-${id}`))[`tally-${id}`] as {
      frames: Array<{ frameId: number }>;
    };
    return t.frames.map((f) => f.frameId).find((f) => f !== 0)!;
  }, tab);
  await menuClick(s.worker, tab, frameId);
  await inFrame.waitFor();
  expect(await inFrame.locator('textarea').inputValue()).toBe('Inside the frame, Liam Fox spoke about Donald Trump.');
  expect(await p.locator('dramatis-card').count()).toBe(0);
  await inFrame.getByRole('button', { name: 'Cancel' }).click();
  // The popup does not know the frame: the one holding the selection answers.
  await pick();
  const popup = await openPopup(s, tab);
  await popup.getByRole('button', { name: 'Add a person or quote' }).click();
  await inFrame.waitFor();
  expect(await p.locator('dramatis-card').count()).toBe(0);
  await Promise.all([p.close(), popup.close()]);
});
