// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestLinkifier,
  linksIn,
  testDetectOptions,
  textNodesIn,
  type TestLinkifier,
} from '../../test/support/linkifier';

function setBody(markup: string): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
}

let current: TestLinkifier | null = null;

async function linkify(
  markup: string,
  options: Parameters<typeof createTestLinkifier>[1] = {},
): Promise<TestLinkifier> {
  setBody(markup);
  current = createTestLinkifier(document, options);
  current.linkifier.start();
  await current.settle();
  return current;
}

beforeEach(() => {
  document.title = '';
});

afterEach(() => {
  current?.linkifier.stop();
  current = null;
});

describe('linking the spec examples', () => {
  it('links every form with the matched text and the canonical href', async () => {
    await linkify(
      [
        '<p>call trueconf:smith@conf.company.com.</p>',
        '<p>visicall:\\c\\4154248070</p>',
        '<p>trueconf:\\c\\4154248070@video.example.com%vcs</p>',
        '<p>Room: \\c\\0003172451@tc.acme.example</p>',
        '<p>TrueConf meeting — Conference ID: <b>0003172451</b></p>',
        '<p>TrueConf ID: ipetrov@video.acme.example.</p>',
      ].join(''),
    );
    expect(linksIn(document.body)).toEqual([
      ['trueconf:smith@conf.company.com', 'trueconf:smith@conf.company.com'],
      ['visicall:\\c\\4154248070', 'trueconf:\\c\\4154248070'],
      [
        'trueconf:\\c\\4154248070@video.example.com%vcs',
        'trueconf:\\c\\4154248070@video.example.com%23vcs',
      ],
      ['\\c\\0003172451@tc.acme.example', 'trueconf:\\c\\0003172451@tc.acme.example%23vcs'],
      ['0003172451', 'trueconf:\\c\\0003172451'],
      ['ipetrov@video.acme.example', 'trueconf:ipetrov@video.acme.example'],
    ]);
  });

  it.each([
    ['Conference ID: 4154248070'],
    ['Meeting ID: 851 2345 6789'],
    ['the trueconf: protocol, trueconf:[user]'],
    ['C:\\c\\4154248070\\notes.txt'],
  ])('links nothing in the counter-example %s', async (text) => {
    await linkify(`<p>${text}</p>`);
    expect(linksIn(document.body)).toEqual([]);
    expect(document.body.textContent).toBe(text);
  });

  it('uses the context of neighbouring blocks and of the title for F3', async () => {
    await linkify('<h1>TrueConf</h1><p>Идентификатор конференции: 7461239950</p>');
    expect(linksIn(document.body)).toEqual([['7461239950', 'trueconf:\\c\\7461239950']]);
    current?.linkifier.stop();
    document.title = 'Weekly TrueConf call';
    await linkify('<p>Conference ID: 4154248070</p>', {
      detect: { pageHasTrueConfContext: true },
    });
    expect(linksIn(document.body)).toEqual([['4154248070', 'trueconf:\\c\\4154248070']]);
  });

  it('builds links that keep the text, carry a title and are marked', async () => {
    const before = document.body.textContent;
    await linkify('<p id="p">Call trueconf:smith now, or trueconf:jones.</p>');
    const paragraph = document.getElementById('p') as HTMLElement;
    expect(paragraph.textContent).toBe('Call trueconf:smith now, or trueconf:jones.');
    const link = paragraph.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('title')).toBe('Open trueconf:smith');
    expect(link.hasAttribute('data-trueconf-link')).toBe(true);
    expect(link.style.getPropertyValue('color')).toBe('inherit');
    expect(link.style.getPropertyPriority('color')).toBe('important');
    expect(before).not.toBeUndefined();
    expect(linksIn(paragraph).map(([text]) => text)).toEqual(['trueconf:smith', 'trueconf:jones']);
  });

  it('does not link a match that crosses an element boundary', async () => {
    await linkify('<p>TrueConf: trueconf:<b>smith</b> and trueconf:jones</p>');
    expect(linksIn(document.body)).toEqual([['trueconf:jones', 'trueconf:jones']]);
  });
});

