import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RULE_CHECKER_VERSION, ruleVerdictKey } from '../detect';
import { probeRegexSpeed } from '../detect/regex-probes';
import {
  loadRuleVerdicts,
  rememberedVerdictOf,
  rememberRuleVerdicts,
  rememberVerdictsOfRulesInForce,
  RULE_VERDICTS_KEY,
} from './rule-verdicts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from './index';

vi.mock('../detect/regex-probes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../detect/regex-probes')>();
  return { ...actual, probeRegexSpeed: vi.fn(actual.probeRegexSpeed) };
});

/** Each test uses patterns of its own: the probes' results are also kept per page. */
function rule(pattern: string, id = 'rule-1') {
  return { id, pattern, flags: '', hrefTemplate: 'trueconf:\\c\\$1', sites: [] };
}

async function storedVerdicts(): Promise<Record<string, unknown>> {
  const stored = await fakeBrowser.storage.local.get(RULE_VERDICTS_KEY);
  return (stored[RULE_VERDICTS_KEY] ?? {}) as Record<string, unknown>;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(probeRegexSpeed).mockClear();
});

describe('remembered rule verdicts', () => {
  it('are computed once per rule and reused, with no write when nothing is new', async () => {
    const room = rule('Room (\\d{4})');
    await rememberRuleVerdicts([room]);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await rememberRuleVerdicts([room, { ...room, id: 'rule-2' }]);
    expect(probeRegexSpeed).toHaveBeenCalledTimes(1);
    expect(set).not.toHaveBeenCalled();
    expect(rememberedVerdictOf(await loadRuleVerdicts(), room)).toEqual({ safe: true });
  });

  it('keep a refusal with its coded reason', async () => {
    const quadratic = rule('(?:foo)+-(x)');
    // The timed probe's verdict, as it comes out on any machine fast or slow: what is under test
    // is that a refusal is kept with its code, not how long the probe took (no wall clock here).
    vi.mocked(probeRegexSpeed).mockReturnValueOnce('slow');
    await rememberRuleVerdicts([quadratic]);
    expect(rememberedVerdictOf(await loadRuleVerdicts(), quadratic)).toEqual({
      safe: false,
      refusal: { code: 'slow' },
    });
  });

  it('of an older checker are not used, and are computed again and replaced', async () => {
    const room = rule('Conf (\\d{5})');
    const olderKey = JSON.stringify([RULE_CHECKER_VERSION - 1, '', room.pattern]);
    await fakeBrowser.storage.local.set({ [RULE_VERDICTS_KEY]: { [olderKey]: { safe: true } } });
    expect(rememberedVerdictOf(await loadRuleVerdicts(), room)).toBeUndefined();
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, customRules: [room] },
    });
    await rememberVerdictsOfRulesInForce();
    expect(probeRegexSpeed).toHaveBeenCalledTimes(1);
    expect(await storedVerdicts()).toEqual({ [ruleVerdictKey(room)]: { safe: true } });
  });

  it('read as no verdict when storage is corrupt, so the rule waits until judged again', async () => {
    const room = rule('Desk (\\d{6})');
    const key = ruleVerdictKey(room);
    for (const corrupt of ['safe', [{ safe: true }], { [key]: 'safe' }, { [key]: { safe: 1 } }]) {
      await fakeBrowser.storage.local.set({ [RULE_VERDICTS_KEY]: corrupt });
      expect(rememberedVerdictOf(await loadRuleVerdicts(), room)).toBeUndefined();
    }
    await rememberRuleVerdicts([room]);
    expect(rememberedVerdictOf(await loadRuleVerdicts(), room)).toEqual({ safe: true });
  });

  it('read a damaged refusal as a refusal, never as safe', async () => {
    const room = rule('Hall (\\d{4})');
    await fakeBrowser.storage.local.set({
      [RULE_VERDICTS_KEY]: { [ruleVerdictKey(room)]: { safe: false, refusal: { code: {} } } },
    });
    expect(rememberedVerdictOf(await loadRuleVerdicts(), room)).toEqual({
      safe: false,
      refusal: { code: 'unchecked' },
    });
  });

  it('cover the policy’s rules and forget rules no longer in force', async () => {
    const mine = rule('Mine (\\d{4})');
    const gone = rule('Gone (\\d{4})', 'rule-2');
    await rememberRuleVerdicts([gone]);
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, customRules: [mine] },
    });
    await fakeBrowser.storage.managed.set({
      customRules: [{ pattern: 'Corp-(\\d{6})', hrefTemplate: 'trueconf:\\c\\$1' }],
    });
    await rememberVerdictsOfRulesInForce();
    expect(await storedVerdicts()).toEqual({
      [ruleVerdictKey(mine)]: { safe: true },
      [ruleVerdictKey({ pattern: 'Corp-(\\d{6})', flags: '' })]: { safe: true },
    });
  });
});
