/**
 * Launches held until the user decides in the confirmation window. Kept in the service worker's
 * memory only: a held sign-in link carries a password, and a password is never stored.
 * If the worker restarts, the request is gone and the window says it expired.
 */

import type { LaunchOrigin } from '../messaging/messages';
import type { PendingKind } from '../messaging/responses';

export interface PendingLaunch {
  id: string;
  kind: PendingKind;
  /** The canonical `trueconf:` URI to launch if the user agrees. */
  uri: string;
  /** For web links: the page address to open instead when the user prefers the browser. */
  webUrl?: string;
  tabId?: number;
  frameId?: number;
  /** Held (also) because the click on the page's link broke the rule against clickjacking. */
  doubtfulClick?: boolean;
  origin: LaunchOrigin;
  pageOrigin: string;
  createdAt: number;
}

/** A window left open longer than this no longer launches anything. */
export const PENDING_LIFETIME_MS = 10 * 60 * 1000;

export class PendingLaunches {
  readonly #entries = new Map<string, PendingLaunch>();

  add(entry: Omit<PendingLaunch, 'id' | 'createdAt'>, now = Date.now()): PendingLaunch {
    this.#dropExpired(now);
    const pending: PendingLaunch = { ...entry, id: crypto.randomUUID(), createdAt: now };
    this.#entries.set(pending.id, pending);
    return pending;
  }

  get(id: string, now = Date.now()): PendingLaunch | undefined {
    this.#dropExpired(now);
    return this.#entries.get(id);
  }

  /** Each held launch is decided once: taking it removes it. */
  take(id: string, now = Date.now()): PendingLaunch | undefined {
    const pending = this.get(id, now);
    this.#entries.delete(id);
    return pending;
  }

  #dropExpired(now: number): void {
    for (const [id, entry] of this.#entries) {
      if (now - entry.createdAt > PENDING_LIFETIME_MS) this.#entries.delete(id);
    }
  }
}
