import { describe, expect, it } from 'vitest';
import { classify, commandForKind, describeError, type ErrorCode, type InputKind } from './index';

interface Accepted {
  text: string;
  kind: InputKind;
  uri: string;
  alternatives?: InputKind[];
}

const ACCEPTED: Accepted[] = [
  { text: 'smith', kind: 'login', uri: 'trueconf:smith', alternatives: ['moderatorConference'] },
  {
    text: '  smith\n',
    kind: 'login',
    uri: 'trueconf:smith',
    alternatives: ['moderatorConference'],
  },
  {
    text: 'i.petrov',
    kind: 'login',
    uri: 'trueconf:i.petrov',
    alternatives: ['moderatorConference'],
  },
  {
    text: 'иванов',
    kind: 'login',
    uri: 'trueconf:%D0%B8%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2',
    alternatives: ['moderatorConference'],
  },
  {
    text: '12345',
    kind: 'login',
    uri: 'trueconf:12345',
    alternatives: ['moderatorConference', 'conferenceId'],
  },
  {
    text: 'smith@conf.company.com',
    kind: 'trueconfId',
    uri: 'trueconf:smith@conf.company.com',
    alternatives: ['moderatorConference'],
  },
  {
    text: '\tipetrov@video.acme.example ',
    kind: 'trueconfId',
    uri: 'trueconf:ipetrov@video.acme.example',
    alternatives: ['moderatorConference'],
  },
  {
    text: 'smith@[2001:db8::1]:4307',
    kind: 'trueconfId',
    uri: 'trueconf:smith@[2001:db8::1]:4307',
    alternatives: ['moderatorConference'],
  },
  { text: '\\c\\4154248070', kind: 'conference', uri: 'trueconf:\\c\\4154248070' },
  {
    text: '\\c\\4154248070@video.example.com',
    kind: 'conference',
    uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
  },
  {
    text: ' \\c\\4154248070@video.example.com#vcs ',
    kind: 'conference',
    uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
  },
  {
    text: '\\c\\4154248070@video.example.com%23vcs',
    kind: 'conference',
    uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
  },
  {
    text: '\\c\\4154248070@video.example.com%vcs',
    kind: 'conference',
    uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
  },
  {
    text: '4154248070',
    kind: 'conferenceId',
    uri: 'trueconf:\\c\\4154248070',
    alternatives: ['login', 'moderatorConference'],
  },
  {
    text: ' 0003172451 ',
    kind: 'conferenceId',
    uri: 'trueconf:\\c\\0003172451',
    alternatives: ['login', 'moderatorConference'],
  },
  {
    text: 'https://video.example.com/c/4154248070',
    kind: 'webConferenceLink',
    uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
  },
  {
    text: 'HTTP://Video.Example.com:8080/c/4154248070/?lang=en#top',
    kind: 'webConferenceLink',
    uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
  },
  {
    text: 'rtsp://cam.example.com:554/live/1',
    kind: 'rtspUrl',
    uri: 'trueconf:#rtsp:%2f%2fcam.example.com:554%2flive%2f1',
  },
  { text: 'trueconf:smith', kind: 'trueconfUri', uri: 'trueconf:smith' },
  { text: ' Visicall:\\c\\4154248070 ', kind: 'trueconfUri', uri: 'trueconf:\\c\\4154248070' },
  {
    text: 'trueconf:\\c\\4154248070@video.example.com%vcs&autoclose=1',
    kind: 'trueconfUri',
    uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs&autoclose=1',
  },
  { text: 'trueconf:', kind: 'trueconfUri', uri: 'trueconf:' },
  { text: '#sip:alice@10.0.0.5', kind: 'callString', uri: 'trueconf:#sip:alice@10.0.0.5' },
  { text: '#h323:10.0.0.9', kind: 'callString', uri: 'trueconf:#h323:10.0.0.9' },
  { text: '#tel:+79261112233', kind: 'callString', uri: 'trueconf:#tel:+79261112233' },
  { text: '#guest:Ivan', kind: 'callString', uri: 'trueconf:#guest:Ivan' },
  { text: '\\e\\1234567', kind: 'callString', uri: 'trueconf:\\e\\1234567' },
  {
    text: '#rtsp:%2f%2fdomainn.company.com:554',
    kind: 'callString',
    uri: 'trueconf:#rtsp:%2f%2fdomainn.company.com:554',
  },
  {
    // Typed as plain text, so `&` is part of the call string, not a new parameter.
    text: '#sip:alice&password=x',
    kind: 'callString',
    uri: 'trueconf:#sip:alice%26password%3Dx',
  },
];

describe('classify accepts', () => {
  it.each(ACCEPTED)('$text → $kind', ({ text, kind, uri, alternatives = [] }) => {
    const result = classify(text);
    expect(result).toMatchObject({ ok: true, kind, uri, alternatives });
  });

  it('reports the server of a web conference link, known or not', () => {
    expect(classify('https://evil.example/c/x')).toMatchObject({
      ok: true,
      kind: 'webConferenceLink',
      uri: 'trueconf:\\c\\x@evil.example%23vcs',
      webLink: { server: 'evil.example', isKnownServer: null },
    });
    expect(
      classify('https://evil.example/c/x', { knownServers: ['video.example.com'] }),
    ).toMatchObject({ ok: true, webLink: { server: 'evil.example', isKnownServer: false } });
    expect(
      classify('https://VIDEO.example.com/c/1', { knownServers: ['video.example.com:4307'] }),
    ).toMatchObject({ ok: true, webLink: { server: 'video.example.com', isKnownServer: true } });
  });
});

