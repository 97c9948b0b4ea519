import type { Frame, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/**
 * What the attacks in `test/e2e/attacks/` share: a page of the attacker's (a "Play video" button
 * the user means to click, a stage for what the attack shows) and a user who clicks like one.
 */

/** A real user does not click a link in the first half second it is on the page. */
export const READING_MS = 800;

export async function openAttackPage(
  browser: ExtensionBrowser,
  pathname = '/attacks/page.html',
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.server.url(pathname));
  return page;
}

/** The same page served from another origin (`localhost` instead of `127.0.0.1`). */
export function otherOrigin(browser: ExtensionBrowser, pathname: string): string {
  const url = new URL(browser.server.url(pathname));
  url.hostname = 'localhost';
  return url.href;
}

/**
 * Moves the mouse onto the middle of `selector` (its frame's box, from the page), rests there a
 * moment as a person does, and clicks: a trusted press and release wherever the element is,
 * whatever covers it.
 */
export async function clickLikeAPerson(
  page: Page,
  selector: string,
  frame: Page | Frame = page,
): Promise<void> {
  const box = await frame.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} has no box to click`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y, { steps: 4 });
  await page.waitForTimeout(150);
  await page.mouse.down();
  await page.waitForTimeout(60);
  await page.mouse.up();
}

/** The frame an `<iframe>` matching `selector` shows, once it has loaded. */
export async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} shows no frame`);
  await frame.waitForLoadState();
  return frame;
}
