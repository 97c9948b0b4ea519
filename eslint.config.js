import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

/** Messages go through the typed helpers of src/messaging, which check every answer. */
const ONLY_TYPED_MESSAGES = [
  {
    selector:
      "MemberExpression[object.property.name=/^(runtime|tabs)$/][property.name='sendMessage']",
    message: 'Send with sendToBackground / sendToTab (src/messaging/send): typed, answers checked.',
  },
];

/** One place reads, writes and watches storage: typed items, writes in turn (src/storage). */
const ONLY_STORAGE_LAYER = [
  {
    selector:
      "MemberExpression[object.name='browser']:matches([property.name='storage'], [property.value='storage']), VariableDeclarator[init.name='browser'] > ObjectPattern > Property[key.name='storage']",
    message: 'Use the storage layer in src/storage, not browser.storage.',
  },
  {
    selector: 'ImportDeclaration[source.value=/^(wxt\\/utils\\/storage|@wxt-dev\\/storage)$/]',
    message: "Use the storage layer in src/storage (see why it is not WXT's at its top).",
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { layers },
    rules: {
      'layers/imports-follow-layers': 'error',
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
      'no-restricted-syntax': ['error', ...ONLY_TYPED_MESSAGES, ...ONLY_STORAGE_LAYER],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The typed helpers wrap sendMessage.
    files: ['src/messaging/**'],
    rules: { 'no-restricted-syntax': ['error', ...ONLY_STORAGE_LAYER] },
  },
  {
    // The storage layer is where browser.storage is called.
    files: ['src/storage/**'],
    rules: { 'no-restricted-syntax': ['error', ...ONLY_TYPED_MESSAGES] },
  },
  {
    // Tests stub messaging and storage, or reach into them from inside the extension.
    files: ['**/*.test.ts', 'test/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests reach into the extension with `chrome` inside page.evaluate / serviceWorker.evaluate.
    files: ['test/e2e/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
