// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createTestLinkifier, linksIn, type TestLinkifier } from '../../test/support/linkifier';

let current: TestLinkifier | null = null;

async function linkify(
  markup: string,
  options: Parameters<typeof createTestLinkifier>[1] = {},
): Promise<[string, string][]> {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  current = createTestLinkifier(document, options);
  current.linkifier.start();
  await current.settle();
  return linksIn(document.body);
}

afterEach(() => {
  current?.linkifier.stop();
  current = null;
});

const TRUECONF_PAGE = { detect: { pageHasTrueConfContext: true } };

describe('a label and its value in different blocks', () => {
  it('links the value in the next cell of the row (th + td, td + td)', async () => {
    expect(
      await linkify(
        '<h2>TrueConf meeting</h2><table>' +
          '<tr><th>Conference ID</th><td>0003172451</td></tr>' +
          '<tr><td>Owner (TrueConf ID)</td><td><b>o.smirnova</b></td></tr>' +
          '<tr><td>Room</td><td>412</td></tr></table>',
      ),
    ).toEqual([
      ['0003172451', 'trueconf:\\c\\0003172451'],
      ['o.smirnova', 'trueconf:o.smirnova'],
    ]);
  });

  it('links a dd after its dt', async () => {
    expect(
      await linkify(
        '<dl><dt>ID конференции:</dt><dd>7461239950</dd><dt>Пароль</dt><dd>1234567</dd></dl>',
        TRUECONF_PAGE,
      ),
    ).toEqual([['7461239950', 'trueconf:\\c\\7461239950']]);
  });

  it('links the cells below a column header, in that column and that table only', async () => {
    expect(
      await linkify(
        '<p>Schedule for TrueConf</p><table><thead><tr><th>Group</th><th>TrueConf ID</th><th>Phone</th></tr></thead>' +
          '<tbody><tr><td>A-12</td><td>ivan.petrov</td><td>5551234</td></tr>' +
          '<tr><td>B-7</td><td>o.smirnova@video.acme.example</td><td>5559876</td></tr>' +
          '<tr><td colspan="2">no value here</td><td>a.ivanov</td></tr>' +
          '<tr><td>C-1</td><td><table><tr><td>x1</td><td>nested.login</td></tr></table></td><td>-</td></tr>' +
          '</tbody></table>',
      ),
    ).toEqual([
      ['ivan.petrov', 'trueconf:ivan.petrov'],
      ['o.smirnova@video.acme.example', 'trueconf:o.smirnova@video.acme.example'],
    ]);
  });

  it('needs TrueConf context for a conference ID, as a label in the same cell would', async () => {
    expect(
      await linkify('<table><tr><th>Conference ID</th><td>0003172451</td></tr></table>'),
    ).toEqual([]);
  });

  it('leaves a value cell alone when its row names another service', async () => {
    expect(
      await linkify(
        '<table><tr><th>Service</th><th>Conference ID</th></tr>' +
          '<tr><td>Zoom</td><td>85123456789</td></tr>' +
          '<tr><td>TrueConf</td><td>0003172451</td></tr></table>',
        TRUECONF_PAGE,
      ),
    ).toEqual([['0003172451', 'trueconf:\\c\\0003172451']]);
  });

  it('reads nothing but a lone value, and no cell next to a cell that is not a label', async () => {
    expect(
      await linkify(
        '<p>TrueConf</p><table><tr><th>Conference ID</th><td>0003172451 or later</td></tr>' +
          '<tr><th>Conference IDs are listed below</th><td>4154248070</td></tr>' +
          '<tr><th>TrueConf</th><td>yes</td></tr></table>',
      ),
    ).toEqual([]);
  });

  it('links a value cell that changes later', async () => {
    await linkify(
      '<p>TrueConf</p><table><tr><th>Conference ID</th><td id="value">—</td></tr></table>',
    );
    const cell = document.getElementById('value');
    if (cell) cell.textContent = '4154248070';
    await current?.settle();
    expect(linksIn(document.body)).toEqual([['4154248070', 'trueconf:\\c\\4154248070']]);
  });
});

describe('another service named around a label', () => {
  it('finds the heading before a long table, for every row of it', async () => {
    const rows = Array.from(
      { length: 120 },
      (_, index) => `<tr><td>Group ${index}</td><td>${4154248000 + index}</td></tr>`,
    ).join('');
    const links = await linkify(
      `<h2>Zoom lectures</h2><table><thead><tr><th>Group</th><th>Conference ID</th></tr></thead><tbody>${rows}</tbody></table>`,
      TRUECONF_PAGE,
    );
    expect(links).toEqual([]);
  });

  it('keeps a Teams ID unlinked under a Teams heading on a TrueConf page', async () => {
    expect(
      await linkify(
        '<p>We usually meet on TrueConf.</p>' +
          '<h3>Microsoft Teams meeting</h3>' +
          `<p>${'Agenda and notes. '.repeat(40)}</p>` +
          '<p>Conference ID: 845123456</p>',
        TRUECONF_PAGE,
      ),
    ).toEqual([]);
  });

  it('keeps a Zoom ID in a list item unlinked, and links the TrueConf one next to it', async () => {
    expect(
      await linkify(
        '<ul><li>Zoom (backup): <span>conference 85123456789</span></li>' +
          '<li>TrueConf: conference 0003172451</li></ul>',
      ),
    ).toEqual([['0003172451', 'trueconf:\\c\\0003172451']]);
  });
});
