/**
 * The quote matcher's part of `npm run eval` (issue 20): every quote of the source article found and given to
 * its speaker; the quote passages written in the ways pages repeat quotes, with near misses; and no quote at all
 * in the passages taken from the saved corpus pages, which quote none of these people.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileQuotes } from '../lib/quote-matcher';
import type { Person } from '../lib/schema';
import { BLOCK_SEPARATOR } from '../lib/tokens';

/** One set's counts. */
export interface QuoteScore {
  set: string;
  tp: number;
  fp: number;
  fn: number;
}

/** Scores the quote matcher over the three sets; `failures` lists what misses a target. */
export function evalQuotes(root: string, people: readonly Person[]): { scores: QuoteScore[]; failures: string[] } {
  const read = (p: string) => readFileSync(join(root, p), 'utf8');
  const matcher = compileQuotes(people);
  const failures: string[] = [];
  const found = (text: string) => [
    ...new Set(matcher.scan(text.split(/\n{2,}/).join(BLOCK_SEPARATOR)).map((m) => `${m.personId}#${m.index}`)),
  ];
  const score = (set: string, label: string, got: string[], expected: string[], allMustBeFound: boolean, s: QuoteScore) => {
    for (const g of got) {
      if (expected.includes(g)) s.tp++;
      else {
        s.fp++;
        failures.push(`quotes, ${set}: "${g}" wrongly found in ${label}`);
      }
    }
    for (const e of expected.filter((x) => !got.includes(x))) {
      s.fn++;
      if (allMustBeFound) failures.push(`quotes, ${set}: "${e}" missed in ${label}`);
    }
  };

  // 1. The source article (paragraph per line): every quote, each given to its speaker.
  const article: QuoteScore = { set: 'source article', tp: 0, fp: 0, fn: 0 };
  const everyQuote = people.flatMap((p) => p.quotes.map((_, i) => `${p.id}#${i}`));
  score(
    'article',
    'the source article',
    found(read('data/sources/darroch-resignation.txt').split(/\n+/).join('\n\n')),
    everyQuote,
    true,
    article,
  );

  // 2. Passages in the ways pages repeat quotes, with near misses.
  const altered: QuoteScore = { set: 'repeated quotes', tp: 0, fp: 0, fn: 0 };
  const passages = JSON.parse(read('tests/fixtures/eval/quotes.json')) as { passages: Array<{ text: string; expect: string[] }> };
  for (const p of passages.passages) score('repeated', JSON.stringify(p.text.slice(0, 40)), found(p.text), p.expect, false, altered);
  if (altered.tp < 0.9 * (altered.tp + altered.fn)) failures.push(`quotes, repeated: recall below 90%`);

  // 3. Corpus passages: none of them quotes these people.
  const corpus: QuoteScore = { set: 'corpus passages', tp: 0, fp: 0, fn: 0 };
  const pages = JSON.parse(read('tests/fixtures/eval/corpus-passages.json')) as { passages: Array<{ page: string; text: string }> };
  for (const p of pages.passages) score('corpus', p.page, found(p.text), [], false, corpus);
  return { scores: [article, altered, corpus], failures };
}
