import { describe, expect, it } from 'vitest';
import { interpretInput, type Interpretation, type Reading } from './interpret';
import { adviceForInvalid } from './input-advice';

const NO_SERVERS = { knownServers: [] };

function readingsOf(interpretation: Interpretation): Reading[] {
  if (interpretation.status !== 'ready') {
    throw new Error(`expected readings, got ${JSON.stringify(interpretation)}`);
  }
  return interpretation.readings;
}

function firstUri(text: string, knownServers: string[] = []): string | undefined {
  return readingsOf(interpretInput(text, { knownServers }))[0]?.uri;
}

describe('interpretInput: one typed address', () => {
  it.each([
    ['smith', 'trueconf:smith'],
    ['  smith@conf.company.com  ', 'trueconf:smith@conf.company.com'],
    ['4154248070', 'trueconf:\\c\\4154248070'],
    ['\\c\\4154248070', 'trueconf:\\c\\4154248070'],
    ['\\c\\4154248070@video.example.com', 'trueconf:\\c\\4154248070@video.example.com%23vcs'],
    ['\\c\\4154248070@video.example.com%vcs', 'trueconf:\\c\\4154248070@video.example.com%23vcs'],
    ['\\c\\4154248070@video.example.com#vcs', 'trueconf:\\c\\4154248070@video.example.com%23vcs'],
    ['rtsp://cam.company.com:554', 'trueconf:#rtsp:%2f%2fcam.company.com:554'],
    ['#sip:alice@10.0.0.5', 'trueconf:#sip:alice@10.0.0.5'],
    ['#h323:10.0.0.9', 'trueconf:#h323:10.0.0.9'],
    ['#tel:89261112233', 'trueconf:#tel:89261112233'],
    ['trueconf:smith&conftype=hotquery', 'trueconf:smith&conftype=hotquery'],
    ['visicall:\\c\\4154248070', 'trueconf:\\c\\4154248070'],
    ['TRUECONF:smith&autoclose=1', 'trueconf:smith&autoclose=1'],
  ])('reads %s as %s', (text, uri) => {
    const interpretation = interpretInput(text, NO_SERVERS);
    expect(interpretation).toMatchObject({ status: 'ready', source: 'typed' });
    expect(readingsOf(interpretation)[0]?.uri).toBe(uri);
  });

  it('reads a web conference link as that conference on that server, and says whether the server is known', () => {
    const unknown = readingsOf(
      interpretInput('https://video.example.com/c/4154248070', NO_SERVERS),
    )[0];
    expect(unknown?.uri).toBe('trueconf:\\c\\4154248070@video.example.com%23vcs');
    expect(unknown?.webLink).toEqual({ server: 'video.example.com', isKnownServer: false });
    const known = readingsOf(
      interpretInput('https://video.example.com:443/c/4154248070/', {
        knownServers: ['video.example.com'],
      }),
    )[0];
    expect(known?.uri).toBe('trueconf:\\c\\4154248070@video.example.com%23vcs');
    expect(known?.webLink?.isKnownServer).toBe(true);
  });

  it('offers the other readings of a login: the moderator’s conference', () => {
    const readings = readingsOf(interpretInput('smith', NO_SERVERS));
    expect(readings.map((reading) => [reading.id, reading.uri])).toEqual([
      ['login', 'trueconf:smith'],
      ['moderatorConference', 'trueconf:smith&conftype=hotquery'],
    ]);
    expect(readings.map((reading) => reading.label.key)).toEqual([
      'popup_kind_user',
      'popup_kind_moderator_conference',
    ]);
  });

  it('offers a long number as a conference first, then as a user and a moderator', () => {
    const readings = readingsOf(interpretInput('4154248070', NO_SERVERS));
    expect(readings.map((reading) => reading.uri)).toEqual([
      'trueconf:\\c\\4154248070',
      'trueconf:4154248070',
      'trueconf:4154248070&conftype=hotquery',
    ]);
  });

  it('offers nothing else for an unambiguous address', () => {
    expect(readingsOf(interpretInput('rtsp://cam.company.com:554', NO_SERVERS))).toHaveLength(1);
    expect(readingsOf(interpretInput('\\c\\4154248070', NO_SERVERS))).toHaveLength(1);
  });
});

