import { describe, expect, it } from 'vitest';
import { compileCustomRules } from '../detect';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { testText, type TesterInput } from './rule-tester';

const room = {
  id: 'room',
  pattern: 'Room (\\d{4})',
  flags: '',
  hrefTemplate: 'trueconf:\\c\\room$1',
  sites: ['intranet.example'],
};

const settings: Settings = { ...DEFAULT_SETTINGS, defaultServer: 'video.example.com' };

function hrefs(input: Partial<TesterInput> & Pick<TesterInput, 'text'>): string[] {
  return testText({
    settings,
    savedRules: [],
    draftRule: null,
    pageMentionsTrueConf: false,
    ...input,
  }).map((match) => match.href);
}

describe('testText', () => {
  it('counts the default server as a known one', () => {
    expect(hrefs({ text: 'Call smith@video.example.com' })).toEqual([
      'trueconf:smith@video.example.com',
    ]);
  });

  it('uses the saved rules whatever sites they are limited to, then the draft rule', () => {
    const { compiled } = compileCustomRules([room]);
    const [draft] = compileCustomRules([
      { ...room, id: 'draft', pattern: 'Desk (\\d{4})', sites: [] },
    ]).compiled;
    expect(
      hrefs({ text: 'Room 4154, Desk 1234', savedRules: compiled, draftRule: draft ?? null }),
    ).toEqual(['trueconf:\\c\\room4154', 'trueconf:\\c\\room1234']);
  });

  it('reads conference IDs only when the page is said to mention TrueConf', () => {
    const text = 'Conference ID: 4154248070';
    expect(hrefs({ text })).toEqual([]);
    expect(hrefs({ text, pageMentionsTrueConf: true })).toEqual(['trueconf:\\c\\4154248070']);
  });
});
