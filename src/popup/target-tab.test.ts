import { describe, expect, it } from 'vitest';
import { requestedTabId } from './target-tab';

describe('requestedTabId', () => {
  it('reads ?tab=<id> and ignores anything else', () => {
    expect(requestedTabId('?tab=42')).toBe(42);
    expect(requestedTabId('?x=1&tab=7')).toBe(7);
    for (const search of ['', '?tab=', '?tab=-1', '?tab=1e3', '?tab=abc', '?tab=99999999999']) {
      expect(requestedTabId(search)).toBeUndefined();
    }
  });
});
