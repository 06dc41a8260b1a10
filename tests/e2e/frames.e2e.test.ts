/**
 * A page with twenty frames (issue 21): the top frame's names and those of the one frame that names people are
 * highlighted, and each of the nineteen advertising frames that name nobody is left as it was, with no
 * stylesheet, card or shadow root of ours, and only the small probe: the content script is brought into a
 * frame when a name turns up there, or when the reader captures there.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fixtureBrowser, openPopup, tabIdFor } from './harness';
import { menuClick } from './select';

const env = fixtureBrowser();

/**
 * Which of our scripts run in each frame of a tab, read from our own world (the background's `executeScript`
 * runs there): each script of ours counts itself as it loads, so in a subframe 1 is the probe alone, 2 the
 * probe and the content script. The top frame has the content script alone (the probe stops there at once).
 */
async function scriptsIn(tabId: number): Promise<Array<{ frameId: number; url: string; scripts: number }>> {
  return env.s.worker.evaluate(async (tab) => {
    const results = (await (globalThis as any).chrome.scripting.executeScript({
      target: { tabId: tab, allFrames: true },
      func: () => [location.href, Object.keys((globalThis as any)[Symbol.for('dramatis.content-script-starts')] ?? {}).length],
    })) as Array<{ frameId: number; result: [string, number] }>;
    return results.map((r) => ({ frameId: r.frameId, url: r.result[0], scripts: r.result[1] }));
  }, tabId);
}
const adFrame = (p: Page, n: number) => p.frames().find((f) => f.url().endsWith(`frame-ad.html?${n}`))!;

test('names in the top frame and in the one frame that names people; nothing of ours in the others', async () => {
  const page = await env.open('frames-20.html', 1);
  const named = page.frames().find((f) => f.url().includes('frame-child.html'))!;
  await expect.poll(() => named.locator('dramatis-mark[aria-description]').allTextContents()).toEqual(['Liam Fox', 'Donald Trump']);
  expect(await page.locator('dramatis-mark[aria-description]').allTextContents()).toEqual(['Theresa May']);
  const ads = page.frames().filter((f) => f.url().includes('frame-ad.html'));
  expect(ads).toHaveLength(19);
  for (const ad of ads) {
    const ours = await ad.evaluate(() => ({
      marks: document.querySelectorAll('dramatis-mark, dramatis-card').length,
      sheets: document.adoptedStyleSheets.length + document.querySelectorAll('style[data-dramatis]').length,
      text: document.body.innerText.trim(),
    }));
    expect(ours).toEqual({ marks: 0, sheets: 0, text: 'Winter sale: save on coats, boots and scarves this week only.' });
  }
  // The content script runs in the top frame and the named one; the advertisements have only the probe.
  const scripts = await scriptsIn(await tabIdFor(env.s, page.url()));
  const count = (test: (url: string) => boolean) => scripts.filter((f) => test(f.url)).map((f) => f.scripts);
  expect(count((u) => u.endsWith('frames-20.html'))).toEqual([1]);
  expect(count((u) => u.includes('frame-child.html'))).toEqual([2]);
  expect(count((u) => u.includes('frame-ad.html'))).toEqual(Array(19).fill(1));
  // The popup lists the people of both frames together.
  const popup = await openPopup(env.s, await tabIdFor(env.s, page.url()));
  await expect
    .poll(() => popup.locator('.people .person').evaluateAll((els) => els.map((e) => e.getAttribute('data-person')).sort()))
    .toEqual(['donald-trump', 'liam-fox', 'theresa-may']);
  await popup.close();
  await page.close();
});

test('a name added later to a frame that named nobody brings the content script in, and is highlighted', async () => {
  const page = await env.open('frames-20.html', 1);
  const ad = adFrame(page, 4);
  await ad.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Sponsored by Kim Darroch.' })));
  await expect.poll(() => ad.locator('dramatis-mark[aria-description]').allTextContents()).toEqual(['Kim Darroch']);
  const scripts = await scriptsIn(await tabIdFor(env.s, page.url()));
  expect(
    scripts
      .filter((f) => f.url.includes('frame-ad.html'))
      .map((f) => f.scripts)
      .sort(),
  ).toEqual([...Array(18).fill(1), 2]);
  await page.close();
});

test('capturing in a frame that names nobody: the menu and the popup’s button open the panel there', async () => {
  const page = await env.open('frames-20.html', 1);
  const tab = await tabIdFor(env.s, page.url());
  const pick = (n: number) =>
    adFrame(page, n).evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector('p')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
  const panelIn = (n: number) => adFrame(page, n).locator('dramatis-card .capture textarea');
  // The menu names the frame.
  await pick(7);
  const frameId = (await scriptsIn(tab)).find((f) => f.url.endsWith('frame-ad.html?7'))!.frameId;
  await menuClick(env.s.worker, tab, frameId);
  await expect.poll(() => panelIn(7).inputValue()).toBe('Winter sale: save on coats, boots and scarves this week only.');
  // The popup asks every frame: the one holding the selection answers, though only its probe was there.
  await adFrame(page, 7).evaluate(() => getSelection()!.removeAllRanges());
  await pick(11);
  const popup = await openPopup(env.s, tab);
  await popup.getByRole('button', { name: 'Add a person or quote' }).click();
  await expect.poll(() => panelIn(11).inputValue()).toBe('Winter sale: save on coats, boots and scarves this week only.');
  expect(await page.locator('dramatis-card').count()).toBe(0);
  await Promise.all([page.close(), popup.close()]);
});

test('a frame on a page loaded while Dramatis is paused is left alone, and highlighted once it is switched back on', async () => {
  const page = await env.open('frames-20.html', 1);
  const tab = await tabIdFor(env.s, page.url());
  const popup = await openPopup(env.s, tab);
  const pause = popup.getByRole('switch', { name: 'Pause everywhere' });
  await pause.click({ force: true });
  await expect.poll(() => page.locator('dramatis-mark').count()).toBe(0);
  await page.reload();
  const named = () => page.frames().find((f) => f.url().includes('frame-child.html'))!;
  await named().locator('p').first().waitFor();
  // The background answers the named frame's probe: not while paused, so it has the probe alone.
  await expect
    .poll(async () => (await scriptsIn(tab)).filter((f) => f.url.includes('frame-child.html')).map((f) => f.scripts))
    .toEqual([1]);
  await new Promise((r) => setTimeout(r, 500));
  expect(await named().locator('dramatis-mark').count()).toBe(0);
  // Switched back on: the background asks every frame's probe again, and the named frame is brought in.
  await pause.click({ force: true });
  await expect.poll(() => named().locator('dramatis-mark[aria-description]').allTextContents()).toEqual(['Liam Fox', 'Donald Trump']);
  await expect.poll(() => page.locator('dramatis-mark[aria-description]').allTextContents()).toEqual(['Theresa May']);
  await Promise.all([page.close(), popup.close()]);
});
