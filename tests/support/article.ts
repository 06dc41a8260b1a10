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

/** How often the source article names each person: 45 mentions in all. */
export const ARTICLE_COUNTS: Record<string, number> = {
  'kim-darroch': 17,
  'theresa-may': 7,
  'donald-trump': 6,
  'boris-johnson': 5,
  'jeremy-hunt': 2,
  'olly-barratt': 1,
  'alan-duncan': 1,
  'liam-fox': 1,
  'jeremy-corbyn': 1,
  'simon-mcdonald': 1,
  'christopher-meyer': 1,
  'simon-fraser': 1,
  'franklin-pierce': 1,
};

/** The source article and every labelled passage of the eval set, each with the anchors it is read with. */
export function labelledPassages(): Array<[string, string]> {
  const evalDir = join(import.meta.dirname, '../fixtures/eval');
  return [
    ['the source article', ARTICLE],
    ...(['cases.json', 'corpus-passages.json'] as const).flatMap((f) => {
      const json = JSON.parse(readFileSync(join(evalDir, f), 'utf8')) as { anchors?: string; passages: Array<{ text: string }> };
      return json.passages.map((p, i): [string, string] => [`${f} #${i}`, `${json.anchors ?? ''}\n\n${p.text}`]);
    }),
  ];
}
