/** Reports the content script's size (raw and gzip) after a build; fails past the budget. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { CONTENT_BUDGET_BYTES } from './budget';

const file = join(import.meta.dirname, '../.output/chrome-mv3/content-scripts/content.js');
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`content script: ${kb(raw.length)} raw, ${kb(gz)} gzip (budget ${kb(CONTENT_BUDGET_BYTES)} gzip)`);
if (gz > CONTENT_BUDGET_BYTES) {
  console.error('The content script is over its budget.');
  process.exit(1);
}
