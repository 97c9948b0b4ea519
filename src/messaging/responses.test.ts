import { describe, expect, it } from 'vitest';
import { parseLaunchResponse, parsePendingLaunchAnswer } from './responses';

const EXPIRED = { ok: false, error: 'expired' };

describe('parseLaunchResponse', () => {
  it('accepts each answer a launch gets, without extra fields', () => {
    expect(
      parseLaunchResponse({ ok: true, uri: 'trueconf:x', outcome: 'handed-to-trueconf', more: 1 }),
    ).toEqual({ ok: true, uri: 'trueconf:x', outcome: 'handed-to-trueconf' });
    expect(parseLaunchResponse({ ok: true, outcome: 'awaiting-confirmation' })).toEqual({
      ok: true,
      outcome: 'awaiting-confirmation',
    });
    expect(parseLaunchResponse({ ...EXPIRED, more: 1 })).toEqual(EXPIRED);
  });

  it('refuses anything else', () => {
    const junk: unknown[] = [
      undefined,
      true,
      { ok: true },
      { ok: 'true', outcome: 'awaiting-confirmation' },
      { ok: true, outcome: 'handed-to-trueconf' },
      { ok: true, outcome: 'launched', uri: 'trueconf:x' },
      { ok: false },
      { ok: false, error: 3 },
    ];
    for (const answer of junk) expect(parseLaunchResponse(answer)).toBeNull();
  });
});

describe('parsePendingLaunchAnswer', () => {
  const view = {
    ok: true,
    kind: 'web-link',
    pageOrigin: 'https://intranet.example',
    description: { key: 'describeCall', substitutions: ['smith'] },
    uri: 'trueconf:smith',
    doubtfulClick: true,
  };

  it('accepts a held launch and an expired one', () => {
    expect(parsePendingLaunchAnswer(view)).toEqual(view);
    expect(parsePendingLaunchAnswer({ ...EXPIRED, more: 1 })).toEqual(EXPIRED);
  });

  it('refuses a view with any part missing or of the wrong kind', () => {
    const junk: unknown[] = [
      null,
      { ...view, ok: 1 },
      { ...view, kind: 'admin' },
      { ...view, pageOrigin: undefined },
      { ...view, description: 'describeCall' },
      { ...view, description: { key: 'describeCall', substitutions: [1] } },
      { ...view, description: { key: 'describeCall' } },
      { ...view, uri: null },
      { ...view, doubtfulClick: 'yes' },
    ];
    for (const answer of junk) expect(parsePendingLaunchAnswer(answer)).toBeNull();
  });
});
