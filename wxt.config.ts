import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every file readable on its own.
  imports: false,
  // MV3 for Firefox too (WXT defaults Firefox to MV2): one manifest shape, `action` and all.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // The user's own TrueConf Server, asked for at sign-in only (docs/server.md): the install-time
    // permissions and their warnings stay as they were.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
    // Extension pages run only their own bundled scripts, in both browsers.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Firefox-only keys; Chrome warns about keys it does not know, so it never gets them.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'trueconf-click-to-call@extension.example',
          strict_min_version: '140.0',
          // The optional sign-in to the user's own server sends a login and password to it.
          data_collection_permissions: { required: ['none'], optional: ['authenticationInfo'] },
        },
        // Android's first version with data_collection_permissions (AMO: desktop only, see docs/firefox.md).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // The sources zip Firefox reviewers get: what builds the extension, nothing generated.
    excludeSources: ['test-results/**', 'store-assets/**', 'stats.html', '**/*.log'],
  },
});
