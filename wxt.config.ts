import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every file readable on its own.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'contextMenus', 'activeTab'],
    omnibox: { keyword: 'tc' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandOpenQuickDial__',
      },
      'call-selection': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandCallSelection__',
      },
    },
    storage: { managed_schema: 'managed_schema.json' },
  },
});
