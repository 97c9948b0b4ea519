import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { evaluateInExtensionWorld } from './harness/extension-world';

/** Our links in a page or frame, open shadow roots included, as [text, href] pairs. */
function ourLinks(target: Page | Frame): Promise<[string, string][]> {
  return target.evaluate(() => {
    const found: [string, string][] = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const link of root.querySelectorAll('a[data-trueconf-link]')) {
        found.push([link.textContent ?? '', link.getAttribute('href') ?? '']);
      }
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

async function waitForLinkCount(target: Page | Frame, count: number): Promise<[string, string][]> {
  const deadline = Date.now() + 30_000;
  let links = await ourLinks(target);
  while (links.length !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    links = await ourLinks(target);
  }
  return links;
}

describe('the content script links TrueConf addresses', () => {
  let browser: ExtensionBrowser;
  const pages: Page[] = [];

  const open = async (fixture: string): Promise<Page> => {
    const page = await browser.context.newPage();
    pages.push(page);
    await page.goto(browser.server.url(`/content/${fixture}`));
    return page;
  };
  const setSettings = (settings: Record<string, unknown>): Promise<void> =>
    browser.serviceWorker.evaluate(
      (value) => chrome.storage.sync.set({ settings: value }),
      settings,
    );
  const badgeOfActiveTab = (): Promise<{ text: string; stored: unknown }> =>
    browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const tabId = tab?.id ?? -1;
      const text = await chrome.action.getBadgeText({ tabId });
      const stored = await chrome.storage.session.get(`addressCount:${tabId}`);
      return { text, stored: stored[`addressCount:${tabId}`] };
    });

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    await setSettings({});
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches the link look live, with a small icon, without moving anything', async () => {
    const page = await open('static.html');
    await waitForLinkCount(page, 9);
    const look = () =>
      page.evaluate(() => {
        const link = document.querySelector('a[data-trueconf-link]');
        const style = link ? getComputedStyle(link) : null;
        return {
          decoration: style?.textDecorationLine,
          image: style?.backgroundImage.startsWith('url("data:image/svg+xml') ?? false,
          text: document.body.innerText,
          box: link?.getBoundingClientRect().toJSON() as DOMRect,
          fontSize: style ? parseFloat(style.fontSize) : 0,
        };
      });
    const underlined = await look();
    expect(underlined).toMatchObject({ decoration: 'underline', image: false });
    await setSettings({ linkStyle: 'icon' });
    await expect.poll(async () => (await look()).image).toBe(true);
    const withIcon = await look();
    // The underline stays, the text is the same, and the icon takes room after the text (so it
    // covers no character) and no more than its own width.
    expect(withIcon.decoration).toBe('underline');
    expect(withIcon.text).toBe(underlined.text);
    expect(withIcon.box.left).toBe(underlined.box.left);
    expect(withIcon.box.top).toBe(underlined.box.top);
    expect(withIcon.box.height).toBe(underlined.box.height);
    const grown = withIcon.box.width - underlined.box.width;
    expect(grown).toBeGreaterThan(0.7 * withIcon.fontSize);
    expect(grown).toBeLessThanOrEqual(1 * withIcon.fontSize + 0.5);
    expect(await waitForLinkCount(page, 9)).toHaveLength(9);
  });

  it('walks the page with its helper, whose walk the page cannot see, and links all the same when the page blocks it', async () => {
    const expected = [
      ['trueconf:\\c\\4154248070', 'trueconf:\\c\\4154248070'],
      ['trueconf:ipetrov@video.example.com', 'trueconf:ipetrov@video.example.com'],
    ];
    for (const path of ['page-walk.html', 'page-walk.html?block', 'page-walk.html?keep-offer']) {
      const page = await open(path);
      expect(await waitForLinkCount(page, 2)).toEqual(expected);
      const seen = await page.evaluate(() => ({
        events: (window as unknown as { helperEvents: number }).helperEvents,
        global: 'pageWalker' in window,
      }));
      expect(seen).toEqual({ events: 0, global: false });
    }
  });

  it('links every spec example with the matched text and the canonical href', async () => {
    const page = await open('static.html');
    const links = await waitForLinkCount(page, 9);
    expect(links).toEqual([
      ['trueconf:smith@conf.company.com', 'trueconf:smith@conf.company.com'],
      ['visicall:\\c\\4154248070', 'trueconf:\\c\\4154248070'],
      [
        'trueconf:\\c\\4154248070@video.example.com%vcs',
        'trueconf:\\c\\4154248070@video.example.com%23vcs',
      ],
      ['\\c\\0003172451@tc.acme.example', 'trueconf:\\c\\0003172451@tc.acme.example%23vcs'],
      ['0003172451', 'trueconf:\\c\\0003172451'],
      ['ipetrov@video.acme.example', 'trueconf:ipetrov@video.acme.example'],
      ['trueconf:alpha', 'trueconf:alpha'],
      ['trueconf:beta', 'trueconf:beta'],
      ['7461239950', 'trueconf:\\c\\7461239950'],
    ]);
    // Nothing in the negatives or in form fields, editors and opted-out parts.
    expect(
      await page.evaluate(
        () =>
          [...document.querySelectorAll('#negatives a, #untouched a[data-trueconf-link]')].length,
      ),
    ).toBe(0);
    expect(await page.inputValue('#textarea')).toBe('trueconf:inside-a-textarea');
    expect(await page.inputValue('#input')).toBe('trueconf:inside-an-input');
    expect(await page.textContent('#editable')).toBe('trueconf:inside-contenteditable');
    expect(await page.evaluate(() => document.querySelector('#editable')?.childNodes.length)).toBe(
      1,
    );
    // Typing an address into an editor leaves it alone.
    await page.click('#editable');
    await page.keyboard.press('End');
    await page.keyboard.type(' and trueconf:typed-now');
    await page.waitForTimeout(700);
    expect(await page.textContent('#editable')).toBe(
      'trueconf:inside-contenteditable and trueconf:typed-now',
    );
    expect(await page.evaluate(() => document.querySelectorAll('#editable a').length)).toBe(0);
  });

  it('links real-world text: labels in other cells, other services, logins in sentences', async () => {
    const page = await open('real-world.html');
    const links = await waitForLinkCount(page, 9);
    expect(links).toEqual([
      ['0003172451', 'trueconf:\\c\\0003172451'],
      ['o.smirnova', 'trueconf:o.smirnova'],
      ['7461239950', 'trueconf:\\c\\7461239950'],
      ['ivan.petrov', 'trueconf:ivan.petrov'],
      ['a.ivanova@video.acme.example', 'trueconf:a.ivanova@video.acme.example'],
      ['0003172452', 'trueconf:\\c\\0003172452'],
      ['o.smirnova', 'trueconf:o.smirnova'],
      ['helpdesk', 'trueconf:helpdesk'],
      ['ivan.petrov', 'trueconf:ivan.petrov'],
    ]);
    // Another service's IDs, the prose and the shell line stay plain text.
    expect(
      await page.evaluate(
        () =>
          document.querySelectorAll('#others a, #prose a, #shell a, #schedule li:first-child a')
            .length,
      ),
    ).toBe(0);
  });

  it('makes links that say what a click does and look like the text around them', async () => {
    const page = await open('static.html');
    await waitForLinkCount(page, 9);
    const look = await page.evaluate(() => {
      const link = document.querySelector('#f3 a[data-trueconf-link]') as HTMLAnchorElement;
      const parent = link.parentElement as HTMLElement;
      const linkStyle = getComputedStyle(link);
      const parentStyle = getComputedStyle(parent);
      return {
        title: link.title,
        color: [linkStyle.color, parentStyle.color],
        font: [linkStyle.font, parentStyle.font],
        transform: linkStyle.textTransform,
        padding: linkStyle.paddingLeft,
        decoration: linkStyle.textDecorationLine,
        display: linkStyle.display,
      };
    });
    expect(look.title).toBe('Join conference 0003172451 in TrueConf');
    expect(look.color[0]).toBe(look.color[1]);
    expect(look.font[0]).toBe(look.font[1]);
    expect(look).toMatchObject({
      transform: 'none',
      padding: '0px',
      decoration: 'underline',
      display: 'inline',
    });
  });

  it('starts from what the background read for the page, after the frame drawn once the page was parsed', async () => {
    // Links come all the same without the seed (the linkifier reads for itself), only later:
    // the mark in the extension's own world is what says the fast start still happens.
    const page = await open('static.html');
    await waitForLinkCount(page, 9);
    const start = await evaluateInExtensionWorld(
      page,
      `({
        linkifier: globalThis.trueconfLinkifierLoaded,
        frameNoted: globalThis.trueconfFrameDrawnAfterParse,
        seedLeftBehind: 'trueconfLinkifierSeed' in globalThis,
      })`,
    );
    expect(start).toEqual({ linkifier: 'from-seed', frameNoted: true, seedLeftBehind: false });
    // Nothing of it in the page's world.
    expect(
      await page.evaluate(() =>
        ['trueconfLinkifierLoaded', 'trueconfFrameDrawnAfterParse', 'trueconfLinkifierSeed'].some(
          (name) => name in globalThis,
        ),
      ),
    ).toBe(false);
  });

  it('keeps innerText and layout, and switching the site off restores the page, live', async () => {
    const page = await open('static.html');
    await waitForLinkCount(page, 9);
    const linked = await page.evaluate(() => ({
      text: document.body.innerText,
      height: document.body.scrollHeight,
      width: (document.querySelector('#f1') as HTMLElement).getBoundingClientRect().width,
      box: (document.querySelector('#f3') as HTMLElement).getBoundingClientRect().toJSON(),
    }));
    await setSettings({ disabledSites: ['127.0.0.1'] });
    await waitForLinkCount(page, 0);
    const restored = await page.evaluate(() => ({
      text: document.body.innerText,
      height: document.body.scrollHeight,
      width: (document.querySelector('#f1') as HTMLElement).getBoundingClientRect().width,
      box: (document.querySelector('#f3') as HTMLElement).getBoundingClientRect().toJSON(),
      f3Children: [...(document.querySelector('#f3 b') as HTMLElement).childNodes].map(
        (node) => node.nodeName,
      ),
    }));
    expect(restored.text).toBe(linked.text);
    expect(restored.height).toBe(linked.height);
    expect(restored.width).toBe(linked.width);
    expect(restored.box).toEqual(linked.box);
    expect(restored.f3Children).toEqual(['#text']);
    await setSettings({});
    expect(await waitForLinkCount(page, 9)).toHaveLength(9);
  });

  it('links nothing on a page that opted out with <meta name="trueconf-linkify" content="off">', async () => {
    const page = await open('opt-out.html');
    await page.waitForTimeout(1000);
    expect(await ourLinks(page)).toEqual([]);
  });

  it('follows the page: added text, text the page rewrites, same page nodes', async () => {
    const page = await open('dynamic.html');
    expect(await waitForLinkCount(page, 1)).toEqual([
      ['trueconf:\\c\\1111111111', 'trueconf:\\c\\1111111111'],
    ]);
    // The page writes its own text node: the old link must be gone in the same task.
    const afterWrite = await page.evaluate(async () => {
      const scope = window as unknown as {
        setOwnedText(text: string): void;
        ownedNode: Text;
      };
      scope.setOwnedText('Join trueconf:\\c\\2222222222 today');
      await Promise.resolve();
      const stale = [...document.querySelectorAll('#owned a[data-trueconf-link]')].map((link) =>
        link.getAttribute('href'),
      );
      return { stale, text: document.getElementById('owned')?.textContent };
    });
    expect(afterWrite.stale).toEqual([]);
    expect(afterWrite.text).toBe('Join trueconf:\\c\\2222222222 today');
    expect(await waitForLinkCount(page, 1)).toEqual([
      ['trueconf:\\c\\2222222222', 'trueconf:\\c\\2222222222'],
    ]);
    await page.evaluate(() => {
      const scope = window as unknown as { addParagraph(text: string): void };
      scope.addParagraph('TrueConf ID: newcomer');
      scope.addParagraph('no address here');
    });
    expect(await waitForLinkCount(page, 2)).toContainEqual(['newcomer', 'trueconf:newcomer']);
    // The page's node is still its own, in place, and gets its whole text back on switch-off.
    await setSettings({ disabledSites: ['127.0.0.1'] });
    await waitForLinkCount(page, 0);
    const owned = await page.evaluate(() => {
      const scope = window as unknown as { ownedNode: Text };
      const paragraph = document.getElementById('owned') as HTMLElement;
      return {
        same: paragraph.firstChild === scope.ownedNode && paragraph.childNodes.length === 1,
        data: scope.ownedNode.data,
      };
    });
    expect(owned).toEqual({ same: true, data: 'Join trueconf:\\c\\2222222222 today' });
  });

  it('links in open shadow roots, at load and attached later', async () => {
    const page = await open('shadow.html');
    expect(await waitForLinkCount(page, 2)).toEqual([
      ['trueconf:shadow-at-load', 'trueconf:shadow-at-load'],
      ['trueconf:nested-shadow', 'trueconf:nested-shadow'],
    ]);
    await page.evaluate(() => {
      const scope = window as unknown as {
        attachLater(): void;
        addCard(user: string): void;
        addToShadow(text: string): void;
      };
      scope.attachLater();
      scope.addCard('card-user');
      scope.addToShadow('Added trueconf:added-in-shadow');
    });
    const links = await waitForLinkCount(page, 5);
    expect(links).toHaveLength(5);
    expect(links).toEqual(
      expect.arrayContaining([
        ['trueconf:shadow-later', 'trueconf:shadow-later'],
        ['trueconf:card-user', 'trueconf:card-user'],
        ['trueconf:added-in-shadow', 'trueconf:added-in-shadow'],
      ]),
    );
  });

  it('links in same-origin, srcdoc and about:blank frames', async () => {
    const page = await open('frames.html');
    expect(await waitForLinkCount(page, 1)).toEqual([['trueconf:top-frame', 'trueconf:top-frame']]);
    const frameLinks = async (selector: string): Promise<[string, string][]> => {
      const handle = await page.$(selector);
      const frame = await handle?.contentFrame();
      if (!frame) throw new Error(`no frame ${selector}`);
      return waitForLinkCount(frame, 1);
    };
    expect(await frameLinks('#same-origin')).toEqual([
      ['trueconf:child-frame', 'trueconf:child-frame'],
    ]);
    expect(await frameLinks('#srcdoc')).toEqual([
      ['trueconf:srcdoc-frame', 'trueconf:srcdoc-frame'],
    ]);
    expect(await frameLinks('#blank')).toEqual([['trueconf:blank-frame', 'trueconf:blank-frame']]);
  });

  it('relinks live when the known servers or the forms change', async () => {
    const page = await open('dynamic.html');
    await waitForLinkCount(page, 1);
    await page.evaluate(() => {
      (window as unknown as { addParagraph(text: string): void }).addParagraph(
        'Write to ivan@video.acme.example',
      );
    });
    await page.waitForTimeout(500);
    expect(await ourLinks(page)).toHaveLength(1);
    await setSettings({ knownServers: ['video.acme.example'] });
    expect(await waitForLinkCount(page, 2)).toContainEqual([
      'ivan@video.acme.example',
      'trueconf:ivan@video.acme.example',
    ]);
    await setSettings({});
    expect(await waitForLinkCount(page, 1)).toHaveLength(1);
    // Switching a form off undoes its links.
    await setSettings({
      forms: {
        uri: false,
        callString: true,
        conferenceId: true,
        trueconfId: true,
        knownServerUser: true,
      },
    });
    expect(await waitForLinkCount(page, 0)).toEqual([]);
  });

  it('shows the number of addresses (ours and the page’s own) on the badge', async () => {
    const page = await open('static.html');
    await waitForLinkCount(page, 9);
    await page.bringToFront();
    const deadline = Date.now() + 30_000;
    let badge = await badgeOfActiveTab();
    while (badge.text !== '10' && Date.now() < deadline) {
      await page.waitForTimeout(100);
      badge = await badgeOfActiveTab();
    }
    // Nine links we made plus the page's own trueconf: link.
    expect(badge).toEqual({ text: '10', stored: 10 });
    await setSettings({ disabledSites: ['127.0.0.1'] });
    await waitForLinkCount(page, 0);
    const until = Date.now() + 30_000;
    while (badge.text !== '1' && Date.now() < until) {
      await page.waitForTimeout(100);
      badge = await badgeOfActiveTab();
    }
    expect(badge).toEqual({ text: '1', stored: 1 });
  });
});
