/**
 * The benchmark's pages, one definition for its quiet and navigation modes: generated news pages of 50 kB,
 * 500 kB and 2 MB of text (only the 2 MB one when asked for fewer), and the three largest real pages of the
 * corpus with their scripts taken out, read from the first of `dirs` that holds each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePage } from '../bench/generate';

/** The real pages the benchmark measures. */
export const REAL_PAGES = ['yahoo-2', 'guardian-1', 'wikipedia-2'] as const;

/** Pages by name; a real page found in none of `dirs` is left out, with a warning. */
export function benchmarkPages(o: { only2MB: boolean; real: boolean; dirs: readonly string[] }): Record<string, string> {
  const pages: Record<string, string> = {};
  const generated = o.only2MB
    ? ([['gen-2MB', 2e6]] as const)
    : ([
        ['gen-50KB', 5e4],
        ['gen-500KB', 5e5],
        ['gen-2MB', 2e6],
      ] as const);
  for (const [name, size] of generated) pages[name] = generatePage(size);
  if (!o.real) return pages;
  for (const real of REAL_PAGES) {
    const file = o.dirs.map((d) => join(d, `${real}.html`)).find((f) => existsSync(f));
    if (file) pages[real] = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
    else console.warn(`(skipping ${real}: not in ${o.dirs.join(' or ')})`);
  }
  return pages;
}
