/**
 * A translated sentence whose substitutions are dataset strings: each goes in its own `<bdi>`, so a
 * right-to-left name ("Matched “ماي”: …") neither reorders the sentence around it nor takes its punctuation.
 */
import type { ComponentChildren } from 'preact';
import type { MessageKey, Translate } from './i18n';

// Characters no message or dataset string carries, used to find where each substitution landed.
const MARK = (i: number) => `\u{F0000}${i}\u{F0001}`;
const SPLIT = /\u{F0000}(\d+)\u{F0001}/u;

/** `t(key, ...subs)` with every substitution isolated. */
export function isolated(t: Translate, key: MessageKey, ...subs: string[]): ComponentChildren[] {
  const parts = t(key, ...subs.map((_, i) => MARK(i))).split(SPLIT);
  // split() with a capture group alternates text and substitution indexes.
  return parts.map((part, i) => (i % 2 ? <bdi key={i}>{subs[Number(part)]}</bdi> : part));
}
