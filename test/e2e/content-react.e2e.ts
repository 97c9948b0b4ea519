import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtensionBrowser,
  PROJECT_ROOT,
  type ExtensionBrowser,
} from './harness/extension-browser';

/**
 * The real react and react-dom packages from node_modules, bundled for the page at test time
 * (React 19 ships no browser build of its own) and served to the fixture by a route.
 */
async function bundleReact(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'trueconf-react-'));
  try {
    const entry = path.join(dir, 'entry.js');
    await writeFile(
      entry,
      "import * as React from 'react';\nimport * as ReactDOMClient from 'react-dom/client';\n" +
        'window.React = React;\nwindow.ReactDOMClient = ReactDOMClient;\n',
    );
    const outfile = path.join(dir, 'react-bundle.js');
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      outfile,
      minify: true,
      nodePaths: [path.join(PROJECT_ROOT, 'node_modules')],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return await readFile(outfile, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Sample {
  errors: string[];
  expectedId: string;
  conferenceText: string;
  links: { text: string; href: string; connected: boolean; ownerText: string }[];
}

/** One look at the page: its errors, its text, and every link of ours against its text. */
function sample(page: Page): Promise<Sample> {
  return page.evaluate(() => {
    const scope = window as unknown as { pageErrors: string[]; expectedId: string };
    return {
      errors: [...scope.pageErrors],
      expectedId: scope.expectedId,
      conferenceText: document.getElementById('conference')?.textContent ?? '',
      links: [...document.querySelectorAll('a[data-trueconf-link]')].map((link) => ({
        text: link.textContent ?? '',
        href: link.getAttribute('href') ?? '',
        connected: link.isConnected,
        ownerText: link.parentElement?.textContent ?? '',
      })),
    };
  });
}

/** The href a link's text must have: the expected canonical form of each kind in the fixture. */
function hrefFor(text: string): string {
  if (/^\d+$/.test(text)) return `trueconf:\\c\\${text}`;
  return text;
}

describe('a React app that re-renders TrueConf addresses', () => {
  let browser: ExtensionBrowser;
  let reactBundle: string;

  beforeAll(async () => {
    reactBundle = await bundleReact();
    browser = await launchExtensionBrowser();
    await browser.context.route('**/content/vendor/react-bundle.js', (route) =>
      route.fulfill({ body: reactBundle, contentType: 'text/javascript' }),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps working: no page error, current text, never a stale link', async () => {
    const SAMPLES = 160;
    const page = await browser.context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(browser.server.url('/content/react.html'));
    await page.waitForFunction(() => document.getElementById('conference') !== null);

    let sawConferenceLink = false;
    let sawRoomLink = false;
    // About six seconds of React's renders on a quiet machine; counted in samples, not time, and
    // on until both kinds of link were seen (a page never linked fails on the test's timeout).
    for (let taken = 0; taken < SAMPLES || !(sawConferenceLink && sawRoomLink); taken++) {
      const now = await sample(page);
      expect(now.errors).toEqual([]);
      // The text React rendered is current: our nodes never hide or repeat the page's text.
      expect(now.conferenceText).toMatch(
        new RegExp(`^TrueConf conference ID: ${now.expectedId} \\(updated \\d+\\)$`),
      );
      for (const link of now.links) {
        expect(link.connected).toBe(true);
        expect(link.href).toBe(hrefFor(link.text));
        expect(link.ownerText).toContain(link.text);
        if (/^\d{10}$/.test(link.text)) {
          // A conference link shows the ID React rendered last, never an old one.
          expect(link.text).toBe(now.expectedId);
          sawConferenceLink = true;
        }
        if (link.text.startsWith('trueconf:room-')) sawRoomLink = true;
      }
      await page.waitForTimeout(37);
    }
    expect(sawConferenceLink).toBe(true);
    expect(sawRoomLink).toBe(true);
    expect(consoleErrors).toEqual([]);

    // Switching off while React keeps rendering leaves React's DOM intact and working.
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ settings: { disabledSites: ['127.0.0.1'] } }),
    );
    // However long the switch takes to reach the page, once off, no link comes back.
    await expect.poll(async () => (await sample(page)).links, { timeout: 30_000 }).toEqual([]);
    const off = await sample(page);
    expect(off.links).toEqual([]);
    expect(off.errors).toEqual([]);
    await page.waitForTimeout(700);
    const later = await sample(page);
    expect(later.conferenceText).toMatch(
      new RegExp(`^TrueConf conference ID: ${later.expectedId} `),
    );
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: {} }));
  });
});
