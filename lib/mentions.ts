/**
 * From candidates to mentions: anchoring decides who an ambiguous short form
 * names, and the tally answers "who is on this page, and how often".
 */
import type { Candidate } from './matcher';
import type { NameMatch } from './schema';
import type { TextPoint } from './tokens';

/** A mention attributed to one person. */
export interface Mention {
  start: TextPoint;
  end: TextPoint;
  form: string;
  personId: string;
  kind: NameMatch;
}

/** People with at least one `always` mention among the candidates. */
export function anchorsIn(candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) if (!c.namesake) for (const ch of c.choices) if (ch.kind === 'always') out.add(ch.personId);
  return out;
}

/** Forms that name someone else in this document ("Malcolm Fraser"), so a bare "Fraser" is ambiguous. */
export function namesakesIn(candidates: readonly Candidate[]): Set<string> {
  return new Set(candidates.filter((c) => c.namesake).map((c) => c.form));
}

/**
 * Picks the person each candidate names. An `anchored` form counts only when its
 * person is anchored in the same document and no namesake makes it ambiguous;
 * `anchored` and `ambiguous` are that document's sets.
 */
export function resolveMentions(
  candidates: readonly Candidate[],
  anchored: ReadonlySet<string>,
  ambiguous: ReadonlySet<string> = namesakesIn(candidates),
): Mention[] {
  const out: Mention[] = [];
  for (const c of candidates) {
    if (c.namesake) continue;
    const pick =
      c.choices.find((ch) => ch.kind === 'always') ??
      (ambiguous.has(c.form) ? undefined : c.choices.find((ch) => anchored.has(ch.personId)));
    if (pick) out.push({ start: c.start, end: c.end, form: c.form, personId: pick.personId, kind: pick.kind });
  }
  return out;
}

/** Why the card should explain a match: only when a short (anchored) form matched. */
export function matchReason(form: string, kind: NameMatch): { form: string } | undefined {
  return kind === 'anchored' ? { form } : undefined;
}

/** Mention count and first appearance for one person. */
export interface TallyRow {
  personId: string;
  count: number;
  /** Order of the person's first mention on the page. */
  first: number;
}

/** Counts mentions per person, sorted by count, then by first appearance. */
export function tally(personIds: Iterable<string>): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  let i = 0;
  for (const id of personIds) {
    const row = rows.get(id);
    if (row) row.count++;
    else rows.set(id, { personId: id, count: 1, first: i });
    i++;
  }
  return sortTally([...rows.values()]);
}

/** Sorts rows by count (descending), then first appearance. */
export function sortTally(rows: TallyRow[]): TallyRow[] {
  return rows.sort((a, b) => b.count - a.count || a.first - b.first);
}

/** Merges per-frame tallies into one for the tab; frames are given in document order. */
export function mergeTallies(frames: ReadonlyArray<readonly TallyRow[]>): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  let offset = 0;
  for (const frame of frames) {
    let span = 0;
    for (const r of frame) {
      const row = rows.get(r.personId);
      if (row) row.count += r.count;
      else rows.set(r.personId, { ...r, first: offset + r.first });
      span = Math.max(span, r.first + r.count);
    }
    offset += span;
  }
  return sortTally([...rows.values()]);
}
