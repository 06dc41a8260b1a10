/**
 * Relatives named in passing. Biographies and news name a spouse or parent once, in apposition to the person
 * they belong to ("Her husband, Philip May, works in finance"; "Stanley Johnson, his father, …"). Such a
 * namesake is a side character: it makes the bare surname ambiguous in its own paragraph, not in the next one,
 * where the story is back with its subject (see `resolveMentions`).
 */
import { words } from './name-context';
import type { TokenizedText } from './tokens';

const KIN = words(`
  husband wife spouse partner widow widower fiancé fiancée ex-husband ex-wife
  father mother dad mum mom parent stepfather stepmother father-in-law mother-in-law
  son daughter child stepson stepdaughter son-in-law daughter-in-law
  brother sister half-brother half-sister brother-in-law sister-in-law twin
  grandfather grandmother grandson granddaughter uncle aunt nephew niece cousin
`);

// "…, her husband," after the name: a possessive, then a kinship word (optionally "late" or "then").
const AFTER = /^,\s+(?:his|her|their)\s+(?:(?:late|then|former|elder|younger|older)\s+)?([\p{L}-]+)/u;

/**
 * Whether the name running from token `first` to token `last` is introduced as someone's relative: a kinship
 * word just before it ("her husband, Philip May", "his father Stanley Johnson") or just after it ("Philip May,
 * her husband").
 */
export function isIntroducedAsRelative(t: TokenizedText, first: number, last: number): boolean {
  const prev = t.tokens[first - 1];
  if (prev && KIN.has(prev.text.toLowerCase()) && /^[\s,]*$/u.test(t.joined.slice(prev.end, t.tokens[first]!.start))) return true;
  const end = t.tokens[last]!.end;
  const kin = AFTER.exec(t.joined.slice(end, end + 40))?.[1];
  return !!kin && KIN.has(kin.toLowerCase());
}
