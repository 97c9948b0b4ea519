// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { judgeRule, ruleVerdictKey } from '../detect';
import { probeRegexSpeed } from '../detect/regex-probes';
import { DEFAULT_SETTINGS, type RuleVerdicts, type Settings } from '../settings';
import { detectionSignature, detectOptionsFor } from './detect-options';

vi.mock('../detect/regex-probes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../detect/regex-probes')>();
  return { ...actual, probeRegexSpeed: vi.fn(actual.probeRegexSpeed) };
});

const room = {
  id: 'room',
  pattern: 'Room (\\d{4})',
  flags: '',
  hrefTemplate: 'trueconf:\\c\\$1',
  sites: [],
};
const slow = { ...room, id: 'slow', pattern: '(a+)+$' };
/** Passes the static check; only the timed probes find it slow. */
const quadratic = { ...room, id: 'quadratic', pattern: '(?:foo)+-(x)' };

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  knownServers: ['tc.acme.example'],
  customRules: [room, { ...room, id: 'intranet', sites: ['intranet.example'] }, slow, quadratic],
};

/** What the options page or the background remembered for these rules. */
function judged(...rules: Settings['customRules']): RuleVerdicts {
  return Object.fromEntries(rules.map((rule) => [ruleVerdictKey(rule), judgeRule(rule)]));
}

const ids = (verdicts: RuleVerdicts, host: string): string[] =>
  detectOptionsFor(settings, verdicts, document, host).customRules.map((rule) => rule.id);

describe('detectOptionsFor', () => {
  it('takes the rules for this site and silently leaves out those the detector refuses', () => {
    const [, intranet] = settings.customRules;
    const verdicts: RuleVerdicts = {
      ...judged(room, intranet ?? room, slow),
      // The timed probe's refusal, given rather than timed: on a fast or busy machine the wall
      // clock decides it either way, and what is under test is that a refused rule is left out.
      [ruleVerdictKey(quadratic)]: { safe: false, refusal: { code: 'slow' } },
    };
    expect(ids(verdicts, 'www.intranet.example')).toEqual(['room', 'intranet']);
    expect(ids(verdicts, 'elsewhere.example')).toEqual(['room']);
  });

  it('uses a rule only once its verdict says safe, and never times a pattern itself', () => {
    vi.mocked(probeRegexSpeed).mockClear();
    expect(ids({}, 'elsewhere.example')).toEqual([]);
    // A verdict claiming a slow pattern safe is believed: verdicts come only from extension
    // storage, which pages cannot write.
    expect(ids({ [ruleVerdictKey(quadratic)]: { safe: true } }, 'elsewhere.example')).toEqual([
      'quadratic',
    ]);
    expect(ids({ [ruleVerdictKey(room)]: { safe: true } }, 'elsewhere.example')).toEqual(['room']);
    expect(probeRegexSpeed).not.toHaveBeenCalled();
  });

  it('still refuses what the cheap checks catch, whatever the verdict says', () => {
    expect(ids({ [ruleVerdictKey(slow)]: { safe: true } }, 'elsewhere.example')).toEqual([]);
  });

  it('relinks when a rule in force gets its verdict, not for verdicts on other rules', () => {
    const before = detectionSignature(settings, {});
    expect(detectionSignature(settings, judged({ ...room, pattern: 'other' }))).toBe(before);
    expect(detectionSignature(settings, judged(room))).not.toBe(before);
  });

  it('gives the page TrueConf context on a known server', () => {
    document.title = 'Welcome';
    const onHost = (host: string) =>
      detectOptionsFor(settings, {}, document, host).pageHasTrueConfContext;
    expect(onHost('tc.acme.example')).toBe(true);
    expect(onHost('elsewhere.example')).toBe(false);
  });
});
