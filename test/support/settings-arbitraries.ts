import fc from 'fast-check';
import { applyPolicy, normalizePolicy } from '../../src/settings/policy';
import { normalizeSettings } from '../../src/settings/schema';

/** Test helper: stored user settings and policies, valid entries of each key mixed with junk. */
export const rule = (id: string) => ({
  id,
  pattern: 'ROOM-\\d+',
  hrefTemplate: 'trueconf:\\c\\$0',
});

/** Values a stored field or a policy entry may hold: valid ones of each key, and junk. */
const anyValue = fc.oneof(
  fc.constantFrom(
    '',
    'video.corp.example',
    'VIDEO.corp.example',
    'not a server',
    '*.example.org',
    'app',
    'browser',
    'ask',
    true,
    false,
    0,
    null,
  ),
  fc.constant(undefined),
);
const anyList = fc.oneof(
  fc.array(anyValue, { maxLength: 4 }),
  fc.array(fc.constantFrom('r1', 'policy-1', 'bad id!').map(rule), { maxLength: 3 }),
  anyValue,
);
/** The keys a user and a policy can both set. */
const sharedKeys = {
  defaultServer: anyValue,
  knownServers: anyList,
  customRules: anyList,
  disabledSites: anyList,
  webLinks: anyValue,
  phoneCalls: anyValue,
};
export const anyUser = fc.record(
  {
    ...sharedKeys,
    version: fc.constantFrom(1, 2, 'one'),
    phoneLinks: anyValue,
    phoneTelLinks: anyValue,
  },
  { requiredKeys: [] },
);
export const anyPolicy = fc.record(
  {
    ...sharedKeys,
    locked: fc.subarray(['knownServers', 'disabledSites', 'webLinks', 'phoneCalls', 'customRules']),
  },
  { requiredKeys: [] },
);

export function effective(user: unknown, policy: unknown) {
  return applyPolicy(normalizeSettings(user), normalizePolicy(policy)).settings;
}
