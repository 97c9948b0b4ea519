import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestOf = (env: { browser: string }) => Record<string, unknown>;

const manifestFor = (browser: string) => (config.manifest as unknown as ManifestOf)({ browser });

describe('the manifest’s install-time permissions', () => {
  it.each(['chrome', 'firefox'])(
    'ask in %s for nothing beyond the sites the frame script runs on; server hosts are optional',
    (browser) => {
      const manifest = manifestFor(browser);
      // Firefox shows no warning for `alarms` and refuses it as optional (see wxt.config.ts).
      expect(manifest.permissions).toEqual([
        'storage',
        'contextMenus',
        'activeTab',
        'scripting',
        ...(browser === 'firefox' ? ['alarms'] : []),
      ]);
      // The same sites as the frame script's matches: the install-time warning is unchanged
      // (compared in the browser by test/e2e/permission-warnings.e2e.ts).
      expect(manifest.host_permissions).toEqual(['<all_urls>']);
      // The toolbar countdown and reminders, asked for when the person turns them on.
      expect(manifest.optional_permissions).toEqual(
        browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
      );
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    },
  );

  it('declares the sign-in as optional authentication data in Firefox', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as Record<string, unknown>)
      .gecko as Record<string, unknown>;
    expect(gecko.data_collection_permissions).toEqual({
      required: ['none'],
      optional: ['authenticationInfo'],
    });
  });
});
