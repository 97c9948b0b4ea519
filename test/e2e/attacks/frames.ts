import {
  clickLikeAPerson,
  frameOf,
  openAttackPage,
  otherOrigin,
  READING_MS,
} from '../harness/attack-page';
import type { ExtensionBrowser } from '../harness/extension-browser';
import type { Attack } from './attack';

/**
 * Clickjacking through frames: the frame's own document looks innocent (a visible, settled
 * "Join" link), and the page around it hides or moves the frame. Only the browser sees the whole
 * picture, so the click witness asks it (IntersectionObserver v2) or walks up same-origin frames.
 */

/** Lays a frame of the attacker's "Join" page over the decoy, styled by the page around it. */
async function frameOverDecoy(
  browser: ExtensionBrowser,
  src: string,
  style: string,
): Promise<void> {
  const page = await openAttackPage(browser);
  await page.evaluate(
    ({ frameSrc, frameStyle }) => {
      const frame = document.createElement('iframe');
      frame.id = 'frame';
      frame.src = frameSrc;
      frame.style.cssText = `position:absolute;left:100px;top:100px;width:160px;height:40px;border:0;z-index:9;${frameStyle}`;
      document.body.append(frame);
    },
    { frameSrc: src, frameStyle: style },
  );
  const frame = await frameOf(page, '#frame');
  await frame.waitForSelector('#join');
  await page.waitForTimeout(READING_MS);
  await clickLikeAPerson(page, '#join', frame);
}

export const frameAttacks: Attack[] = [
  {
    name: 'a same-origin frame made invisible over the decoy',
    attacker: 'page',
    outcome: 'confirmation shown',
    run: (browser) =>
      frameOverDecoy(browser, browser.server.url('/attacks/frame-link.html'), 'opacity:0'),
  },
  {
    name: 'a cross-origin frame made invisible over the decoy',
    attacker: 'page',
    outcome: 'confirmation shown',
    run: (browser) =>
      frameOverDecoy(browser, otherOrigin(browser, '/attacks/frame-link.html'), 'opacity:0'),
  },
];
