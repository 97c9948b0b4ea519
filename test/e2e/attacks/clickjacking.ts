import { clickLikeAPerson, openAttackPage, READING_MS } from '../harness/attack-page';
import type { Attack } from './attack';

/**
 * Issue 16, point 1: a page makes an ordinary click join the attacker's conference. Launches go
 * through the extension, so the browser's own "Open TrueConf?" prompt no longer stands between a
 * page and the app; each of these must end in the confirmation window.
 */

const EVIL = 'trueconf:\\c\\4154248070@evil.example%23vcs';

export const clickjackingAttacks: Attack[] = [
  {
    name: 'an invisible link over the whole page (opacity 0)',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = 'x';
        link.style.cssText = 'position:fixed;inset:0;opacity:0;z-index:9';
        document.body.append(link);
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#decoy');
    },
  },
  {
    name: 'an empty, transparent link laid over the whole page',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.href = href;
        link.style.cssText = 'position:fixed;inset:0;display:block;z-index:9';
        document.body.append(link);
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#decoy');
    },
  },
  {
    name: 'a link inserted under the pointer on mouseover',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const decoy = document.getElementById('decoy');
        decoy?.addEventListener(
          'mouseover',
          () => {
            const link = document.createElement('a');
            link.href = href;
            link.textContent = 'Play video';
            link.style.cssText =
              'position:absolute;left:100px;top:100px;width:160px;height:40px;display:block;background:#eee;z-index:9';
            document.body.append(link);
          },
          { once: true },
        );
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#decoy');
    },
  },
  {
    name: 'a link whose href is swapped on mousedown',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.id = 'support';
        link.href = 'trueconf:support@company.example';
        link.textContent = 'Call support';
        link.addEventListener('mousedown', () => link.setAttribute('href', href));
        document.getElementById('stage')?.append(link);
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#support');
    },
  },
  {
    name: 'a link whose href is swapped when the pointer comes near',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.id = 'support';
        link.href = 'trueconf:support@company.example';
        link.textContent = 'Call support';
        link.addEventListener('pointerenter', () => link.setAttribute('href', href));
        document.getElementById('stage')?.append(link);
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#support');
    },
  },
  {
    name: 'a faint link (opacity 0.2 on an ancestor) over the decoy',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const wrapper = document.createElement('div');
        wrapper.style.cssText =
          'position:absolute;left:100px;top:100px;width:160px;height:40px;opacity:0.2;z-index:9';
        const link = document.createElement('a');
        link.href = href;
        link.textContent = 'Play video';
        link.style.cssText = 'display:block;width:100%;height:100%';
        wrapper.append(link);
        document.body.append(wrapper);
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#decoy');
    },
  },
  {
    name: 'a link covered by an opaque picture that lets clicks through',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.id = 'hidden-link';
        link.href = href;
        link.textContent = 'Join';
        link.style.cssText =
          'position:absolute;left:100px;top:200px;width:160px;height:40px;display:block';
        const cover = document.createElement('div');
        cover.textContent = 'Play video';
        cover.style.cssText =
          'position:absolute;left:90px;top:190px;width:180px;height:60px;background:#fff;pointer-events:none;z-index:9';
        document.body.append(link, cover);
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#hidden-link');
    },
  },
  {
    name: 'a 1×1 pixel link under the pointer',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.id = 'speck';
        link.href = href;
        link.style.cssText =
          'position:absolute;left:180px;top:120px;width:1px;height:1px;display:block;overflow:hidden;z-index:9';
        document.body.append(link);
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#speck');
    },
  },
  {
    name: 'a hidden link the page focused, launched with Enter',
    attacker: 'page',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.id = 'focused';
        link.href = href;
        link.textContent = 'Join';
        link.style.cssText = 'position:absolute;left:100px;top:200px;opacity:0';
        document.body.append(link);
        link.focus();
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await page.keyboard.press('Enter');
    },
  },
  {
    // Chromium sends that Enter to what had the focus when the key went down: no click at all.
    name: 'a visible link the page focused just before Enter',
    attacker: 'page',
    outcome: 'nothing launched',
    async run(browser) {
      const page = await openAttackPage(browser);
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.id = 'focused';
        link.href = href;
        link.textContent = 'Join';
        document.getElementById('stage')?.append(link);
        document.addEventListener('keydown', () => link.focus(), { capture: true, once: true });
      }, EVIL);
      await page.waitForTimeout(READING_MS);
      await page.keyboard.press('Enter');
    },
  },
];
