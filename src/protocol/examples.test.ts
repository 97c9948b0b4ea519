import { describe, expect, it } from 'vitest';
import {
  buildUri,
  canonicalizeFoundUri,
  parseUri,
  type Command,
  type SignIn,
  type Target,
} from './index';

function command(target: Target | null, extra: Partial<Command> = {}): Command {
  return { target, signIn: null, autoclose: false, unknownParameters: [], ...extra };
}

function signIn(fields: Partial<SignIn>): SignIn {
  return { server: null, login: null, password: null, encrypt: false, force: false, ...fields };
}

interface Row {
  uri: string;
  command: Command;
  /** `buildUri(command)`; defaults to `uri`. */
  built?: string;
  /** `canonicalizeFoundUri(uri)`; defaults to `uri`. */
  canonical?: string;
}

/** Every example of protocol.md, "Commands". */
const PROTOCOL_EXAMPLES: Row[] = [
  { uri: 'trueconf:', command: command(null) },
  {
    uri: 'trueconf:login=user&password=pswd&encrypt=1&force=1',
    command: command(null, {
      signIn: signIn({ login: 'user', password: 'pswd', encrypt: true, force: true }),
    }),
  },
  {
    uri: 'trueconf:h=192.168.12.123&login=user&password=pswd&encrypt=1&force=1',
    command: command(null, {
      signIn: signIn({
        server: '192.168.12.123',
        login: 'user',
        password: 'pswd',
        encrypt: true,
        force: true,
      }),
    }),
  },
  { uri: 'trueconf:smith', command: command({ type: 'user', login: 'smith', server: null }) },
  {
    uri: 'trueconf:smith@conf.company.com',
    command: command({ type: 'user', login: 'smith', server: 'conf.company.com' }),
  },
  {
    uri: 'trueconf:#sip:alice@10.0.0.5',
    command: command({ type: 'callString', protocol: 'sip', callString: '#sip:alice@10.0.0.5' }),
  },
  {
    uri: 'trueconf:#h323:10.0.0.9',
    command: command({ type: 'callString', protocol: 'h323', callString: '#h323:10.0.0.9' }),
  },
  {
    uri: 'trueconf:#tel:89261112233',
    command: command({ type: 'callString', protocol: 'tel', callString: '#tel:89261112233' }),
  },
  {
    uri: 'trueconf:#rtsp:%2f%2fdomainn.company.com:554',
    command: command({ type: 'rtsp', address: '//domainn.company.com:554' }),
  },
  {
    uri: 'trueconf:\\c\\4154248070',
    command: command({ type: 'conference', id: '4154248070', server: null }),
  },
  {
    uri: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
    command: command({ type: 'conference', id: '4154248070', server: 'video.example.com' }),
  },
  {
    uri: 'trueconf:smith&conftype=hotquery',
    command: command({ type: 'moderatorConference', login: 'smith', server: null }),
  },
  {
    uri: 'trueconf:smith&autoclose=1',
    command: command({ type: 'user', login: 'smith', server: null }, { autoclose: true }),
  },
  {
    uri: 'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
    command: command(
      { type: 'conference', id: '737734033583', server: 'video.example.com' },
      {
        signIn: signIn({
          server: 'truevideo.example.com',
          login: 'user',
          password: 'pswd',
          encrypt: true,
          force: true,
        }),
      },
    ),
  },
];

const onServer = command({ type: 'conference', id: '4154248070', server: 'video.example.com' });
const onServerUri = 'trueconf:\\c\\4154248070@video.example.com%23vcs';

