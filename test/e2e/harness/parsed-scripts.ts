import type { BrowserContext, Page } from 'playwright-core';

/**
 * Opens `url` in a new tab of `context`, noting the file name of every extension script the tab
 * parses (DevTools protocol `Debugger.scriptParsed`): which of the extension's scripts a page's
 * frames were given (frame.js always; linkify.js and phone-finder.js only where needed).
 */
export async function openNotingExtensionScripts(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; scripts: string[] }> {
  const page = await context.newPage();
  const scripts: string[] = [];
  const session = await context.newCDPSession(page);
  session.on('Debugger.scriptParsed', ({ url: scriptUrl }) => {
    if (scriptUrl.startsWith('chrome-extension://')) scripts.push(scriptUrl.replace(/^.*\//, ''));
  });
  await session.send('Debugger.enable');
  await page.goto(url);
  return { page, scripts };
}
