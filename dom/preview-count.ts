/**
 * "Would highlight N here": how many mentions a draft person's forms would get on this page, counted as the
 * highlighter would (anchored forms only where the full name is on the page, namesakes respected), without
 * touching the page.
 */
import { withDerivedForms } from '../lib/honorifics';
import { compileMatcher } from '../lib/matcher';
import { anchorsIn, namesakesIn, Nearness, resolveMentions } from '../lib/mentions';
import type { NameForm, Person } from '../lib/schema';
import { tokenize } from '../lib/tokens';
import { collectChunks } from './collect';
import { drawsRanges } from './name-ranges';
import { type HighlightMode, Regions } from './regions';

/**
 * The mentions these forms would get on `doc`, already highlighted or not; forms the schema would refuse are
 * left out rather than counted.
 */
export function countMentions(doc: Document, forms: readonly NameForm[], mode: HighlightMode = 'auto'): number {
  const names = forms.filter((n) => n.text.trim().length > 1);
  if (!names.length) return 0;
  const person: Person = { id: 'draft', name: '', role: '', names, quotes: [] };
  const matcher = compileMatcher([withDerivedForms(person)]);
  const root = doc.body ?? doc.documentElement;
  const found = [
    ...collectChunks(root, { readMarks: true, regions: new Regions(doc, mode, !!doc.defaultView && drawsRanges(doc.defaultView)) }),
  ].map((chunk) => matcher.scanTokens(tokenize(chunk.segments)));
  const all = found.flat();
  const anchored = anchorsIn(all);
  const ambiguous = namesakesIn(all);
  const near = new Nearness();
  return found.reduce((n, candidates) => n + resolveMentions(candidates, anchored, ambiguous, near).length, 0);
}
