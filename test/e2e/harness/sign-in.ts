import type { ExtensionBrowser } from './extension-browser';

/** Signs in to the stand-in server from the popup, as a person would, and closes the popup. */
export async function signInFromPopup(
  browser: ExtensionBrowser,
  server: string,
  login = 'alice',
  password = 'correct horse',
): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  await page.waitForSelector('html[data-ready="true"]');
  await page.click('#account > summary');
  await page.fill('.account-form input[name="server"]', server);
  // The panel learns meanwhile whether the host is already permitted, as in a person's pace.
  await page.waitForTimeout(300);
  await page.fill('.account-form input[name="login"]', login);
  await page.fill('.account-form input[name="password"]', password);
  await page.click('.account-form button[type="submit"]');
  await page.waitForSelector('.account .status[data-kind="ok"]');
  await page.close();
}
