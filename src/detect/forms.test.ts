import { describe, expect, it } from 'vitest';
import { detect, hasTrueConfMention, isLikelyTrueConfText, type Form } from './index';
import {
  IN_TRUECONF_CONTEXT,
  optionsWith,
  type OptionOverrides,
} from '../../test/support/detect-options';

function linkTexts(text: string, overrides: OptionOverrides = {}): string[] {
  return detect(text, optionsWith(overrides)).map((match) => match.text);
}

function hrefs(text: string, overrides: OptionOverrides = {}): string[] {
  return detect(text, optionsWith(overrides)).map((match) => match.href);
}

const CONTEXT = { pageHasTrueConfContext: true };
const ACME = { knownServers: ['video.acme.example', '[2001:db8::1]'] };

describe('F1 — URIs', () => {
  it.each([
    ['(trueconf:smith).', 'trueconf:smith'],
    ['trueconf:smith...', 'trueconf:smith'],
    ['trueconf:smith?!', 'trueconf:smith'],
    ['trueconf:smith"', 'trueconf:smith'],
    ["'trueconf:smith'", 'trueconf:smith'],
    ['`trueconf:smith`', 'trueconf:smith'],
    ['«trueconf:smith»,', 'trueconf:smith'],
    ['‘trueconf:smith’', 'trueconf:smith'],
    ['see trueconf:#sip:alice(1)', 'trueconf:#sip:alice(1)'],
    ['(see trueconf:#sip:alice(1))', 'trueconf:#sip:alice(1)'],
    ['trueconf:smith))', 'trueconf:smith'],
  ])('%s links %s', (text, expected) => {
    expect(linkTexts(text)).toEqual([expected]);
  });

  it.each([
    'xtrueconf:smith',
    'https://x.example/?to=trueconf:smith',
    'trueconf:smith?x=1',
    'trueconf:',
    'trueconf:.',
    'trueconf:autoclose=1',
    `trueconf:${'a'.repeat(2100)}`,
    'trueconf:{user}',
    'trueconf:<user>',
  ])('%s links nothing', (text) => {
    expect(linkTexts(text)).toEqual([]);
  });

  it('measures offsets in UTF-16 units', () => {
    const [match] = detect('😀 trueconf:smith', optionsWith());
    expect(match).toMatchObject({ start: 3, end: 17, text: 'trueconf:smith' });
  });

  it('with F1 off, a written URI does not fall through to F4', () => {
    const forms = { uri: false };
    expect(linkTexts('trueconf:smith', { forms })).toEqual([]);
    expect(linkTexts('TrueConf:smith', { forms })).toEqual([]);
  });
});

describe('F2 — a conference ID ends cleanly', () => {
  it.each([
    'printf "\\c\\033[0m"',
    'echo -e "\\033[1mDone\\c\\033[0m"',
    'PS1="\\c\\033[0;32m$ "',
    'TrueConf log: \\c\\033[0m reset',
    '\\c\\4154248070[0m',
    '\\c\\4154248070\\033',
  ])('%s links nothing', (text) => {
    expect(linkTexts(text, CONTEXT)).toEqual([]);
  });

  it.each([
    ['Join \\c\\4154248070, then wait', '\\c\\4154248070'],
    ['Join \\c\\4154248070.', '\\c\\4154248070'],
    ['(\\c\\4154248070)', '\\c\\4154248070'],
  ])('%s links %s', (text, expected) => {
    expect(linkTexts(text)).toEqual([expected]);
  });
});

