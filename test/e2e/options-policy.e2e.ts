import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness/extension-browser';
import { launchWithPolicy, type PolicyBrowser } from './harness/policy-browser';

/**
 * An administrator's policy in Chromium's managed policy directory pre-sets the default server;
 * the options page shows it locked. The extension runs from its own copy so that it gets its own
 * id: the policy then applies to this test's extension only, never to another test's Chromium
 * that may be running at the same time.
 */

const POLICY = {
  defaultServer: 'video.policy-e2e.example',
  knownServers: ['tc.policy-e2e.example'],
  customRules: [{ pattern: 'Desk-(\\d{4})', hrefTemplate: 'trueconf:\\c\\desk$1' }],
  locked: ['confirmEveryCall'],
};

describe('an administrator’s policy', () => {
  let policyBrowser: PolicyBrowser;
  let extensionId: string;
  let browser: ExtensionBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    policyBrowser = await launchWithPolicy('options-policy', POLICY);
    browser = policyBrowser.browser;
    context = browser.context;
    extensionId = browser.extensionId;
  });

  afterAll(async () => {
    await policyBrowser?.close();
  });

  const openOptions = async (): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  };

  // First, before anything else here has read the policy: right after the browser starts,
  // Chromium's first managed-storage read can take seconds, and a page does not wait for it
  // (see loadSettingsForPage); whichever way the policy arrives, the page must end up following it.
  it('treats the policy’s default server as a TrueConf server, on a page opened right after start', async () => {
    const page = await context.newPage();
    await page.goto(browser.server.url('/options/policy.html'));
    const link = page.locator('#policy-server a[data-trueconf-link]');
    await link.waitFor({ timeout: 10_000 });
    expect([await link.textContent(), await link.getAttribute('href')]).toEqual([
      'asmirnova@video.policy-e2e.example',
      'trueconf:asmirnova@video.policy-e2e.example',
    ]);
  });

  // Nobody opens the options page for a policy's rule: the background judges it, and the page
  // links with it once the verdict is remembered.
  it('links with the policy’s custom rule', async () => {
    const page = await context.newPage();
    await page.goto(browser.server.url('/options/policy.html'));
    const link = page.locator('#policy-rule a[data-trueconf-link]');
    await link.waitFor({ timeout: 10_000 });
    expect([await link.textContent(), await link.getAttribute('href')]).toEqual([
      'Desk-4154',
      'trueconf:\\c\\desk4154',
    ]);
  });

  it('pre-sets the default server and shows it locked, with the note', async () => {
    const page = await openOptions();
    const group = page.getByRole('group', { name: 'Default server' });
    const input = group.getByLabel('Server address');
    await expect.poll(() => input.inputValue()).toBe('video.policy-e2e.example');
    expect(await input.isDisabled()).toBe(true);
    expect(await group.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    expect(await group.getByText('Set by your administrator').isVisible()).toBe(true);
    expect(await page.locator('.notices').textContent()).toContain('Your organisation manages');
  });

  it('adds the policy’s servers to the user’s, and keeps the user from removing them', async () => {
    const page = await openOptions();
    const group = page.getByRole('group', { name: 'Known TrueConf servers' });
    const entry = group.getByRole('listitem').filter({ hasText: 'tc.policy-e2e.example' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Set by your administrator');
    expect(await entry.getByRole('button').count()).toBe(0);
    // The list itself is not locked: the user can still add servers of their own.
    expect(await group.getByLabel('Add a server').isDisabled()).toBe(false);
    const confirm = page.getByRole('group', { name: 'Confirmation' });
    expect(await confirm.getByRole('checkbox').isDisabled()).toBe(true);
  });

  it('never lets a change through the settings store overwrite the locked value', async () => {
    const page = await openOptions();
    await page
      .getByRole('group', { name: 'Known TrueConf servers' })
      .getByLabel('Add a server')
      .fill('mine.example.com');
    await page
      .getByRole('group', { name: 'Known TrueConf servers' })
      .getByRole('button', { name: 'Add', exact: true })
      .click();
    await expect
      .poll(() =>
        browser.serviceWorker.evaluate(
          async () => (await chrome.storage.sync.get('settings')).settings,
        ),
      )
      .toMatchObject({ defaultServer: '', knownServers: ['mine.example.com'] });
  });
});
