import { describe, expect, it } from 'vitest';
import { parseUri } from './parse';
import { targetHidesParameters } from './hidden-parameters';

function hides(uri: string): boolean {
  const parsed = parseUri(uri);
  if (!parsed.ok) throw new Error(`${uri} does not parse`);
  return targetHidesParameters(parsed.command);
}

describe('targetHidesParameters', () => {
  it('finds an encoded & or = in a call string, in either case, and double-encoded', () => {
    expect(hides('trueconf:x%26h%3Devil.example%26login%3Dvictim%26password%3Dp%26force%3D1')).toBe(
      true,
    );
    expect(hides('trueconf:#sip:alice%26password%3dx')).toBe(true);
    expect(hides('trueconf:#sip:alice%3Dx')).toBe(true);
    expect(hides('trueconf:x%2526h%253Devil')).toBe(true);
  });

  it('leaves documented targets alone, and the query of an RTSP address', () => {
    for (const uri of [
      'trueconf:smith@video.example.com&login=user&password=a%26b',
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
      'trueconf:#sip:alice@10.0.0.5',
      'trueconf:%2B79261112233',
      'trueconf:#rtsp:%2f%2fhost%2fmy%2520cam%3Fx%3D1%26y%3D2',
    ]) {
      expect(hides(uri), uri).toBe(false);
    }
    expect(hides('trueconf:#rtsp:%2f%2fhost%2fa%3Db')).toBe(true);
  });
});
