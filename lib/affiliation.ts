/**
 * Colouring by affiliation. A person's affiliation (user data) maps to one of a
 * fixed palette by a stable hash, so page CSS only ever sees a group number and
 * no user string reaches a stylesheet.
 */

/** Colours distinct on light and dark pages. */
export const AFFILIATION_PALETTE = ['#4e9af1', '#e8684a', '#5cb85c', '#b07cd8', '#f0ad4e', '#2bb5a8', '#e05d9b', '#8d99ae'] as const;

/** The palette group (0–7) of an affiliation; the same name always gets the same group. */
export function affiliationGroup(affiliation: string): number {
  let h = 2166136261;
  for (const ch of affiliation.trim().toLowerCase()) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h % AFFILIATION_PALETTE.length;
}
