/**
 * Helpers for unit tests of what reads the settings (never imported by the extension itself).
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Managed storage as right after the browser starts, when Chromium's first read of the policy
 * takes seconds: it answers with `policy` only when the test calls the function returned.
 */
export function policyAnsweringLater(policy: Record<string, unknown>): () => void {
  let answer = (): void => undefined;
  const read = new Promise<Record<string, unknown>>((resolve) => {
    answer = () => resolve(policy);
  });
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(read as never);
  return () => answer();
}
