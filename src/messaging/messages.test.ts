import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from './messages';

describe('parseBackgroundRequest', () => {
  it('accepts well-formed launch and count messages', () => {
    expect(
      parseBackgroundRequest({ type: 'launch', uri: 'trueconf:smith', origin: 'popup' }),
    ).toEqual({ type: 'launch', uri: 'trueconf:smith', origin: 'popup' });
    expect(parseBackgroundRequest({ type: 'address-count', count: 3 })).toEqual({
      type: 'address-count',
      count: 3,
    });
  });

  it('drops extra fields a sender slipped in', () => {
    expect(
      parseBackgroundRequest({ type: 'launch', uri: 'trueconf:x', origin: 'page', tabId: 7 }),
    ).toEqual({ type: 'launch', uri: 'trueconf:x', origin: 'page' });
  });

  it('refuses anything malformed', () => {
    const junk: unknown[] = [
      null,
      'launch',
      { type: 'launch' },
      { type: 'launch', uri: 42, origin: 'popup' },
      { type: 'launch', uri: 'trueconf:x', origin: 'admin' },
      { type: 'launch', uri: `trueconf:${'x'.repeat(10_000)}`, origin: 'popup' },
      { type: 'address-count', count: -1 },
      { type: 'address-count', count: 1.5 },
      { type: 'address-count', count: '3' },
      { type: 'eval', code: 'alert(1)' },
    ];
    for (const message of junk) expect(parseBackgroundRequest(message)).toBeNull();
  });
});
