import type { OptionOverrides } from './detect-options';

/**
 * Realistic page text, as the linkifier hands it over (one block, inline elements merged).
 * Positives list every link exactly; negatives must produce none. Options default to
 * DEFAULT_DETECT_OPTIONS (no TrueConf context, no known servers). An entry with `fieldLabel` is a
 * value whose label sits in another block (a table cell, a `dt`, a column header), read with
 * `detectFieldValue`. `KNOWN_MISSES` and `KNOWN_FALSE_LINKS` record where detection, by design,
 * disagrees with a careful human reader; they count in the precision and recall of detection.md.
 */

export interface ExpectedLink {
  text: string;
  href: string;
}

export interface CorpusEntry {
  name: string;
  text: string;
  options?: OptionOverrides;
  /** The label in the block before (or above) this one: `text` is a value on its own. */
  fieldLabel?: string;
}

export interface PositiveEntry extends CorpusEntry {
  links: ExpectedLink[];
}

const TRUECONF_PAGE: OptionOverrides = { pageHasTrueConfContext: true };
const ACME_SERVERS: OptionOverrides = {
  knownServers: ['video.acme.example', 'tc.acme.example:4307'],
};
const COMPANY_RU_SERVERS: OptionOverrides = { knownServers: ['video.company.ru'] };

const same = (text: string): ExpectedLink => ({ text, href: text });

