import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { optionsWith, type OptionOverrides } from '../../test/support/detect-options';

/** Examples of the detection rules (docs/detection.md), one per row. */
const SPEC_EXAMPLES: {
  text: string;
  note: string;
  options?: OptionOverrides;
  links: { text: string; href: string }[];
}[] = [
  {
    text: 'call trueconf:smith@conf.company.com.',
    note: 'F1, trailing dot dropped',
    links: [{ text: 'trueconf:smith@conf.company.com', href: 'trueconf:smith@conf.company.com' }],
  },
  {
    text: 'visicall:\\c\\4154248070',
    note: 'F1, visicall: canonicalised',
    links: [{ text: 'visicall:\\c\\4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    text: 'trueconf:\\c\\4154248070@video.example.com%vcs',
    note: 'F1, %vcs canonicalised',
    links: [
      {
        text: 'trueconf:\\c\\4154248070@video.example.com%vcs',
        href: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
      },
    ],
  },
  {
    text: 'Room: \\c\\0003172451@tc.acme.example',
    note: 'F2 with server',
    links: [
      {
        text: '\\c\\0003172451@tc.acme.example',
        href: 'trueconf:\\c\\0003172451@tc.acme.example%23vcs',
      },
    ],
  },
  {
    // The run as the linkifier hands it over: <b> merged into the block's text.
    text: 'TrueConf meeting — Conference ID: 0003172451',
    note: 'F3 with TrueConf in the run',
    links: [{ text: '0003172451', href: 'trueconf:\\c\\0003172451' }],
  },
  {
    text: 'Идентификатор конференции: 7461239950',
    note: 'F3, Russian label, page mentions TrueConf',
    options: { pageHasTrueConfContext: true },
    links: [{ text: '7461239950', href: 'trueconf:\\c\\7461239950' }],
  },
  {
    text: 'TrueConf ID: ipetrov@video.acme.example',
    note: 'F4 with server',
    links: [{ text: 'ipetrov@video.acme.example', href: 'trueconf:ipetrov@video.acme.example' }],
  },
  {
    text: 'Conference ID: 4154248070',
    note: 'F3 without TrueConf context',
    links: [],
  },
  { text: 'Meeting ID: 851 2345 6789', note: 'Zoom meeting ID', links: [] },
  {
    text: 'Meeting ID: 851 2345 6789',
    note: 'Zoom meeting ID, even on a TrueConf page',
    options: { pageHasTrueConfContext: true },
    links: [],
  },
  { text: 'the trueconf: protocol', note: 'bare scheme', links: [] },
  { text: 'trueconf:[user]', note: 'template', links: [] },
  { text: 'C:\\c\\4154248070\\notes.txt', note: 'Windows path', links: [] },
  // Statements in the prose of detection.md.
  { text: '«trueconf:»', note: 'bare scheme in quotes', links: [] },
  { text: 'trueconf:[user]@[server]', note: 'template with server', links: [] },
  {
    text: 'TrueConf ID: ipetrov@video.acme.example.',
    note: 'trailing sentence punctuation',
    links: [{ text: 'ipetrov@video.acme.example', href: 'trueconf:ipetrov@video.acme.example' }],
  },
  {
    text: 'TrueConf conference 2026',
    note: 'bare "conference" needs 6 characters',
    links: [],
  },
  {
    text: 'TrueConf: smith',
    note: 'TrueConf alone with punctuation',
    links: [{ text: 'smith', href: 'trueconf:smith' }],
  },
  { text: 'TrueConf Server', note: 'TrueConf alone without punctuation', links: [] },
  { text: 'TrueConf app', note: 'TrueConf alone without punctuation', links: [] },
  { text: 'TrueConf directory', note: 'TrueConf alone without punctuation', links: [] },
  {
    text: 'ivan@video.acme.example',
    note: 'F5 on a known server',
    options: { knownServers: ['video.acme.example'] },
    links: [{ text: 'ivan@video.acme.example', href: 'trueconf:ivan@video.acme.example' }],
  },
  { text: 'ivan@video.acme.example', note: 'otherwise an e-mail address', links: [] },
  {
    text: '\\c\\4154248070',
    note: 'F2 without server',
    links: [{ text: '\\c\\4154248070', href: 'trueconf:\\c\\4154248070' }],
  },
  {
    text: 'Join \\c\\4154248070@video.example.com#vcs now',
    note: 'F2 with #vcs',
    links: [
      {
        text: '\\c\\4154248070@video.example.com#vcs',
        href: 'trueconf:\\c\\4154248070@video.example.com%23vcs',
      },
    ],
  },
];

describe('detection.md examples', () => {
  it.each(SPEC_EXAMPLES)('$note: $text', ({ text, options, links }) => {
    const found = detect(text, optionsWith(options));
    expect(found.map(({ text: linkText, href }) => ({ text: linkText, href }))).toEqual(links);
  });
});
