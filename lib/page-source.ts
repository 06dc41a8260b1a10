/**
 * A captured quote's source, from what the page says of itself (issue 17): its canonical URL, headline,
 * publisher and date, from Open Graph tags, JSON-LD, `<time>` and the title, in that order of trust. The DOM
 * side (`dom/page-meta.ts`) only reads those values out; deciding is here, tested over real pages' heads.
 */

/** What a page says of itself, as read from its head (and first `<time>`). */
export interface PageMeta {
  /** The page's URL. */
  url: string;
  canonical?: string;
  ogTitle?: string;
  ogSiteName?: string;
  /** `article:published_time` (or `og:published_time`, `date` meta, as sites write it). */
  publishedTime?: string;
  /** The first `<time datetime>` in the article. */
  timeDatetime?: string;
  title?: string;
  /** The text of each `application/ld+json` script. */
  jsonLd: string[];
}

/** A source as the capture panel fills it in; the reader may edit every field. */
export interface SourceDraft {
  url: string;
  title: string;
  publisher: string;
  /** As `YYYY-MM-DD`, the date alone: the card shows when, not to the second. */
  published?: string;
}

/** Query parameters that say how the reader got here, not which page it is. */
const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ref_url|cmpid|ocid|smid|smtyp|at_medium|at_campaign|s_cid|guccounter|guce_referrer|guce_referrer_sig)$/iu;

/** The URL without its fragment or tracking parameters; undefined unless it is http(s). */
export function cleanUrl(url: string, base?: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  u.hash = '';
  // forEach, not the iterator: in a Firefox content script, URL objects are wrapped and their iterators are not.
  const tracking: string[] = [];
  u.searchParams.forEach((_, key) => TRACKING.test(key) && tracking.push(key));
  for (const key of tracking) u.searchParams.delete(key);
  return u.href.replace(/\?$/u, '');
}

const MAX_LD = 200_000;

/** Every object in the JSON-LD scripts, `@graph`s and arrays opened up; bad JSON is skipped. */
function ldObjects(scripts: readonly string[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (x: unknown, depth: number) => {
    if (depth > 4 || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.slice(0, 50).forEach((y) => visit(y, depth + 1));
    const o = x as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of scripts) {
    if (s.length > MAX_LD) continue;
    try {
      visit(JSON.parse(s), 0);
    } catch {
      // A site's broken JSON-LD says nothing; the other sources still do.
    }
  }
  return out;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.replace(/\s+/gu, ' ').trim() : undefined);
const first = <T>(objs: ReadonlyArray<Record<string, unknown>>, pick: (o: Record<string, unknown>) => T | undefined) => {
  for (const o of objs) {
    const v = pick(o);
    if (v !== undefined) return v;
  }
  return undefined;
};
const nameOf = (x: unknown): string | undefined =>
  str(x) ?? (Array.isArray(x) ? nameOf(x[0]) : x && typeof x === 'object' ? str((x as Record<string, unknown>).name) : undefined);

/** `2019-07-10T09:00:00Z`, `2019-07-10` or `July 10, 2019` as `2019-07-10`; undefined if it is no date. */
export function dateOnly(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(text);
  if (Number.isNaN(t)) return undefined;
  // Written without a zone ("July 10, 2019"), it is parsed as local midnight: read it back the same way.
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The host a reader knows the site by: without `www.`. */
const siteName = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return '';
  }
};

/** The source the page describes: every field filled, falling back to the URL's host when the page says nothing. */
export function sourceFromMeta(meta: PageMeta): SourceDraft {
  const ld = ldObjects(meta.jsonLd);
  const url = cleanUrl(meta.canonical ?? '', meta.url) ?? cleanUrl(meta.url) ?? meta.url;
  const host = siteName(url) || siteName(meta.url);
  const title = str(meta.ogTitle) ?? first(ld, (o) => str(o.headline)) ?? str(meta.title) ?? host;
  const publisher = str(meta.ogSiteName) ?? first(ld, (o) => nameOf(o.publisher)) ?? host;
  const published = dateOnly(meta.publishedTime) ?? first(ld, (o) => dateOnly(str(o.datePublished))) ?? dateOnly(meta.timeDatetime);
  return { url, title, publisher, ...(published ? { published } : {}) };
}
