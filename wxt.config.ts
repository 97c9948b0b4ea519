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
    // `scripting` and every site: the background loads the linkifier into the frames that have
    // something to link (docs/permissions.md). The same sites the content scripts already match, so
    // the install-time warning stays the one it was (a test compares them).
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'scripting',
      // Firefox takes no `alarms` among optional permissions (it warns and ignores it) and shows
      // no warning for it, so there it is asked for at install; Chromium asks when the person
      // turns the toolbar countdown or reminders on (docs/permissions.md).
      ...(browser === 'firefox' ? ['alarms'] : []),
    ],
    host_permissions: ['<all_urls>'],
    // The user's own TrueConf Server, asked for at sign-in only (docs/server.md). Chromium already
    // holds every host above; Firefox lets the user withhold host access, so sign-in asks for the one.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Signed in: the toolbar countdown and conference reminders, asked for when turned on.
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    omnibox: { keyword: 'tc' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandOpenQuickDial__',
      },
      'call-selection': {
        suggested_key: { default: 'Alt+Shift+D' },
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
  hooks: {
    // The frame script (entrypoints/frame.ts) in every frame the linkifier can reach: same-origin,
    // about:blank, srcdoc, and (by their creator's origin) blob:, data: and sandboxed ones, where a
    // sign-in link must ask just the same. At document_start: clicks are caught from the first
    // paint.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: ['<all_urls>'],
          all_frames: true,
          match_about_blank: true,
          match_origin_as_fallback: true,
          run_at: 'document_start',
          js: ['frame.js'],
        },
        ...(manifest.content_scripts ?? []),
      ];
    },
    // The frame script goes into every frame of every page, so it carries no webextension
    // polyfill (10 KB): the few calls it makes work on both browsers' own promise-based APIs. The
    // page-world helper makes no extension call at all.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (
        entrypoints.length !== 1 ||
        !['frame', 'page-walker'].includes(entrypoints[0]?.name ?? '')
      )
        return;
      config.build ??= {};
      config.build.rollupOptions ??= {};
      config.build.rollupOptions.treeshake = { moduleSideEffects: false };
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) {
        alias.unshift({ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' });
      } else {
        config.resolve.alias = { ...alias, 'wxt/browser': '@wxt-dev/browser' };
      }
    },
  },
  zip: {
    // The sources zip Firefox reviewers get: what builds the extension, nothing generated.
    excludeSources: ['test-results/**', 'store-assets/**', 'stats.html', '**/*.log'],
  },
});
