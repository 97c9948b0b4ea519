import { browser } from 'wxt/browser';
import type {
  BackgroundMessages,
  BackgroundMessageType,
  BackgroundRequestOf,
  BackgroundResponseOf,
  ContentMessages,
  ContentMessageType,
  ContentRequestOf,
  ContentResponseOf,
} from './messages';
import {
  ignoreAnswer,
  parseFlag,
  parseLaunchResponse,
  parsePendingLaunchAnswer,
  parsePresenceAnswer,
  parseServerConferencesAnswer,
  parseServerContactsAnswer,
  parseServerDoneAnswer,
  parseServerMeetNowAnswer,
  parseServerStatusAnswer,
  parseText,
} from './responses';

type AnswerParsers<Messages extends { [T in keyof Messages]: { response: unknown } }> = {
  [T in keyof Messages]: (answer: unknown) => Messages[T]['response'] | null;
};

/**
 * The messages a frame script sends. Kept apart so that every frame of every page carries none of
 * the answer parsers of the extension pages' messages (the frame budget, docs/benchmark.md).
 */
export type FrameMessageType =
  | 'launch'
  | 'open-web-link'
  | 'call-phone-link'
  | 'address-count'
  | 'selection'
  | 'context-target'
  | 'linkify-frame';

const backgroundAnswers: AnswerParsers<BackgroundMessages> = {
  launch: parseLaunchResponse,
  'open-web-link': parseLaunchResponse,
  'call-phone-link': parseLaunchResponse,
  'address-count': ignoreAnswer,
  selection: ignoreAnswer,
  'context-target': ignoreAnswer,
  'linkify-frame': ignoreAnswer,
  'pending-launch-get': parsePendingLaunchAnswer,
  'pending-launch-resolve': parseLaunchResponse,
  'server-status': parseServerStatusAnswer,
  'server-sign-in': parseServerStatusAnswer,
  'server-sign-out': parseServerDoneAnswer,
  'server-search': parseServerContactsAnswer,
  'server-conferences': parseServerConferencesAnswer,
  'server-meet-now': parseServerMeetNowAnswer,
  'presence-query': parsePresenceAnswer,
};

const contentAnswers: AnswerParsers<ContentMessages> = {
  'copy-text': parseFlag,
  'get-selection': parseText,
  'get-page-host': parseText,
};

/**
 * Sends `request` to the background and reads its answer; null when the answer is missing or not
 * one this type of request gets. Rejects as `runtime.sendMessage` does (no receiver, worker gone).
 */
export function sendToBackground<T extends BackgroundMessageType>(
  request: { type: T } & BackgroundRequestOf<T>,
): Promise<BackgroundResponseOf<T> | null> {
  return browser.runtime
    .sendMessage(request)
    .then((answer: unknown) => backgroundAnswers[request.type](answer));
}

/**
 * `sendToBackground` for the scripts in pages' frames, limited to the messages a frame sends. A
 * frame never acts on the answer (the background shows what became of a click), so none is read.
 */
export function sendFromFrame<T extends FrameMessageType>(
  request: { type: T } & BackgroundRequestOf<T>,
): Promise<void> {
  return browser.runtime.sendMessage(request).then(ignoreAnswer);
}

/**
 * Sends `request` to the content script of one frame of a tab (every frame runs one, so the frame
 * is always named) and reads its answer; null when there is none it recognises.
 */
export function sendToTab<T extends ContentMessageType>(
  tabId: number,
  request: { type: T } & ContentRequestOf<T>,
  options: { frameId: number },
): Promise<ContentResponseOf<T> | null> {
  return browser.tabs
    .sendMessage(tabId, request, options)
    .then((answer: unknown) => contentAnswers[request.type](answer));
}
