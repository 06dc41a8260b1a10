/**
 * The directory: everyone in the active datasets, with the derived views the
 * card and popup need (quotes about a person, sources, search).
 */
import { withDerivedForms } from './honorifics';
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
    // With the forms their honorifics imply ("Sir Kim"), for the matcher, the background's index and search alike.
    for (const p of d.people) if (!byId.has(p.id) && !disabledPeople.has(p.id)) byId.set(p.id, withDerivedForms(p));
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
