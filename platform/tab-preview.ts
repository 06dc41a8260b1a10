/**
 * "Would highlight N here" in the options page's editor: asked of the tab the reader was on before the options
 * (the most recently used other tab of this window), whose top frame counts with the highlighter's rules.
 * Without the `tabs` permission the tab's address stays unknown to us; only its count comes back.
 */
import { browser } from 'wxt/browser';
import type { CountFormsMessage } from '../lib/messages';
import type { NameForm } from '../lib/schema';

/** The mentions `names` would get on the reader's last other tab, or undefined when none can say. */
export async function countOnLastTab(names: NameForm[]): Promise<number | undefined> {
  if (!names.length) return undefined;
  const [self, tabs] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.query({ currentWindow: true })]);
  const last = tabs.filter((t) => t.id !== undefined && t.id !== self?.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (!last?.id) return undefined;
  const m: CountFormsMessage = { type: 'dramatis/count-forms', names };
  const n = await browser.tabs.sendMessage<CountFormsMessage, number>(last.id, m, { frameId: 0 }).catch(() => undefined);
  return typeof n === 'number' ? n : undefined;
}
