import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, encodeValue } from './encode';
import {
  buildUri,
  canonicalizeFoundCommand,
  canonicalizeFoundUri,
  classify,
  commandForKind,
  describeCommand,
  hasSignIn,
  parseUri,
  ProtocolBuildError,
  validateCommand,
  withoutPassword,
  type Command,
  type InputKind,
  type SignIn,
  type Target,
  type UnknownParameter,
} from './index';

/** `PROTOCOL_FC_RUNS=20000 npx vitest run src/protocol` for a deeper search. */
const RUNS = Number(process.env.PROTOCOL_FC_RUNS ?? 500);
const TIMEOUT_MS = Math.max(5000, RUNS * 20);

/** fast-check records have no prototype; a command is JSON data, so compare it as JSON would give it. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const LOGIN_FIRST = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éжЖßπ٣'];
const LOGIN_REST = [...LOGIN_FIRST, '.', '_', '-'];

const loginArb = fc
  .tuple(
    fc.constantFrom(...LOGIN_FIRST),
    fc.array(fc.constantFrom(...LOGIN_REST), { maxLength: 63 }),
  )
  .map(([first, rest]) => first + rest.join(''));

const labelArb = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const hostNameArb = fc
  .tuple(
    fc.array(labelArb, { maxLength: 3 }),
    fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9-]{0,8}[a-zA-Z]$/),
  )
  .map(([labels, top]) => [...labels, top].join('.'));
const ipv4Arb = fc.ipV4();
const ipv6Arb = fc.ipV6().map((address) => `[${address}]`);
const portArb = fc.integer({ min: 1, max: 65535 }).map(String);
const serverArb = fc
  .tuple(fc.oneof(hostNameArb, ipv4Arb, ipv6Arb), fc.option(portArb, { nil: null }))
  .map(([host, port]) => (port === null ? host : `${host}:${port}`));
const conferenceIdArb = fc.stringMatching(/^[A-Za-z0-9_]{1,128}$/);

/** Values full of what could break a URI: separators, escapes, spaces, non-ASCII, emoji. */
const NASTY_PIECES = [
  '&',
  '=',
  '%',
  '#',
  '?',
  ' ',
  '+',
  '%2f',
  '%23vcs',
  '%zz',
  '@',
  ':',
  '\\',
  '/',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '"',
  '`',
  "'",
  '\n',
  '\t',
  'é',
  'ж',
  '😀',
  '👨‍👩‍👧',
  'a',
  'Z',
  '0',
  'login=x',
  '&password=',
  '\u0000',
  '\u200b',
];
const nastyArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NASTY_PIECES) }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }).filter((text) => text.isWellFormed()),
);
const visibleNastyArb = nastyArb.filter((text) => !/[\p{Cc}\p{Cf}]/u.test(text));

const rtspAddressArb = fc
  .tuple(
    fc.option(fc.stringMatching(/^[A-Za-z0-9._~-]{1,8}(?::[A-Za-z0-9._~!$&'()*+,;=-]{0,8})?$/), {
      nil: null,
    }),
    serverArb,
    fc.stringMatching(
      /^(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@%]{0,10}){0,3}(?:\?[A-Za-z0-9=&%]{0,10})?$/,
    ),
  )
  .map(
    ([userinfo, server, path]) => `//${userinfo === null ? '' : `${userinfo}@`}${server}${path}`,
  );

const callStringArb = fc
  .tuple(
    fc.constantFrom('#sip:', '#h323:', '#tel:', '#guest:', '\\e\\', '#SIP:', '#skype:', ''),
    visibleNastyArb,
  )
  .map(([prefix, rest]) => prefix + rest);

const targetArb: fc.Arbitrary<Target> = fc.oneof(
  fc.record({
    type: fc.constant('user' as const),
    login: loginArb,
    server: fc.option(serverArb, { nil: null }),
  }),
  fc.record({
    type: fc.constant('moderatorConference' as const),
    login: loginArb,
    server: fc.option(serverArb, { nil: null }),
  }),
  fc.record({
    type: fc.constant('conference' as const),
    id: conferenceIdArb,
    server: fc.option(serverArb, { nil: null }),
  }),
  fc.record({ type: fc.constant('rtsp' as const), address: rtspAddressArb }),
  callStringArb.map((callString): Target => {
    const reading = parseUri(`trueconf:${encodeValue(callString)}`);
    // Let the library say which protocol it is; validation below drops what is not a call string.
    const protocol =
      reading.ok && reading.command.target?.type === 'callString'
        ? reading.command.target.protocol
        : 'other';
    return { type: 'callString', protocol, callString };
  }),
);

const signInArb: fc.Arbitrary<SignIn> = fc.record({
  server: fc.option(serverArb, { nil: null }),
  login: fc.option(
    fc.oneof(
      loginArb,
      fc.tuple(loginArb, serverArb).map(([login, server]) => `${login}@${server}`),
    ),
    { nil: null },
  ),
  password: fc.option(nastyArb, { nil: null }),
  encrypt: fc.boolean(),
  force: fc.boolean(),
});

const unknownParameterArb: fc.Arbitrary<UnknownParameter> = fc.record({
  name: fc
    .stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,10}$/)
    .filter(
      (name) =>
        !['conftype', 'h', 'login', 'password', 'encrypt', 'force', 'autoclose'].includes(
          name.toLowerCase(),
        ),
    ),
  value: nastyArb,
});

