/**
 * A page's source, read from the real heads of the committed corpus pages (tests/corpus, with credit): every
 * page gets a headline and a publisher (its own, or its host), and a date whenever its head or article states
 * one. The report says how many give their own publisher and a date; `npm run corpus:meta` runs the same over
 * all 130 shared pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPageMeta } from '../../dom/page-meta';
import { sourceFromMeta } from '../../lib/page-source';
import { headDocument, metaReport } from '../../scripts/corpus-meta-report';

const DIR = join(import.meta.dirname, '../corpus/pages');
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html'));

/** The page parsed in this test's document, and its source as the capture panel would fill it in. */
function sourceOf(file: string) {
  const html = readFileSync(join(DIR, file), 'utf8');
  const doc = new DOMParser().parseFromString(headDocument(html), 'text/html');
  return { html, source: sourceFromMeta(readPageMeta(doc, `https://corpus.example/${file}`)) };
}

test.each(pages)('%s: a headline, a publisher, and the date its head states', (file) => {
  const { html, source } = sourceOf(file);
  expect(source.title.trim()).not.toBe('');
  expect(source.publisher.trim()).not.toBe('');
  const siteName = /<meta[^>]+property=["']og:site_name["'][^>]+content=["']([^"']+)/i.exec(html)?.[1];
  if (siteName) expect(source.publisher).toBe(siteName.trim());
  // Read independently of the code under test: any of the date sources it knows, with a year in it.
  const stated = /(article:published_time|"datePublished"|<time[^>]+datetime=)["'\s:]*["']?\d{4}-\d{2}-\d{2}/i.test(html);
  if (stated) expect(source.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('the report over the committed pages', () => {
  const report = metaReport(pages.map((f) => sourceOf(f).source));
  console.log(`Corpus heads (${pages.length} committed pages): ${report}`);
  expect(report).toMatch(/^\d+ of \d+ give their own publisher, \d+ a date$/);
});
