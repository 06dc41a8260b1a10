/**
 * The first word of a name form, found cheaply: what the matcher files forms under and what picking the
 * people a text can name compares, for datasets of up to 100,000 people.
 */
import type { Entry } from './match-words';

/** A form's words; most forms are single-spaced already, so split on the space without a regular expression. */
export function splitWords(form: string): string[] {
  const t = form.trim();
  if (!t) return [];
  return /\s\s|[^\S ]/.test(t) ? t.split(/\s+/) : t.split(' ');
}

/**
 * First word of a name form → the forms that start with it. Building keeps just the form's index, so
 * 100,000 people cost two arrays and a map; a form becomes an `Entry` (split, sorted) when a page first
 * shows its first word, and stays one.
 */
export class FirstWordIndex {
  private readonly slots = new Map<string, number | number[] | Entry[]>();
  constructor(private readonly entry: (form: number) => Entry) {}

  /** Files form number `form` under `key`. */
  add(key: string, form: number): void {
    const slot = this.slots.get(key);
    if (slot === undefined) this.slots.set(key, form);
    else if (typeof slot === 'number') this.slots.set(key, [slot, form]);
    else (slot as number[]).push(form);
  }

  /** The forms starting with `key`, longest first. */
  get(key: string): Entry[] | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined || (typeof slot === 'object' && typeof slot[0] === 'object')) return slot as Entry[] | undefined;
    const list = typeof slot === 'number' ? [this.entry(slot)] : (slot as number[]).map(this.entry);
    // Longest forms first, so "Sir Kim Darroch" wins over "Sir Kim".
    if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
    this.slots.set(key, list);
    return list;
  }
}

/** Whether a character code is white space as `\s` has it; a loop, as a regex per form is a sixth of the build. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The first word of a name form, lower-cased: the key `peopleNamedBy` and `PeopleIndex` find its person by. */
export function nameKey(text: string): string | undefined {
  return firstWord(text)?.toLowerCase();
}

/** The first word of a form: the common single-spaced case without splitting the whole form. */
export function firstWord(text: string): string | undefined {
  const sp = text.indexOf(' ');
  const first = sp < 0 ? text : text.slice(0, sp);
  for (let i = 0; i < first.length; i++) if (isSpace(first.charCodeAt(i))) return splitWords(text)[0];
  return first || splitWords(text)[0];
}

/**
 * A hash of a form's first word, ASCII-folded to lower case, or -1 if it has any other character: lets
 * `peopleNamedBy` skip most forms without slicing out (allocating) their first word.
 */
export function foldedHash(s: string): number {
  let h = 0;
  let i = 0;
  for (; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32) break;
    if (c < 33 || c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return i ? h : -1;
}
