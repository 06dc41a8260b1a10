import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { PAGE_MATCHES } from './lib/page-support';

const LIB = fileURLToPath(new URL('./lib/', import.meta.url));

// The manifest asks only for what the features need (each is explained in the README).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // No module-preload polyfill: it would fetch() the extension's own chunks.
  // lib/ is the pure core: importing a module there does nothing by itself, so what a script does not use
  // (the dataset schema behind the storage module, in the frame probe) is left out of it.
  vite: () => ({
    build: {
      modulePreload: { polyfill: false },
      rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.startsWith(LIB) } },
    },
  }),
  // The sources zip is for store review: it needs what builds the add-on, not the test corpus.
  zip: { excludeSources: ['tests/corpus/**', 'docs/**', 'bench/results.json'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Add “…” to Dramatis" on a selection (issue 17).
    // scripting: the background injects the content script into a subframe only once its small probe finds
    // a word that can start a name (issue 21); the host permissions are the sites the content scripts match.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: PAGE_MATCHES,
    // Every subframe's probe (entrypoints/frame-probe.ts): an unlisted script, listed here by hand, so WXT's
    // content script context, and the polyfill it imports, stay out of every frame.
    content_scripts: [
      { matches: PAGE_MATCHES, js: ['frame-probe.js'], all_frames: true, match_about_blank: true, run_at: 'document_idle' },
    ],
    action: { default_title: '__MSG_actionTitle__' },
    // Keys Chromium leaves free: it silently declines a suggestion it uses itself (Alt+Shift+N, P, A
    // and W among them), which is why Alt+Shift+N/P were never set. J/K read as next/previous.
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNext__',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdPrevious__',
      },
      // D for Dramatis: Alt+Shift+A, the obvious one, is among the keys Chromium keeps.
      capture: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_cmdCapture__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dramatis@example.org',
              // 140 is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
