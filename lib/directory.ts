/**
 * The directory: everyone in the active datasets, with the derived views the
 * card and popup need (quotes about a person, sources, search).
 */
import type { Dataset, Person, Quote, Source } from './schema';

/** A quote with its speaker and resolved source. */
export interface QuoteView extends Quote {
  speakerId: string;
  speakerName: string;
  sourceInfo?: Source;
}

/** Everyone in the active datasets, indexed for lookups. */
export interface Directory {
  people: Person[];
  byId: Map<string, Person>;
  sources: Map<string, Source>;
  /** Quotes by others whose `about` names the person. */
  quotesAbout(personId: string): QuoteView[];
  /** The person's own quotes with their sources. */
  quotesBy(personId: string): QuoteView[];
}

/**
 * Merges datasets in order. When two datasets share a person id, the one listed
 * first wins, so callers put the user's preferred dataset first.
 */
export function buildDirectory(datasets: readonly Dataset[], disabledPeople: ReadonlySet<string> = new Set()): Directory {
  const byId = new Map<string, Person>();
  const sources = new Map<string, Source>();
  for (const d of datasets) {
    for (const s of d.sources) if (!sources.has(s.id)) sources.set(s.id, s);
    for (const p of d.people) if (!byId.has(p.id) && !disabledPeople.has(p.id)) byId.set(p.id, p);
  }
  const people = [...byId.values()];
  const view = (p: Person, q: Quote): QuoteView => ({ ...q, speakerId: p.id, speakerName: p.name, sourceInfo: sources.get(q.source) });
  const about = new Map<string, QuoteView[]>();
  for (const p of people) {
    for (const q of p.quotes) {
      for (const id of q.about) {
        if (id === p.id) continue;
        const list = about.get(id) ?? [];
        list.push(view(p, q));
        about.set(id, list);
      }
    }
  }
  return {
    people,
    byId,
    sources,
    quotesAbout: (id) => about.get(id) ?? [],
    quotesBy: (id) => {
      const p = byId.get(id);
      return p ? p.quotes.map((q) => view(p, q)) : [];
    },
  };
}

/** Lowercases and strips accents, so "Théresa" finds "Theresa". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A search hit: the person, where the query matched, and the quote if it was one. */
export interface SearchHit {
  person: Person;
  field: 'name' | 'role' | 'quote';
  quote?: Quote;
  score: number;
}

/** Searches names, roles and quote text; name hits rank above roles, roles above quotes. */
export function searchPeople(people: readonly Person[], query: string, limit = 50): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const person of people) {
    const names = [person.name, ...person.names.map((n) => n.text)].map(fold);
    if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) hits.push({ person, field: 'name', score: 3 });
    else if (names.some((n) => n.includes(q))) hits.push({ person, field: 'name', score: 2.5 });
    else if (fold(person.role).includes(q) || fold(person.description ?? '').includes(q)) hits.push({ person, field: 'role', score: 2 });
    else {
      const quote = person.quotes.find((x) => fold(x.text).includes(q));
      if (quote) hits.push({ person, field: 'quote', quote, score: 1 });
    }
  }
  return hits.sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name)).slice(0, limit);
}
