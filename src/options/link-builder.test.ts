import { describe, expect, it } from 'vitest';
import { parseUri } from '../protocol';
import {
  BUILDER_FIELDS,
  BUILDER_KINDS,
  buildFromInput,
  buttonSnippet,
  EMPTY_BUILDER_INPUT,
  escapeHtml,
  linkSnippet,
  type BuilderInput,
} from './link-builder';

function build(input: Partial<BuilderInput>) {
  return buildFromInput({ ...EMPTY_BUILDER_INPUT, ...input });
}

function uriOf(input: Partial<BuilderInput>): string {
  const result = build(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.uri;
}

describe('the link builder makes every command of protocol.md', () => {
  const noForce = { encrypt: true, force: false };

  it.each([
    [{ kind: 'launch' }, 'trueconf:'],
    [
      { kind: 'signIn', signInLogin: 'user', password: 'pswd', force: true },
      'trueconf:login=user&password=pswd&encrypt=1&force=1',
    ],
    [
      { kind: 'signIn', signInServer: '192.168.12.123', signInLogin: 'user', password: 'pswd' },
      'trueconf:h=192.168.12.123&login=user&password=pswd&encrypt=1&force=1',
    ],
    [{ kind: 'signIn', signInLogin: 'user', ...noForce }, 'trueconf:login=user&encrypt=1'],
    [{ kind: 'callUser', login: 'smith' }, 'trueconf:smith'],
    [
      { kind: 'callUser', login: 'smith', server: 'conf.company.com' },
      'trueconf:smith@conf.company.com',
    ],
    [{ kind: 'callString', callString: '#sip:alice@10.0.0.5' }, 'trueconf:#sip:alice@10.0.0.5'],
    [{ kind: 'callString', callString: '#tel:89261112233' }, 'trueconf:#tel:89261112233'],
    [
      { kind: 'rtsp', rtsp: 'rtsp://domainn.company.com:554' },
      'trueconf:#rtsp:%2f%2fdomainn.company.com:554',
    ],
    [
      { kind: 'rtsp', rtsp: '//domainn.company.com:554' },
      'trueconf:#rtsp:%2f%2fdomainn.company.com:554',
    ],
    [{ kind: 'conference', conferenceId: '4154248070' }, 'trueconf:\\c\\4154248070'],
    [
      { kind: 'conference', conferenceId: '4154248070', conferenceServer: 'video.example.com' },
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    ],
    [{ kind: 'moderatorConference', login: 'smith' }, 'trueconf:smith&conftype=hotquery'],
    [{ kind: 'callUser', login: 'smith', autoclose: true }, 'trueconf:smith&autoclose=1'],
    [
      {
        kind: 'conferenceWithSignIn',
        conferenceId: '737734033583',
        conferenceServer: 'video.example.com',
        signInServer: 'truevideo.example.com',
        signInLogin: 'user',
        password: 'pswd',
      },
      'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
    ],
  ] as [Partial<BuilderInput>, string][])('%o → %s', (input, expected) => {
    expect(uriOf(input)).toBe(expected);
    expect(parseUri(expected).ok).toBe(true);
  });

  it('offers every kind, each with its own fields', () => {
    expect(Object.keys(BUILDER_FIELDS).sort()).toEqual([...BUILDER_KINDS].sort());
  });

  it('encodes a password so it cannot add parameters, and it round-trips', () => {
    const password = 'p&ss=w#rd %ü';
    const uri = uriOf({ kind: 'signIn', signInLogin: 'user', password });
    expect(uri).toBe('trueconf:login=user&password=p%26ss%3Dw%23rd%20%25%C3%BC&encrypt=1&force=1');
    const parsed = parseUri(uri);
    expect(parsed.ok && parsed.command.signIn?.password).toBe(password);
  });

  it('trims pasted addresses and lower-cases servers', () => {
    expect(uriOf({ kind: 'callUser', login: ' smith ', server: ' Conf.Company.com ' })).toBe(
      'trueconf:smith@conf.company.com',
    );
  });
});

describe('the link builder says what is wrong', () => {
  it('names missing required fields and nothing is built', () => {
    const result = build({ kind: 'conferenceWithSignIn', conferenceId: '4154248070' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual([
      'conferenceServer',
      'signInServer',
      'signInLogin',
    ]);
  });

  it('points at the invalid field', () => {
    const invalid = [
      [{ kind: 'callUser', login: 'smith jones' }, 'login'],
      [{ kind: 'callUser', login: 'smith', server: 'bad server' }, 'server'],
      [{ kind: 'conference', conferenceId: '41-54' }, 'conferenceId'],
      [{ kind: 'rtsp', rtsp: 'http://camera.example.com' }, 'rtsp'],
      [{ kind: 'signIn', signInLogin: 'user', signInServer: 'a b' }, 'signInServer'],
    ] as [Partial<BuilderInput>, string][];
    for (const [input, field] of invalid) {
      const result = build(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      expect(!result.ok && result.problems[0]?.field).toBe(field);
    }
  });

  it('refuses a call string that is really a conference, rather than building a wrong link', () => {
    const result = build({ kind: 'callString', callString: '\\c\\4154248070' });
    expect(result.ok).toBe(false);
  });
});

describe('passwords in links', () => {
  it('warns whenever the link carries a password, and only then', () => {
    const withPassword = build({ kind: 'signIn', signInLogin: 'user', password: 'secret' });
    const withoutPassword = build({ kind: 'signIn', signInLogin: 'user' });
    expect(withPassword.ok && withPassword.carriesPassword).toBe(true);
    expect(withoutPassword.ok && withoutPassword.carriesPassword).toBe(false);
    expect(withoutPassword.ok && withoutPassword.uri).not.toContain('password');
    const combined = build({
      kind: 'conferenceWithSignIn',
      conferenceId: '4154248070',
      conferenceServer: 'video.example.com',
      signInServer: 'tc.example.com',
      signInLogin: 'user',
      password: ' ',
    });
    expect(combined.ok && combined.carriesPassword).toBe(true);
  });
});

describe('HTML snippets', () => {
  it('escapes everything that could end an attribute or start markup', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });

  it('writes the URI as an attribute value with & escaped, and the text as text', () => {
    const uri = uriOf({ kind: 'callUser', login: 'smith', autoclose: true });
    expect(linkSnippet(uri, 'Call <Smith> & "Co"')).toBe(
      '<a href="trueconf:smith&amp;autoclose=1">Call &lt;Smith&gt; &amp; &quot;Co&quot;</a>',
    );
  });

  it('gives the button the same escaped link, and reading it back gives the exact URI', () => {
    const uri = uriOf({
      kind: 'conferenceWithSignIn',
      conferenceId: '4154248070',
      conferenceServer: 'video.example.com',
      signInServer: 'tc.example.com',
      signInLogin: 'user',
      password: `"><script>alert(1)</script>`,
    });
    const snippet = buttonSnippet(uri, 'Join');
    expect(snippet).not.toContain('<script');
    const href = /href="([^"]*)"/.exec(snippet)?.[1] ?? '';
    const decoded = href
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(decoded).toBe(uri);
    expect(
      snippet.startsWith('<a href="trueconf:\\c\\4154248070@video.example.com%23vcs&amp;h='),
    ).toBe(true);
  });
});
