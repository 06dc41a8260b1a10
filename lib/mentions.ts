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
  /** A short form given to the person named in full nearest before it, though a namesake is named elsewhere. */
  local?: true;
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
 * Where people and namesakes were last named in full, carried across the chunks of one pass so that a short
 * form at the top of a chunk still sees the full name at the bottom of the one before. Positions are counted
 * over everything the state has seen; blocks likewise (a chunk always starts a block).
 */
export class Nearness {
  readonly lastFull = new Map<string, number>();
  /** Each form's last namesake: where, in which block, and whether it is a relative (who reaches its block only). */
  readonly lastNamesake = new Map<string, { at: number; block: number; relative: boolean }>();
  at = 0;
  blockBase = 0;
}

/**
 * Picks the person each candidate names. An `anchored` form counts when its person is anchored in the same
 * document and no namesake makes it ambiguous there (`anchored` and `ambiguous` are that document's sets).
 * Where a namesake is named, the form is resolved by where it stands (candidates come in document order, and
 * `near` carries what came before): it goes to the person named in full nearest before it, and to nobody when
 * a namesake ("Philip May") is nearer, two people are equally near, or nobody is (precision first). A relative
 * named in passing ("her husband, Philip May") is nearer only within its own block.
 */
export function resolveMentions(
  candidates: readonly Candidate[],
  anchored: ReadonlySet<string>,
  ambiguous: ReadonlySet<string> = namesakesIn(candidates),
  near: Nearness = new Nearness(),
): Mention[] {
  const out: Mention[] = [];
  const { lastFull, lastNamesake } = near;
  let lastBlock = 0;
  for (const c of candidates) {
    const at = near.at++;
    const block = near.blockBase + c.block;
    lastBlock = c.block;
    if (c.namesake) {
      lastNamesake.set(c.form, { at, block, relative: !!c.relative });
      continue;
    }
    const always = c.choices.find((ch) => ch.kind === 'always');
    if (always) {
      for (const ch of c.choices) if (ch.kind === 'always') lastFull.set(ch.personId, at);
      out.push({ start: c.start, end: c.end, form: c.form, personId: always.personId, kind: always.kind });
      continue;
    }
    // The evidence here: the person named in full nearest before, with no namesake named since.
    let nearest = -1;
    let pick: (typeof c.choices)[number] | undefined;
    let tied = false;
    for (const ch of c.choices) {
      const full = lastFull.get(ch.personId) ?? -1;
      if (full > nearest) [nearest, pick, tied] = [full, ch, false];
      else if (full === nearest && full >= 0) tied = true;
    }
    const other = lastNamesake.get(c.form);
    const otherAt = other && (!other.relative || other.block === block) ? other.at : -1;
    const evident = nearest >= 0 && !tied && nearest > otherAt ? pick : undefined;
    // The evidence first; without it, and with no namesake on the page, the person named anywhere on it.
    const chosen = evident ?? (ambiguous.has(c.form) ? undefined : c.choices.find((ch) => anchored.has(ch.personId)));
    if (!chosen) continue;
    out.push({
      start: c.start,
      end: c.end,
      form: c.form,
      personId: chosen.personId,
      kind: chosen.kind,
      ...(chosen === evident ? { local: true as const } : {}),
    });
  }
  // The next chunk starts a new block.
  near.blockBase += lastBlock + 1;
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
