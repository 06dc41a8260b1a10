/** The README is a newcomer's first page: short, and every command and link in it real. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts);

test('is under 200 lines', () => {
  expect(readme.split('\n').length).toBeLessThan(200);
});

test('names only npm scripts that exist', () => {
  // `npm run build` / `build:firefox` / `zip`: every word after `npm run`, and the ones listed beside it.
  const named = new Set<string>();
  for (const m of readme.matchAll(/`npm run ([\w:-]+)[^`]*`((?:\s*\/\s*`[\w:-]+`)*)/g)) {
    named.add(m[1]!);
    for (const more of m[2]!.matchAll(/`([\w:-]+)`/g)) named.add(more[1]!);
  }
  expect(named.size).toBeGreaterThan(8);
  expect([...named].filter((n) => !scripts.includes(n))).toEqual([]);
});

test('links only to files that exist', () => {
  const links = [...readme.matchAll(/\]\(((?!https?:)[^)#]+)\)/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(5);
  expect(links.filter((l) => !existsSync(join(ROOT, l)))).toEqual([]);
});
