/**
 * Helpers for unit tests of what reads the settings (never imported by the extension itself).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_WAIT_MS, REMEMBERED_POLICY_KEY } from '../../src/settings';

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

/**
 * Right after the browser starts: `remembered` is the policy as the background last read it
 * (`undefined`: none remembered yet), and managed storage answers with `real` only when the test
 * calls the function returned.
 */
export async function browserJustStarted(
  real: Record<string, unknown>,
  remembered?: Record<string, unknown>,
): Promise<() => void> {
  if (remembered !== undefined) {
    await fakeBrowser.storage.local.set({ [REMEMBERED_POLICY_KEY]: remembered });
  }
  return policyAnsweringLater(real);
}

/**
 * Settles `request`, which reads the settings as a page does, past the wait for the policy that
 * precedes the remembered one (needs `vi.useFakeTimers()`).
 */
export async function pastPolicyWait<T>(request: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
  return request;
}

/** For a `describe` whose tests use `pastPolicyWait`: fake timers in each, real ones after. */
export function withFakeTimersPerTest(): void {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
}
