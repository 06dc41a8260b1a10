/** Reports the content scripts' sizes (raw and gzip) after a build; fails past a budget. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { SCRIPT_BUDGETS } from './budget';

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
let over = false;
for (const [name, budget] of Object.entries(SCRIPT_BUDGETS)) {
  const raw = readFileSync(join(import.meta.dirname, `../.output/chrome-mv3/${name}`));
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`${name} script: ${kb(raw.length)} raw, ${kb(gz)} gzip (budget ${kb(budget)} gzip)`);
  if (gz > budget) {
    console.error(`The ${name} script is over its budget.`);
    over = true;
  }
}
if (over) process.exit(1);
