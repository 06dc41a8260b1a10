/**
 * A dataset's quotes as W3C Web Annotations (JSON-LD), so they can go into other annotation tools: one
 * annotation per quote, whose target is the source page with the quote's text-quote selector (its exact text
 * alone when it was not captured from a page), and whose bodies say who said it, on what occasion.
 */
import type { Dataset } from './schema';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** One annotation, as the Web Annotation Data Model writes it. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  body: Array<{ type: 'TextualBody'; purpose: 'identifying' | 'describing'; value: string; format: 'text/plain' }>;
  target: {
    source?: string;
    selector: { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string };
  };
}

/** The dataset's quotes as an `AnnotationCollection` with one page of items. */
export function toWebAnnotations(d: Dataset): Record<string, unknown> {
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const items: WebAnnotation[] = d.people.flatMap((p) =>
    p.quotes.map((q, i) => {
      const src = sources.get(q.source);
      const where = [q.occasion, src?.publisher, src?.published].filter(Boolean).join(', ');
      return {
        id: `urn:dramatis:${d.id}:${p.id}:${i}`,
        type: 'Annotation',
        motivation: 'identifying',
        body: [
          { type: 'TextualBody', purpose: 'identifying', value: p.name, format: 'text/plain' },
          { type: 'TextualBody', purpose: 'describing', value: `${p.name}, ${p.role}: ${where}`, format: 'text/plain' },
        ],
        target: {
          ...(src?.url ? { source: src.url } : {}),
          selector: { type: 'TextQuoteSelector', ...(q.selector ?? { exact: q.text }) },
        },
      } satisfies WebAnnotation;
    }),
  );
  return {
    '@context': CONTEXT,
    id: `urn:dramatis:${d.id}`,
    type: 'AnnotationCollection',
    label: d.title,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