export const POSITIVES: PositiveEntry[] = [
  // F1 — URIs written as text
  {
    name: 'EN invitation with a conference URI',
    text: 'Join my TrueConf conference: trueconf:\\c\\4154248070',
    links: [same('trueconf:\\c\\4154248070')],
  },
  {
    name: 'EN chat, autoclose parameter, sentence end',
    text: 'Click trueconf:smith&autoclose=1 to call me.',
    links: [same('trueconf:smith&autoclose=1')],
  },
  {
    name: 'EN URI in parentheses',
    text: 'Call the front desk (trueconf:smith@conf.company.com).',
    links: [same('trueconf:smith@conf.company.com')],
  },
  {
    name: 'EN sign-in link from the knowledge base',
    text: 'Sign in: trueconf:login=user&password=pswd&encrypt=1&force=1',
    links: [same('trueconf:login=user&password=pswd&encrypt=1&force=1')],
  },
  {
    name: 'EN upper-case scheme',
    text: 'TRUECONF:smith',
    links: [{ text: 'TRUECONF:smith', href: 'trueconf:smith' }],
  },
  {
    name: 'EN moderator link with exclamation mark',
    text: 'Moderator link: trueconf:smith&conftype=hotquery!',
    links: [same('trueconf:smith&conftype=hotquery')],
  },
  {
    name: 'EN SIP call string',
    text: 'SIP gateway: trueconf:#sip:alice@10.0.0.5',
    links: [same('trueconf:#sip:alice@10.0.0.5')],
  },
  {
    name: 'EN phone call string inside a URI',
    text: 'Phone bridge trueconf:#tel:89261112233; ask the operator',
    links: [same('trueconf:#tel:89261112233')],
  },
  {
    name: 'EN RTSP stream',
    text: 'Camera: trueconf:#rtsp:%2f%2fdomainn.company.com:554',
    links: [same('trueconf:#rtsp:%2f%2fdomainn.company.com:554')],
  },
  {
    name: 'EN combined sign-in and conference',
    text: 'One click: trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
    links: [
      same(
        'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
      ),
    ],
  },
  {
    name: 'EN URI in angle brackets',
    text: 'Use <trueconf:smith> in the app',
    links: [same('trueconf:smith')],
  },
  {
    name: 'EN URI in curly quotes',
    text: 'Type “trueconf:smith” into the browser',
    links: [same('trueconf:smith')],
  },
  {
    name: 'EN URI with an IPv6 server',
    text: 'Lab: trueconf:smith@[2001:db8::1]',
    links: [same('trueconf:smith@[2001:db8::1]')],
  },
  {
    name: 'EN URI in square brackets',
    text: 'Shortcut [trueconf:smith]',
    links: [same('trueconf:smith')],
  },
  {
    name: 'EN SIP URI in parentheses with a dot',
    text: 'See (trueconf:#sip:bob@sip.example.com).',
    links: [same('trueconf:#sip:bob@sip.example.com')],
  },
  {
    name: 'EN phone number as a call string URI',
    text: 'Hotline trueconf:+79261112233',
    links: [same('trueconf:+79261112233')],
  },
  {
    name: 'EN two links in one paragraph',
    text: 'Call trueconf:smith or join \\c\\4154248070.',
    links: [same('trueconf:smith'), { text: '\\c\\4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  // F2 — call strings
  {
    name: 'EN calendar invite with a call string',
    text: 'Invite: \\c\\0003172451',
    links: [{ text: '\\c\\0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'EN call string with %23vcs and a full stop',
    text: 'Conference: \\c\\4154248070@video.example.com%23vcs.',
    links: [
      {
        text: '\\c\\4154248070@video.example.com%23vcs',
        href: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
      },
    ],
  },
  {
    name: 'EN call string with a port',
    text: 'Dial \\c\\room_42@10.0.0.5:4307 from the lobby',
    links: [
      { text: '\\c\\room_42@10.0.0.5:4307', href: 'trueconf:\\c\\room_42@10.0.0.5:4307%23vcs' },
    ],
  },
  {
    name: 'EN call string with %vcs',
    text: 'Weekly sync \\c\\weekly_sync_7@video.example.com%vcs',
    links: [
      {
        text: '\\c\\weekly_sync_7@video.example.com%vcs',
        href: 'trueconf:\\c\\weekly_sync_7@video.example.com%23vcs',
      },
    ],
  },
  // F3 — labelled conference IDs in TrueConf context
  {
    name: 'EN TrueConf conference ID',
    text: 'TrueConf conference ID: 0003172451',
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'EN CID with password after it',
    text: 'TrueConf webinar. CID: 4154248070, password 1234',
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'EN conference number with em dash',
    text: 'Conference number — 737734033583 (TrueConf)',
    links: [{ text: '737734033583', href: 'trueconf:\\c\\737734033583' }],
  },
  {
    name: 'EN bare "conference" with #',
    text: 'TrueConf: join conference #4154248070',
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'EN context from the previous block',
    text: 'Conference ID: 4154248070',
    options: { textBefore: 'Weekly meeting via TrueConf' },
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'EN context from the next block',
    text: 'Conference ID: 4154248070',
    options: { textAfter: 'Download the TrueConf client for your platform.' },
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'EN context from a trueconf: URI nearby',
    text: 'Conference ID: 4154248070 or trueconf:\\c\\4154248070',
    links: [
      { text: '4154248070', href: 'trueconf:\\c\\4154248070' },
      same('trueconf:\\c\\4154248070'),
    ],
  },
  {
    name: 'EN bare "conference" with a long ID',
    text: 'TrueConf conference 4154248070',
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'EN CID with equals sign on a TrueConf page',
    text: 'CID=4154248070',
    options: TRUECONF_PAGE,
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'EN lower-case label, no-break space',
    text: 'conference id\u00a04154248070',
    options: TRUECONF_PAGE,
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'EN "TrueConf CID" (TrueConf alone without punctuation is no label)',
    text: 'TrueConf CID: 0003172451',
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'EN alphanumeric conference ID',
    text: 'Conference ID: team_sync_2024',
    options: TRUECONF_PAGE,
    links: [{ text: 'team_sync_2024', href: 'trueconf:\\c\\team_sync_2024' }],
  },
  {
    name: 'EN short ID after a full label',
    text: 'CID: 512',
    options: TRUECONF_PAGE,
    links: [{ text: '512', href: 'trueconf:\\c\\512' }],
  },
  // F4 — labelled TrueConf IDs
  {
    name: 'EN TrueConf ID',
    text: 'TrueConf ID: ipetrov',
    links: [{ text: 'ipetrov', href: 'trueconf:ipetrov' }],
  },
  {
    name: 'EN TrueConf login with a dot',
    text: 'TrueConf login: i.petrov',
    links: [{ text: 'i.petrov', href: 'trueconf:i.petrov' }],
  },
  {
    name: 'EN TrueConf user with a full stop',
    text: 'TrueConf user: smith_j.',
    links: [{ text: 'smith_j', href: 'trueconf:smith_j' }],
  },
  {
    name: 'EN signature "My TrueConf: smith"',
    text: 'My TrueConf: smith',
    links: [{ text: 'smith', href: 'trueconf:smith' }],
  },
  {
    name: 'EN TrueConf alone with em dash',
    text: 'Reach me on TrueConf — jdoe42',
    links: [{ text: 'jdoe42', href: 'trueconf:jdoe42' }],
  },
  {
    name: 'EN TrueConf ID separated by a space only',
    text: 'Contact me in TrueConf ID ivan.petrov',
    links: [{ text: 'ivan.petrov', href: 'trueconf:ivan.petrov' }],
  },
  {
    name: 'EN TrueConf user on an IPv4 server',
    text: 'TrueConf user: anna-k@10.0.0.5',
    links: [{ text: 'anna-k@10.0.0.5', href: 'trueconf:anna-k@10.0.0.5' }],
  },
  {
    name: 'EN e-mail next to a TrueConf ID',
    text: 'Email me at a@b.example, or TrueConf: smith.',
    links: [{ text: 'smith', href: 'trueconf:smith' }],
  },
  {
    name: 'EN TrueConf ID and a URI in one line',
    text: 'TrueConf ID: ipetrov@video.acme.example; backup: trueconf:\\c\\4154248070',
    links: [
      { text: 'ipetrov@video.acme.example', href: 'trueconf:ipetrov@video.acme.example' },
      same('trueconf:\\c\\4154248070'),
    ],
  },
  {
    name: 'EN TrueConf alone with a known server',
    text: 'TrueConf: ipetrov@video.acme.example',
    options: ACME_SERVERS,
    links: [{ text: 'ipetrov@video.acme.example', href: 'trueconf:ipetrov@video.acme.example' }],
  },
  {
    name: 'EN invitation whose line breaks were collapsed',
    text: 'TrueConf ID: ipetrov Conference ID: 4154248070 Password: 1234',
    links: [
      { text: 'ipetrov', href: 'trueconf:ipetrov' },
      { text: '4154248070', href: 'trueconf:\\c\\4154248070' },
    ],
  },
  // F5 — known servers
  {
    name: 'EN known server in a sentence',
    text: 'Write to ivan@video.acme.example or call',
    options: ACME_SERVERS,
    links: [{ text: 'ivan@video.acme.example', href: 'trueconf:ivan@video.acme.example' }],
  },
  {
    name: 'EN known server configured with a port',
    text: 'Support desk: helpdesk@tc.acme.example.',
    options: ACME_SERVERS,
    links: [{ text: 'helpdesk@tc.acme.example', href: 'trueconf:helpdesk@tc.acme.example' }],
  },
  {
    name: 'EN known server in upper case',
    text: 'IPETROV@VIDEO.ACME.EXAMPLE',
    options: ACME_SERVERS,
    links: [{ text: 'IPETROV@VIDEO.ACME.EXAMPLE', href: 'trueconf:IPETROV@VIDEO.ACME.EXAMPLE' }],
  },
  {
    name: 'EN known server among e-mail addresses',
    text: 'CC: boss@mail.example, ivan@video.acme.example, hr@acme.example',
    options: ACME_SERVERS,
    links: [{ text: 'ivan@video.acme.example', href: 'trueconf:ivan@video.acme.example' }],
  },
  // Russian
  {
    name: 'RU invitation with a URI',
    text: 'Подключайтесь к конференции TrueConf: trueconf:\\c\\4154248070',
    links: [same('trueconf:\\c\\4154248070')],
  },
  {
    name: 'RU call link with a full stop',
    text: 'Ссылка на звонок: trueconf:ivanov@video.company.ru.',
    links: [same('trueconf:ivanov@video.company.ru')],
  },
  {
    name: 'RU visicall link',
    text: 'Старая ссылка: visicall:ivanov@video.company.ru',
    links: [{ text: 'visicall:ivanov@video.company.ru', href: 'trueconf:ivanov@video.company.ru' }],
  },
  {
    name: 'RU URI in guillemets',
    text: 'Нажмите «trueconf:\\c\\0003172451»',
    links: [same('trueconf:\\c\\0003172451')],
  },
  {
    name: 'RU ID конференции with ТруКонф before',
    text: 'ID конференции: 4154248070',
    options: { textBefore: 'Совещание проводится в ТруКонф' },
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'RU номер конференции with dash',
    text: 'Номер конференции — 0003172451 (ТруКонф)',
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'RU идентификатор конференции with №',
    text: 'Идентификатор конференции № 737734033583',
    options: TRUECONF_PAGE,
    links: [{ text: '737734033583', href: 'trueconf:\\c\\737734033583' }],
  },
  {
    name: 'RU конференция №',
    text: 'Конференция №4154248070 в TrueConf',
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'RU multi-line invitation in one run',
    text: 'Приглашение TrueConf\nИдентификатор конференции: 7461239950\nПароль: 1234',
    links: [{ text: '7461239950', href: 'trueconf:\\c\\7461239950' }],
  },
  {
    name: 'RU CID with ТруКонф in the same sentence',
    text: 'Звонок через ТруКонф, CID: 4154248070',
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'RU bare конференции with a long ID',
    text: 'Номер для конференции: 4154248070',
    options: TRUECONF_PAGE,
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'RU логин TrueConf',
    text: 'Логин TrueConf: ivanov',
    links: [{ text: 'ivanov', href: 'trueconf:ivanov' }],
  },
  {
    name: 'RU TrueConf логин with dash',
    text: 'TrueConf логин — a.ivanova',
    links: [{ text: 'a.ivanova', href: 'trueconf:a.ivanova' }],
  },
  {
    name: 'RU пользователь TrueConf with server',
    text: 'Пользователь TrueConf: petrov@video.company.ru',
    links: [{ text: 'petrov@video.company.ru', href: 'trueconf:petrov@video.company.ru' }],
  },
  {
    name: 'RU ID TrueConf',
    text: 'ID TrueConf: sidorov_82',
    links: [{ text: 'sidorov_82', href: 'trueconf:sidorov_82' }],
  },
  {
    name: 'RU signature',
    text: 'Мой TrueConf: smirnov',
    links: [{ text: 'smirnov', href: 'trueconf:smirnov' }],
  },
  {
    name: 'RU room with call string',
    text: 'Комната: \\c\\0003172451@tc.acme.example',
    links: [
      {
        text: '\\c\\0003172451@tc.acme.example',
        href: 'trueconf:\\c\\0003172451@tc.acme.example%23vcs',
      },
    ],
  },
  {
    name: 'RU known server',
    text: 'Пишите на ivanov@video.company.ru, отвечу сразу',
    options: COMPANY_RU_SERVERS,
    links: [{ text: 'ivanov@video.company.ru', href: 'trueconf:ivanov@video.company.ru' }],
  },
  {
    name: 'RU known server after Cyrillic punctuation',
    text: 'Адрес — «petrova@video.company.ru»',
    options: COMPANY_RU_SERVERS,
    links: [{ text: 'petrova@video.company.ru', href: 'trueconf:petrova@video.company.ru' }],
  },
  {
    name: 'RU docs page sentence with a call string',
    text: 'Для подключения наберите \\c\\4154248070@video.company.ru#vcs в клиенте.',
    links: [
      {
        text: '\\c\\4154248070@video.company.ru#vcs',
        href: 'trueconf:\\c\\4154248070@video.company.ru%23vcs',
      },
    ],
  },

  // Issue 17: other services nearby, TrueConf closer
  {
    name: 'EN TrueConf named closer than Zoom',
    text: 'Zoom is for clients only. Our TrueConf conference ID: 0003172451',
    options: TRUECONF_PAGE,
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'EN TrueConf in the same sentence, Teams in the heading',
    text: 'Backup room on TrueConf, conference ID 4154248070',
    options: { surroundingText: 'Microsoft Teams weekly' },
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'RU Труконф closer than Зум',
    text: 'Лекции идут в Зуме. Семинары — в Труконф, номер конференции 0003172451',
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'RU TrueConf in the row heading',
    text: 'ID конференции: 7461239950',
    options: { surroundingText: 'Пн 10:00 Матанализ TrueConf ID конференции: 7461239950' },
    links: [{ text: '7461239950', href: 'trueconf:\\c\\7461239950' }],
  },
  // Issue 17: how people write their TrueConf ID
  {
    name: 'EN login before "or write to"',
    text: 'call me on TrueConf: o.smirnova or write to olga@example.com',
    links: [{ text: 'o.smirnova', href: 'trueconf:o.smirnova' }],
  },
  {
    name: 'EN helpdesk before "or the echo test"',
    text: 'ring the helpdesk on TrueConf: helpdesk or the echo test',
    links: [{ text: 'helpdesk', href: 'trueconf:helpdesk' }],
  },
  {
    name: 'RU мой TrueConf with a dash',
    text: 'мой TrueConf — ivan.petrov',
    links: [{ text: 'ivan.petrov', href: 'trueconf:ivan.petrov' }],
  },
  {
    name: 'RU звоните в TrueConf, или пишите',
    text: 'Звоните в TrueConf: petrov или пишите в чат',
    links: [{ text: 'petrov', href: 'trueconf:petrov' }],
  },
  {
    name: 'EN two logins joined by or',
    text: 'TrueConf ID: o.smirnova or a.ivanova',
    links: [{ text: 'o.smirnova', href: 'trueconf:o.smirnova' }],
  },
  {
    name: 'RU логин и сервер через или',
    text: 'Мой TrueConf: ivan.petrov@video.company.ru или почта',
    options: COMPANY_RU_SERVERS,
    links: [
      { text: 'ivan.petrov@video.company.ru', href: 'trueconf:ivan.petrov@video.company.ru' },
    ],
  },
  // Issue 17: label and value in different blocks
  {
    name: 'EN th + td conference ID on a TrueConf page',
    fieldLabel: 'Conference ID',
    text: '0003172451',
    options: TRUECONF_PAGE,
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'EN Owner (TrueConf ID) cell',
    fieldLabel: 'Owner (TrueConf ID)',
    text: 'o.smirnova@video.acme.example',
    links: [
      { text: 'o.smirnova@video.acme.example', href: 'trueconf:o.smirnova@video.acme.example' },
    ],
  },
  {
    name: 'EN TrueConf ID column',
    fieldLabel: 'TrueConf ID',
    text: ' ivan.petrov ',
    links: [{ text: 'ivan.petrov', href: 'trueconf:ivan.petrov' }],
  },
  {
    name: 'RU dt/dd ID конференции with TrueConf before',
    fieldLabel: 'ID конференции:',
    text: '7461239950',
    options: { textBefore: 'Совещание в TrueConf. ID конференции: ' },
    links: [{ text: '7461239950', href: 'trueconf:\\c\\7461239950' }],
  },
  {
    name: 'RU column Идентификатор конференции on a TrueConf page',
    fieldLabel: 'Идентификатор конференции',
    text: 'Weekly_sync_2',
    options: TRUECONF_PAGE,
    links: [{ text: 'Weekly_sync_2', href: 'trueconf:\\c\\Weekly_sync_2' }],
  },
  {
    name: 'RU Логин TrueConf cell',
    fieldLabel: 'Логин TrueConf',
    text: 'a.sidorova',
    links: [{ text: 'a.sidorova', href: 'trueconf:a.sidorova' }],
  },
];

export const NEGATIVES: CorpusEntry[] = [
  { name: 'EN phone number', text: 'Call us: +7 (926) 111-22-33' },
  { name: 'EN toll-free number', text: 'Free line 8 800 555-35-35' },
  {
    name: 'EN Zoom invitation',
    text: 'Join Zoom Meeting. Meeting ID: 851 2345 6789 Passcode: 123456',
    options: TRUECONF_PAGE,
  },
  {
    name: 'EN Teams dial-in on a TrueConf page',
    text: 'Phone Conference ID: 123 456 789#',
    options: TRUECONF_PAGE,
  },
  {
    name: 'EN Teams conference ID without spaces',
    text: 'Conference ID: 123456789#',
    options: TRUECONF_PAGE,
  },
  { name: 'EN Webex', text: 'Meeting number (access code): 2551 234 5678' },
  { name: 'EN GoToMeeting', text: 'Access Code: 123-456-789' },
  { name: 'EN Google Meet', text: 'Join with Google Meet: meet.google.com/abc-defg-hij' },
  { name: 'EN price', text: 'Total: $1,299.00 (incl. VAT)' },
  { name: 'EN IBAN', text: 'IBAN: DE89 3704 0044 0532 0130 00' },
  { name: 'EN order number', text: 'Order #4154248070 has shipped', options: TRUECONF_PAGE },
  { name: 'EN invoice number', text: 'Invoice No. 2024-00123 is due', options: TRUECONF_PAGE },
  { name: 'EN version string', text: 'Released v4.1.0.12345 of TrueConf Server' },
  { name: 'EN Windows path with \\c\\', text: 'Path: C:\\c\\2024\\report.docx' },
  { name: 'EN UNC path', text: '\\\\fileserver\\c\\share\\doc.txt' },
  {
    name: 'EN Windows path in TrueConf folder',
    text: 'Logs: D:\\TrueConf\\c\\logs\\4154248070.log',
  },
  { name: 'EN relative path starting with \\c\\', text: 'See \\c\\2024\\notes.txt' },
  { name: 'EN support e-mail', text: 'Contact support@trueconf.com for help' },
  {
    name: 'EN support e-mail after TrueConf:',
    text: 'Questions about TrueConf: support@trueconf.com',
  },
  { name: 'EN bare scheme in prose', text: 'the trueconf: protocol handler is registered' },
  { name: 'EN template', text: 'Format: trueconf:[user]@[server]' },
  { name: 'EN conference template', text: 'trueconf:\\c\\[CID]@[server]%vcs' },
  { name: 'EN braces template', text: 'trueconf:{login}' },
  { name: 'EN date and time', text: 'Meeting on 2024-05-12 at 14:30', options: TRUECONF_PAGE },
  { name: 'EN year after conference', text: 'Conference 2024 in Berlin', options: TRUECONF_PAGE },
  { name: 'EN TrueConf conference 2026', text: 'TrueConf conference 2026' },
  { name: 'EN product name and version', text: 'TrueConf Server 5.0 released' },
  { name: 'EN app', text: 'Download the TrueConf app' },
  { name: 'EN user guide', text: 'Read the TrueConf user guide' },
  { name: 'EN login page', text: 'Open the TrueConf login page' },
  { name: 'EN ID and password', text: 'Enter your TrueConf ID and password' },
  { name: 'EN conference ID without context', text: 'Conference ID: 4154248070' },
  {
    name: 'EN conference ID in a path',
    text: 'Conference ID: 4154248070/notes',
    options: TRUECONF_PAGE,
  },
  { name: 'EN decimal after label', text: 'Conference ID: 4154248070.5', options: TRUECONF_PAGE },
  { name: 'EN version after CID', text: 'CID: v4.1.0', options: TRUECONF_PAGE },
  { name: 'EN conference room', text: 'Conference room 5', options: TRUECONF_PAGE },
  {
    name: 'EN label inside a longer word',
    text: 'videoconference 12345678',
    options: TRUECONF_PAGE,
  },
  { name: 'EN e-mail', text: 'Email ivan.petrov@gmail.com' },
  {
    name: 'EN subdomain of a known server',
    text: 'ivan@video.acme.example.com',
    options: ACME_SERVERS,
  },
  {
    name: 'EN user info in a URL on a known server',
    text: 'https://user@video.acme.example/path',
    options: ACME_SERVERS,
  },
  { name: 'EN mailto text', text: 'mailto:ivan@video.acme.example', options: ACME_SERVERS },
  {
    name: 'EN plus-addressed e-mail',
    text: 'ivan+promo@video.acme.example',
    options: ACME_SERVERS,
  },
  { name: 'EN tracking number', text: 'Tracking number 1Z999AA10123456784' },
  { name: 'EN card number', text: 'Card 4276 1600 1234 5678' },
  { name: 'EN heading', text: 'TrueConf: Overview' },
  { name: 'EN tagline', text: 'TrueConf: the leading video conferencing platform' },
  { name: 'EN anniversary', text: 'TrueConf — 15 years on the market' },
  { name: 'EN date after TrueConf:', text: 'TrueConf: 2024-05-12' },
  { name: 'EN number after TrueConf:', text: 'TrueConf: 4154248070' },
  { name: 'EN hyphenated product name', text: 'Install TrueConf-app now' },
  { name: 'EN scheme inside a URL', text: 'https://example.com/go?to=trueconf:smith' },
  { name: 'EN scheme glued to a word', text: 'mytrueconf:smith' },
  // Russian
  { name: 'RU phone number', text: 'Звоните: +7 (926) 111-22-33' },
  { name: 'RU toll-free number with extension', text: 'Тел. 8 800 555-35-35, доб. 123' },
  { name: 'RU price', text: 'Цена: 1 234,56 ₽' },
  {
    name: 'RU order number on a TrueConf page',
    text: 'Заказ № 4154248070 оформлен',
    options: TRUECONF_PAGE,
  },
  { name: 'RU invoice', text: 'Счёт № 2024-0456 от 12.05.2024' },
  {
    name: 'RU word containing the label',
    text: 'Видеоконференция 4154248070',
    options: TRUECONF_PAGE,
  },
  { name: 'RU year after конференция', text: 'Конференция 2026 года (ТруКонф)' },
  {
    name: 'RU accusative is not a label',
    text: 'Создайте конференцию 4154248070',
    options: TRUECONF_PAGE,
  },
  { name: 'RU download', text: 'Скачайте приложение TrueConf для Windows' },
  {
    name: 'RU prose after пользователь TrueConf',
    text: 'Пользователь TrueConf может создать конференцию',
  },
  { name: 'RU prose after логин TrueConf', text: 'Логин TrueConf и пароль выдаёт администратор' },
  { name: 'RU e-mail', text: 'Почта: ivanov@company.ru' },
  { name: 'RU tax numbers', text: 'ИНН 7701234567, КПП 770101001', options: TRUECONF_PAGE },
  { name: 'RU client version', text: 'Версия клиента TrueConf 8.3.0.1234' },
  { name: 'RU path', text: 'Путь: C:\\c\\2024\\отчёт.docx' },
  {
    name: 'RU Zoom ID with a TrueConf label',
    text: 'Встреча Zoom: идентификатор конференции 851 2345 6789',
    options: TRUECONF_PAGE,
  },
  { name: 'RU conference ID without context', text: 'Идентификатор конференции: 4154248070' },
  { name: 'RU IBAN', text: 'IBAN: RU02 0440 5250 0000 0000 0001' },
  { name: 'RU date', text: 'Дата конференции: 12.05.2024', options: TRUECONF_PAGE },
  { name: 'RU support e-mail', text: 'Техподдержка TrueConf: support@trueconf.ru' },
  { name: 'RU bare scheme', text: 'Протокол «trueconf:» регистрируется при установке' },
  { name: 'RU tagline', text: 'TrueConf — лидер рынка видеосвязи' },

  // Issue 17: another service's ID near a TrueConf mention
  {
    name: 'EN Teams conference ID on a page that says we meet on TrueConf',
    text: 'We usually meet on TrueConf. This time: Microsoft Teams meeting, Conference ID: 845123456',
  },
  {
    name: 'EN Teams ID, TrueConf only in the title',
    text: 'Join with a video conferencing device. Conference ID: 845123456',
    options: { pageHasTrueConfContext: true, surroundingText: 'Microsoft Teams meeting' },
  },
  {
    name: 'EN Zoom conference number near TrueConf',
    text: 'TrueConf is down today, so join the Zoom conference 85123456789 instead',
  },
  {
    name: 'RU Zoom идентификатор 240 characters before Труконф',
    text: `Лекция в Zoom, идентификатор конференции 85123456789. ${'Материалы лекции выложены в СДО. '.repeat(6)}Семинар — в Труконф`,
  },
  {
    name: 'EN Webex meeting number with TrueConf in the footer',
    text: 'Webex meeting. Conference number: 23145678901. Sent from the TrueConf mail plugin',
    options: TRUECONF_PAGE,
  },
  {
    name: 'EN Google Meet row',
    text: 'Conference ID: 4154248070',
    options: {
      pageHasTrueConfContext: true,
      surroundingText: 'Google Meet | Conference ID: 4154248070',
    },
  },
  {
    name: 'EN Skype for Business conference ID',
    text: 'Skype for Business meeting. Conference ID: 7364512. For other calls we use TrueConf',
  },
  {
    name: 'EN Jitsi list item',
    text: 'conference 20240512ab',
    options: { pageHasTrueConfContext: true, surroundingText: 'Jitsi room: conference 20240512ab' },
  },
  {
    name: 'EN BigBlueButton',
    text: 'BigBlueButton conference ID: 735198 — TrueConf users see the recording later',
  },
  {
    name: 'RU Яндекс Телемост',
    text: 'Яндекс Телемост, ID конференции: 7766554433',
    options: TRUECONF_PAGE,
  },
  {
    name: 'RU VK Звонки',
    text: 'VK Звонки — идентификатор конференции 998877665',
    options: TRUECONF_PAGE,
  },
  {
    name: 'RU Контур.Толк',
    text: 'Контур.Толк: номер конференции 5544332211',
    options: TRUECONF_PAGE,
  },
  {
    name: 'RU Сферум',
    text: 'Урок в Сферуме, конференция 1234567890',
    options: TRUECONF_PAGE,
  },
  {
    name: 'RU Зум in the heading of a schedule',
    text: 'Идентификатор конференции: 85123456789',
    options: { pageHasTrueConfContext: true, surroundingText: 'Пары в Зуме' },
  },
  {
    name: 'EN space-grouped Teams ID',
    text: 'TrueConf and Teams. Conference ID: 842 1337 0519',
  },
  {
    name: 'EN space-grouped ID with a pound sign',
    text: 'TrueConf Conference ID: 766 918 553#',
  },
  // Issue 17: prose around TrueConf ID
  { name: 'EN TrueConf ID is a unique identifier', text: 'TrueConf ID is a unique identifier' },
  {
    name: 'EN specify their TrueConf ID',
    text: 'specify their TrueConf ID as the dial string',
  },
  { name: 'RU TrueConf ID пользователя', text: 'Укажите TrueConf ID пользователя в поле' },
  { name: 'EN webinar heading with and', text: 'Webinar on TrueConf: migration and backup' },
  { name: 'RU инструкция', text: 'TrueConf: установка и настройка' },
  // Issue 17: shell lines
  { name: 'EN terminal colour reset', text: 'printf "\\c\\033[0m"', options: TRUECONF_PAGE },
  {
    name: 'EN prompt with colour escapes',
    text: 'PS1="\\c\\033[0;32m$ " # TrueConf build box',
  },
  // Issue 17: label and value apart, but not ours
  {
    name: 'EN conference ID cell without context',
    fieldLabel: 'Conference ID',
    text: '0003172451',
  },
  {
    name: 'EN value cell with more than one word',
    fieldLabel: 'Conference ID',
    text: '0003172451 or later',
    options: TRUECONF_PAGE,
  },
  { name: 'EN TrueConf column with yes', fieldLabel: 'TrueConf', text: 'yes' },
  {
    name: 'RU Zoom row in a schedule table',
    fieldLabel: 'ID конференции',
    text: '85123456789',
    options: { pageHasTrueConfContext: true, surroundingText: 'Вт 12:00 Zoom 85123456789' },
  },
  { name: 'EN none in a TrueConf ID column', fieldLabel: 'TrueConf ID', text: 'none' },
  { name: 'RU нет in a Логин TrueConf cell', fieldLabel: 'Логин TrueConf', text: 'нет' },
  {
    name: 'EN date in a TrueConf ID column',
    fieldLabel: 'TrueConf ID',
    text: '2024-05-12',
  },
];

/**
 * Text a careful reader would link but detection leaves alone, by design: when in doubt it does
 * nothing (detection.md). Each is checked to stay unlinked, so the trade-off changes knowingly.
 */
export const KNOWN_MISSES: PositiveEntry[] = [
  {
    name: 'EN capitalised login after TrueConf alone',
    text: 'Reach me on TrueConf: Smith',
    links: [{ text: 'Smith', href: 'trueconf:Smith' }],
  },
  {
    name: 'EN number after TrueConf alone',
    text: 'Join TrueConf: 4154248070',
    links: [{ text: '4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    name: 'EN TrueConf 600 characters before the label',
    text: `Our meetings use TrueConf. ${'Please read the agenda first. '.repeat(20)}Conference ID: 0003172451`,
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'RU value cell with a note',
    fieldLabel: 'ID конференции',
    text: '0003172451 (еженедельно)',
    options: TRUECONF_PAGE,
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'EN TrueConf and Zoom both in the heading',
    text: 'Conference ID: 0003172451',
    options: { surroundingText: 'TrueConf (Zoom as backup)' },
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    name: 'EN plain login in a TrueConf ID cell',
    fieldLabel: 'TrueConf ID',
    text: 'ipetrov',
    links: [{ text: 'ipetrov', href: 'trueconf:ipetrov' }],
  },
];

/** Text a careful reader would not link but detection does: the prose rule cannot tell. */
export const KNOWN_FALSE_LINKS: PositiveEntry[] = [
  {
    name: 'EN heading with a comma after a word',
    text: 'TrueConf: setup, configuration and backup',
    links: [{ text: 'setup', href: 'trueconf:setup' }],
  },
];
