import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';
import { parseUri, type Command } from '../protocol';
import { commandInWords, uriInWords } from './command-words';

function command(uri: string): Command {
  const parsed = parseUri(uri);
  if (!parsed.ok) throw new Error(`${uri}: ${parsed.error.code}`);
  return parsed.command;
}

describe.each([
  ['en', 'Join conference 4154248070 on video.example.com'],
  ['ru', 'Присоединиться к конференции 4154248070 на сервере video.example.com'],
] as const)('a command in words (%s)', (locale, conference) => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      fakeGetMessage(loadMessages(locale)) as typeof fakeBrowser.i18n.getMessage,
    );
  });

  it('says what the call does, in the messages’ language', () => {
    expect(commandInWords(command('trueconf:\\c\\4154248070@video.example.com%23vcs'))).toBe(
      conference,
    );
  });

  it('reads a stored URI the same way, and shows one that no longer parses as it is', () => {
    expect(uriInWords('trueconf:\\c\\4154248070@video.example.com%23vcs')).toBe(conference);
    expect(uriInWords('trueconf:\\c\\')).toBe('trueconf:\\c\\');
  });

  it('never puts a sign-in password into words', () => {
    const words = commandInWords(
      command('trueconf:\\c\\42@video.example.com%23vcs&login=ann&password=s3cret&encrypt=1'),
    );
    expect(words).toContain('ann');
    expect(words).not.toContain('s3cret');
  });
});
