import type { Page } from 'playwright-core';
import { clickLikeAPerson, openAttackPage, READING_MS } from '../harness/attack-page';
import type { Attack } from './attack';

/**
 * Issue 16, point 1: a page makes an ordinary click join the attacker's conference. Launches go
 * through the extension, so the browser's own "Open TrueConf?" prompt no longer stands between a
 * page and the app; each of these must end in the confirmation window.
 */

export const ATTACKER_ADDRESS = 'trueconf:\\c\\4154248070@evil.example%23vcs';

/**
 * One clickjacking attack as a plan any browser driver can carry out: `plant` runs in the page
 * (the attacker's own script) with the attacker's address, then the user, after reading the page
 * for a while, clicks `click` or presses Enter. The Firefox suite runs the same plans.
 */
export interface ClickjackingPlan {
  name: string;
  outcome: Attack['outcome'];
  plant: (href: string) => void;
  press: { click: string } | { key: 'Enter' };
  /** Where Firefox ends otherwise (both are safe endings): what its own event handling does. */
  firefoxOutcome?: Attack['outcome'];
  /** Why Firefox does not catch this attack (a known gap, SECURITY.md), if it does not. */
  firefoxGap?: string;
}

export const clickjackingPlans: ClickjackingPlan[] = [
  {
    name: 'an invisible link over the whole page (opacity 0)',
    outcome: 'confirmation shown',
    plant: (href) => {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = 'x';
      link.style.cssText = 'position:fixed;inset:0;opacity:0;z-index:9';
      document.body.append(link);
    },
    press: { click: '#decoy' },
  },
  {
    name: 'an empty, transparent link laid over the whole page',
    outcome: 'confirmation shown',
    plant: (href) => {
      const link = document.createElement('a');
      link.href = href;
      link.style.cssText = 'position:fixed;inset:0;display:block;z-index:9';
      document.body.append(link);
    },
    press: { click: '#decoy' },
  },
  {
    name: 'a link inserted under the pointer on mouseover',
    outcome: 'confirmation shown',
    plant: (href) => {
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
    },
    press: { click: '#decoy' },
  },
  {
    name: 'a link whose href is swapped on mousedown',
    outcome: 'confirmation shown',
    plant: (href) => {
      const link = document.createElement('a');
      link.id = 'support';
      link.href = 'trueconf:support@company.example';
      link.textContent = 'Call support';
      link.addEventListener('mousedown', () => link.setAttribute('href', href));
      document.getElementById('stage')?.append(link);
    },
    press: { click: '#support' },
  },
  {
    name: 'a link whose href is swapped when the pointer comes near',
    outcome: 'confirmation shown',
    plant: (href) => {
      const link = document.createElement('a');
      link.id = 'support';
      link.href = 'trueconf:support@company.example';
      link.textContent = 'Call support';
      link.addEventListener('pointerenter', () => link.setAttribute('href', href));
      document.getElementById('stage')?.append(link);
    },
    press: { click: '#support' },
  },
  {
    name: 'a faint link (opacity 0.2 on an ancestor) over the decoy',
    outcome: 'confirmation shown',
    plant: (href) => {
      const wrapper = document.createElement('div');
      wrapper.style.cssText =
        'position:absolute;left:100px;top:100px;width:160px;height:40px;opacity:0.2;z-index:9';
      const link = document.createElement('a');
      link.href = href;
      link.textContent = 'Play video';
      link.style.cssText = 'display:block;width:100%;height:100%';
      wrapper.append(link);
      document.body.append(wrapper);
    },
    press: { click: '#decoy' },
  },
  {
    name: 'a link covered by an opaque picture that lets clicks through',
    outcome: 'confirmation shown',
    plant: (href) => {
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
    },
    press: { click: '#hidden-link' },
    firefoxGap:
      'hit testing skips a pointer-events: none cover, and Firefox has no IntersectionObserver v2',
  },
  {
    name: 'a 1×1 pixel link under the pointer',
    outcome: 'confirmation shown',
    plant: (href) => {
      const link = document.createElement('a');
      link.id = 'speck';
      link.href = href;
      link.style.cssText =
        'position:absolute;left:180px;top:120px;width:1px;height:1px;display:block;overflow:hidden;z-index:9';
      document.body.append(link);
    },
    press: { click: '#speck' },
    // Firefox's pointer lands beside the pixel, on the decoy.
    firefoxOutcome: 'nothing launched',
  },
  {
    name: 'a hidden link the page focused, launched with Enter',
    outcome: 'confirmation shown',
    plant: (href) => {
      const link = document.createElement('a');
      link.id = 'focused';
      link.href = href;
      link.textContent = 'Join';
      link.style.cssText = 'position:absolute;left:100px;top:200px;opacity:0';
      document.body.append(link);
      link.focus();
    },
    press: { key: 'Enter' },
  },
  {
    // Chromium sends that Enter to what had the focus when the key went down: no click at all.
    // Firefox clicks the link, with no key press seen on it: the background confirms.
    name: 'a visible link the page focused just before Enter',
    outcome: 'nothing launched',
    plant: (href) => {
      const link = document.createElement('a');
      link.id = 'focused';
      link.href = href;
      link.textContent = 'Join';
      document.getElementById('stage')?.append(link);
      document.addEventListener('keydown', () => link.focus(), { capture: true, once: true });
    },
    press: { key: 'Enter' },
    firefoxOutcome: 'confirmation shown',
  },
];

async function carryOut(page: Page, plan: ClickjackingPlan): Promise<void> {
  await page.evaluate(plan.plant, ATTACKER_ADDRESS);
  await page.waitForTimeout(READING_MS);
  if ('click' in plan.press) await clickLikeAPerson(page, plan.press.click);
  else await page.keyboard.press(plan.press.key);
}

export const clickjackingAttacks: Attack[] = clickjackingPlans.map((plan) => ({
  name: plan.name,
  attacker: 'page',
  outcome: plan.outcome,
  run: async (browser) => carryOut(await openAttackPage(browser), plan),
}));
