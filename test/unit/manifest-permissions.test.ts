import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestOf = (env: { browser: string }) => Record<string, unknown>;

const manifestFor = (browser: string) => (config.manifest as unknown as ManifestOf)({ browser });

describe('the manifest’s install-time permissions', () => {
  it.each(['chrome', 'firefox'])(
    'stay as they were in %s; server hosts are optional only',
    (browser) => {
      const manifest = manifestFor(browser);
      expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_permissions).toBeUndefined();
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
