/**
 * Context checks for a one-word form ("May", "Johnson"), applying the rules of
 * name-context.ts to the tokens around it.
 */
import type { Entry } from './match-words';
import { POSSESSIVE } from './match-words';
import {
  beginsClause,
  beginsCompoundName,
  beginsTitle,
  followsCount,
  followsPronoun,
  isGivenNameLike,
  isInitial,
  isSpaceGap,
  looksLikeDate,
  MONTHS,
  type Neighbours,
} from './name-context';
import type { Token, TokenizedText } from './tokens';

/** Adjacent tokens of token i, joined to it by white space within the block. */
function neighbours(t: TokenizedText, i: number): Neighbours {
  const { tokens, joined } = t;
  const n: Neighbours = {};
  const p = tokens[i - 1];
  if (p && isSpaceGap(joined, p.end + (isInitial(joined, p) ? 1 : 0), tokens[i]!.start)) {
    n.prev = p;
    const pp = tokens[i - 2];
    if (pp && isSpaceGap(joined, pp.end + (isInitial(joined, pp) ? 1 : 0), p.start)) n.prevPrev = pp;
  }
  const x = tokens[i + 1];
  const me = tokens[i]!;
  if (x && isSpaceGap(joined, me.end, x.start)) n.next = x;
  if (x && x.start - me.end <= 3 && /^[\s,\-–—/]+$/u.test(joined.slice(me.end, x.start))) n.nextLoose = x;
  n.after = [];
  for (let k = i + 1; k <= i + 3 && tokens[k] && isSpaceGap(joined, tokens[k - 1]!.end, tokens[k]!.start); k++) n.after.push(tokens[k]!);
  return n;
}

/**
 * Context checks for a one-word form. Returns false to reject, 'namesake' when
 * another person with that surname is named, or the index of the first token of
 * the mention (earlier when a given name and initials precede it).
 */
export function checkSingle(
  t: TokenizedText,
  i: number,
  entries: Entry[],
  ownsGivenName: (e: Entry, word: string) => boolean,
): number | false | 'namesake' {
  const n = neighbours(t, i);
  const tok: Token = t.tokens[i]!;
  const bare = tok.text.replace(POSSESSIVE, '');
  const possessive = POSSESSIVE.test(tok.text);
  if (followsPronoun(n, bare) || followsCount(n) || isCitation(t, i)) return false;
  if (MONTHS.has(bare.toLowerCase()) && !possessive && looksLikeDate(n)) return false;
  if (entries.every((e) => e.kind === 'anchored') && !possessive && (beginsCompoundName(n) || beginsTitle(n) || beginsClause(n)))
    return false;
  // Look past initials ("Marsha P. Johnson") to the word before them.
  let j = i - 1;
  let prev = n.prev;
  while (prev && isInitial(t.joined, prev)) {
    const back = neighbours(t, j);
    prev = back.prev;
    j--;
  }
  if (!isGivenNameLike(prev)) return i;
  const own = entries.some((e) => ownsGivenName(e, prev!.text));
  return own ? j : 'namesake';
}

/** "Johnson, Charles R." and "Mackay, Duncan (1986)": a citation's inverted name. */
function isCitation(t: TokenizedText, i: number): boolean {
  const tok = t.tokens[i]!;
  const after = t.joined.slice(tok.end, tok.end + 24);
  if (/^,\s*\p{Lu}(?:\.|\p{Ll}+\s+\p{Lu}\.|\s*[,(])/u.test(after)) return true;
  const before = t.joined.slice(Math.max(0, tok.start - 24), tok.start);
  return /\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*\(\d{4}/.test(after);
}
