/** What a page says of itself, read out of its head for `sourceFromMeta` (lib/page-source.ts), which decides. */
import type { PageMeta } from '../lib/page-source';

/** The content of the first `<meta>` with one of these `property` or `name` values. */
function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i]`);
    const content = el?.getAttribute('content');
    if (content?.trim()) return content;
  }
  return undefined;
}

/** Reads `doc`'s canonical link, Open Graph and article tags, JSON-LD, first `<time>` and title. */
export function readPageMeta(doc: Document, url = doc.location.href): PageMeta {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined;
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  return {
    url,
    canonical: canonical || undefined,
    ogTitle: meta(doc, 'og:title'),
    ogSiteName: meta(doc, 'og:site_name', 'application-name'),
    publishedTime: meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued'),
    timeDatetime: time || undefined,
    title: doc.title || undefined,
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(0, 20).map((s) => s.textContent ?? ''),
  };
}
