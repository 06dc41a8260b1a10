/**
 * Everyone in the active datasets by the first word of their names, and searchable. The background keeps
 * one, so a page with big datasets active asks for just the people its words can name, and the popup for
 * just the people it shows, instead of each loading every dataset.
 */
import { buildDirectory, type Directory } from './directory';
import { nameKey } from './first-words';
import { PeopleSearch, type SearchHit } from './people-search';
import type { Person, Source } from './schema';

/** What a page gets for its words: the people they can name, those quoted about them, and their sources. */
export interface NamedPeople {
  people: Person[];
  sources: Source[];
}

/** A directory of just these people, for what a page or the popup was told by the background. */
export function directoryOf({ people, sources }: NamedPeople): Directory {
  return buildDirectory([{ id: 'named', title: '', sources, people }]);
}

/** What the popup gets: its search's hits, how many people there are, and whole cards for the ids it asked. */
export interface FoundPeople extends NamedPeople {
  /** The best hits for the query; with no query, the first of everyone. */
  hits: SearchHit[];
  /** How many people the active datasets hold. */
  total: number;
}

/** Looks people up by the words of a page (see `peopleNamedBy`, whose rule it shares). */
export class PeopleIndex {
  private readonly byKey = new Map<string, Person[]>();
  private searcher?: PeopleSearch;

  constructor(private readonly directory: Directory) {
    for (const p of directory.people) {
      for (const key of new Set(p.names.map((n) => nameKey(n.text)))) if (key) push(this.byKey, key, p);
    }
  }

  /** How many people it holds. */
  get size(): number {
    return this.directory.people.length;
  }

  /**
   * The people these (lower-cased) words can name, plus whoever is quoted about them, so their cards are
   * whole, and the sources of all their quotes.
   */
  named(words: Iterable<string>): NamedPeople {
    const people = new Map<string, Person>();
    for (const w of words) for (const p of this.byKey.get(w) ?? []) people.set(p.id, p);
    return this.whole(people);
  }

  /**
   * For the popup: the best `limit` hits for `query` (with none, the first `limit` people), and the people
   * with these ids made whole as `named` does.
   */
  find(query: string, ids: Iterable<string>, limit: number): FoundPeople {
    const people = new Map<string, Person>();
    for (const id of ids) {
      const p = this.directory.byId.get(id);
      if (p) people.set(p.id, p);
    }
    const hits = query.trim()
      ? (this.searcher ??= new PeopleSearch(this.directory.people)).search(query, limit)
      : this.directory.people.slice(0, limit).map((person) => ({ person, field: 'name' as const, score: 0 }));
    return { ...this.whole(people), hits, total: this.size };
  }

  /** The people, plus whoever is quoted about them, and the sources of all their quotes. */
  private whole(people: Map<string, Person>): NamedPeople {
    // The directory already knows who is quoted about whom.
    for (const p of [...people.values()])
      for (const { speakerId } of this.directory.quotesAbout(p.id)) people.set(speakerId, this.directory.byId.get(speakerId)!);
    const sources = new Map<string, Source>();
    for (const p of people.values())
      for (const q of p.quotes) {
        const s = this.directory.sources.get(q.source);
        if (s) sources.set(s.id, s);
      }
    return { people: [...people.values()], sources: [...sources.values()] };
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
