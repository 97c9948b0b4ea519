import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadRuleVerdicts, rememberedVerdictOf } from '../settings';
import { keepRuleVerdicts } from './rule-verdicts';

const corporate = { pattern: 'Corp-(\\d{6})', flags: '', hrefTemplate: 'trueconf:\\c\\$1' };

beforeEach(() => {
  fakeBrowser.reset();
});

async function verdictOnCorporateRule() {
  return rememberedVerdictOf(await loadRuleVerdicts(), corporate);
}

describe('keepRuleVerdicts', () => {
  it('judges a rule that arrives by policy, without the options page', async () => {
    const stop = keepRuleVerdicts();
    await fakeBrowser.storage.managed.set({ customRules: [corporate] });
    await expect.poll(verdictOnCorporateRule).toEqual({ safe: true });
    stop();
  });

  it('judges the rules already in force when the background starts', async () => {
    await fakeBrowser.storage.managed.set({ customRules: [corporate] });
    const stop = keepRuleVerdicts();
    await expect.poll(verdictOnCorporateRule).toEqual({ safe: true });
    stop();
  });
});
