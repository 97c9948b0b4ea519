import type { Page } from 'playwright-core';
import {
  clickLikeAPerson,
  frameOf,
  openAttackPage,
  otherOrigin,
  READING_MS,
} from '../harness/attack-page';
import type { ExtensionBrowser } from '../harness/extension-browser';
import type { Attack } from './attack';

/**
 * Links that would sign the TrueConf app in to the attacker's account, spelled so that a careless
 * check would miss the sign-in, or placed in a frame whose origin a careless check would trust.
 * The user clicks each deliberately: the confirmation comes from the sign-in, not from the click.
 */

const SERVER = 'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com';
const SIGN_IN = `${SERVER}&login=user&password=pswd&force=1`;

/** Puts a visible link on the page's stage, lets the user read it, and clicks it. */
async function clickPageLink(browser: ExtensionBrowser, href: string): Promise<void> {
  const page = await openAttackPage(browser);
  await page.evaluate((linkHref) => {
    const link = document.createElement('a');
    link.id = 'sign-in';
    link.href = linkHref;
    link.textContent = 'Join the meeting';
    document.getElementById('stage')?.append(link);
  }, href);
  await page.waitForTimeout(READING_MS);
  await clickLikeAPerson(page, '#sign-in');
}

/** Spellings the protocol library reads as a sign-in: held for confirmation. */
const heldSpellings: [string, string][] = [
  ['upper-case parameter names (LOGIN=, PASSWORD=)', `${SERVER}&LOGIN=user&PASSWORD=pswd`],
  [
    'the old visicall: scheme',
    'visicall:\\c\\737734033583@video.example.com%vcs&login=user&password=pswd',
  ],
];

/** Spellings it refuses outright as malformed (docs/protocol.md): nothing is launched. */
const refusedSpellings: [string, string][] = [
  ['a percent-encoded parameter name (%70assword)', `${SERVER}&login=user&%70assword=pswd`],
  ['a duplicated parameter (password= twice)', `${SERVER}&login=user&password=&password=pswd`],
  ['a duplicated parameter (login= twice)', `${SERVER}&login=victim&login=user&password=pswd`],
];

/** Writes a frame of the given kind with a sign-in link into the page, and returns the page. */
async function pageWithFrame(
  browser: ExtensionBrowser,
  kind: 'srcdoc' | 'about:blank' | 'data:' | 'blob:' | 'sandboxed' | 'cross-origin',
): Promise<Page> {
  const page = await openAttackPage(browser);
  const frameHtml = `<!doctype html><meta name="trueconf-linkify" content="off"><body style="margin:0"><a id="sign-in" href="${SIGN_IN.replaceAll('&', '&amp;')}" style="display:inline-block;padding:10px">Join the meeting</a></body>`;
  await page.evaluate(
    ({ frameKind, html, crossOrigin }) => {
      const frame = document.createElement('iframe');
      frame.id = 'frame';
      frame.style.cssText = 'position:absolute;left:100px;top:200px;width:300px;height:120px';
      if (frameKind === 'srcdoc') frame.srcdoc = html;
      if (frameKind === 'data:') frame.src = `data:text/html,${encodeURIComponent(html)}`;
      if (frameKind === 'blob:') {
        frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      }
      if (frameKind === 'sandboxed') {
        frame.setAttribute('sandbox', 'allow-scripts');
        frame.srcdoc = html;
      }
      if (frameKind === 'cross-origin') frame.src = crossOrigin;
      document.body.append(frame);
      if (frameKind === 'about:blank') {
        const inner = frame.contentDocument;
        const link = inner?.createElement('a');
        if (!inner || !link) return;
        link.id = 'sign-in';
        link.href = html.match(/href="([^"]*)"/)?.[1]?.replaceAll('&amp;', '&') ?? '';
        link.textContent = 'Join the meeting';
        inner.body.append(link);
      }
    },
    {
      frameKind: kind,
      html: frameHtml,
      crossOrigin: otherOrigin(browser, '/attacks/frame-link.html'),
    },
  );
  return page;
}

const frameKinds = [
  'srcdoc',
  'about:blank',
  'data:',
  'blob:',
  'sandboxed',
  'cross-origin',
] as const;

export const signInAttacks: Attack[] = [
  ...heldSpellings.map(([spelling, href]): Attack => ({
    name: `a sign-in link hidden by ${spelling}`,
    attacker: 'page',
    outcome: 'confirmation shown',
    run: (browser) => clickPageLink(browser, href),
  })),
  ...refusedSpellings.map(([spelling, href]): Attack => ({
    name: `a sign-in link hidden by ${spelling}`,
    attacker: 'page',
    outcome: 'nothing launched',
    run: (browser) => clickPageLink(browser, href),
  })),
  ...frameKinds.map((kind): Attack => ({
    name: `a sign-in link in a ${kind} frame`,
    attacker: 'frame',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await pageWithFrame(browser, kind);
      const frame = await frameOf(page, '#frame');
      await frame.waitForSelector('#sign-in');
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, '#sign-in', frame);
    },
  })),
  ...(['srcdoc', 'data:', 'blob:', 'sandboxed'] as const).map((kind): Attack => ({
    name: `a sign-in address written into a ${kind} frame after load, which the linkifier links`,
    attacker: 'frame',
    outcome: 'confirmation shown',
    async run(browser) {
      const page = await openAttackPage(browser);
      // Nothing to link at load: the frame script alone, until the text arrives.
      const html = `<!doctype html><body style="margin:0"><p>Welcome</p><script>setTimeout(() => { const p = document.createElement('p'); p.textContent = ${JSON.stringify(SIGN_IN)}; document.body.append(p); }, 300);</script></body>`;
      await page.evaluate(
        ({ frameKind, frameHtml }) => {
          const frame = document.createElement('iframe');
          frame.id = 'frame';
          frame.style.cssText = 'position:absolute;left:100px;top:200px;width:600px;height:120px';
          if (frameKind === 'srcdoc') frame.srcdoc = frameHtml;
          if (frameKind === 'data:') frame.src = `data:text/html,${encodeURIComponent(frameHtml)}`;
          if (frameKind === 'blob:') {
            frame.src = URL.createObjectURL(new Blob([frameHtml], { type: 'text/html' }));
          }
          if (frameKind === 'sandboxed') {
            frame.setAttribute('sandbox', 'allow-scripts');
            frame.srcdoc = frameHtml;
          }
          document.body.append(frame);
        },
        { frameKind: kind, frameHtml: html },
      );
      const frame = await frameOf(page, '#frame');
      await frame.waitForSelector('a[href^="trueconf:"]');
      await page.waitForTimeout(READING_MS);
      await clickLikeAPerson(page, 'a[href^="trueconf:"]', frame);
    },
  })),
];
