/**
 * Quote markers in Firefox ESR (issue 20): the same altered-quotes fixture marks the same eight passages, drawn
 * with the CSS Custom Highlight API from the content script's sandbox, and the DOM is left as it was.
 */
import { expect, test } from 'vitest';
import { firefoxFixtures } from './drivers';

const env = firefoxFixtures();

test('Firefox marks the same passages, without touching the page’s DOM beyond the name highlights', async () => {
  const p = await env.d.open(`${env.url}/altered-quotes.html`);
  const read = () =>
    p.evaluate(() => {
      const ids: string[] = [];
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('dramatis-quote') && name !== 'dramatis-quote-flash')
          for (const r of h as unknown as Set<Range>) ids.push(r.startContainer.parentElement!.closest('p')?.id ?? '');
      });
      return ids.sort().join(' ');
    }, null);
  let ids = '';
  for (let i = 0; i < 100 && ids.split(' ').length < 8; i++) {
    await new Promise((r) => setTimeout(r, 100));
    ids = await read();
  }
  expect(ids).toBe('br changed ellipsis em fragment link punctuation shortened');
  // Only our name highlights were added: no element for any quote.
  const tags = await p.evaluate(
    () => [...new Set([...document.body.querySelectorAll('*')].map((e) => e.localName))].sort().join(' '),
    null,
  );
  expect(tags).toBe('a article br dramatis-mark em h1 p');
  await p.close();
});
