/**
 * A page with twenty frames (issue 21): the top frame's names and those of the one frame that names people are
 * highlighted, and each of the nineteen advertising frames that name nobody is left as it was, with no
 * stylesheet, card or shadow root of ours.
 */
import { expect, test } from 'vitest';
import { fixtureBrowser, openPopup, tabIdFor } from './harness';

const env = fixtureBrowser();

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
  // The popup lists the people of both frames together.
  const popup = await openPopup(env.s, await tabIdFor(env.s, page.url()));
  await expect
    .poll(() => popup.locator('.people .person').evaluateAll((els) => els.map((e) => e.getAttribute('data-person')).sort()))
    .toEqual(['donald-trump', 'liam-fox', 'theresa-may']);
  await popup.close();
  await page.close();
});