/** The article's `%vcs`, a raw `#vcs`, no suffix at all, and `visicall:` in any case. */
const VARIANTS: Row[] = [
  {
    uri: 'trueconf:\\c\\4154248070@video.example.com%vcs',
    command: onServer,
    built: onServerUri,
    canonical: onServerUri,
  },
  {
    uri: 'trueconf:\\c\\4154248070@video.example.com#vcs',
    command: onServer,
    built: onServerUri,
    canonical: onServerUri,
  },
  {
    uri: 'trueconf:\\c\\4154248070@video.example.com',
    command: onServer,
    built: onServerUri,
    canonical: onServerUri,
  },
  {
    uri: 'trueconf:\\c\\4154248070@video.example.com%23VCS',
    command: onServer,
    built: onServerUri,
    canonical: onServerUri,
  },
  {
    uri: 'trueconf:\\c\\4154248070@video.example.com%vcs&autoclose=1',
    command: { ...onServer, autoclose: true },
    built: `${onServerUri}&autoclose=1`,
    canonical: `${onServerUri}&autoclose=1`,
  },
  {
    uri: 'visicall:\\c\\4154248070@video.example.com%vcs',
    command: onServer,
    built: onServerUri,
    canonical: onServerUri,
  },
  {
    uri: 'visicall:\\c\\4154248070',
    command: command({ type: 'conference', id: '4154248070', server: null }),
    built: 'trueconf:\\c\\4154248070',
    canonical: 'trueconf:\\c\\4154248070',
  },
  {
    uri: 'TrueConf:smith',
    command: command({ type: 'user', login: 'smith', server: null }),
    built: 'trueconf:smith',
    canonical: 'trueconf:smith',
  },
  {
    uri: 'VISICALL:smith@conf.company.com',
    command: command({ type: 'user', login: 'smith', server: 'conf.company.com' }),
    built: 'trueconf:smith@conf.company.com',
    canonical: 'trueconf:smith@conf.company.com',
  },
  {
    // Parameters keep their order in the canonical form; build writes its own order.
    uri: 'trueconf:force=1&encrypt=1&password=pswd&login=user&h=192.168.12.123',
    command: command(null, {
      signIn: signIn({
        server: '192.168.12.123',
        login: 'user',
        password: 'pswd',
        encrypt: true,
        force: true,
      }),
    }),
    built: 'trueconf:h=192.168.12.123&login=user&password=pswd&encrypt=1&force=1',
  },
  {
    uri: 'trueconf:smith&lang=ru&autoclose=1&x.y=a%26b',
    command: command(
      { type: 'user', login: 'smith', server: null },
      {
        autoclose: true,
        unknownParameters: [
          { name: 'lang', value: 'ru' },
          { name: 'x.y', value: 'a&b' },
        ],
      },
    ),
    built: 'trueconf:smith&autoclose=1&lang=ru&x.y=a%26b',
  },
  {
    uri: 'trueconf:smith@conf.company.com&conftype=hotquery&autoclose=1',
    command: command(
      { type: 'moderatorConference', login: 'smith', server: 'conf.company.com' },
      { autoclose: true },
    ),
  },
  {
    uri: 'trueconf:#guest:Ivan%20Petrov',
    command: command({ type: 'callString', protocol: 'guest', callString: '#guest:Ivan Petrov' }),
  },
  {
    uri: 'trueconf:\\e\\1234567',
    command: command({ type: 'callString', protocol: 'e164', callString: '\\e\\1234567' }),
  },
  {
    uri: 'trueconf:%2B79261112233',
    command: command({ type: 'callString', protocol: 'other', callString: '+79261112233' }),
    built: 'trueconf:+79261112233',
  },
  {
    uri: 'trueconf:#rtsp:%2f%2fadmin:secret@cam.example.com:554%2fstream1',
    command: command({ type: 'rtsp', address: '//admin:secret@cam.example.com:554/stream1' }),
  },
  {
    uri: 'trueconf:smith@[2001:db8::1]:4307',
    command: command({ type: 'user', login: 'smith', server: '[2001:db8::1]:4307' }),
  },
  {
    uri: 'trueconf:%D0%B8%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2',
    command: command({ type: 'user', login: 'иванов', server: null }),
  },
  {
    // Raw non-ASCII as a page may write it: kept as written, built encoded.
    uri: 'trueconf:иванов@video.example.com',
    command: command({ type: 'user', login: 'иванов', server: 'video.example.com' }),
    built: 'trueconf:%D0%B8%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2@video.example.com',
  },
  {
    uri: 'trueconf:login=user&password=p%26ss%3Dw%25rd%23%20%F0%9F%98%80',
    command: command(null, { signIn: signIn({ login: 'user', password: 'p&ss=w%rd# 😀' }) }),
  },
  {
    // A stray `%` is kept as written and re-encoded when built.
    uri: 'trueconf:login=user&password=100%',
    command: command(null, { signIn: signIn({ login: 'user', password: '100%' }) }),
    built: 'trueconf:login=user&password=100%25',
  },
];

/** The URIs of detection.md's example table, as the content script hands them over. */
const DETECTION_EXAMPLES: { found: string; href: string }[] = [
  { found: 'trueconf:smith@conf.company.com', href: 'trueconf:smith@conf.company.com' },
  { found: 'visicall:\\c\\4154248070', href: 'trueconf:\\c\\4154248070' },
  {
    found: 'trueconf:\\c\\4154248070@video.example.com%vcs',
    href: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
  },
  {
    found: 'trueconf:\\c\\0003172451@tc.acme.example',
    href: 'trueconf:\\c\\0003172451@tc.acme.example%23vcs',
  },
  { found: 'trueconf:\\c\\0003172451', href: 'trueconf:\\c\\0003172451' },
  { found: 'trueconf:\\c\\7461239950', href: 'trueconf:\\c\\7461239950' },
  { found: 'trueconf:ipetrov@video.acme.example', href: 'trueconf:ipetrov@video.acme.example' },
];

describe.each([
  ['protocol.md examples', PROTOCOL_EXAMPLES],
  ['variants', VARIANTS],
])('%s', (_name, rows) => {
  it.each(rows)('$uri', (row) => {
    const parsed = parseUri(row.uri);
    expect(parsed).toStrictEqual({
      ok: true,
      command: row.command,
      scheme: row.uri.toLowerCase().startsWith('visicall:') ? 'visicall' : 'trueconf',
    });
    expect(buildUri(row.command)).toBe(row.built ?? row.uri);
    expect(canonicalizeFoundUri(row.uri)).toStrictEqual({
      ok: true,
      uri: row.canonical ?? row.uri,
    });
    // The canonical form and the built form mean the same command.
    const canonical = canonicalizeFoundUri(row.uri);
    if (canonical.ok)
      expect(parseUri(canonical.uri)).toMatchObject({ ok: true, command: row.command });
  });
});

describe('detection.md examples', () => {
  it.each(DETECTION_EXAMPLES)('$found → $href', ({ found, href }) => {
    expect(canonicalizeFoundUri(found)).toStrictEqual({ ok: true, uri: href });
  });

  it('refuses the template and keeps the bare scheme a launch', () => {
    expect(parseUri('trueconf:[user]')).toStrictEqual({
      ok: false,
      error: { code: 'template-placeholder', detail: '[' },
    });
    expect(parseUri('trueconf:[user]@[server]').ok).toBe(false);
    expect(canonicalizeFoundUri('trueconf:[user]').ok).toBe(false);
    expect(parseUri('trueconf:')).toMatchObject({ ok: true, command: { target: null } });
  });
});
