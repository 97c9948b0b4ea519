// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { countAddressLinks, DebouncedCountReporter } from './address-count';
import type { Match } from '../detect';
import { createLinkTitles } from './link/link-titles';
import { isOptedOutByMeta, pageHasTrueConfContext } from './page-context';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.title = '';
});

describe('page policy', () => {
  it('honours <meta name="trueconf-linkify" content="off">', () => {
    expect(isOptedOutByMeta(document)).toBe(false);
    const meta = document.createElement('meta');
    meta.setAttribute('name', 'TrueConf-Linkify');
    meta.setAttribute('content', 'OFF');
    document.head.append(meta);
    expect(isOptedOutByMeta(document)).toBe(true);
  });

  it('finds TrueConf context in the title or on a known server', () => {
    expect(pageHasTrueConfContext(document, 'example.com', [])).toBe(false);
    expect(
      pageHasTrueConfContext(document, 'video.acme.example', ['video.acme.example:4307']),
    ).toBe(true);
    document.title = 'Встреча в ТруКонф';
    expect(pageHasTrueConfContext(document, 'example.com', [])).toBe(true);
  });
});

describe('address count', () => {
  it('counts our links and the page’s own trueconf:/visicall: links', () => {
    const make = (href: string): HTMLAnchorElement => {
      const link = document.createElement('a');
      link.setAttribute('href', href);
      return link;
    };
    document.body.append(
      make('trueconf:a'),
      make('VISICALL:b'),
      make('https://x'),
      make('mailto:c'),
    );
    expect(countAddressLinks([document])).toBe(2);
  });

  it('reports only changes, once per burst', async () => {
    let count = 0;
    const reports: number[] = [];
    const reporter = new DebouncedCountReporter(
      () => count,
      (value) => reports.push(value),
      5,
    );
    count = 3;
    reporter.changed();
    reporter.changed();
    await new Promise((resolve) => setTimeout(resolve, 20));
    reporter.changed();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reports).toEqual([3]);
  });
});

describe('link titles', () => {
  const match = {
    start: 0,
    end: 10,
    text: '4154248070',
    href: 'trueconf:\\c\\4154248070',
    form: 'conferenceId' as const,
    command: {
      target: { type: 'conference', id: '4154248070', server: null },
      signIn: null,
      autoclose: false,
      unknownParameters: [],
    },
  } satisfies Match;

  it('uses the description of the command', () => {
    const titles = createLinkTitles((key, substitutions) =>
      key === 'describe_joinConference' ? `Join conference ${substitutions[0]} in TrueConf` : '',
    );
    expect(titles(match)).toBe('Join conference 4154248070 in TrueConf');
  });

  it('looks each message up once, however many IDs get a title', () => {
    const lookups: string[][] = [];
    const titles = createLinkTitles((key, substitutions) => {
      lookups.push(substitutions);
      return key === 'describe_joinConference' ? `Join conference ${substitutions[0]} now` : '';
    });
    const withId = (id: string): Match => ({
      ...match,
      command: { ...match.command, target: { type: 'conference', id, server: null } },
    });
    expect(titles(withId('4154248070'))).toBe('Join conference 4154248070 now');
    expect(titles(withId('$&1'))).toBe('Join conference $&1 now');
    expect(titles(withId('0003172451'))).toBe('Join conference 0003172451 now');
    expect(lookups).toHaveLength(1);
  });

  it('falls back when the key is missing', () => {
    const titles = createLinkTitles((key, substitutions) =>
      key === 'linkifyLinkTitleFallback' ? `Open ${substitutions[0]} in TrueConf` : '',
    );
    expect(titles(match)).toBe('Open trueconf:\\c\\4154248070 in TrueConf');
    expect(createLinkTitles(() => '')(match)).toBe('Open trueconf:\\c\\4154248070 in TrueConf');
  });
});