describe('F2 — call strings', () => {
  it.each([
    ['abc\\c\\123', []],
    ['C:\\c\\123', []],
    ['\\\\c\\123', []],
    ['7\\c\\123', []],
    ['я\\c\\123', []],
    ['(\\c\\123)', ['\\c\\123']],
    ['\\c\\123.', ['\\c\\123']],
    ['\\c\\123, \\c\\456', ['\\c\\123', '\\c\\456']],
    ['\\c\\123@', []],
    ['\\c\\123@host.example/path', []],
    ['\\c\\123#vcs', []],
    ['\\c\\123.txt', []],
    ['\\c\\123-4', []],
    ['\\c\\ 123', []],
    [`\\c\\${'1'.repeat(128)}`, [`\\c\\${'1'.repeat(128)}`]],
    [`\\c\\${'1'.repeat(129)}`, []],
    ['\\c\\123@999.1.1.1', []],
  ])('%s links %j', (text, expected) => {
    expect(linkTexts(text)).toEqual(expected);
  });

  it('keeps an IPv6 server and a port, and always writes %23vcs', () => {
    expect(hrefs('\\c\\123@[2001:db8::1]#vcs')).toEqual(['trueconf:\\c\\123@[2001:db8::1]%23vcs']);
    expect(hrefs('\\c\\123@tc.example:4307.')).toEqual(['trueconf:\\c\\123@tc.example:4307%23vcs']);
  });
});

describe('F3 — labelled conference IDs', () => {
  it.each([
    ['conference 12345', []],
    ['conference 123456', ['123456']],
    ['CID 12', []],
    ['CID 123', ['123']],
    ['Conference ID: abcdef', []],
    ['Conference ID:: 123456', []],
    ['Conference ID: # 123456', []],
    ['CID:      123456', []],
    ['CID: 123 456', []],
    ['CID: 123456 789', []],
    ['CID: 123456\n2 participants', ['123456']],
    ['CID: 123456@video.example.com', []],
    ['CID: 123456%', []],
    ['CID: 1234,5', []],
    ['CID: 2024.05.12', []],
    ['CID: 123456. Password: 42', ['123456']],
    ['CIDs 123456', []],
    ['xCID 123456', []],
    ['Номер конференции: 123', ['123']],
    ['конференции 12345', []],
    ['КОНФЕРЕНЦИЯ 123456', ['123456']],
    ['conference number 555', ['555']],
  ])('%s links %j (in context)', (text, expected) => {
    expect(linkTexts(text, CONTEXT)).toEqual(expected);
  });

  it('counts the 500-character window in the run', () => {
    const label = 'CID: 123456';
    const atDistance = (gap: number) => `TrueConf${' '.repeat(gap - 8)}${label}`;
    expect(linkTexts(atDistance(500))).toEqual(['123456']);
    expect(linkTexts(atDistance(501))).toEqual([]);
    // After the label, the window is measured from the label's end and includes the ID.
    const after = (distance: number) => `${label}${' '.repeat(distance - 16)}TrueConf`;
    expect(linkTexts(after(500))).toEqual(['123456']);
    expect(linkTexts(after(501))).toEqual([]);
  });

  it('counts the window across textBefore and textAfter', () => {
    const label = 'Conference ID: 4154248070';
    expect(linkTexts(label, { textBefore: `TrueConf${' '.repeat(492)}` })).toEqual(['4154248070']);
    expect(linkTexts(label, { textBefore: `TrueConf${' '.repeat(493)}` })).toEqual([]);
    expect(
      linkTexts(`${'x'.repeat(300)} ${label}`, { textBefore: `ТруКонф${' '.repeat(150)}` }),
    ).toEqual(['4154248070']);
    expect(
      linkTexts(`${'x'.repeat(400)} ${label}`, { textBefore: `ТруКонф${' '.repeat(150)}` }),
    ).toEqual([]);
    // ": 4154248070" (12) + spaces + "visicall:" (9) must fit in 500 characters.
    expect(linkTexts(label, { textAfter: `${' '.repeat(479)}visicall:` })).toEqual(['4154248070']);
    expect(linkTexts(label, { textAfter: `${' '.repeat(480)}visicall:` })).toEqual([]);
  });

  it('takes context from any mention, even far from other labels in the same run', () => {
    const run = `CID: 111111 ${'x'.repeat(2000)} TrueConf CID: 222222 ${'x'.repeat(2000)} CID: 333333`;
    expect(linkTexts(run)).toEqual(['222222']);
  });
});

