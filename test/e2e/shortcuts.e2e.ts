import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtensionBrowser,
  PROJECT_ROOT,
  type ExtensionBrowser,
} from './harness/extension-browser';

interface Command {
  name: string;
  shortcut: string;
}

/**
 * Chromium silently leaves a suggested key unassigned when it keeps the key for itself (it did so
 * with Alt+Shift+T and Alt+Shift+C): the README would then promise keys that do nothing. The keys
 * the browser really gave must be the ones the README names.
 */
describe('keyboard shortcuts', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('are assigned by the browser, and they are the ones the README names', async () => {
    const page = await browser.openExtensionPage('popup.html');
    const commands = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<Command[]> } } }
      ).chrome.commands.getAll(),
    );
    const shortcutOf = (name: string): string | undefined =>
      commands.find((command) => command.name === name)?.shortcut;
    const quickDial = shortcutOf('_execute_action');
    const callSelection = shortcutOf('call-selection');
    expect(quickDial).toMatch(/^Alt\+Shift\+[A-Z]$/);
    expect(callSelection).toMatch(/^Alt\+Shift\+[A-Z]$/);

    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`(${quickDial}) opens a quick dial`);
    expect(readme).toContain(`${callSelection} call selected text`);
  });
});
