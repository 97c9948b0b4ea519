import { browser } from 'wxt/browser';

/**
 * Managed storage: what the administrator's policy put there. Read-only for the extension, and
 * read as a whole rather than by key, so it has no item of its own.
 */

/**
 * Everything in managed storage. Browsers without managed storage, or without a policy for us,
 * reject or return nothing: either way it is empty. Right after the browser starts, Chromium's
 * first read can take seconds; callers that cannot wait race it (see `loadSettingsForPage`).
 */
export async function readManagedArea(): Promise<unknown> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return {};
    return (await managed.get(null)) ?? {};
  } catch {
    return {};
  }
}

/** Calls `onChange` whenever the administrator changes the policy; returns the unsubscribe. */
export function watchManagedArea(onChange: () => void): () => void {
  const listener = (_changes: unknown, areaName: string): void => {
    if (areaName === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
