import type { Page } from 'playwright-core';

/**
 * Evaluates `expression` in the extension's isolated world of `page`'s top frame (where the frame
 * script and the linkifier keep their state, out of the page's reach), through the DevTools
 * protocol: Playwright itself evaluates only in the page's world and its own.
 */
export async function evaluateInExtensionWorld(page: Page, expression: string): Promise<unknown> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const worlds: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] =
      [];
    session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    // Enabling reports every context that exists already.
    await session.send('Runtime.enable');
    const world = worlds.find(
      (context) =>
        context.auxData?.type === 'isolated' &&
        context.auxData.frameId === frameTree.frame.id &&
        context.origin.startsWith('chrome-extension://'),
    );
    if (!world) throw new Error('The extension has no isolated world in this page');
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as unknown;
  } finally {
    await session.detach();
  }
}