const commandArb: fc.Arbitrary<Command> = fc
  .record({
    target: fc.option(targetArb, { nil: null }),
    signIn: fc.option(signInArb, { nil: null }),
    autoclose: fc.boolean(),
    unknownParameters: fc.array(unknownParameterArb, { maxLength: 3 }),
  })
  .map(plain)
  .filter((command) => validateCommand(command) === null);

/** The parameter names of a built URI, read with nothing but string splitting. */
function parameterNames(uri: string): string[] {
  const segments = uri.slice('trueconf:'.length).split('&');
  const [first = ''] = segments;
  const parameters = first.includes('=') ? segments : segments.slice(1);
  return parameters
    .filter((segment) => segment !== '')
    .map((segment) => segment.split('=')[0] ?? '');
}

function expectedParameterNames(command: Command): string[] {
  const names: string[] = [];
  if (command.target?.type === 'moderatorConference') names.push('conftype');
  const signIn = command.signIn;
  if (signIn) {
    if (signIn.server !== null) names.push('h');
    if (signIn.login !== null) names.push('login');
    if (signIn.password !== null) names.push('password');
    if (signIn.encrypt) names.push('encrypt');
    if (signIn.force) names.push('force');
  }
  if (command.autoclose) names.push('autoclose');
  return [...names, ...command.unknownParameters.map(({ name }) => name)];
}

