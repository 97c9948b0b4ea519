// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { judgeRule, ruleVerdictKey } from '../detect';
import { probeRegexSpeed } from '../detect/regex-probes';
import { DEFAULT_SETTINGS, RULE_VERDICTS_KEY, SETTINGS_KEY } from '../settings';
import { IDLE_EVENT, runPageLinkifier } from './content-controller';

vi.mock('../detect/regex-probes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../detect/regex-probes')>();
  return { ...actual, probeRegexSpeed: vi.fn(actual.probeRegexSpeed) };
});

const room = {
  id: 'rule-room',
  pattern: 'Room (\\d{4})',
  flags: '',
  hrefTemplate: 'trueconf:\\c\\$1',
  sites: [],
};

let invalidate = (): void => undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(probeRegexSpeed).mockClear();
  document.body.replaceChildren(
    Object.assign(document.createElement('p'), { textContent: 'Join Room 4321 at ten.' }),
  );
  await fakeBrowser.storage.sync.set({
    [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, customRules: [room] },
  });
});

afterEach(() => invalidate());

function start(): void {
  void runPageLinkifier(window, {
    onInvalidated: (callback) => {
      invalidate = callback;
    },
  });
}

const linkedHrefs = (): string[] =>
  [...document.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');

describe('the content script and custom rules', () => {
  it('leaves a rule without a verdict unused, links with it once the verdict lands', async () => {
    const verdict = judgeRule(room);
    vi.mocked(probeRegexSpeed).mockClear();
    const idle = new Promise((resolve) => document.addEventListener(IDLE_EVENT, resolve));
    start();
    await idle;
    expect(linkedHrefs()).toEqual([]);
    await fakeBrowser.storage.local.set({
      [RULE_VERDICTS_KEY]: { [ruleVerdictKey(room)]: verdict },
    });
    await vi.waitFor(() => expect(linkedHrefs()).toEqual(['trueconf:\\c\\4321']));
    expect(probeRegexSpeed).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [RULE_VERDICTS_KEY]: { [ruleVerdictKey(room)]: { safe: true } },
    });
  });
});
