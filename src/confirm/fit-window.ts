import { browser } from 'wxt/browser';

/**
 * The background opens the window before it knows how much there is to say; once the page is
 * filled in, the window takes the height of its content, so it is neither half empty nor cut off.
 */
export async function fitWindowToContent(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view) return;
  const frame = view.outerHeight - view.innerHeight;
  const wanted = Math.ceil(doc.documentElement.scrollHeight) + frame;
  if (Math.abs(wanted - view.outerHeight) < 8) return;
  try {
    const current = await browser.windows.getCurrent();
    if (current.id === undefined) return;
    await browser.windows.update(current.id, { height: Math.min(wanted, view.screen.availHeight) });
  } catch {
    // A window the browser will not resize is still usable: the page scrolls.
  }
}
