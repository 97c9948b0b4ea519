import { describe, expect, it } from 'vitest';
import { PENDING_LIFETIME_MS, PendingLaunches } from './pending-launches';

const request = {
  kind: 'sign-in' as const,
  uri: 'trueconf:login=user&password=pswd&encrypt=1&force=1',
  origin: 'page' as const,
  pageOrigin: 'https://intranet.example',
};

describe('PendingLaunches', () => {
  it('gives each held launch an unguessable id and hands it out once', () => {
    const pending = new PendingLaunches();
    const held = pending.add(request);
    expect(held.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(pending.get(held.id)).toEqual(held);
    expect(pending.take(held.id)).toEqual(held);
    expect(pending.take(held.id)).toBeUndefined();
  });

  it('forgets held launches that waited too long', () => {
    const pending = new PendingLaunches();
    const held = pending.add(request, 0);
    expect(pending.get(held.id, PENDING_LIFETIME_MS)).toBeDefined();
    expect(pending.get(held.id, PENDING_LIFETIME_MS + 1)).toBeUndefined();
  });
});
