/**
 * Matching one name form at a token: exact or ALL-CAPS words, a possessive on
 * the last word, initials between words ("Donald J. Trump"), longest form first.
 */
import { isInitial, isSpaceGap } from './name-context';
import type { NameMatch, Person } from './schema';
import type { TokenizedText } from './tokens';

/** A name form compiled for lookup. */
export interface Entry {
  person: Person;
  form: string;
  words: string[];
  kind: NameMatch;
}

/** "May's", "Darroch’s", "Fox'". */
export const POSSESSIVE = /['’]s?$/;

/** Name forms by their first word, longest first. */
export interface FormLookup {
  get(firstWord: string): Entry[] | undefined;
}

/** The forms that matched at a token, the last token they cover, and whether it was possessive. */
export interface Hit {
  entries: Entry[];
  last: number;
  possessive: boolean;
}

function wordEquals(token: string, word: string, isLast: boolean, caps: boolean): boolean | 'possessive' {
  const want = caps ? word.toUpperCase() : word;
  if (token === want) return true;
  if (isLast && POSSESSIVE.test(token) && token.replace(POSSESSIVE, '') === want) return 'possessive';
  return false;
}

/** Tries every form starting at token i, longest first; returns all forms tied for the win. */
export function matchAt(t: TokenizedText, i: number, exact: FormLookup, upper: FormLookup): Hit | undefined {
  const tok = t.tokens[i]!;
  const base = tok.text.replace(POSSESSIVE, '');
  const lists: Array<[Entry[] | undefined, boolean]> = [
    [exact.get(tok.text) ?? (base === tok.text ? undefined : exact.get(base)), false],
    [tok.text === tok.text.toUpperCase() ? upper.get(base) : undefined, true],
  ];
  for (const [list, caps] of lists) {
    if (!list) continue;
    let best: Hit | undefined;
    for (const e of list) {
      if (best && e.words.length < best.entries[0]!.words.length) break;
      const r = matchWords(t, i, e.words, caps);
      if (!r) continue;
      if (best && best.last === r.last) best.entries.push(e);
      else if (!best) best = { entries: [e], ...r };
    }
    if (best) return best;
  }
  return undefined;
}

/** Matches a form's words at token i; initials may sit between words ("Donald J. Trump"). */
function matchWords(t: TokenizedText, i: number, w: string[], caps: boolean): { last: number; possessive: boolean } | undefined {
  let k = i;
  let possessive = false;
  for (let j = 0; j < w.length; j++) {
    if (j > 0) {
      let next = k + 1;
      while (isInitial(t.joined, t.tokens[next]) && j < w.length && t.tokens[next]!.text !== w[j]) {
        if (!isSpaceGap(t.joined, t.tokens[next - 1]!.end, t.tokens[next]!.start)) return undefined;
        next++;
      }
      const prev = t.tokens[next - 1]!;
      const gapStart = isInitial(t.joined, prev) && next - 1 !== k ? prev.end + 1 : prev.end;
      if (!t.tokens[next] || !isSpaceGap(t.joined, gapStart, t.tokens[next]!.start)) return undefined;
      k = next;
    }
    const eq = wordEquals(t.tokens[k]!.text, w[j]!, j === w.length - 1, caps);
    if (!eq) return undefined;
    if (eq === 'possessive' && j < w.length - 1) return undefined;
    possessive = eq === 'possessive';
  }
  return { last: k, possessive };
}
