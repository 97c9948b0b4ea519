import { describe, expect, it } from 'vitest';
import {
  buildUri,
  hasSignIn,
  parseUri,
  ProtocolBuildError,
  validateCommand,
  withoutPassword,
  type Command,
} from './index';

function parsed(uri: string): Command {
  const result = parseUri(uri);
  if (!result.ok) throw new Error(`${uri}: ${result.error.code}`);
  return result.command;
}

describe('hasSignIn', () => {
  it.each([
    ['trueconf:login=user&password=pswd&encrypt=1&force=1', true],
    ['trueconf:h=192.168.12.123', true],
    ['trueconf:smith&password=x', true],
    ['trueconf:smith&force=1', true],
    ['trueconf:smith&encrypt=1', false],
    ['trueconf:smith&autoclose=1', false],
    ['trueconf:smith&hx=1', false],
    ['trueconf:\\c\\1@video.example.com%23vcs&h=truevideo.example.com&login=user', true],
  ])('%s → %s', (uri, expected) => {
    expect(hasSignIn(parsed(uri))).toBe(expected);
  });
});

describe('withoutPassword', () => {
  it('drops the password and keeps the rest', () => {
    const command = parsed(
      'trueconf:\\c\\1@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1&autoclose=1',
    );
    const safe = withoutPassword(command);
    expect(buildUri(safe)).toBe(
      'trueconf:\\c\\1@video.example.com%23vcs&h=truevideo.example.com&login=user&encrypt=1&force=1&autoclose=1',
    );
    expect(command.signIn?.password).toBe('pswd');
  });

  it('drops a sign-in that held only a password, so the result still builds', () => {
    const safe = withoutPassword(parsed('trueconf:smith&password=pswd'));
    expect(safe.signIn).toBeNull();
    expect(buildUri(safe)).toBe('trueconf:smith');
  });

  it('drops the password of RTSP credentials', () => {
    const safe = withoutPassword(
      parsed('trueconf:#rtsp:%2f%2fadmin:12345@cam.example.com:554%2fs1'),
    );
    expect(buildUri(safe)).toBe('trueconf:#rtsp:%2f%2fadmin@cam.example.com:554%2fs1');
  });
});

describe('validateCommand and buildUri', () => {
  const base: Command = { target: null, signIn: null, autoclose: false, unknownParameters: [] };
  const invalid: [string, Command][] = [
    [
      'an invalid login',
      { ...base, target: { type: 'user', login: 'smith&password=x', server: null } },
    ],
    ['an invalid server', { ...base, target: { type: 'user', login: 'smith', server: 'a b' } }],
    [
      'an invalid conference ID',
      { ...base, target: { type: 'conference', id: '1&x=2', server: null } },
    ],
    [
      'a call string that is really a user',
      { ...base, target: { type: 'callString', protocol: 'other', callString: 'smith' } },
    ],
    [
      'a call string with the wrong protocol',
      { ...base, target: { type: 'callString', protocol: 'tel', callString: '#sip:a' } },
    ],
    [
      'a call string that is really a conference',
      { ...base, target: { type: 'callString', protocol: 'other', callString: '\\c\\1' } },
    ],
    [
      'an empty sign-in',
      {
        ...base,
        signIn: { server: null, login: null, password: null, encrypt: false, force: false },
      },
    ],
    [
      'an invalid sign-in server',
      {
        ...base,
        signIn: { server: 'x&y', login: null, password: null, encrypt: false, force: false },
      },
    ],
    [
      'a known name as unknown parameter',
      { ...base, unknownParameters: [{ name: 'Password', value: 'x' }] },
    ],
    ['a malformed parameter name', { ...base, unknownParameters: [{ name: 'a&b', value: 'x' }] }],
    [
      'a lone surrogate in a password',
      {
        ...base,
        signIn: { server: null, login: null, password: '\ud800', encrypt: false, force: false },
      },
    ],
    ['a malformed shape', { ...base, autoclose: 'yes' } as unknown as Command],
  ];

  it.each(invalid)('refuses %s, and buildUri throws instead of writing it', (_name, command) => {
    expect(validateCommand(command)).not.toBeNull();
    expect(() => buildUri(command)).toThrow(ProtocolBuildError);
  });

  it('encodes every value, so no value adds a parameter', () => {
    const uri = buildUri({
      target: { type: 'callString', protocol: 'sip', callString: '#sip:a&login=evil' },
      signIn: { server: null, login: 'user', password: 'x&force=1#y', encrypt: true, force: false },
      autoclose: false,
      unknownParameters: [{ name: 'note', value: '&autoclose=1' }],
    });
    expect(uri).toBe(
      'trueconf:#sip:a%26login%3Devil&login=user&password=x%26force%3D1%23y&encrypt=1&note=%26autoclose%3D1',
    );
  });
});
