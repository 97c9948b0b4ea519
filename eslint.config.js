import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Build DOM with DOM APIs; page text never goes through innerHTML.',
        },
        { property: 'outerHTML', message: 'Build DOM with DOM APIs.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with DOM APIs.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Import `browser` from 'wxt/browser'." },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The service worker has no document: it, and the message lookup it shares with the pages,
    // must not pull in the pages' DOM toolkit.
    files: ['entrypoints/background.ts', 'src/background/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui/*'], message: 'src/ui is for extension pages only.' }] },
      ],
    },
  },
  {
    // Tests reach into the extension with `chrome` inside page.evaluate / serviceWorker.evaluate.
    files: ['test/e2e/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
