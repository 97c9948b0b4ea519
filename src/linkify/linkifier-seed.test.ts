import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyPolicy, anyUser, effective } from '../../test/support/settings-arbitraries';
import { DEFAULT_SETTINGS } from '../settings';
import { plantLinkifierSeed, takeLinkifierSeed } from './linkifier-seed';

/** What a seed goes through on its way: the argument of `scripting.executeScript` is JSON. */
function plantedIn(scope: Record<string, unknown>, seed: unknown): void {
  const planted = JSON.parse(JSON.stringify(seed)) as unknown;
  plantLinkifierSeed.call(null, planted);
  scope.trueconfLinkifierSeed = (globalThis as Record<string, unknown>).trueconfLinkifierSeed;
  delete (globalThis as Record<string, unknown>).trueconfLinkifierSeed;
}

describe('the seed the background hands the linkifier', () => {
  it('arrives as the settings the background read, whatever the settings and policy', () => {
    fc.assert(
      fc.property(anyUser, anyPolicy, (user, policy) => {
        const settings = effective(user, policy);
        const scope: Record<string, unknown> = {};
        plantedIn(scope, { settings, verdicts: {}, titleTemplates: {} });
        // Equal settings: the linkifier's own read afterwards changes nothing on the page.
        expect(takeLinkifierSeed(scope)?.settings).toEqual(settings);
      }),
      { numRuns: 500 },
    );
  });

  it('is taken once: a second linkifier start reads for itself', () => {
    const scope: Record<string, unknown> = {};
    plantedIn(scope, { settings: DEFAULT_SETTINGS, verdicts: {}, titleTemplates: {} });
    expect(takeLinkifierSeed(scope)).not.toBeNull();
    expect(takeLinkifierSeed(scope)).toBeNull();
  });

  it('is checked like stored data: junk is no seed or falls back to defaults', () => {
    expect(takeLinkifierSeed({})).toBeNull();
    expect(takeLinkifierSeed({ trueconfLinkifierSeed: 'x' })).toBeNull();
    expect(takeLinkifierSeed({ trueconfLinkifierSeed: { settings: null } })).toBeNull();
    const seed = takeLinkifierSeed({
      trueconfLinkifierSeed: {
        settings: { knownServers: 'not a list', linkStyle: 42 },
        verdicts: { someRule: { safe: 'yes' }, other: { safe: true } },
        titleTemplates: { describe_launch: 7 },
      },
    });
    expect(seed?.settings.knownServers).toEqual(DEFAULT_SETTINGS.knownServers);
    expect(seed?.settings.linkStyle).toEqual(DEFAULT_SETTINGS.linkStyle);
    expect(seed?.verdicts).toEqual({ other: { safe: true } });
    expect(seed?.titleTemplates).toEqual({});
  });

  it('is planted by a function that uses nothing outside its own body', () => {
    // executeScript sends the function as source text into the frame's world: run it in a
    // context of its own, where nothing of this module exists.
    const world = runInNewContext(
      `(${plantLinkifierSeed.toString()})({ marker: 1 }); globalThis.trueconfLinkifierSeed`,
    ) as unknown;
    expect(world).toEqual({ marker: 1 });
  });
});
