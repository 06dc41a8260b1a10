import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two environments: pure logic in Node, DOM adapters and components in happy-dom.
// End-to-end tests (project e2e) drive real browsers with the built extension.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    globals: true,
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.{ts,tsx}'] } },
      // Storage and background code against WXT's in-memory fake browser.
      {
        extends: true,
        plugins: [WxtVitest()],
        test: { name: 'platform', environment: 'happy-dom', include: ['tests/platform/**/*.test.ts'] },
      },
      {
        extends: true,
        // Real browsers: one file at a time, generous timeouts.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
