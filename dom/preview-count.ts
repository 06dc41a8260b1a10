/**
 * "Would highlight N here": how many mentions a draft person's forms would get on this page, counted as the
 * highlighter would (anchored forms only where the full name is on the page, namesakes respected), without
 * touching the page.
 */
import { withDerivedForms } from '../lib/honorifics';
import { compileMatcher } from '../lib/matcher';
import { anchorsIn, namesakesIn, Nearness, resolveMentions } from '../lib/mentions';
import type { Person } from '../lib/schema';
import { tokenize } from '../lib/tokens';
import { collectChunks } from './collect';

/**
 * The mentions of `person` under `root`, already highlighted or not; forms the schema would refuse are left out
 * rather than counted.
 */
export function countMentions(root: Node, person: Person): number {
  const names = person.names.filter((n) => n.text.trim().length > 1);
  if (!names.length) return 0;
  const matcher = compileMatcher([withDerivedForms({ ...person, names })]);
  const found = [...collectChunks(root, undefined, undefined, true)].map((chunk) => matcher.scanTokens(tokenize(chunk.segments)));
  const all = found.flat();
  const anchored = anchorsIn(all);
  const ambiguous = namesakesIn(all);
  const near = new Nearness();
  return found.reduce((n, candidates) => n + resolveMentions(candidates, anchored, ambiguous, near).length, 0);
}
