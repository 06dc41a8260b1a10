/**
 * Message formatting in the WebExtension i18n format (messages.json), so tests
 * and the browser read the same catalogues. `$NAME$` placeholders map to
 * `$1`…`$9` substitutions, as browser.i18n.getMessage does.
 */

/** One entry of a messages.json catalogue. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole catalogue. */
export type Catalogue = Record<string, MessageEntry>;

/** Formats one entry with its substitutions. */
export function formatMessage(entry: MessageEntry, subs: readonly string[] = []): string {
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d|\$)/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** A translate function over a catalogue; unknown keys come back as themselves. */
export function translator(catalogue: Catalogue): (key: string, ...subs: Array<string | number>) => string {
  return (key, ...subs) => {
    const entry = catalogue[key];
    return entry ? formatMessage(entry, subs.map(String)) : key;
  };
}

/** Placeholder names used in a message, in order ($COUNT$ → count). */
export function placeholdersOf(entry: MessageEntry): string[] {
  return [...entry.message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase());
}
