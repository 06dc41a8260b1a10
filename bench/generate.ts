/**
 * Generated benchmark inputs: news-like pages of a given size (paragraphs,
 * links, lists, tables, names split by inline tags) and synthetic datasets.
 * A seeded generator makes every run see the same page.
 */
import type { Dataset, Person } from '../lib/schema';

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = `the government said on tuesday that talks would continue after a week of questions about trade and
  security while officials in washington and london declined to comment on reports that the ambassador had
  written frankly about the administration and its policies in a series of cables sent home over two years`.split(/\s+/);

const NAMED = [
  'Kim Darroch',
  'Sir Kim <b>Darroch</b>',
  'Donald Trump',
  'Theresa May',
  "May's",
  'Boris Johnson',
  'Johnson',
  '<a href="#">Jeremy</a> Hunt',
  'Liam Fox',
  'Jeremy Corbyn',
  'Simon McDonald',
  'Christopher Meyer',
  'Darroch',
  'Trump',
];

/** A news-like page of about `bytes` of text. */
export function generatePage(bytes: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(r() * 14) }, () => pick(FILLER));
    words.splice(Math.floor(r() * words.length), 0, pick(NAMED));
    if (r() < 0.3) words.splice(Math.floor(r() * words.length), 0, `<a href="#">${pick(FILLER)} ${pick(FILLER)}</a>`);
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><article>'];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    let block: string;
    const k = n++ % 10;
    if (k === 0) block = `<h2>${sentence()}</h2>`;
    else if (k === 4) block = `<ul>${Array.from({ length: 4 }, () => `<li>${sentence()}</li>`).join('')}</ul>`;
    else if (k === 7) block = `<table><tr><td>${sentence()}</td><td>${sentence()}</td></tr></table>`;
    else block = `<p>${Array.from({ length: 3 + Math.floor(r() * 3) }, sentence).join(' ')}</p>`;
    parts.push(block);
    size += block.replace(/<[^>]+>/g, '').length;
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}

/** 200 paragraphs to append for the incremental test. */
export function appendedParagraphs(seed = 2): string[] {
  const r = rng(seed);
  return Array.from(
    { length: 200 },
    (_, i) => `Update ${i}: ${FILLER[Math.floor(r() * FILLER.length)]} ${NAMED[i % NAMED.length]!.replace(/<[^>]+>/g, '')} said more.`,
  );
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'sa', 'vor', 'el', 'dan', 'ri', 'ost', 'bel', 'un', 'gar', 'fi', 'ton', 'wes'];

/** A dataset of `count` synthetic people plus the bundled ones, so pages still have hits. */
export function syntheticDataset(count: number, base: Dataset, seed = 3): Dataset {
  const r = rng(seed);
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(r() * 2) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const people: Person[] = [...base.people];
  for (let i = 0; i < count; i++) {
    const given = word();
    const family = `${word()}${i}`;
    people.push({
      id: `p-${i}`,
      name: `${given} ${family}`,
      role: 'Synthetic person',
      names: [
        { text: `${given} ${family}`, match: 'always' },
        { text: family, match: 'anchored' },
      ],
      quotes: [],
    });
  }
  return { ...base, id: `synthetic-${count}`, people };
}
