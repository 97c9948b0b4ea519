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
      // One place reads, writes and watches storage: typed items, writes in turn (src/storage).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='browser']:matches([property.name='storage'], [property.value='storage']), VariableDeclarator[init.name='browser'] > ObjectPattern > Property[key.name='storage']",
          message: 'Use the storage layer in src/storage, not browser.storage.',
        },
        {
          selector:
            'ImportDeclaration[source.value=/^(wxt\\/utils\\/storage|@wxt-dev\\/storage)$/]',
          message: "Use the storage layer in src/storage (see why it is not WXT's at its top).",
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests reach into the extension with `chrome` inside page.evaluate / serviceWorker.evaluate.
    files: ['test/e2e/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/storage/**', '**/*.test.ts', 'test/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
