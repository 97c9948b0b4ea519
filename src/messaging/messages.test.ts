import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseContentRequest } from './messages';

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

  it('accepts a phone link click and refuses a malformed one', () => {
    expect(
      parseBackgroundRequest({ type: 'call-phone-link', href: 'tel:+79165551234', uri: 'x' }),
    ).toEqual({ type: 'call-phone-link', href: 'tel:+79165551234' });
    expect(parseBackgroundRequest({ type: 'call-phone-link', href: 7 })).toBeNull();
    expect(
      parseBackgroundRequest({ type: 'call-phone-link', href: `tel:${'1'.repeat(10_000)}` }),
    ).toBeNull();
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

  it('refuses malformed reports and decisions about held launches', () => {
    const junk: unknown[] = [
      { type: 'open-web-link', url: 7 },
      { type: 'selection', text: null },
      { type: 'context-target' },
      { type: 'context-target', href: 42 },
      { type: 'pending-launch-get', id: 'x'.repeat(65) },
      { type: 'pending-launch-resolve', id: 'a', decision: 'launch' },
      { type: 'pending-launch-resolve', id: 'a', decision: 'delete', trustOrigin: false },
      { type: 'pending-launch-resolve', id: 'a', decision: 'launch', trustOrigin: 'yes' },
    ];
    for (const message of junk) expect(parseBackgroundRequest(message)).toBeNull();
  });
});

describe('click facts in a launch request', () => {
  const click = {
    input: 'pointer',
    sameLink: true,
    hrefUnchanged: true,
    stableMs: 900,
    uncovered: true,
    opacity: 1,
    width: 80,
    height: 16,
    viewportWidth: 800,
    viewportHeight: 600,
    observedVisible: null,
  };

  it('keeps well-formed facts with a page’s launch or web link', () => {
    expect(
      parseBackgroundRequest({ type: 'launch', uri: 'trueconf:x', origin: 'page', click }),
    ).toEqual({ type: 'launch', uri: 'trueconf:x', origin: 'page', click });
    expect(
      parseBackgroundRequest({ type: 'open-web-link', url: 'https://s/c/1', click: { ...click } }),
    ).toEqual({ type: 'open-web-link', url: 'https://s/c/1', click });
  });

  it('drops malformed facts but keeps the request, which is then confirmed, not lost', () => {
    const malformed: unknown[] = [
      'deliberate',
      { ...click, input: 'voice' },
      { ...click, sameLink: 'yes' },
      { ...click, stableMs: -1 },
      { ...click, stableMs: Number.NaN },
      { ...click, opacity: 2 },
      { ...click, width: Infinity },
      { ...click, observedVisible: 'maybe' },
      { ...click, uncovered: undefined },
    ];
    for (const bad of malformed) {
      expect(
        parseBackgroundRequest({ type: 'launch', uri: 'trueconf:x', origin: 'page', click: bad }),
      ).toEqual({ type: 'launch', uri: 'trueconf:x', origin: 'page' });
    }
  });
});

describe('parseContentRequest', () => {
  it('accepts the requests a content script answers, without extra fields', () => {
    expect(parseContentRequest({ type: 'copy-text', text: 'trueconf:smith', html: '<b>' })).toEqual(
      { type: 'copy-text', text: 'trueconf:smith' },
    );
    expect(parseContentRequest({ type: 'get-selection' })).toEqual({ type: 'get-selection' });
    expect(parseContentRequest({ type: 'get-page-host' })).toEqual({ type: 'get-page-host' });
  });

  it('refuses anything malformed', () => {
    const junk: unknown[] = [
      undefined,
      'get-selection',
      { type: 'copy-text' },
      { type: 'copy-text', text: 42 },
      { type: 'copy-text', text: 'x'.repeat(10_000) },
      { type: 'launch', uri: 'trueconf:x', origin: 'popup' },
    ];
    for (const message of junk) expect(parseContentRequest(message)).toBeNull();
  });
});
