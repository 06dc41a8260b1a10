/**
 * Search over people's names, roles and quotes. The background keeps one `PeopleSearch` over every active
 * dataset, so a popup searching tens of thousands of people folds each text once, not on every keystroke.
 */
import type { Person, Quote } from './schema';

/** Lowercases and strips accents, so "Théresa" finds "Theresa". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A search hit: the person, where the query matched, and the quote if it was one. */
export interface SearchHit {
  person: Person;
  /** Where the query matched: the shown name, the role, the description (not shown in a list), or a quote. */
  field: 'name' | 'role' | 'description' | 'quote';
  quote?: Quote;
  score: number;
}

/** A person's texts, folded. */
interface Folded {
  names: string[];
  role: string;
  description: string;
  quotes: string[];
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Ranks hits: by score, then by name. */
function before(a: SearchHit, b: SearchHit): boolean {
  return a.score > b.score || (a.score === b.score && byName.compare(a.person.name, b.person.name) < 0);
}

/** Searches a fixed list of people, folding each one's texts the first time a search reaches them. */
export class PeopleSearch {
  private readonly folded = new Map<Person, Folded>();

  constructor(private readonly people: readonly Person[]) {}

  /** The best `limit` hits: name hits rank above roles, roles above quotes, then by name. */
  search(query: string, limit = 50): SearchHit[] {
    const q = fold(query.trim());
    if (!q || limit < 1) return [];
    // Only the best `limit` are kept, in order: a query that matches everyone costs one comparison each.
    const best: SearchHit[] = [];
    for (const person of this.people) {
      const hit = this.match(person, q);
      if (!hit || (best.length === limit && !before(hit, best[limit - 1]!))) continue;
      let lo = 0;
      for (let hi = best.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (before(hit, best[mid]!)) hi = mid;
        else lo = mid + 1;
      }
      best.splice(lo, 0, hit);
      if (best.length > limit) best.pop();
    }
    return best;
  }

  private match(person: Person, q: string): SearchHit | undefined {
    const f = this.foldedOf(person);
    if (f.names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) return { person, field: 'name', score: 3 };
    if (f.names.some((n) => n.includes(q))) return { person, field: 'name', score: 2.5 };
    if (f.role.includes(q)) return { person, field: 'role', score: 2 };
    if (f.description.includes(q)) return { person, field: 'description', score: 2 };
    const i = f.quotes.findIndex((t) => t.includes(q));
    return i < 0 ? undefined : { person, field: 'quote', quote: person.quotes[i], score: 1 };
  }

  private foldedOf(p: Person): Folded {
    let f = this.folded.get(p);
    if (!f) {
      f = {
        names: [p.name, ...p.names.map((n) => n.text)].map(fold),
        role: fold(p.role),
        description: fold(p.description ?? ''),
        quotes: p.quotes.map((q) => fold(q.text)),
      };
      this.folded.set(p, f);
    }
    return f;
  }
}

/** Searches people once (see `PeopleSearch`, which is faster for repeated searches of one list). */
export function searchPeople(people: readonly Person[], query: string, limit = 50): SearchHit[] {
  return new PeopleSearch(people).search(query, limit);
}

/** A stretch of text around a match: before, the matched words as written, after (with "…" where cut). */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/**
 * Where `query` matched in `text` as a search folds them (case and accents aside), shown in the text's own
 * spelling with up to `radius` characters either side, cut at word boundaries. Undefined when it does not match.
 */
export function excerptOf(text: string, query: string, radius = 40): Excerpt | undefined {
  const q = fold(query.trim());
  if (!q) return undefined;
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i += ch.length;
  }
  from.push(text.length);
  const at = folded.indexOf(q);
  if (at < 0) return undefined;
  const start = from[at]!;
  const end = from[at + q.length] ?? text.length;
  let a = Math.max(0, start - radius);
  let b = Math.min(text.length, end + radius);
  // Cut at a space where there is one between the edge and the match, so no word is shown in half.
  const space = text.indexOf(' ', a);
  if (a > 0 && space >= 0 && space < start) a = space + 1;
  const last = text.lastIndexOf(' ', b);
  if (b < text.length && last > end) b = last;
  return {
    before: `${a > 0 ? '…' : ''}${text.slice(a, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, b)}${b < text.length ? '…' : ''}`,
  };
}
