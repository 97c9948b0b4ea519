import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEMO_DIR, FIXTURES_DIR, PROJECT_ROOT } from '../../e2e/harness/extension-browser';
import { startFixtureServer, type FixtureServer } from '../../e2e/harness/fixture-server';
import { createStandInClient, type StandInClient } from '../../e2e/harness/stand-in-client';

export const FIREFOX_EXTENSION_DIR = path.join(PROJECT_ROOT, '.output/firefox-mv3');
export const FIREFOX_FIXTURES_DIR = path.join(PROJECT_ROOT, 'test/e2e-firefox/fixtures');

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise; tests never download a browser. */
export function firefoxPath(): string {
  const executable = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(executable)) {
    throw new Error(
      `Firefox was not found at ${executable}. Install it with ` +
        '`sudo apt-get update && sudo apt-get install -y firefox-esr`, or set FIREFOX_PATH to a Firefox binary (140 or newer).',
    );
  }
  return executable;
}

/**
 * The permission Firefox stores when the user ticks "Always allow this extension to open trueconf
 * links" in its launch dialog (ContentDispatchChooser keys it `open-protocol-handler^<scheme>`).
 */
const OPEN_TRUECONF_PERMISSION = 'open-protocol-handler^trueconf';
const PERMISSION_DIALOG_URL = 'chrome://mozapps/content/handling/permissionDialog.xhtml';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's Gecko id, from the built manifest. */
  extensionId: string;
  /** `moz-extension://<uuid>`: the extension's pages live here. */
  extensionOrigin: string;
  server: FixtureServer;
  client: StandInClient;
  /** Opens an extension page such as `popup.html` in a new tab, loaded. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Opens `url` in a new tab, loaded. */
  openPage(url: string): Promise<Page>;
  /** The text of every "Allow … to open the trueconf link?" dialog Firefox shows right now. */
  launchDialogs(): Promise<string[]>;
  /** Answers the one open launch dialog as a person would: tick the box or not, open or cancel. */
  answerLaunchDialog(answer: { alwaysAllow: boolean; open: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /**
   * `extension-allowed` (the default): the user already ticked "Always allow this extension to
   * open trueconf links", as they do on the first call. `ask`: a fresh install, Firefox asks.
   */
  launchPermission?: 'extension-allowed' | 'ask';
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text?: string };
}

/**
 * Debian's Firefox ESR driven over WebDriver BiDi (no geckodriver), the built extension installed,
 * and a profile whose `handlers.json` sends `trueconf:` to the stand-in TrueConf app without the
 * app chooser, exactly as an installed TrueConf client that registered the scheme would be used.
 * Fails loudly, never skips, when a piece is missing.
 */
