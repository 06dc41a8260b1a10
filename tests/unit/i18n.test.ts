/** Translations: every locale has every key with the same placeholders, and every key the code uses exists. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, placeholdersOf, translator } from '../../lib/i18n';
import { catalogue } from '../support/i18n';

const ROOT = join(import.meta.dirname, '../..');
const locales = readdirSync(join(ROOT, 'public/_locales'));
const en = catalogue('en');

test('English and French ship', () => {
  expect(locales.sort()).toEqual(['en', 'fr']);
});

test.each(locales.filter((l) => l !== 'en'))('%s has exactly the English keys, with the same placeholders', (locale) => {
  const other = catalogue(locale);
  expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    expect(placeholdersOf(other[key]!).sort(), key).toEqual(placeholdersOf(en[key]!).sort());
    expect(other[key]!.message.trim(), key).not.toBe('');
  }
});

test('every placeholder used in a message is declared', () => {
  for (const [key, entry] of Object.entries(en))
    for (const p of placeholdersOf(entry)) expect(entry.placeholders?.[p], `${key}.${p}`).toBeDefined();
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(f) ? [readFileSync(p, 'utf8')] : [];
  });
}

test('every key the code asks for exists in English', () => {
  const code = ['components', 'containers', 'dom', 'entrypoints', 'platform'].flatMap((d) => sources(join(ROOT, d))).join('\n');
  const used = new Set([...code.matchAll(/\bt\(\s*'([A-Za-z]+)'/g)].map((m) => m[1]!));
  const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8') + readFileSync(join(ROOT, 'entrypoints/popup/index.html'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
  expect(used.size).toBeGreaterThan(40);
  expect([...used].filter((k) => !(k in en))).toEqual([]);
});

test('formatting fills named placeholders, as browser.i18n does', () => {
  expect(formatMessage(en.mentionsMany!, ['4'])).toBe('4 mentions on this page');
  expect(translator(catalogue('fr'))('whyMatched', 'May', 'Theresa May')).toBe('Reconnu « May » : Theresa May est nommé·e sur cette page.');
  expect(translator(en)('missing-key')).toBe('missing-key');
});
