import { describe, expect, it, vi } from 'vitest';
import { fakeGetMessage, loadMessages } from '../../../test/support/messages';
import type { Match } from '../../detect';
import { parseUri } from '../../protocol';
import { createLinkTitles, linkTitleTemplates } from './link-titles';

function matchOf(uri: string): Match {
  const parsed = parseUri(uri);
  if (!parsed.ok) throw new Error(`${uri}: ${parsed.error.code}`);
  return { start: 0, end: uri.length, text: uri, href: uri, form: 'uri', command: parsed.command };
}

const URIS = [
  'trueconf:',
  'trueconf:smith',
  'trueconf:smith@conf.company.com',
  'trueconf:\\c\\4154248070',
  'trueconf:\\c\\4154248070@video.example.com%23vcs',
  'trueconf:#guest:Ivan',
  'trueconf:#rtsp:%2f%2fadmin:pswd@cam.example.com:554%2fs1',
  'trueconf:#tel:89261112233',
  'trueconf:h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
  'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&force=1',
  'trueconf:#sip:alice@10.0.0.5&password=pswd&force=1',
];

describe('link titles from templates handed over by the background', () => {
  it.each(['en', 'ru'] as const)(
    'read exactly as titles looked up in place (%s), without a lookup',
    (locale) => {
      const getMessage = fakeGetMessage(loadMessages(locale));
      const templates = linkTitleTemplates(getMessage);
      const inPlace = createLinkTitles(getMessage);
      const lookups = vi.fn(getMessage);
      const handedOver = createLinkTitles(lookups, templates);
      for (const uri of URIS) {
        const title = handedOver(matchOf(uri));
        expect(title).toBe(inPlace(matchOf(uri)));
        expect(title).not.toContain('pswd');
        expect(title).not.toMatch(/\uE000|\uE001/);
      }
      expect(lookups).not.toHaveBeenCalled();
    },
  );

  it('look up a key the templates lack', () => {
    const getMessage = fakeGetMessage(loadMessages('en'));
    const titles = createLinkTitles(getMessage, { describe_launch: 'Launch it' });
    expect(titles(matchOf('trueconf:'))).toBe('Launch it');
    expect(titles(matchOf('trueconf:smith'))).toBe('Call smith in TrueConf');
  });
});