export async function launchFirefoxWithExtension(
  options: FirefoxOptions = {},
): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  const manifestFile = path.join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`,
    );
  }
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const extensionId = manifest.browser_specific_settings?.gecko?.id;
  if (!extensionId) throw new Error(`${manifestFile} has no browser_specific_settings.gecko.id`);

  const client = await createStandInClient();
  const server = await startFixtureServer([FIREFOX_FIXTURES_DIR, FIXTURES_DIR, DEMO_DIR]);
  const profileDir = await mkdtemp(path.join(tmpdir(), 'trueconf-e2e-firefox-'));
  // action 2 = use a helper app; ask: false = no app chooser. Firefox still asks for permission
  // per caller (the extension) unless it was granted, just as it does for a real client.
  const handlers = {
    defaultHandlersVersion: {},
    mimeTypes: {},
    schemes: {
      trueconf: {
        action: 2,
        ask: false,
        handlers: [{ name: 'TrueConf (stand-in)', path: path.join(client.binDir, 'xdg-open') }],
      },
    },
  };
  await writeFile(path.join(profileDir, 'handlers.json'), JSON.stringify(handlers));

  // Firefox gives each install a random moz-extension UUID; this pref fixes it for the profile.
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const removeTemporaryFiles = async (): Promise<void> => {
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
    await rm(client.binDir, { recursive: true, force: true });
  };
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profileDir,
      // Lets the tests open moz-extension: pages and read Firefox's own launch dialog.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
      },
    })
    .catch(async (error: unknown) => {
      await removeTemporaryFiles();
      throw error;
    });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  const chromeEvaluate = async (expression: string): Promise<unknown> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const [top] = tree.result.contexts as { context: string }[];
    if (!top) throw new Error('Firefox has no browser window');
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: top.context },
      awaitPromise: true,
    });
    const evaluated = result as unknown as EvaluateResult;
    if (evaluated.type !== 'success') {
      throw new Error(`Firefox chrome script failed: ${evaluated.exceptionDetails?.text ?? ''}`);
    }
    return evaluated.result?.value;
  };
  const dialogFrames = `[...document.querySelectorAll('browser, iframe')].filter(
      (frame) => frame.currentURI?.spec === ${JSON.stringify(PERMISSION_DIALOG_URL)})`;

  const waitUntilLoaded = async (page: Page, url: string): Promise<void> => {
    await page.waitForFunction(
      (expected) => location.href === expected && document.readyState === 'complete',
      { timeout: 15_000 },
      url,
    );
  };

  try {
    const installedId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installedId !== extensionId) {
      throw new Error(`Firefox installed ${installedId}, expected ${extensionId}`);
    }
    if ((options.launchPermission ?? 'extension-allowed') === 'extension-allowed') {
      await chromeEvaluate(`Services.perms.addFromPrincipal(
        Services.scriptSecurityManager.createContentPrincipalFromOrigin(${JSON.stringify(extensionOrigin)}),
        ${JSON.stringify(OPEN_TRUECONF_PERMISSION)}, Services.perms.ALLOW_ACTION, Services.perms.EXPIRE_NEVER)`);
    }
  } catch (error) {
    await browser.close();
    await removeTemporaryFiles();
    throw error;
  }

  return {
    browser,
    extensionId,
    extensionOrigin,
    server,
    client,
    async openExtensionPage(pagePath) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${pagePath}`;
      // Firefox's BiDi never reports the load of a moz-extension: page to Puppeteer, so
      // navigate without waiting for it and watch the page itself instead.
      const frameId = (page.mainFrame() as unknown as { _id: string })._id;
      await connection.send('browsingContext.navigate', { context: frameId, url, wait: 'none' });
      await waitUntilLoaded(page, url);
      return page;
    },
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async launchDialogs() {
      const texts = await chromeEvaluate(`JSON.stringify(${dialogFrames}.map(
        (frame) => frame.contentDocument?.querySelector('dialog')?.textContent.replace(/\\s+/g, ' ').trim() ?? ''))`);
      return JSON.parse(String(texts)) as string[];
    },
    async answerLaunchDialog({ alwaysAllow, open }) {
      const outcome = await chromeEvaluate(`(async () => {
        const frames = ${dialogFrames};
        if (frames.length !== 1) return 'expected one launch dialog, found ' + frames.length;
        const doc = frames[0].contentDocument;
        const dialog = doc.querySelector('dialog');
        const remember = doc.getElementById('remember');
        if (remember.checked !== ${alwaysAllow}) remember.click();
        const button = dialog.getButton(${open} ? 'accept' : 'cancel');
        // Firefox keeps "Open link" disabled for a moment so a stray click cannot accept it.
        for (let i = 0; i < 100 && button.disabled; i++) await new Promise((r) => setTimeout(r, 50));
        if (button.disabled) return 'the dialog button stayed disabled';
        button.click();
        return 'ok';
      })()`);
      if (outcome !== 'ok') throw new Error(String(outcome));
    },
    async close() {
      await browser.close();
      await removeTemporaryFiles();
    },
  };
}

/** The `browser` namespace Firefox gives extension pages, as the tests use it in `evaluate`. */
export interface ExtensionPageGlobal {
  browser: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: {
      query(query: Record<string, unknown>): Promise<{ id?: number; url?: string }[]>;
    };
    storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
  };
}
