import { browser } from 'wxt/browser';
import { parseContentRequest } from '../messaging/messages';

async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without focus the async clipboard refuses; a selected off-screen field still copies.
    const field = doc.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.cssText = 'position:fixed;top:-1000px;opacity:0';
    doc.documentElement.append(field);
    field.select();
    const copied = doc.execCommand('copy');
    field.remove();
    return copied;
  }
}

/** Answers requests from the extension: copy a `trueconf:` link, tell the selection or the host. */
export function answerBackgroundRequests(target: Window): () => void {
  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    const request = parseContentRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'copy-text':
        return copyText(target.document, request.text);
      case 'get-selection':
        return Promise.resolve(target.getSelection()?.toString() ?? '');
      case 'get-page-host':
        return Promise.resolve(target.location.hostname);
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