describe('F3 — another service named near the label', () => {
  it.each([
    ['We usually meet on TrueConf. Teams meeting — Conference ID: 845123456', CONTEXT],
    ['TrueConf is our default. Join the Zoom conference 85123456789 today', {}],
    ['Zoom, идентификатор конференции: 85123456789. Остальные встречи — в ТруКонф', {}],
    ['Webex meeting. Conference number: 23145678901', CONTEXT],
    ['Конференция в Сферуме, номер конференции 8812345678', CONTEXT],
    ['Яндекс Телемост — ID конференции: 7766554433', CONTEXT],
  ])('%s links nothing', (text, overrides) => {
    expect(linkTexts(text, overrides)).toEqual([]);
  });

  it('lets TrueConf named closer to the label win', () => {
    expect(
      linkTexts('Zoom is for clients. Our TrueConf Conference ID: 0003172451', CONTEXT),
    ).toEqual(['0003172451']);
    expect(
      linkTexts('Conference ID: 0003172451 (TrueConf)', {
        textBefore: 'Last year we used Zoom for this meeting. ',
      }),
    ).toEqual(['0003172451']);
  });

  it('reads the surroundings: heading, table row and list item', () => {
    expect(
      linkTexts('Conference ID: 845123456', { ...CONTEXT, surroundingText: 'Microsoft Teams' }),
    ).toEqual([]);
    expect(
      linkTexts('Conference ID: 845123456', { surroundingText: 'Weekly sync in TrueConf' }),
    ).toEqual(['845123456']);
    expect(linkTexts('Conference ID: 845123456', { surroundingText: 'TrueConf or Zoom' })).toEqual(
      [],
    );
    expect(
      linkTexts('TrueConf Conference ID: 845123456', { surroundingText: 'Zoom backup' }),
    ).toEqual(['845123456']);
  });

  it('matches names that are also words only as their makers write them', () => {
    expect(linkTexts('Both teams join TrueConf. Conference ID: 845123456')).toEqual(['845123456']);
    expect(linkTexts('Keep in mind: TrueConf Conference ID: 845123456')).toEqual(['845123456']);
    expect(linkTexts('Join from Teams: Conference ID: 845123456', CONTEXT)).toEqual([]);
  });

  it('leaves space-grouped numbers alone', () => {
    expect(linkTexts('TrueConf Conference ID: 842 1337 0519')).toEqual([]);
    expect(linkTexts('TrueConf Conference ID: 766 918 553#')).toEqual([]);
  });
});

describe('F4 — what may follow a login', () => {
  it.each([
    ['call me on TrueConf: o.smirnova or write to me', ['o.smirnova']],
    ['ring the helpdesk on TrueConf: helpdesk or the echo test', ['helpdesk']],
    ['мой TrueConf — ivan.petrov', ['ivan.petrov']],
    ['звоните в TrueConf: petrov или пишите на почту', ['petrov']],
    ['TrueConf ID: o.smirnova or a.ivanova', ['o.smirnova']],
    ['TrueConf ID is a unique identifier', []],
    ['specify their TrueConf ID as the dial string', []],
    ['TrueConf ID пользователя', []],
    ['Webinar on TrueConf: migration and backup', []],
    ['TrueConf: setup or upgrade', []],
    ['TrueConf ID: ipetrov and more', []],
  ])('%s links %j', (text, expected) => {
    expect(linkTexts(text)).toEqual(expected);
  });
});

describe('F4 — labelled TrueConf IDs', () => {
  it.each([
    ['TrueConf ID: ipetrov@', []],
    ['TrueConf ID: ipetrov@bad_host', []],
    ['TrueConf ID: ipetrov/profile', []],
    ['TrueConf ID: .ipetrov', []],
    [`TrueConf ID: ${'a'.repeat(64)}`, ['a'.repeat(64)]],
    [`TrueConf ID: ${'a'.repeat(65)}`, []],
    ['TrueConf ID: ipetrov (Ivan Petrov)', ['ipetrov']],
    ['TrueConf ID: ipetrov and more', []],
    ['TrueConf ID: ipetrov 2', []],
    ['TrueConf ID: ipetrov Conference ID: 4154248070', ['ipetrov', '4154248070']],
    ['TrueConf: smith Пароль: 1234', ['smith']],
    ['TrueConf ID: ipetrov@video.example.com and more', ['ipetrov@video.example.com']],
    ['TrueConf ID: Smith', ['Smith']],
    ['TrueConf: Smith', []],
    ['TrueConf: FAQ', []],
    ['TrueConf:smith', ['TrueConf:smith']],
    ['TrueConf ID smith', []],
    ['TrueConf ID smith2', ['smith2']],
    ['TrueConf ID 12345', []],
    ['TrueConf ID: 12345', ['12345']],
    ['TrueConf ID: 4.1.0', []],
    ['TrueConf ID: v4.1.0.12345', []],
    ['TrueConf: ivan@gmail.com', []],
    ['TrueConf user: ivan@gmail.com', ['ivan@gmail.com']],
    ['TrueConf IDs: smith', []],
    ['логин TrueConf: ivanov', ['ivanov']],
    ['Логин TrueConf: иванов', []],
  ])('%s links %j', (text, expected) => {
    expect(linkTexts(text)).toEqual(expected);
  });
});

