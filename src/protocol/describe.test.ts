import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeCommand,
  describedKeys,
  describeError,
  ERROR_CODES,
  parseUri,
  type Command,
  type CommandDescription,
  type ErrorDescription,
  type ProtocolError,
} from './index';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const load = (locale: string): Record<string, LocaleMessage> =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
const LOCALES = { en: load('en'), ru: load('ru') };

/** What `browser.i18n.getMessage` does with `$NAME$` placeholders whose content is `$n`. */
function render(locale: keyof typeof LOCALES, { key, substitutions }: CommandDescription): string {
  const entry = LOCALES[locale][key];
  if (!entry) throw new Error(`${locale}: no message ${key}`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const index = Number(content.slice(1)) - 1;
    return substitutions[index] ?? `<missing ${content}>`;
  });
}

function command(uri: string): Command {
  const parsed = parseUri(uri);
  if (!parsed.ok) throw new Error(`${uri}: ${parsed.error.code}`);
  return parsed.command;
}

const SIGN_INS = [
  '',
  'login=user&password=pswd&encrypt=1&force=1',
  'h=truevideo.example.com&password=pswd',
  'h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
  'password=pswd&force=1',
];

const TARGETS = [
  '',
  'smith',
  'smith@conf.company.com',
  'smith&conftype=hotquery',
  'smith@conf.company.com&conftype=hotquery',
  '\\c\\4154248070',
  '\\c\\4154248070@video.example.com%23vcs',
  '#rtsp:%2f%2fadmin:pswd@cam.example.com:554%2fs1',
  '#sip:alice@10.0.0.5',
  '#h323:10.0.0.9',
  '#tel:89261112233',
  '#guest:Ivan',
  '\\e\\1234567',
  '%2B79261112233',
];

/** Every target alone, every sign-in alone, and every combination. */
const URIS = SIGN_INS.flatMap((signIn) =>
  TARGETS.map((target) => `trueconf:${[target, signIn].filter(Boolean).join('&')}`),
);

describe('describeCommand', () => {
  it.each([
    ['trueconf:', 'Open the TrueConf app'],
    ['trueconf:smith&autoclose=1', 'Call smith in TrueConf'],
    ['trueconf:\\c\\4154248070', 'Join conference 4154248070 in TrueConf'],
    [
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
      'Join conference 4154248070 on video.example.com',
    ],
    ['trueconf:smith&conftype=hotquery', 'Join the conference moderated by smith in TrueConf'],
    [
      'trueconf:#rtsp:%2f%2fadmin:pswd@cam.example.com:554%2fs1',
      'Open the RTSP stream rtsp://admin@cam.example.com:554/s1 in TrueConf',
    ],
    ['trueconf:#tel:89261112233', 'Call phone number 89261112233 through TrueConf'],
    ['trueconf:login=user&password=pswd&encrypt=1&force=1', 'Sign in to TrueConf as user'],
    [
      'trueconf:h=192.168.12.123&login=user&password=pswd&encrypt=1&force=1',
      'Sign in to TrueConf on 192.168.12.123 as user',
    ],
    [
      'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
      'Sign in to TrueConf on truevideo.example.com as user, then join conference 737734033583 on video.example.com',
    ],
    [
      'trueconf:#sip:alice@10.0.0.5&password=pswd&force=1',
      'Sign in to TrueConf, then call #sip:alice@10.0.0.5',
    ],
  ])('%s → %s', (uri, english) => {
    expect(render('en', describeCommand(command(uri)))).toBe(english);
  });

  it('gives the example key of the brief', () => {
    expect(
      describeCommand(command('trueconf:\\c\\4154248070@video.example.com%23vcs')),
    ).toStrictEqual({
      key: 'describe_joinConferenceOnServer',
      substitutions: ['4154248070', 'video.example.com'],
    });
  });

  it('names every key it can return among the described keys, each with both messages', () => {
    const keys = describedKeys();
    expect(new Set(keys).size).toBe(keys.length);
    const returned = new Set(URIS.map((uri) => describeCommand(command(uri)).key));
    expect([...returned].filter((key) => !keys.includes(key))).toEqual([]);
    // The matrix reaches every key, so the list holds no key that nothing returns.
    expect(keys.filter((key) => !returned.has(key))).toEqual([]);
    for (const key of keys) {
      expect(LOCALES.en[key], key).toBeDefined();
      expect(LOCALES.ru[key], key).toBeDefined();
    }
  });

  it.each(URIS)('%s has an English and a Russian message, without the password', (uri) => {
    const description = describeCommand(command(uri));
    for (const locale of ['en', 'ru'] as const) {
      const text = render(locale, description);
      expect(text).not.toContain('<missing');
      expect(text).not.toContain('pswd');
      const placeholders = Object.keys(LOCALES[locale][description.key]?.placeholders ?? {});
      expect(placeholders).toHaveLength(description.substitutions.length);
    }
  });
});

describe('describeError', () => {
  const errors: ProtocolError[] = [
    ...ERROR_CODES.map((code) => ({ code, detail: 'x.y' })),
    ...ERROR_CODES.map((code) => ({ code })),
    ...ERROR_CODES.map((code) => ({ code, detail: '&' })),
    ...ERROR_CODES.map((code) => ({ code, detail: ' ' })),
    { code: 'forbidden-character', detail: '\u200b' },
  ];

  it.each(errors)('$code ($detail) has an English and a Russian message', (error) => {
    const description: ErrorDescription = describeError(error);
    for (const locale of ['en', 'ru'] as const) {
      const entry = LOCALES[locale][description.key];
      expect(entry, `${locale} ${description.key}`).toBeDefined();
      expect(Object.keys(entry?.placeholders ?? {})).toHaveLength(description.substitutions.length);
    }
  });

  it('names invisible characters by code point', () => {
    expect(describeError({ code: 'forbidden-character', detail: '\u200b' })).toStrictEqual({
      key: 'error_forbidden_character',
      substitutions: ['U+200B'],
    });
  });

  it('has an error_<code> message for every code', () => {
    for (const code of ERROR_CODES) {
      const key = `error_${code.replace(/-/g, '_')}`;
      expect(LOCALES.en[key], key).toBeDefined();
      expect(LOCALES.ru[key], key).toBeDefined();
    }
  });
});
