/** The built extension: permissions, no code from strings or network APIs in our bundles, and the size budget. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { SCRIPT_BUDGETS } from '../../scripts/budget';
import { ROOT } from './harness';

const OUT = join(ROOT, '.output');
const js = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? js(p) : p.endsWith('.js') ? [p] : [];
  });

test.each(['chrome-mv3', 'firefox-mv2'])(
  '%s asks only for storage, the context menu and injecting into frames, with no remote code or network calls',
  (target) => {
    const manifest = JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));
    // The sites are the ones the content scripts match: Manifest V2 lists them with the permissions.
    const sites = ['http://*/*', 'https://*/*'];
    if (target === 'chrome-mv3') {
      expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting']);
      expect(manifest.host_permissions).toEqual(sites);
    } else expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting', ...sites]);
    // Nothing of ours is web-accessible: a page could probe for it.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    const files = js(join(OUT, target));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/\beval\(|new Function\(|\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts/);
    }
  },
);

test.each(['chrome-mv3', 'firefox-mv2'])(
  '%s runs the content script in the top frame, and in every subframe only the probe, without the polyfill',
  (target) => {
    const manifest = JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));
    const scripts = (manifest.content_scripts as Array<Record<string, unknown>>).map(({ js, all_frames, match_about_blank, run_at }) => ({
      js,
      all_frames,
      match_about_blank,
      run_at,
    }));
    expect(scripts).toEqual([
      { js: ['frame-probe.js'], all_frames: true, match_about_blank: true, run_at: 'document_idle' },
      { js: ['content-scripts/content.js'], all_frames: undefined, match_about_blank: undefined, run_at: 'document_idle' },
    ]);
    // The polyfill's own guard, in every bundle that has it (see platform/native-runtime.ts).
    const polyfill = 'This script should only be loaded in a browser extension';
    expect(readFileSync(join(OUT, target, 'content-scripts/content.js'), 'utf8')).toContain(polyfill);
    expect(readFileSync(join(OUT, target, 'frame-probe.js'), 'utf8')).not.toContain(polyfill);
  },
);

test.each(Object.entries(SCRIPT_BUDGETS))('the %s script stays within its gzip budget', (name, budget) => {
  const raw = readFileSync(join(OUT, `chrome-mv3/${name}`));
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`${name}: ${(raw.length / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip`);
  expect(gz).toBeLessThan(budget);
});
