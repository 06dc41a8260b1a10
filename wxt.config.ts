import { defineConfig } from 'wxt';

// The manifest asks only for what the features need: `storage` for settings and
// per-tab tallies. Content scripts' match patterns grant the host access they use.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // No module-preload polyfill: it would fetch() the extension's own chunks.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Dramatis',
    description: 'Tells you who is who in the story you are reading.',
    permissions: ['storage'],
    action: { default_title: 'Dramatis: who is in this story' },
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Focus the next highlighted name and open its card',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Focus the previous highlighted name and open its card',
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
