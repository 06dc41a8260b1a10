/** What `npm run corpus:meta` and the DOM test share: a saved page's head to read, and the report line. */
import type { SourceDraft } from '../lib/page-source';

/** "12 of 16 give their own publisher, 9 a date": a host name standing in for the publisher does not count. */
export function metaReport(sources: readonly SourceDraft[]): string {
  const own = sources.filter((s) => s.publisher !== 'corpus.example').length;
  const dated = sources.filter((s) => s.published).length;
  return `${own} of ${sources.length} give their own publisher, ${dated} a date`;
}

/**
 * A saved page's real head and its first `<time>`, as a document to parse: without the links (but the
 * canonical one) and frames, which a parsing document would try to fetch.
 */
export function headDocument(html: string): string {
  const head = (/<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '').replace(
    /<link(?![^>]*canonical)[^>]*>|<iframe[\s\S]*?<\/iframe>/gi,
    '',
  );
  const time = /<time[^>]*>/i.exec(html)?.[0] ?? '';
  return `<!doctype html><html>${head}<body>${time}</time></body></html>`;
}