describe('never linked', () => {
  it.each([
    ['a link', '<a href="/x">trueconf:smith</a>'],
    ['a button', '<button>trueconf:smith</button>'],
    ['a textarea', '<textarea>trueconf:smith</textarea>'],
    ['a select', '<select><option>trueconf:smith</option></select>'],
    ['a script', '<script>"trueconf:smith"</script>'],
    ['a style', '<style>/* trueconf:smith */</style>'],
    ['a noscript', '<noscript>trueconf:smith</noscript>'],
    ['a template', '<template>trueconf:smith</template>'],
    ['svg', '<svg><text>trueconf:smith</text></svg>'],
    ['math', '<math><mi>trueconf:smith</mi></math>'],
    ['contenteditable', '<div contenteditable><p>trueconf:smith</p></div>'],
    [
      'contenteditable=plaintext-only',
      '<div contenteditable="plaintext-only">trueconf:smith</div>',
    ],
    ['role=textbox', '<div role="textbox"><span>trueconf:smith</span></div>'],
    ['CodeMirror 6', '<div class="cm-editor"><div class="cm-line">trueconf:smith</div></div>'],
    ['Monaco', '<div class="monaco-editor"><span>trueconf:smith</span></div>'],
    ['ProseMirror', '<div class="ProseMirror"><p>trueconf:smith</p></div>'],
    ['Quill', '<div class="ql-editor"><p>trueconf:smith</p></div>'],
    ['CodeMirror 5', '<div class="CodeMirror"><pre>trueconf:smith</pre></div>'],
    ['Ace', '<div class="ace_editor"><div>trueconf:smith</div></div>'],
    ['data-trueconf-ignore', '<section data-trueconf-ignore><p>trueconf:smith</p></section>'],
  ])('inside %s', async (_name, markup) => {
    await linkify(`<div>${markup}</div><p>trueconf:control</p>`);
    expect(linksIn(document.body)).toEqual([['trueconf:control', 'trueconf:control']]);
  });

  it('inside an element that becomes editable later (links are undone)', async () => {
    await linkify('<div id="d"><p>trueconf:smith</p></div>');
    expect(linksIn(document.body)).toHaveLength(1);
    document.getElementById('d')?.setAttribute('contenteditable', 'true');
    await current?.settle();
    expect(linksIn(document.body)).toEqual([]);
    expect(document.getElementById('d')?.textContent).toBe('trueconf:smith');
    document.getElementById('d')?.removeAttribute('contenteditable');
    await current?.settle();
    expect(linksIn(document.body)).toHaveLength(1);
  });

  it('in a designMode document', async () => {
    document.designMode = 'on';
    try {
      await linkify('<p>trueconf:smith</p>');
      expect(linksIn(document.body)).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });
});

describe('splitting page text nodes', () => {
  it('keeps the page node in place, shortened, and restores it exactly', async () => {
    setBody('<p id="p">Call trueconf:smith now</p>');
    const paragraph = document.getElementById('p') as HTMLElement;
    const pageNode = paragraph.firstChild as Text;
    current = createTestLinkifier(document);
    current.linkifier.start();
    await current.settle();
    expect(paragraph.firstChild).toBe(pageNode);
    expect(pageNode.data).toBe('Call ');
    expect(paragraph.childNodes).toHaveLength(3);
    current.linkifier.stop();
    expect(paragraph.childNodes).toHaveLength(1);
    expect(paragraph.firstChild).toBe(pageNode);
    expect(pageNode.data).toBe('Call trueconf:smith now');
  });

  it('drops our nodes at once when the page writes its node, then relinks the new text', async () => {
    await linkify('<p id="p">Join trueconf:\\c\\1111111111 today</p>');
    const paragraph = document.getElementById('p') as HTMLElement;
    const pageNode = paragraph.firstChild as Text;
    pageNode.nodeValue = 'Join trueconf:\\c\\2222222222 today';
    await Promise.resolve();
    // The observer ran (a microtask): no stale link is left, even before relinking.
    expect(linksIn(paragraph)).toEqual([]);
    expect(paragraph.textContent).toBe('Join trueconf:\\c\\2222222222 today');
    await current?.settle();
    expect(linksIn(paragraph)).toEqual([['trueconf:\\c\\2222222222', 'trueconf:\\c\\2222222222']]);
    expect(paragraph.firstChild).toBe(pageNode);
  });

  it('gives a removed page node its whole text back and removes our nodes', async () => {
    await linkify('<p id="p"><span>x</span>Call trueconf:smith now</p>');
    const paragraph = document.getElementById('p') as HTMLElement;
    const pageNode = paragraph.childNodes[1] as Text;
    paragraph.removeChild(pageNode);
    await Promise.resolve();
    expect(paragraph.textContent).toBe('x');
    expect(pageNode.data).toBe('Call trueconf:smith now');
  });

  it('lets the page replace all children (our nodes go with them)', async () => {
    await linkify('<p id="p">Call trueconf:smith now</p>');
    const paragraph = document.getElementById('p') as HTMLElement;
    paragraph.textContent = 'Call trueconf:jones now';
    await current?.settle();
    expect(linksIn(paragraph)).toEqual([['trueconf:jones', 'trueconf:jones']]);
    expect(paragraph.textContent).toBe('Call trueconf:jones now');
  });

  it('rechecks a link whose own text changes: new href, or no link', async () => {
    await linkify('<p id="p">Call trueconf:smith now</p>');
    const paragraph = document.getElementById('p') as HTMLElement;
    const pageNode = paragraph.firstChild as Text;
    const linkText = paragraph.querySelector('a')?.firstChild as Text;
    linkText.data = 'trueconf:jones';
    await Promise.resolve();
    expect(linksIn(paragraph)).toEqual([]);
    await current?.settle();
    expect(linksIn(paragraph)).toEqual([['trueconf:jones', 'trueconf:jones']]);
    (paragraph.querySelector('a') as HTMLElement).textContent = 'not an address';
    await current?.settle();
    expect(linksIn(paragraph)).toEqual([]);
    expect(paragraph.textContent).toBe('Call not an address now');
    expect(paragraph.firstChild).toBe(pageNode);
  });

  it('undoes a link whose label changed in another node of the run', async () => {
    await linkify('<p id="p"><span id="l">TrueConf conference ID:</span> <b>4154248070</b></p>');
    expect(linksIn(document.body)).toHaveLength(1);
    (document.getElementById('l')?.firstChild as Text).data = 'Order number:';
    await current?.settle();
    expect(linksIn(document.body)).toEqual([]);
  });

  it('links text the page adds later, in new and existing elements', async () => {
    await linkify('<div id="d"><p>nothing</p></div>');
    const container = document.getElementById('d') as HTMLElement;
    const paragraph = document.createElement('p');
    paragraph.textContent = 'TrueConf ID: smith';
    container.appendChild(paragraph);
    container.firstElementChild?.appendChild(document.createTextNode(' trueconf:jones'));
    await current?.settle();
    expect(linksIn(container)).toEqual([
      ['trueconf:jones', 'trueconf:jones'],
      ['smith', 'trueconf:smith'],
    ]);
  });

  it('finds open shadow roots at load and attached later', async () => {
    setBody('<div id="host"></div><div id="later"></div>');
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).append('Shadow trueconf:smith');
    current = createTestLinkifier(document);
    current.linkifier.start();
    await current.settle();
    expect(linksIn(host.shadowRoot as ShadowRoot)).toEqual([['trueconf:smith', 'trueconf:smith']]);
    const added = document.createElement('div');
    const shadow = added.attachShadow({ mode: 'open' });
    shadow.append('First trueconf:jones');
    document.body.appendChild(added);
    await current.settle();
    expect(linksIn(shadow)).toEqual([['trueconf:jones', 'trueconf:jones']]);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Then trueconf:brown';
    shadow.appendChild(paragraph);
    await current.settle();
    expect(linksIn(shadow)).toHaveLength(2);
    current.linkifier.stop();
    expect(shadow.textContent).toBe('First trueconf:jonesThen trueconf:brown');
    expect(shadow.querySelectorAll('a')).toHaveLength(0);
  });

  it('relinks when the settings change (a known server added, then removed)', async () => {
    const setup = await linkify('<p>Write to ivan@video.acme.example</p>');
    expect(linksIn(document.body)).toEqual([]);
    const options = (knownServers: string[]) => ({
      detectOptions: testDetectOptions({ knownServers }),
      describeMatch: () => 't',
    });
    setup.linkifier.update(options(['video.acme.example']));
    await setup.settle();
    expect(linksIn(document.body)).toEqual([
      ['ivan@video.acme.example', 'trueconf:ivan@video.acme.example'],
    ]);
    setup.linkifier.update(options([]));
    await setup.settle();
    expect(linksIn(document.body)).toEqual([]);
  });
});

