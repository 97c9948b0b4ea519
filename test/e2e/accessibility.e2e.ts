import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../stand-in-server/stand-in';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { openSignInConfirmation, seedLists } from './harness/popup-states';

/**
 * axe on every page and state a person meets, in English and Russian, light and dark: no serious
 * or critical violation. And the keyboard: every control is reached by Tab and shows where it is.
 */

const SETUPS = [
  { locale: 'en-US', lang: 'en', colorScheme: 'light' },
  { locale: 'en-US', lang: 'en', colorScheme: 'dark' },
  { locale: 'ru', lang: 'ru', colorScheme: 'light' },
  { locale: 'ru', lang: 'ru', colorScheme: 'dark' },
] as const;

async function seriousViolations(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${what}: ${violation.id} (${violation.impact}) at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

/** Tabs through the page; every visible, enabled control must be reached and show a focus ring. */
async function tabThrough(page: Page): Promise<{ missed: string[]; unmarked: string[] }> {
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, textarea, select, summary, a[href]')]
      .filter((control) => {
        // Content of a closed <details> is laid out but not rendered, and not focusable.
        return (
          control.checkVisibility({ visibilityProperty: true }) &&
          !(control as HTMLButtonElement).disabled &&
          control.tabIndex >= 0 &&
          !(control instanceof HTMLInputElement && control.type === 'radio' && !control.checked)
        );
      })
      .map((control, index) => {
        control.dataset.a11yIndex = String(index);
        return `${control.tagName.toLowerCase()}#${control.id}`;
      }),
  );
  const reached = new Set<string>();
  const unmarked: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let step = 0; step < controls.length + 5; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active?.dataset.a11yIndex) return null;
      const style = getComputedStyle(active);
      return {
        index: active.dataset.a11yIndex,
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      };
    });
    if (!focused) continue;
    reached.add(focused.index);
    if (!focused.ring) unmarked.push(controls[Number(focused.index)] ?? focused.index);
  }
  return {
    missed: controls.filter((_, index) => !reached.has(String(index))),
    unmarked,
  };
}

describe.each(SETUPS)('accessibility in $lang, $colorScheme', (setup) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({
      locale: setup.locale,
      colorScheme: setup.colorScheme,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openPopup = async (): Promise<Page> => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.waitForSelector('html[data-ready="true"]');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(
      new RegExp(`^${setup.lang}`),
    );
    return popup;
  };

  it('the popup, empty, with a preview, with an error and with lists', async () => {
    const problems: string[] = [];
    const popup = await openPopup();
    problems.push(...(await seriousViolations(popup, 'empty popup')));
    await popup.fill('#address', 'smith');
    await popup.click('#choices summary');
    await popup.click('#more summary');
    await popup.click('#sign-in summary');
    problems.push(...(await seriousViolations(popup, 'popup with a preview and More open')));
    await popup.fill('#address', '000 317 2451');
    problems.push(...(await seriousViolations(popup, 'popup with an error')));
    await popup.close();

    await seedLists(browser);
    const withLists = await openPopup();
    await withLists.waitForSelector('#recent .call-item');
    await withLists.click('#favourites .menu-button');
    problems.push(...(await seriousViolations(withLists, 'popup with lists and a menu open')));
    await withLists.close();
    expect(problems).toEqual([]);
  });

  it('the popup signed in, with your conferences and with the server answering garbage', async () => {
    const standIn = await startStandIn();
    const problems: string[] = [];
    try {
      standIn.addConference({ id: '0055556666', topic: 'Standup', startsAt: Date.now() + 600_000 });
      const popup = await openPopup();
      await popup.click('#account > summary');
      await popup.fill('.account-form input[name="server"]', standIn.origin);
      await popup.waitForTimeout(300);
      await popup.fill('.account-form input[name="login"]', 'alice');
      await popup.fill('.account-form input[name="password"]', 'correct horse');
      await popup.click('.account-form button[type="submit"]');
      await popup.waitForSelector('#conferences .conference');
      problems.push(...(await seriousViolations(popup, 'popup with your conferences')));
      expect(await tabThrough(popup)).toEqual({ missed: [], unmarked: [] });
      await popup.close();
      standIn.switches.conferenceList = 'garbage';
      const broken = await openPopup();
      await broken.waitForSelector('.conferences-note:not([hidden])');
      problems.push(...(await seriousViolations(broken, 'popup with a conference error')));
      await broken.close();
    } finally {
      await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('serverSession'));
      await standIn.close();
    }
    expect(problems).toEqual([]);
  });

  it('the options page, every section', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.locator('fieldset').first().waitFor();
    expect(await options.locator('section').count()).toBeGreaterThanOrEqual(7);
    expect(await seriousViolations(options, 'options')).toEqual([]);
    await options.close();
  });

  it('the confirmation window of a sign-in link', async () => {
    const { page, dialog } = await openSignInConfirmation(browser);
    expect(await seriousViolations(dialog, 'confirmation')).toEqual([]);
    await dialog.click('#cancel');
    await page.close();
  });

  it('reaches every control of the popup and the options page by Tab, with a visible focus', async () => {
    await seedLists(browser);
    const popup = await openPopup();
    await popup.waitForSelector('#favourites .call-item');
    await popup.fill('#address', 'smith');
    await popup.click('#more summary');
    expect(await tabThrough(popup)).toEqual({ missed: [], unmarked: [] });
    // Operable: Enter on a favourite's menu opens it, Escape closes it and keeps the popup.
    await popup.focus('#favourites .menu-button');
    await popup.keyboard.press('Enter');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'menuitem',
    );
    await popup.keyboard.press('Escape');
    expect(
      await popup.evaluate(() => document.activeElement?.classList.contains('menu-button')),
    ).toBe(true);
    await popup.close();

    const options = await browser.openExtensionPage('options.html');
    await options.locator('fieldset').first().waitFor();
    expect((await tabThrough(options)).unmarked).toEqual([]);
    await options.close();
  });
});
