/**
 * What adding site rules would change, so the options page can say so: a rule already listed, or one that an
 * existing, broader rule already covers ("news.bbc.co.uk" under "bbc.co.uk"), adds nothing.
 */
import { hostCovers, parseRule, type SiteRule } from './site-rules';

/** Why a new rule adds nothing: listed as it is, or covered by `by`. */
export type RuleNote = { rule: string; kind: 'duplicate' } | { rule: string; kind: 'covered'; by: string };

/** Whether `outer` matches every page `inner` does. */
export function covers(outer: SiteRule, inner: SiteRule): boolean {
  if (outer.port && outer.port !== inner.port) return false;
  // A host or wildcard rule covers the host and every subdomain, on any scheme and path.
  if (outer.kind !== 'pattern') {
    const host = inner.host.replace(/^\*\./, '');
    return host !== '*' && hostCovers(outer.host, host);
  }
  // Patterns only cover what they spell out the same way, with a path of "/*" covering every path.
  if (inner.kind !== 'pattern') return false;
  const scheme = outer.scheme === '*' || outer.scheme === inner.scheme;
  const host =
    outer.host === '*' ||
    outer.host === inner.host ||
    (outer.host.startsWith('*.') && hostCovers(outer.host.slice(2), inner.host.replace(/^\*\./, '')));
  return scheme && host && (outer.path === '/*' || outer.path === inner.path);
}

/** Which new rules to add, and why the others add nothing to `existing` (both in the order given). */
export function sortAdded(fresh: readonly SiteRule[], existing: readonly string[]): { added: string[]; notes: RuleNote[] } {
  const listed = existing.map(parseRule).flatMap((r) => (r.ok ? [r.rule] : []));
  const added: string[] = [];
  const notes: RuleNote[] = [];
  // A rule pasted twice, or under one pasted before it, is noted too.
  for (const rule of fresh) {
    const by = listed.find((l) => l.text === rule.text || covers(l, rule));
    if (!by) {
      listed.push(rule);
      added.push(rule.text);
    } else notes.push(by.text === rule.text ? { rule: rule.text, kind: 'duplicate' } : { rule: rule.text, kind: 'covered', by: by.text });
  }
  return { added, notes };
}