describe('caps', () => {
  it('examines only the beginning of a very long run and says so', async () => {
    const long = `${'word '.repeat(50_000)}trueconf:late`;
    const setup = await linkify(`<p>trueconf:early ${long}</p>`);
    expect(linksIn(document.body)).toEqual([['trueconf:early', 'trueconf:early']]);
    expect(setup.capMessages.join('\n')).toMatch(/^\[TrueConf click-to-call\] .*too long/);
    expect(document.body.textContent).toBe(`trueconf:early ${long}`);
  });

  it('reads a long run in windows without losing or cutting a match', async () => {
    const filler = 'lorem ipsum '.repeat(2000);
    const markup = `<p>${filler}trueconf:\\c\\4154248070@video.example.com%23vcs ${filler}Room \\c\\0003172451 ${filler}trueconf:jones</p>`;
    await linkify(markup);
    expect(linksIn(document.body)).toEqual([
      [
        'trueconf:\\c\\4154248070@video.example.com%23vcs',
        'trueconf:\\c\\4154248070@video.example.com%23vcs',
      ],
      ['\\c\\0003172451', 'trueconf:\\c\\0003172451'],
      ['trueconf:jones', 'trueconf:jones'],
    ]);
  });
});

describe('text node identity', () => {
  it('never replaces a page text node', async () => {
    setBody('<p>a trueconf:one b</p><ul><li>TrueConf ID: <b>two</b></li></ul>');
    const before = textNodesIn(document.body);
    current = createTestLinkifier(document);
    current.linkifier.start();
    await current.settle();
    for (const node of before) expect(node.isConnected).toBe(true);
  });
});
