import { browser, type Browser } from 'wxt/browser';
import type { NetworkFailure } from '../server';

/**
 * `fetch` says only "failed" when a server cannot be reached and when its certificate is refused;
 * the browser's own error for the request tells them apart. With the optional `webRequest`
 * permission (asked for with the server's host at sign-in) the background watches errors of
 * requests to the server and looks up the one its failed request met. Without it: unreachable.
 */

const MEMORY_MS = 30_000;
const recent = new Map<string, { error: string; at: number }>();
let watching = false;

/** Chromium: `net::ERR_CERT_AUTHORITY_INVALID`…; Firefox: `SEC_ERROR_UNKNOWN_ISSUER`, `SSL_…`. */
export function isCertificateError(error: string): boolean {
  return /CERT|SEC_ERROR|SSL_ERROR|MOZILLA_PKIX|certificate/i.test(error);
}

function noteError(details: Browser.webRequest.OnErrorOccurredDetails): void {
  recent.set(details.url, { error: details.error, at: Date.now() });
  for (const [url, entry] of recent) {
    if (Date.now() - entry.at > MEMORY_MS) recent.delete(url);
  }
}

/** Starts watching when the permission is there; harmless to call again. */
export function watchNetworkErrors(): void {
  if (watching) return;
  const webRequest = (browser as { webRequest?: typeof browser.webRequest }).webRequest;
  if (!webRequest?.onErrorOccurred) return;
  try {
    webRequest.onErrorOccurred.addListener(noteError, { urls: ['https://*/*', 'http://*/*'] });
    watching = true;
  } catch {
    // The permission was not granted: the API is there but refuses listeners.
  }
}

/** Why the request to `url` failed, as far as the browser said. */
export async function diagnoseNetworkFailure(url: string): Promise<NetworkFailure> {
  // The error event can land just after fetch rejects.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const entry = recent.get(url);
    if (entry) return isCertificateError(entry.error) ? 'certificate' : 'unreachable';
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return 'unreachable';
}
