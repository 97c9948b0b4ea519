// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CapReporter } from './work/cap-reporter';
import { Linkifier } from './linkifier';
import { createManualScheduler, linksIn, testDetectOptions } from '../../test/support/linkifier';

let linkifier: Linkifier | null = null;

afterEach(() => {
  linkifier?.stop();
  linkifier = null;
  document.body.replaceChildren();
});

function manualLinkifier(capMessages: string[] = [], slowLinks = false) {
  const scheduler = createManualScheduler();
  linkifier = new Linkifier(document, {
    detectOptions: testDetectOptions(),
    describeMatch: (match) => {
      // Stands in for slow work in the middle of a slice.
      if (slowLinks) scheduler.advance(80);
      return match.href;
    },
    capReporter: new CapReporter((message) => capMessages.push(message)),
    scheduler,
  });
  return { linkifier, scheduler };
}

/** Many plain text nodes, so the fast pass needs many steps. */
function fillPage(rows: number, lastText: string): void {
  for (let index = 0; index < rows; index += 1) {
    const row = document.createElement('div');
    row.append(`row ${index} `, document.createElement('br'), 'plain words');
    document.body.appendChild(row);
  }
  const last = document.createElement('p');
  last.textContent = lastText;
  document.body.appendChild(last);
}

describe('work in slices', () => {
  it('links the whole page in many short slices', () => {
    fillPage(600, 'Last: trueconf:tail');
    const { linkifier: started, scheduler } = manualLinkifier();
    started.start();
    const slices = scheduler.runAll();
    // 1,200 text nodes at 256 per step and a few steps per slice: several slices.
    expect(slices).toBeGreaterThan(1);
    expect(linksIn(document.body)).toEqual([['trueconf:tail', 'trueconf:tail']]);
  });

  it('finishes the fast pass correctly when the page changes in the middle of it', async () => {
    fillPage(600, 'Last: trueconf:tail');
    const { linkifier: started, scheduler } = manualLinkifier();
    started.start();
    // The walk has begun; now the page inserts text before everything.
    scheduler.runSlice();
    const early = document.createElement('p');
    early.textContent = 'Early text that shifts every offset by a good amount of characters';
    document.body.prepend(early);
    await Promise.resolve();
    scheduler.runAll();
    expect(linksIn(document.body)).toEqual([['trueconf:tail', 'trueconf:tail']]);
    // happy-dom's Range is slow; Chromium reads these chunks in microseconds.
  }, 20_000);

  it('stays quiet while every slice keeps to its budget', () => {
    fillPage(400, 'Last: trueconf:tail');
    const messages: string[] = [];
    const { linkifier: started, scheduler } = manualLinkifier(messages);
    started.start();
    scheduler.runAll();
    expect(messages).toEqual([]);
  });

  it('reports a task of its own that ran long', () => {
    fillPage(1, 'trueconf:x');
    const messages: string[] = [];
    const { linkifier: started, scheduler } = manualLinkifier(messages, true);
    started.start();
    scheduler.runAll();
    expect(linksIn(document.body)).toHaveLength(1);
    expect(messages.join('\n')).toMatch(/took longer than planned; .*\(slice: 8\d ms\)/);
  });
});