describe('interpretInput: a pasted invitation', () => {
  it('takes the labelled conference ID out of an invitation and says where it was found', () => {
    const text =
      'Hello!\nYou are invited to a TrueConf meeting.\nConference ID: 0003172451\nSee you there.';
    const interpretation = interpretInput(text, NO_SERVERS);
    expect(interpretation).toMatchObject({ status: 'ready', source: 'invitation' });
    expect(readingsOf(interpretation)).toEqual([
      expect.objectContaining({
        uri: 'trueconf:\\c\\0003172451',
        foundText: '0003172451',
        label: { key: 'describe_joinConference', substitutions: ['0003172451'] },
      }),
    ]);
  });

  it('reads a Russian invitation: the text itself is the TrueConf context', () => {
    expect(firstUri('Приглашение на встречу.\nИдентификатор конференции: 7461239950')).toBe(
      'trueconf:\\c\\7461239950',
    );
  });

  it('finds a written URI, a call string and a TrueConf ID in running text', () => {
    expect(firstUri('Join trueconf:\\c\\4154248070@video.example.com%vcs today.')).toBe(
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    );
    expect(firstUri('Room: \\c\\0003172451@tc.acme.example, 10:00')).toBe(
      'trueconf:\\c\\0003172451@tc.acme.example%23vcs',
    );
    expect(firstUri('My TrueConf ID: ipetrov@video.acme.example.')).toBe(
      'trueconf:ipetrov@video.acme.example',
    );
  });

  it('finds a web conference link in running text, without the punctuation around it', () => {
    const readings = readingsOf(
      interpretInput('Join here (https://video.example.com/c/4154248070).', NO_SERVERS),
    );
    expect(readings.map((reading) => [reading.uri, reading.foundText])).toEqual([
      [
        'trueconf:\\c\\4154248070@video.example.com%23vcs',
        'https://video.example.com/c/4154248070',
      ],
    ]);
  });

  it('lists every distinct address once, a conference once on the server the text names', () => {
    const text = [
      'TrueConf meeting, Conference ID: 0003172451',
      'Web: https://video.example.com/c/0003172451',
      'Again: \\c\\0003172451',
      'Organizer: trueconf:o.smirnova',
    ].join('\n');
    expect(readingsOf(interpretInput(text, NO_SERVERS)).map((reading) => reading.uri)).toEqual([
      'trueconf:\\c\\0003172451@video.example.com%23vcs',
      'trueconf:o.smirnova',
    ]);
  });

  it('calls the conference on its server by default when the invitation gives its web link', () => {
    const text = [
      'You are invited to a TrueConf conference.',
      'Conference ID: 0003172451',
      'Join from the browser: https://video.acme.example/c/0003172451',
    ].join('\n');
    const [first] = readingsOf(interpretInput(text, { knownServers: ['video.acme.example'] }));
    expect(first?.uri).toBe('trueconf:\\c\\0003172451@video.acme.example%23vcs');
    expect(first?.foundText).toBe('https://video.acme.example/c/0003172451');
  });

  it('puts a known server before an unknown one, and either before no server', () => {
    const text = [
      'TrueConf: Conference ID 4154248070.',
      'Elsewhere: \\c\\777000111@tc.other.example',
      'Ours: https://video.acme.example/webrtc/555000111',
    ].join('\n');
    expect(
      readingsOf(interpretInput(text, { knownServers: ['video.acme.example'] })).map(
        (reading) => reading.uri,
      ),
    ).toEqual([
      'trueconf:\\c\\555000111@video.acme.example%23vcs',
      'trueconf:\\c\\777000111@tc.other.example%23vcs',
      'trueconf:\\c\\4154248070',
    ]);
  });

  it('keeps a sign-in link even when the same conference is named with its server', () => {
    const text =
      'trueconf:\\c\\0003172451&login=guest&encrypt=1 or https://video.example.com/c/0003172451';
    expect(readingsOf(interpretInput(text, NO_SERVERS)).map((reading) => reading.uri)).toEqual([
      'trueconf:\\c\\0003172451@video.example.com%23vcs',
      'trueconf:\\c\\0003172451&login=guest&encrypt=1',
    ]);
  });
});

describe('interpretInput: refusals', () => {
  it('is empty for nothing or whitespace', () => {
    expect(interpretInput('', NO_SERVERS)).toEqual({ status: 'empty' });
    expect(interpretInput(' \n\t ', NO_SERVERS)).toEqual({ status: 'empty' });
  });

  it.each([
    ['smith&password=x', 'error_invalid_login_character', ['&']],
    ['smith&autoclose=1', 'error_invalid_login_character', ['&']],
    ['\\c\\4154248070&h=evil.example', 'error_invalid_conference_id_character', ['&']],
    ['javascript:alert(1)', 'error_unsupported_scheme', ['javascript:']],
    ['trueconf:[user]@[server]', 'error_template_placeholder', []],
  ])('refuses %s and says why (%s)', (text, key, substitutions) => {
    const interpretation = interpretInput(text, NO_SERVERS);
    expect(interpretation.status).toBe('invalid');
    if (interpretation.status !== 'invalid') return;
    expect(interpretation.error.key).toBe(key);
    expect(interpretation.error.substitutions).toEqual(substitutions);
  });

  it('refuses text with no address in it, giving the reason for the text as typed', () => {
    const interpretation = interpretInput('call me tomorrow at 10', NO_SERVERS);
    expect(interpretation).toEqual({
      status: 'invalid',
      error: { key: 'error_whitespace', substitutions: [] },
    });
  });

  it('does not treat a link to an ordinary page as a conference', () => {
    expect(interpretInput('https://example.com/blog/post', NO_SERVERS).status).toBe('invalid');
    expect(interpretInput('See https://forum.example.com/t/42 for more', NO_SERVERS).status).toBe(
      'invalid',
    );
  });
});

describe('a long pasted text', () => {
  it('finds an address far into it, and past the searched length says so', () => {
    const filler = 'Notes from the planning meeting, nothing to call here. ';
    const long = filler.repeat(Math.ceil(150_000 / filler.length));
    const found = interpretInput(`${long} TrueConf ID: alice@video.example.com`, NO_SERVERS);
    expect(found.status === 'ready' && found.readings[0]?.uri).toBe(
      'trueconf:alice@video.example.com',
    );

    const tooLong = `${long}${long} TrueConf ID: alice@video.example.com`;
    expect(interpretInput(tooLong, NO_SERVERS).status).toBe('invalid');
    expect(
      adviceForInvalid(tooLong, { key: 'error_whitespace', substitutions: [] }).error.key,
    ).toBe('popup_error_not_in_first');
  });
});