describe('round trip', () => {
  it(
    'parseUri(buildUri(c)) deep-equals c',
    () => {
      fc.assert(
        fc.property(commandArb, (command) => {
          const uri = buildUri(command);
          expect(parseUri(uri)).toStrictEqual({ ok: true, command, scheme: 'trueconf' });
          expect(canonicalizeFoundUri(uri)).toStrictEqual({ ok: true, uri });
        }),
        { numRuns: RUNS * 4 },
      );
    },
    TIMEOUT_MS,
  );

  it('generates every target type often enough to mean something', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(commandArb, (command) => {
        seen.add(command.target?.type ?? 'none');
      }),
      { numRuns: RUNS },
    );
    expect([...seen].sort()).toStrictEqual(
      ['callString', 'conference', 'moderatorConference', 'none', 'rtsp', 'user'].sort(),
    );
  });

  it(
    'decodeText leaves text without a percent sign as it is',
    () => {
      fc.assert(
        fc.property(nastyArb, (value) => {
          const plain = value.replaceAll('%', '');
          expect(decodeText(plain)).toBe(plain);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'decodeText(encodeValue(s)) === s',
    () => {
      fc.assert(
        fc.property(nastyArb, (value) => {
          expect(decodeText(encodeValue(value))).toBe(value);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'withoutPassword always builds, and never keeps the password',
    () => {
      fc.assert(
        fc.property(commandArb, (command) => {
          const safe = withoutPassword(command);
          expect(safe.signIn?.password ?? null).toBeNull();
          const uri = buildUri(safe);
          expect(parameterNames(uri)).not.toContain('password');
          // A NUL can be in no login, server or call string, so the marker shows only if leaked.
          const secret = 'secret\u0000';
          const withSecret = command.signIn
            ? { ...command, signIn: { ...command.signIn, password: secret } }
            : command;
          expect(describeCommand(withSecret).substitutions.join(' ')).not.toContain(secret);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe('no value can add or change a parameter', () => {
  const anyText = fc.oneof(
    nastyArb,
    fc.constantFrom('smith&password=x', 'a=b', '\\c\\1&autoclose=1', '#sip:x&h=evil'),
  );
  const anyTarget: fc.Arbitrary<Target> = fc.oneof(
    fc.record({
      type: fc.constant('user' as const),
      login: anyText,
      server: fc.option(anyText, { nil: null }),
    }),
    fc.record({
      type: fc.constant('moderatorConference' as const),
      login: anyText,
      server: fc.option(anyText, { nil: null }),
    }),
    fc.record({
      type: fc.constant('conference' as const),
      id: anyText,
      server: fc.option(anyText, { nil: null }),
    }),
    fc.record({ type: fc.constant('rtsp' as const), address: anyText }),
    fc.record({
      type: fc.constant('callString' as const),
      protocol: fc.constantFrom(
        'sip' as const,
        'h323' as const,
        'tel' as const,
        'guest' as const,
        'e164' as const,
        'other' as const,
      ),
      callString: anyText,
    }),
  );
  const anyCommand: fc.Arbitrary<Command> = fc
    .record({
      target: fc.option(fc.oneof(anyTarget, targetArb), { nil: null }),
      signIn: fc.option(
        fc.record({
          server: fc.option(fc.oneof(anyText, serverArb), { nil: null }),
          login: fc.option(fc.oneof(anyText, loginArb), { nil: null }),
          password: fc.option(anyText, { nil: null }),
          encrypt: fc.boolean(),
          force: fc.boolean(),
        }),
        { nil: null },
      ),
      autoclose: fc.boolean(),
      unknownParameters: fc.array(
        fc.record({
          name: fc.oneof(
            anyText,
            unknownParameterArb.map(({ name }) => name),
          ),
          value: anyText,
        }),
        { maxLength: 2 },
      ),
    })
    .map(plain);

  it(
    'buildUri writes exactly the parameters of the command, or throws',
    () => {
      fc.assert(
        fc.property(anyCommand, (command) => {
          if (validateCommand(command) !== null) {
            expect(() => buildUri(command)).toThrow(ProtocolBuildError);
            return;
          }
          const uri = buildUri(command);
          expect(parameterNames(uri)).toStrictEqual(expectedParameterNames(command));
          expect(parseUri(uri)).toStrictEqual({ ok: true, command, scheme: 'trueconf' });
        }),
        { numRuns: RUNS * 4 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'classify never yields a parameter that is not in the text',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const result = classify(text);
          if (!result.ok || result.kind === 'trueconfUri') return;
          const names = parameterNames(result.uri);
          expect(names.filter((name) => name !== 'conftype')).toStrictEqual([]);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('never throws', () => {
  const inputs = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom(
        ...NASTY_PIECES,
        '\\c\\',
        'trueconf:',
        'visicall:',
        'https://',
        'rtsp://',
        '#rtsp:',
        '/c/',
        '.',
        '1',
        '%23',
      ),
    }),
  );
  const withSchemes = fc.oneof(
    inputs,
    inputs.map((text) => `trueconf:${text}`),
    inputs.map((text) => `VisiCall:${text}`),
    inputs.map((text) => `https://video.example.com/c/${text}`),
    inputs.map((text) => `rtsp://${text}`),
  );
  const kinds: InputKind[] = [
    'login',
    'trueconfId',
    'moderatorConference',
    'conference',
    'conferenceId',
    'webConferenceLink',
    'rtspUrl',
    'trueconfUri',
    'callString',
  ];

  it(
    'parseUri and canonicalizeFoundUri: a result, and an accepted URI is stable',
    () => {
      fc.assert(
        fc.property(withSchemes, (text) => {
          const parsed = parseUri(text);
          const canonical = canonicalizeFoundUri(text);
          expect(canonical.ok).toBe(parsed.ok);
          if (!parsed.ok || !canonical.ok) return;
          expect(validateCommand(parsed.command)).toBeNull();
          const rebuilt = buildUri(parsed.command);
          expect(parseUri(rebuilt)).toStrictEqual({
            ok: true,
            command: parsed.command,
            scheme: 'trueconf',
          });
          expect(parseUri(canonical.uri)).toStrictEqual({
            ok: true,
            command: parsed.command,
            scheme: 'trueconf',
          });
          expect(canonicalizeFoundUri(canonical.uri)).toStrictEqual(canonical);
          // Detection takes the command from here instead of parsing the canonical URI again.
          expect(canonicalizeFoundCommand(text)).toStrictEqual({
            ok: true,
            uri: canonical.uri,
            command: parsed.command,
          });
          expect(typeof describeCommand(parsed.command).key).toBe('string');
          expect(typeof hasSignIn(parsed.command)).toBe('boolean');
        }),
        { numRuns: RUNS * 4 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'classify and commandForKind: a result whose URI parses to its command',
    () => {
      fc.assert(
        fc.property(withSchemes, fc.constantFrom(...kinds), (text, kind) => {
          for (const result of [classify(text), commandForKind(text, kind)]) {
            if (!result.ok) continue;
            const parsed = parseUri(result.uri);
            expect(parsed).toMatchObject({ ok: true, command: result.command });
          }
        }),
        { numRuns: RUNS * 4 },
      );
    },
    TIMEOUT_MS,
  );
});
