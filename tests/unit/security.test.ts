/**
 * Security rules, enforced on our own source: no HTML injection or code from
 * strings, and no network access anywhere in the extension's code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const DIRS = ['entrypoints', 'components', 'containers', 'dom', 'lib', 'platform'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|html)$/.test(f) ? [p] : [];
  });
}
const sources = DIRS.flatMap((d) => files(join(ROOT, d))).map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));

test('there is source to scan', () => {
  expect(sources.length).toBeGreaterThan(30);
});

test.each([
  ['innerHTML / outerHTML assignment', /\.(?:inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['document.write', /document\.write/],
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['remote script tags', /<script[^>]+src=["']https?:/],
])('no %s in the extension’s source', (_what, pattern) => {
  expect(sources.filter((s) => pattern.test(s.text)).map((s) => s.path)).toEqual([]);
});