describe('classify refuses', () => {
  const refusals: [string, ErrorCode, string?][] = [
    ['', 'empty'],
    ['   \n', 'empty'],
    ['smith&password=x', 'invalid-login', '&'],
    ['smith&conftype=hotquery', 'invalid-login', '&'],
    ['a b', 'invalid-login', ' '],
    ['smith?', 'invalid-login', '?'],
    ['.smith', 'invalid-login'],
    ['x'.repeat(65), 'invalid-login'],
    ['trueconf:[user]', 'template-placeholder', '['],
    ['trueconf:smith&autoclose=2', 'invalid-parameter', 'autoclose'],
    ['\\c\\', 'invalid-conference-id'],
    ['\\c\\12 34', 'invalid-conference-id', ' '],
    ['\\c\\1234@', 'invalid-server', ''],
    ['@server', 'invalid-login'],
    ['@video.example.com', 'invalid-login'],
    ['smith@', 'invalid-server', ''],
    ['smith@999.1.1.1', 'invalid-server', '999.1.1.1'],
    ['john..doe@@example.com', 'invalid-server', '@example.com'],
    ['john@example..com', 'invalid-server', 'example..com'],
    ['john doe@example.com', 'invalid-login', ' '],
    ['<john@example.com>', 'invalid-login', '<'],
    ['"John" <john@example.com>', 'invalid-login', '"'],
    ['john@example.com, jane@example.com', 'invalid-server', 'example.com, jane@example.com'],
    ['mailto:john@example.com', 'unsupported-scheme', 'mailto:'],
    ['javascript:alert(1)', 'unsupported-scheme', 'javascript:'],
    ['data:text/html,x', 'unsupported-scheme', 'data:'],
    ['sip:alice@example.com', 'unsupported-scheme', 'sip:'],
    ['https://video.example.com/', 'unsupported-web-link'],
    ['https://video.example.com/c/', 'unsupported-web-link'],
    ['https://video.example.com/c/1/extra', 'unsupported-web-link'],
    ['https://user@video.example.com/c/1', 'unsupported-web-link'],
    ['https://999.1.1.1/c/1', 'invalid-server', '999.1.1.1'],
    ['https://video.example.com/c/a-b', 'invalid-conference-id'],
    ['rtsp://', 'invalid-rtsp'],
    ['rtsp://cam example/x', 'invalid-rtsp'],
    ['#rtsp:host', 'invalid-rtsp'],
    ['#sip:', 'invalid-call-string'],
    ['#tel:8 926 111 22 33', 'forbidden-character', ' '],
    ['#hello', 'unrecognised'],
    ['\\x\\1', 'unrecognised'],
    ['1'.repeat(129), 'invalid-conference-id'],
    ['video.example.com:4307', 'invalid-login', ':'],
  ];

  it.each(refusals)('%j → %s', (text, code, detail) => {
    const result = classify(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    if (detail !== undefined) expect(result.error.detail).toBe(detail);
  });

  it('explains `smith&password=x` in plain words', () => {
    const result = classify('smith&password=x');
    if (result.ok) throw new Error('accepted');
    expect(describeError(result.error)).toStrictEqual({
      key: 'error_invalid_login_character',
      substitutions: ['&'],
    });
    const spaced = classify('a b');
    if (spaced.ok) throw new Error('accepted');
    expect(describeError(spaced.error)).toStrictEqual({
      key: 'error_whitespace',
      substitutions: [],
    });
  });
});

describe('commandForKind', () => {
  it('reads a login as the moderator’s conference', () => {
    expect(commandForKind('smith', 'moderatorConference')).toMatchObject({
      ok: true,
      kind: 'moderatorConference',
      uri: 'trueconf:smith&conftype=hotquery',
      alternatives: ['login'],
    });
    expect(commandForKind('smith@conf.company.com', 'moderatorConference')).toMatchObject({
      ok: true,
      uri: 'trueconf:smith@conf.company.com&conftype=hotquery',
      alternatives: ['trueconfId'],
    });
  });

  it('reads a long number as a login or a short one as a conference', () => {
    expect(commandForKind(' 4154248070 ', 'login')).toMatchObject({
      ok: true,
      kind: 'login',
      uri: 'trueconf:4154248070',
      alternatives: ['conferenceId', 'moderatorConference'],
    });
    expect(commandForKind('12345', 'conferenceId')).toMatchObject({
      ok: true,
      uri: 'trueconf:\\c\\12345',
    });
  });

  it('returns the primary reading unchanged and refuses readings that do not apply', () => {
    expect(commandForKind('smith', 'login')).toStrictEqual(classify('smith'));
    expect(commandForKind('smith', 'conferenceId')).toMatchObject({
      ok: false,
      error: { code: 'unrecognised' },
    });
    expect(commandForKind('a b', 'login')).toMatchObject({
      ok: false,
      error: { code: 'invalid-login' },
    });
  });
});
