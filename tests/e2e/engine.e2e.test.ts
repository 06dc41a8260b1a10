/** The highlighting engine on changing pages: shadow DOM, appended and replaced text, SPAs, storms, exact undo. */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fixtureBrowser, openPopup, settled, shownIn, tabIdFor } from './harness';

const env = fixtureBrowser();
const open = env.open;
const people = (page: Page) =>
  page.locator('dramatis-mark[aria-description]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.person).sort());

test('open shadow roots are highlighted and carded; closed ones and fields are left alone, and editors are not changed', async () => {
  const page = await open('dynamic.html', 1);
  expect(await people(page)).toEqual(['kim-darroch', 'liam-fox']);
  expect(await page.locator('#field').inputValue()).toBe('Donald Trump in a field');
  // The editor's name is drawn with a range (issue 23): its DOM is exactly as the page made it.
  await expect.poll(() => shownIn(page, '#editor')).toBe(1);
  expect(await page.locator('#editor').innerHTML()).toBe('Boris Johnson in an editor');
  expect(await shownIn(page, '#field, #area')).toBe(0);
  const fox = page.locator('#open-host dramatis-mark');
  expect(await fox.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await fox.hover();
  await expect
    .poll(() =>
      page
        .locator('dramatis-card .card')
        .getAttribute('data-person', { timeout: 3000 })
        .catch(() => null),
    )
    .toBe('liam-fox');
  await page.close();
});

test('appended paragraphs (infinite scroll) are highlighted', async () => {
  const page = await open('dynamic.html', 1);
  await page.evaluate(() => {
    for (let i = 0; i < 200; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i}: Jeremy Corbyn replied to Donald Trump.`;
      document.getElementById('app')!.append(p);
    }
  });
  await expect.poll(() => page.locator('dramatis-mark[data-person="jeremy-corbyn"]').count(), { timeout: 5000 }).toBe(200);
  expect(await page.locator('dramatis-mark[data-person="donald-trump"]').count()).toBe(200);
  await page.close();
});

test('text rewritten in place and re-rendered subtrees are followed', async () => {
  const page = await open('dynamic.html', 1);
  // The page rewrites the very text node we wrapped.
  await page.evaluate(() => ((document.querySelector('#lead dramatis-mark')!.firstChild as Text).data = 'someone else'));
  await expect.poll(() => page.locator('#lead dramatis-mark').count()).toBe(0);
  expect(await page.locator('#lead').textContent()).toBe('The story begins with someone else.');
  // A React-style re-render replaces the subtree.
  await page.evaluate(() => (document.getElementById('app')!.innerHTML = '<p>Now Theresa May and Simon McDonald.</p>'));
  await expect.poll(() => people(page)).toEqual(['liam-fox', 'simon-mcdonald', 'theresa-may']);
  // A single-page app navigates with pushState and renders new text.
  await page.evaluate(() => {
    history.pushState({}, '', '/next-story');
    document
      .getElementById('app')!
      .replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Christopher Meyer was angry.' }));
  });
  await expect.poll(() => people(page)).toEqual(['christopher-meyer', 'liam-fox']);
  await page.close();
});

test('a page that mutates text 1,000 times a second keeps working, and so does Dramatis', async () => {
  const page = await open('dynamic.html', 1);
  const busy = await page.evaluate(async () => {
    const ticker = document.createElement('p');
    document.getElementById('app')!.append(ticker);
    let n = 0;
    const start = performance.now();
    await new Promise<void>((done) => {
      const id = setInterval(() => {
        for (let i = 0; i < 4; i++) ticker.textContent = `Tick ${n++}: Alan Duncan`;
        if (performance.now() - start > 3000) {
          clearInterval(id);
          done();
        }
      }, 4);
    });
    return n;
  });
  expect(busy).toBeGreaterThan(1000);
  // The ticker keeps replacing its text: its name is drawn with a range once it has removed ours twice (issue 23).
  await expect.poll(() => shownIn(page, '#app p:last-child'), { timeout: 3000 }).toBe(1);
  await page.close();
});

test('switching the site off restores the body exactly as the page had it', async () => {
  const tab = await env.s.context.newPage();
  await tab.goto(`${env.site.url}/demo-article.html`);
  await settled(tab, 45);
  const popup = await openPopup(env.s, await tabIdFor(env.s, tab.url()));
  const toggle = popup.getByRole('switch', { name: /Highlight on/ });
  await toggle.click({ force: true });
  await expect.poll(() => tab.locator('dramatis-mark').count()).toBe(0);
  await tab.reload();
  await tab.waitForTimeout(500);
  const pristine = await tab.evaluate(() => document.body.outerHTML);
  const textNodes = await tab.evaluate(() => document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT).nextNode() !== null);
  expect(textNodes).toBe(true);
  await toggle.click({ force: true });
  await settled(tab, 45);
  await tab.evaluate(() => ((window as any).firstText = document.querySelector('article p')!.firstChild));
  await toggle.click({ force: true });
  await expect.poll(() => tab.locator('dramatis-mark').count()).toBe(0);
  expect(await tab.evaluate(() => document.body.outerHTML)).toBe(pristine);
  // The page's own text nodes are the same objects as before, not re-created ones.
  expect(await tab.evaluate(() => document.querySelector('article p')!.firstChild === (window as any).firstText)).toBe(true);
  await toggle.click({ force: true });
  await popup.close();
  await tab.close();
});
