// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { judgeRule, ruleVerdictKey } from '../detect';
import { probeRegexSpeed } from '../detect/regex-probes';
import { DEFAULT_SETTINGS, RULE_VERDICTS_KEY, SETTINGS_KEY } from '../settings';
import { IDLE_EVENT, runPageLinkifier } from './content-controller';
import type { LinkifierSeed } from './linkifier-seed';

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

function start(seed: LinkifierSeed | null = null): void {
  void runPageLinkifier(
    window,
    {
      onInvalidated: (callback) => {
        invalidate = callback;
      },
    },
    seed,
  );
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

describe("the content script and the background's seed", () => {
  /** Storage that has not answered yet (a busy browser, the policy's first read). */
  function storageNotAnswering(): void {
    const never = new Promise<never>(() => undefined);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockReturnValue(never);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(never);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(never);
  }
  afterEach(() => vi.restoreAllMocks());

  const seed: LinkifierSeed = {
    settings: { ...DEFAULT_SETTINGS, customRules: [room] },
    verdicts: { [ruleVerdictKey(room)]: { safe: true } },
    titleTemplates: { describe_joinConference: 'Join room \uE0000\uE001' },
  };

  it('links with the seed before any read of its own has answered, titles from its messages', async () => {
    storageNotAnswering();
    start(seed);
    await vi.waitFor(() => expect(linkedHrefs()).toEqual(['trueconf:\\c\\4321']));
    expect(document.querySelector('a')?.title).toBe('Join room 4321');
  });

  it('waits for its reads without one', async () => {
    storageNotAnswering();
    const idle = vi.fn();
    document.addEventListener(IDLE_EVENT, idle);
    start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(linkedHrefs()).toEqual([]);
    expect(idle).not.toHaveBeenCalled();
    document.removeEventListener(IDLE_EVENT, idle);
  });

  it('follows its own reads when they differ from the seed', async () => {
    // The user removed the rule after the background read the settings; the read answers late.
    let answer = (): void => undefined;
    const read = new Promise((resolve) => {
      answer = () => resolve({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS } });
    });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockReturnValue(read as never);
    await fakeBrowser.storage.local.set({ [RULE_VERDICTS_KEY]: seed.verdicts });
    start(seed);
    await vi.waitFor(() => expect(linkedHrefs()).toEqual(['trueconf:\\c\\4321']));
    answer();
    await vi.waitFor(() => expect(linkedHrefs()).toEqual([]));
  });
});
