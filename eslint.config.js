import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

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
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.property.name=/^(runtime|tabs)$/][property.name='sendMessage']",
          message:
            'Send with sendToBackground / sendToTab (src/messaging/send): typed, answers checked.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The typed helpers wrap sendMessage; tests stub it or send from inside the extension.
    files: ['src/messaging/**', '**/*.test.ts', 'test/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests reach into the extension with `chrome` inside page.evaluate / serviceWorker.evaluate.
    files: ['test/e2e/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
