import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  launchExtensionBrowser,
  type ExtensionBrowser,
} from './harness/extension-browser';

/**
 * Loading the linkifier on demand takes `scripting` and `<all_urls>` host access. The user must
 * not be told anything new for it: Chromium's own warning computation, on the built manifest and
 * on the same manifest without the two, must give the same warnings.
 */
describe('install-time warnings', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('are the ones the content scripts already gave', async () => {
    const manifest = JSON.parse(
      readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'),
    ) as { permissions: string[]; host_permissions?: string[] };
    expect(manifest.permissions).toContain('scripting');
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    const before = {
      ...manifest,
      permissions: manifest.permissions.filter((permission) => permission !== 'scripting'),
    };
    delete before.host_permissions;
    const page = await browser.openExtensionPage('popup.html');
    const warningsOf = (json: string): Promise<string[]> =>
      page.evaluate(
        (text) =>
          new Promise<string[]>((resolve) => {
            // The harness types only the chrome APIs the other tests use.
            const api = (
              globalThis as unknown as {
                chrome: {
                  management: {
                    getPermissionWarningsByManifest(m: string, done: (w: string[]) => void): void;
                  };
                };
              }
            ).chrome;
            api.management.getPermissionWarningsByManifest(text, resolve);
          }),
        json,
      );
    const now = await warningsOf(JSON.stringify(manifest));
    const then = await warningsOf(JSON.stringify(before));
    expect(now.length).toBeGreaterThan(0);
    expect(now).toEqual(then);
  });
});
