/** The built extension: permissions, no code from strings or network APIs in our bundles, and the size budget. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { CONTENT_BUDGET_BYTES } from '../../scripts/budget';
import { ROOT } from './harness';

const OUT = join(ROOT, '.output');
const js = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? js(p) : p.endsWith('.js') ? [p] : [];
  });

test.each(['chrome-mv3', 'firefox-mv2'])(
  '%s asks only for storage and the context menu, with no remote code or network calls',
  (target) => {
    const manifest = JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    const files = js(join(OUT, target));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/\beval\(|new Function\(|\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts/);
    }
  },
);

test('the content script stays within its gzip budget', () => {
  const raw = readFileSync(join(OUT, 'chrome-mv3/content-scripts/content.js'));
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`content script: ${(raw.length / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip`);
  expect(gz).toBeLessThan(CONTENT_BUDGET_BYTES);
});
