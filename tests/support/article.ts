/** The bundled source article and dataset, as test fixtures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset, type Dataset } from '../../lib/schema';
import type { Segment } from '../../lib/tokens';

/** The source article's text. */
export const ARTICLE = readFileSync(join(import.meta.dirname, '../../data/sources/darroch-resignation.txt'), 'utf8');

/** The bundled dataset, validated. */
export function bundled(): Dataset {
  const r = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '../../data/people.json'), 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.dataset;
}

/** Text as block segments, one per non-empty line (paragraph). */
export function blocks(text: string): Segment[] {
  return text
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((l) => ({ text: l, boundary: 'block' as const }));
}
