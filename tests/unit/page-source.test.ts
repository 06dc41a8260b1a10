import { cleanUrl, dateOnly, type PageMeta, sourceFromMeta } from '../../lib/page-source';
import { quoteSelector, textFragmentUrl } from '../../lib/text-quote';

const meta = (m: Partial<PageMeta>): PageMeta => ({ url: 'https://www.example.com/news/a?utm_source=x#top', jsonLd: [], ...m });

test.each([
  ['https://ex.com/a?utm_source=tw&utm_medium=s&id=3#frag', 'https://ex.com/a?id=3'],
  ['https://ex.com/a?fbclid=abc', 'https://ex.com/a'],
  ['https://ex.com/a?gclid=1&page=2&mc_cid=9', 'https://ex.com/a?page=2'],
  ['javascript:alert(1)', undefined],
  ['not a url', undefined],
])('%s is cleaned to %s', (url, clean) => expect(cleanUrl(url)).toBe(clean));

test.each<[string, Partial<PageMeta>, Partial<ReturnType<typeof sourceFromMeta>>]>([
  [
    'Open Graph first',
    {
      canonical: '/news/a-story',
      ogTitle: 'OG title',
      ogSiteName: 'The Example',
      publishedTime: '2019-07-10T08:00:00+01:00',
      title: 'Title | Ex',
    },
    { url: 'https://www.example.com/news/a-story', title: 'OG title', publisher: 'The Example', published: '2019-07-10' },
  ],
  [
    'JSON-LD in a @graph',
    {
      title: 'Title',
      jsonLd: [
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"LD headline","datePublished":"2019-07-11","publisher":{"@type":"Organization","name":"LD News"}}]}',
      ],
    },
    { title: 'LD headline', publisher: 'LD News', published: '2019-07-11' },
  ],
  [
    'an array of JSON-LD, one broken',
    { jsonLd: ['{broken', '[{"headline":"From array","publisher":"Plain Publisher"}]'] },
    { title: 'From array', publisher: 'Plain Publisher' },
  ],
  ['a <time> only', { title: 'T', timeDatetime: '2020-02-03' }, { published: '2020-02-03' }],
  ['nothing at all', {}, { url: 'https://www.example.com/news/a', title: 'example.com', publisher: 'example.com' }],
  ['a javascript: canonical', { canonical: 'javascript:alert(1)' }, { url: 'https://www.example.com/news/a' }],
])('%s', (_what, m, expected) => expect(sourceFromMeta(meta(m))).toMatchObject(expected));

test('a page with no date gives no date, rather than a guess', () => expect(sourceFromMeta(meta({}))).not.toHaveProperty('published'));

test.each([
  ['2019-07-10T09:00:00Z', '2019-07-10'],
  ['July 10, 2019', '2019-07-10'],
  ['yesterday', undefined],
  [undefined, undefined],
])('the date %s is %s', (text, date) => expect(dateOnly(text)).toBe(date));

const page = 'Sir Kim Darroch said the government was “diplomatically clumsy and inept” in a cable to London, officials said.';
test('a selector keeps about 32 characters of context either side', () => {
  const start = page.indexOf('diplomatically');
  const end = start + 'diplomatically clumsy and inept'.length;
  const s = quoteSelector(page, start, end);
  expect(s.exact).toBe('diplomatically clumsy and inept');
  expect(s.prefix).toBe(page.slice(start - 32, start));
  expect(s.suffix).toBe(page.slice(end, end + 32));
  expect(quoteSelector(page, 0, 15)).not.toHaveProperty('prefix');
});

test.each([
  [{ exact: 'diplomatically clumsy and inept' }, 'https://ex.com/a#:~:text=diplomatically%20clumsy%20and%20inept'],
  [
    { exact: 'well-known, and so', prefix: 'it is a ', suffix: ' it goes on' },
    'https://ex.com/a#:~:text=is%20a-,well%2Dknown%2C%20and%20so,-it%20goes',
  ],
  [{ exact: 'x', prefix: 'said “', suffix: '” to' }, 'https://ex.com/a#:~:text=x'],
  [
    { exact: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen' },
    'https://ex.com/a#:~:text=one%20two%20three%20four%20five,thirteen%20fourteen%20fifteen%20sixteen%20seventeen',
  ],
])('%j opens at %s', (sel, url) => expect(textFragmentUrl('https://ex.com/a#old', sel)).toBe(url));
