import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Attack } from './attacks/attack';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';

/**
 * Every attack in `test/e2e/attacks/` (each file there but `attack.ts` exports lists of them),
 * run in one Chromium with the built extension. Each must end as it says: nothing handed to the
 * stand-in TrueConf app and no window offering to launch (a notice that a link was refused is
 * fine), or a confirmation window with nothing handed over before the user decided. Never a
 * silent launch.
 */

const ATTACKS_DIR = path.join(import.meta.dirname, 'attacks');

function isAttack(value: unknown): value is Attack {
  const candidate = value as Partial<Attack> | null;
  return (
    typeof candidate?.name === 'string' &&
    typeof candidate.run === 'function' &&
    (candidate.outcome === 'nothing launched' || candidate.outcome === 'confirmation shown')
  );
}

async function loadAttacks(): Promise<{ file: string; attack: Attack }[]> {
  const files = readdirSync(ATTACKS_DIR)
    .filter((file) => file.endsWith('.ts') && file !== 'attack.ts')
    .sort();
  const loaded: { file: string; attack: Attack }[] = [];
  for (const file of files) {
    const exports = (await import(pathToFileURL(path.join(ATTACKS_DIR, file)).href)) as Record<
      string,
      unknown
    >;
    for (const value of Object.values(exports)) {
      if (Array.isArray(value)) {
        for (const attack of value.filter(isAttack)) loaded.push({ file, attack });
      }
    }
  }
  return loaded;
}

const attacks = await loadAttacks();

describe(`the attack suite (${attacks.length} attacks)`, () => {
  let browser: ExtensionBrowser;
  let confirmWindows: Page[] = [];
  let ended = 0;
  const isConfirmWindow = (page: Page) => page.url().includes('/confirm.html');
  /**
   * A confirmation window that offers to launch (its confirm button shown), as opposed to the
   * notice the same window shows for a refused link: that one only explains and closes.
   */
  const offersLaunch = async (page: Page): Promise<boolean> => {
    await page.waitForSelector('#heading:not(:empty), h1:not(:empty)').catch(() => undefined);
    return page.locator('#confirm').isVisible();
  };
  const windowsOfferingLaunch = async (): Promise<number> => {
    let count = 0;
    for (const page of confirmWindows.filter(isConfirmWindow)) {
      if (await offersLaunch(page)) count += 1;
    }
    return count;
  };

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterEach(async () => {
    for (const page of browser.context.pages()) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    console.log(`${attacks.length} attacks: ${ended} ended as expected`);
    await browser?.close();
  });

  it('finds attacks in every file of the folder', () => {
    expect(attacks.length).toBeGreaterThan(0);
  });

  for (const { file, attack } of attacks) {
    it(`${file}: ${attack.name} (attacker: ${attack.attacker}) → ${attack.outcome}`, async () => {
      const before = (await browser.client.received()).length;
      confirmWindows = [];
      const onPage = (page: Page) => confirmWindows.push(page);
      browser.context.on('page', onPage);
      try {
        await attack.run(browser);
        if (attack.outcome === 'confirmation shown') {
          await expect.poll(windowsOfferingLaunch, { timeout: 10_000 }).toBe(1);
          // Whatever the attack, Enter in its window cancels: the window says so.
          const [window] = confirmWindows.filter(isConfirmWindow);
          expect(await window?.evaluate(() => document.activeElement?.id)).toBe('cancel');
          // The window stays open, undecided: nothing may reach the app meanwhile.
          expect((await browser.client.settle(1000)).slice(before)).toEqual([]);
        } else {
          expect((await browser.client.settle(1500)).slice(before)).toEqual([]);
          // A refused link may explain itself in the window, but nothing may offer to launch it.
          expect(await windowsOfferingLaunch()).toBe(0);
          // A refusal notice closes on Enter as on Escape: its one button has the focus.
          for (const notice of confirmWindows.filter(isConfirmWindow)) {
            expect(await notice.evaluate(() => document.activeElement?.id)).toBe('cancel');
          }
        }
      } finally {
        browser.context.off('page', onPage);
      }
      ended += 1;
    });
  }
});
