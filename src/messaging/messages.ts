/**
 * Messages sent to the background. Every sender is untrusted: a content script runs beside
 * hostile pages, so the background accepts only what `parseBackgroundRequest` recognises.
 */

export type LaunchOrigin = 'page' | 'popup' | 'menu' | 'omnibox' | 'shortcut' | 'options';

export interface LaunchRequest {
  type: 'launch';
  uri: string;
  origin: LaunchOrigin;
}

export interface AddressCountReport {
  type: 'address-count';
  count: number;
}

export type BackgroundRequest = LaunchRequest | AddressCountReport;

export type LaunchResponse =
  { ok: true; uri: string; outcome: 'handed-to-trueconf' } | { ok: false; error: string };

const LAUNCH_ORIGINS: readonly LaunchOrigin[] = [
  'page',
  'popup',
  'menu',
  'omnibox',
  'shortcut',
  'options',
];
const MAX_URI_LENGTH = 8192;
const MAX_ADDRESS_COUNT = 1_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'launch':
      if (typeof message.uri !== 'string' || message.uri.length > MAX_URI_LENGTH) return null;
      if (!LAUNCH_ORIGINS.includes(message.origin as LaunchOrigin)) return null;
      return { type: 'launch', uri: message.uri, origin: message.origin as LaunchOrigin };
    case 'address-count':
      if (
        typeof message.count !== 'number' ||
        !Number.isInteger(message.count) ||
        message.count < 0 ||
        message.count > MAX_ADDRESS_COUNT
      )
        return null;
      return { type: 'address-count', count: message.count };
    default:
      return null;
  }
}
