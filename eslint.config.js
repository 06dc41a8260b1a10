// Lint: type-aware typescript-eslint everywhere, plus architecture rules:
// lib/ is pure (no wxt, browser or DOM), components/ are presentational.
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'chrome',
  'browser',
  'HTMLElement',
  'Element',
  'Node',
  'Text',
  'MutationObserver',
  'NodeFilter',
  'requestAnimationFrame',
  'getComputedStyle',
  'localStorage',
  'sessionStorage',
  'customElements',
].map((name) => ({ name, message: 'lib/ is pure logic: take what you need as a parameter.' }));

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'bench/out/', 'docs/', 'tests/corpus/'] },
  ...tseslint.configs.recommendedTypeChecked,
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Build DOM nodes; never parse strings as HTML.' }],
      // Props interfaces declare callbacks as methods; they never use `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill'], message: 'lib/ must not touch extension APIs.' },
            { group: ['preact', 'preact/*', 'mark.js'], message: 'lib/ has no UI or DOM libraries.' },
            {
              group: ['../dom/*', '../platform/*', '../components/*', '../containers/*', '../entrypoints/*'],
              message: 'lib/ depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Components take props.' },
        { name: 'browser', message: 'Components take props.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill'], message: 'Components call no browser APIs: take props.' },
            { group: ['../platform/*', '../../platform/*', '../containers/*'], message: 'Components are presentational.' },
          ],
        },
      ],
    },
  },
  {
    // Tests and scripts drive browsers through untyped evaluate() bridges.
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-properties': 'off',
    },
  },
);
