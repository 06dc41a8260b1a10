/**
 * The background's answer to a subframe's probe (issue 21): bring the whole content script into the frame
 * only if Dramatis runs on its site and its text has a word that can start a name, or if it has too much
 * text to send (it is not an advertisement).
 */
import type { ProbeFrameMessage } from './messages';
import type { NamedPeople } from './people-index';
import { wordsOf } from './people-named';
import { isSiteEnabled, type SitePolicy } from './site-rules';

/** What answering a probe needs. */
export interface ProbeAnswer {
  policy(): Promise<SitePolicy>;
  /** The people these words can name (`PeopleIndex.named`). */
  named(words: string[]): Promise<NamedPeople>;
  /** Brings the content script into the probe's frame; whether it did. */
  start(): Promise<boolean>;
}

/** Answers a probe: whether the content script was brought into its frame. */
export async function answerProbe(m: ProbeFrameMessage, a: ProbeAnswer): Promise<boolean> {
  if (!isSiteEnabled(await a.policy(), m.url)) return false;
  if (!m.more) {
    const words = [...wordsOf([{ text: m.text, boundary: 'block' }])];
    if (!words.length || !(await a.named(words)).people.length) return false;
  }
  return a.start();
}
