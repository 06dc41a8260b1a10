/**
 * The keyboard commands as the browser actually set them. A browser does not
 * assign a suggested key that it uses itself (Chromium keeps Alt+Shift+N, P, A
 * and W), and says nothing: so the options page shows what was assigned, and
 * which suggestion was passed over.
 */
import { browser } from 'wxt/browser';

/** One command: the key in force ('' when none) and the one the manifest suggests. */
export interface Shortcut {
  name: string;
  shortcut: string;
  suggested?: string;
}

type ManifestCommands = Record<string, { suggested_key?: { default?: string } }>;

/** The extension's own commands, in manifest order; `_execute_action` is the toolbar button, not ours to show. */
export async function getShortcuts(): Promise<Shortcut[]> {
  if (!browser.commands?.getAll) return [];
  const suggested = (browser.runtime.getManifest().commands ?? {}) as ManifestCommands;
  const all = await browser.commands.getAll();
  return all
    .filter((c) => c.name && c.name in suggested)
    .map((c) => ({ name: c.name!, shortcut: c.shortcut ?? '', suggested: suggested[c.name!]?.suggested_key?.default }));
}
