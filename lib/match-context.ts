/**
 * Context checks for a one-word form ("May", "Johnson"), applying the rules of
 * name-context.ts to the tokens around it.
 */
import { isGenderedOrRank, titleFits } from './honorifics';
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
import { isIntroducedAsRelative } from './relatives';
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

/** Lowercase particles that stand between given names and a surname: "Boris de Pfeffel Johnson". */
const PARTICLES = new Set('de del della der den di da do dos das du la le van von ter ten bin ibn ben al el y'.split(' '));
/** How many words before a surname may be further given names, particles or initials. */
const MAX_GIVEN = 5;

/** Whether token k-1 is joined to token k by white space only (after an initial's dot). */
function joinedBefore(t: TokenizedText, k: number): boolean {
  const p = t.tokens[k - 1];
  return !!p && isSpaceGap(t.joined, p.end + (isInitial(t.joined, p) ? 1 : 0), t.tokens[k]!.start);
}

/**
 * A one-word form's verdict: rejected (false), someone else's surname ('namesake'), or a mention starting at
 * token `first`. `people`, when given, narrows who it can be: those a title before it fits, or those whose own
 * given name is among the words before it. With `full`, it is a full mention of them ("Theresa Mary May",
 * "Alexander Boris de Pfeffel Johnson").
 */
export type SingleVerdict = false | 'namesake' | 'relative' | { first: number; people?: Entry[]; full?: true };

/**
 * Context checks for a one-word form: the rules of name-context.ts, then the words before it. A run of given
 * names, particles and initials that holds the person's own given name makes a full mention from its first
 * word; one that does not, with a given name in it, is a namesake's ("Philip May", "Rian Johnson").
 */
export function checkSingle(
  t: TokenizedText,
  i: number,
  entries: Entry[],
  ownsGivenName: (e: Entry, word: string) => boolean,
): SingleVerdict {
  const n = neighbours(t, i);
  const tok: Token = t.tokens[i]!;
  const bare = tok.text.replace(POSSESSIVE, '');
  const possessive = POSSESSIVE.test(tok.text);
  if (followsPronoun(n, bare) || followsCount(n) || isCitation(t, i)) return false;
  if (MONTHS.has(bare.toLowerCase()) && !possessive && looksLikeDate(n)) return false;
  if (entries.every((e) => e.kind === 'anchored') && !possessive && (beginsCompoundName(n) || beginsTitle(n) || beginsClause(n)))
    return false;
  // "Mrs Trump", "Lady Darroch": a gendered or rank title names only the people it fits; if none, someone else.
  if (n.prev && isGenderedOrRank(n.prev.text)) {
    const fit = entries.filter((e) => titleFits(n.prev!.text, e.person));
    if (!fit.length) return 'namesake';
    return fit.length < entries.length ? { first: i, people: fit } : { first: i };
  }
  let first = i;
  let given = false;
  let particle = false;
  const owners = new Set<Entry>();
  for (let k = i - 1, n = 0; n < MAX_GIVEN && joinedBefore(t, k + 1); k--, n++) {
    const tok = t.tokens[k]!;
    if (isInitial(t.joined, tok)) continue;
    // Past a particle, a capitalised word is evidence only if it is the person's own given name:
    // "la cuenta de Twitter de Trump" names nobody else.
    if (PARTICLES.has(tok.text)) {
      particle = true;
      continue;
    }
    if (!isGivenNameLike(tok)) break;
    if (!particle) given = true;
    first = k;
    for (const e of entries) if (ownsGivenName(e, tok.text)) owners.add(e);
  }
  if (owners.size) return { first, people: [...owners], full: true };
  if (!given) return { first: i };
  return isIntroducedAsRelative(t, first, i) ? 'relative' : 'namesake';
}

/** "Johnson, Charles R." and "Mackay, Duncan (1986)": a citation's inverted name. */
function isCitation(t: TokenizedText, i: number): boolean {
  const tok = t.tokens[i]!;
  const after = t.joined.slice(tok.end, tok.end + 24);
  if (/^,\s*\p{Lu}(?:\.|\p{Ll}+\s+\p{Lu}\.|\s*[,(])/u.test(after)) return true;
  const before = t.joined.slice(Math.max(0, tok.start - 24), tok.start);
  return /\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*\(\d{4}/.test(after);
}
