/**
 * npm run corpus:meta [-- path/to/pages]: what the capture panel would fill in as the source of each saved page
 * (issue 17), read from the pages' real heads with the extension's own code, and how many give their own
 * publisher and a date. Defaults to the 130 pages in ../shared/corpus/pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { readPageMeta } from '../dom/page-meta';
import { sourceFromMeta } from '../lib/page-source';
import { headDocument, metaReport } from './corpus-meta-report';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus/pages'));
if (!existsSync(dir)) throw new Error(`no pages at ${dir}`);
const files = readdirSync(dir).flatMap((f) =>
  f.endsWith('.html') ? [f] : existsSync(join(dir, f, 'source.html')) ? [join(f, 'source.html')] : [],
);
const sources = files.map((f) => {
  const html = readFileSync(join(dir, f), 'utf8');
  const win = new Window();
  const doc = new win.DOMParser().parseFromString(headDocument(html), 'text/html');
  const source = sourceFromMeta(readPageMeta(doc as unknown as Document, `https://corpus.example/${f}`));
  void win.happyDOM.close();
  return { file: f, source };
});
for (const { file, source } of sources)
  console.log(`${file}\t${source.publisher}\t${source.published ?? '-'}\t${source.title.slice(0, 60)}`);
console.log(`\n${metaReport(sources.map((s) => s.source))}`);
