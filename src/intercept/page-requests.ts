import { browser, type Browser } from 'wxt/browser';
import {
  parseContentRequest,
  type ContentMessageType,
  type ContentRequestOf,
  type ContentResponseOf,
} from '../messaging/messages';

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

type Handlers = {
  [T in ContentMessageType]: (request: ContentRequestOf<T>) => Promise<ContentResponseOf<T>>;
};

function handlersFor(target: Window): Handlers {
  return {
    'copy-text': (request) => copyText(target.document, request.text),
    'get-selection': () => Promise.resolve(target.getSelection()?.toString() ?? ''),
    'get-page-host': () => Promise.resolve(target.location.hostname),
  };
}

/** Generic in the type, so each request reaches the handler of its own type. */
function dispatch<T extends ContentMessageType>(
  request: ContentRequestOf<T>,
  handler: Handlers[T],
): Promise<ContentResponseOf<T>> {
  return handler(request);
}

/**
 * Answers requests from the extension: copy a `trueconf:` link, tell the selection or the host.
 * Anything else, or anything not from this extension, gets no answer.
 *
 * Answered through `sendResponse`, not a returned promise: the frame script runs without the
 * webextension polyfill, and `sendResponse` works alike in both browsers, with or without it.
 */
export function answerBackgroundRequests(target: Window): () => void {
  const handlers = handlersFor(target);
  const onMessage = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (answer: ContentResponseOf<ContentMessageType>) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    void dispatch(request, handlers[request.type]).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
