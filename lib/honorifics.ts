/**
 * Titles that say who: gender and rank. A gendered or rank title before a surname names the dataset person only
 * if their entry allows it ("Ms Trump", "Lady Darroch" and "Baroness Meyer" are someone else), and the forms a
 * knight or a peer is called by follow from their entry ("Sir Kim", "Lord McDonald of Salford"). A person with
 * neither `pronouns` nor `honorifics` is matched as before.
 */
import { nameKey } from './first-words';
import { words } from './name-context';
import type { NameForm, Person } from './schema';

const MASCULINE = words('mr sir lord baron viscount earl duke king prince');
const FEMININE = words('mrs ms miss lady dame baroness viscountess countess duchess queen princess');
/** Titles of rank: with `honorifics` given, one of these fits only if it is among them. */
const RANKS = words('sir dame lord lady baron baroness viscount viscountess earl countess duke duchess');
/** The words an honorific may start with. */
export const HONORIFIC_WORDS = new Set([...MASCULINE, ...FEMININE, 'mx', 'dr', 'professor']);

/** The title an honorific starts with, lower-cased: "lord" of "Lord McDonald of Salford". */
export const honorificTitle = (h: string): string => nameKey(h) ?? '';

/** Whether `title` ("Mrs", "Sir") can stand before this person's surname. */
export function titleFits(title: string, p: Person): boolean {
  const t = title.toLowerCase();
  if (MASCULINE.has(t) && p.pronouns === 'she') return false;
  if (FEMININE.has(t) && p.pronouns === 'he') return false;
  if (RANKS.has(t) && p.honorifics?.length && !p.honorifics.some((h) => honorificTitle(h) === t)) return false;
  return true;
}

/** Whether a word is a title `titleFits` has an opinion on. */
export const isGenderedOrRank = (word: string): boolean => MASCULINE.has(word.toLowerCase()) || FEMININE.has(word.toLowerCase());

/**
 * The forms an entry's honorifics imply, beyond its own: "Sir/Dame" + given name and "Lord/Baroness" + surname
 * (anchored), and a styled title ("Lord McDonald of Salford") in full (always) and without its territory.
 */
export function derivedForms(p: Person): NameForm[] {
  if (!p.honorifics?.length) return [];
  const full =
    p.names
      .find((n) => n.match === 'always' && n.text.trim().includes(' '))
      ?.text.trim()
      .split(/\s+/) ?? [];
  const given = full.find((w) => !HONORIFIC_WORDS.has(w.toLowerCase()));
  const surname = full[full.length - 1];
  const out: NameForm[] = [];
  for (const h of p.honorifics) {
    const parts = h.trim().split(/\s+/);
    const t = parts[0]!;
    if (parts.length > 1) {
      out.push({ text: parts.join(' '), match: 'always' });
      if (parts.length > 2) out.push({ text: parts.slice(0, 2).join(' '), match: 'anchored' });
    } else if ((t === 'Sir' || t === 'Dame') && given && given !== surname) out.push({ text: `${t} ${given}`, match: 'anchored' });
    else if (RANKS.has(t.toLowerCase()) && surname) out.push({ text: `${t} ${surname}`, match: 'anchored' });
  }
  const have = new Set(p.names.map((n) => n.text));
  return out.filter((f) => !have.has(f.text) && (have.add(f.text), true));
}

/** The person with their derived forms added; the same object when there are none. */
export function withDerivedForms(p: Person): Person {
  const extra = derivedForms(p);
  return extra.length ? { ...p, names: [...p.names, ...extra] } : p;
}