describe('F5 — known servers', () => {
  it.each([
    ['ivan@video.acme.example', ['trueconf:ivan@video.acme.example']],
    ['ivan@video.acme.example:4307', ['trueconf:ivan@video.acme.example:4307']],
    ['ivan@[2001:db8::1]', ['trueconf:ivan@[2001:db8::1]']],
    ['яivan@video.acme.example', []],
    [`${'a'.repeat(65)}@video.acme.example`, []],
    [`${'a'.repeat(64)}@video.acme.example`, [`trueconf:${'a'.repeat(64)}@video.acme.example`]],
    ['-ivan@video.acme.example', []],
    ['ivan@video.acme.example@x', []],
    ['ivan@video.acme.examples', []],
    ['ivan@video.acme.example/', []],
  ])('%s links %j', (text, expected) => {
    expect(hrefs(text, ACME)).toEqual(expected);
  });

  it('compares hosts case-insensitively and ignores configured ports', () => {
    expect(hrefs('ivan@Video.ACME.example', { knownServers: ['VIDEO.acme.EXAMPLE:4307'] })).toEqual(
      ['trueconf:ivan@Video.ACME.example'],
    );
  });
});

describe('switches and overlaps', () => {
  const everything =
    'trueconf:smith \\c\\4154248070 CID: 123456 TrueConf ID: jdoe42, ivan@video.acme.example';
  const allForms: Form[] = ['uri', 'callString', 'conferenceId', 'trueconfId', 'knownServerUser'];

  it('finds every form, each can be switched off', () => {
    const options = { ...ACME, ...CONTEXT };
    expect(detect(everything, optionsWith(options)).map((match) => match.form)).toEqual(allForms);
    for (const form of allForms) {
      const found = detect(everything, optionsWith({ ...options, forms: { [form]: false } }));
      expect(found.map((match) => match.form)).toEqual(allForms.filter((other) => other !== form));
    }
  });

  it('reports a labelled address once, as F4', () => {
    expect(
      detect('TrueConf ID: ivan@video.acme.example', optionsWith(ACME)).map((match) => match.form),
    ).toEqual(['trueconfId']);
  });

  it('does not link F3 without context even when everything else is on', () => {
    expect(linkTexts('CID: 123456', IN_TRUECONF_CONTEXT)).toEqual(['123456']);
    expect(linkTexts('CID: 123456')).toEqual([]);
  });
});

describe('hasTrueConfMention', () => {
  it.each([
    ['TrueConf', true],
    ['TRUECONF server', true],
    ['about trueconf.com', true],
    ['ТруКонф', true],
    ['трукОНФ', true],
    ['visicall:smith', true],
    ['visicall', false],
    ['True Conf', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(hasTrueConfMention(text)).toBe(expected);
  });
});

describe('isLikelyTrueConfText', () => {
  it.each([
    ['Just some ordinary words.', false],
    ['Price 1 234,56 ₽, call +7 (926) 111-22-33', false],
    ['Videoconferencing is great', false],
    ['acid test', false],
    ['trueconf:smith', true],
    ['VISICALL:x', true],
    ['\\c\\1', true],
    ['Conference ID', true],
    ['cid 1', true],
    ['Идентификатор конференции', true],
    ['a@b', true],
  ])('%s → %s', (text, expected) => {
    expect(isLikelyTrueConfText(text)).toBe(expected);
  });
});
