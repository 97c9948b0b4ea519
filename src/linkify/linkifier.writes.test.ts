// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CapReporter } from './work/cap-reporter';
import { Linkifier, type LinkifierOptions } from './linkifier';
import { createManualScheduler, linksIn, testDetectOptions } from '../../test/support/linkifier';

/**
 * A scan's links are written together in few slices (see `WorkLoop.runSlice`): these tests drive
 * the slices by hand and look at the page between them.
 */

let linkifier: Linkifier | null = null;

afterEach(() => {
  linkifier?.stop();
  linkifier = null;
  document.body.replaceChildren();
});

function start(overrides: Partial<LinkifierOptions> = {}) {
  const scheduler = createManualScheduler();
  const options: LinkifierOptions = {
    detectOptions: testDetectOptions(),
    describeMatch: (match) => `Open ${match.href}`,
    capReporter: new CapReporter(() => undefined),
    scheduler,
    ...overrides,
  };
  linkifier = new Linkifier(document, options);
  linkifier.start();
  return { linkifier, scheduler, options };
}

/** `rows` rows of plain text, and an ID in every `every`-th one (none when 0). */
function fillPage(rows: number, every: number): void {
  for (let index = 0; index < rows; index += 1) {
    const row = document.createElement('p');
    const withId = every > 0 && index % every === 0;
    row.append(
      `row ${index} `,
      document.createElement('b'),
      withId ? ` trueconf:\\c\\${index}` : ' plain',
    );
    document.body.appendChild(row);
  }
}

/**
 * Runs slices one by one and returns how many links the page had after each; `gapMs` stands for
 * the time the browser spends between two slices.
 */
function linkCountsPerSlice(
  scheduler: ReturnType<typeof createManualScheduler>,
  gapMs = 0,
): number[] {
  const counts: number[] = [];
  while (scheduler.runSlice()) {
    counts.push(linksIn(document.body).length);
    scheduler.advance(gapMs);
  }
  return counts;
}

function changesIn(counts: number[]): number {
  return counts.filter((count, index) => count !== (counts[index - 1] ?? 0)).length;
}

/** A paragraph with an ID at the top, read in the first slices, then plenty of page to scan. */
function pageWithIdFirst(): HTMLParagraphElement {
  const first = document.createElement('p');
  first.textContent = 'Join trueconf:\\c\\4154248070 now';
  document.body.appendChild(first);
  fillPage(800, 0);
  return first;
}

describe('writing links', () => {
  it('writes what a short scan found in one go, not link by link', () => {
    fillPage(300, 10);
    const { scheduler } = start();
    const counts = linkCountsPerSlice(scheduler);
    expect(counts.at(-1)).toBe(30);
    expect(counts.length).toBeGreaterThan(5);
    // Every slice that changes the page costs the browser a layout pass: one is enough here.
    expect(changesIn(counts)).toBe(1);
  });

  it('shows the first links of a long scan before the scan is over', () => {
    fillPage(600, 20);
    const { scheduler } = start();
    const counts = linkCountsPerSlice(scheduler, 40);
    expect(counts.at(-1)).toBe(30);
    expect(counts.some((count) => count > 0 && count < 30)).toBe(true);
    // Still in batches, far fewer than one per link.
    expect(changesIn(counts)).toBeLessThan(20);
  }, 20_000);

  it('never writes a planned link into a block that became editable before the write', async () => {
    const first = pageWithIdFirst();
    const { scheduler } = start();
    for (let slice = 0; slice < 2; slice += 1) scheduler.runSlice();
    expect(linksIn(first)).toEqual([]);
    first.setAttribute('contenteditable', 'true');
    await Promise.resolve();
    scheduler.runAll();
    expect(linksIn(first)).toEqual([]);
    expect(first.textContent).toBe('Join trueconf:\\c\\4154248070 now');
  });

  it('writes the same planned link when nothing changed in between', () => {
    const first = pageWithIdFirst();
    const { scheduler } = start();
    for (let slice = 0; slice < 2; slice += 1) scheduler.runSlice();
    expect(linksIn(first)).toEqual([]);
    scheduler.runAll();
    expect(linksIn(first)).toEqual([['trueconf:\\c\\4154248070', 'trueconf:\\c\\4154248070']]);
  });

  it('links the text the page has now when the page changed a planned node', async () => {
    const first = pageWithIdFirst();
    const { scheduler } = start();
    for (let slice = 0; slice < 2; slice += 1) scheduler.runSlice();
    (first.firstChild as Text).data = 'Now trueconf:\\c\\1000000001 instead';
    await Promise.resolve();
    scheduler.runAll();
    expect(linksIn(first)).toEqual([['trueconf:\\c\\1000000001', 'trueconf:\\c\\1000000001']]);
    expect(first.textContent).toBe('Now trueconf:\\c\\1000000001 instead');
  });

  it('writes the newer plan when the settings changed in between', () => {
    const first = pageWithIdFirst();
    const { linkifier: started, scheduler, options } = start();
    for (let slice = 0; slice < 2; slice += 1) scheduler.runSlice();
    started.update({ ...options, describeMatch: (match) => `Join ${match.href}` });
    scheduler.runAll();
    expect(first.querySelector('a')?.title).toBe('Join trueconf:\\c\\4154248070');
  });

  it('watches the page again, shadow roots too, once a batch of links is written', async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'inside' }));
    fillPage(50, 10);
    const { scheduler } = start();
    scheduler.runAll();
    expect(linksIn(document.body)).toHaveLength(5);
    // The batch was written with the observer off; changes after it must still be seen.
    (document.body.lastElementChild?.firstChild as Text).data = 'now trueconf:\\c\\1000000002 ';
    (shadow.firstElementChild?.firstChild as Text).data = 'and trueconf:\\c\\1000000003';
    await Promise.resolve();
    scheduler.runAll();
    expect(linksIn(document.body)).toHaveLength(6);
    expect(linksIn(shadow)).toEqual([['trueconf:\\c\\1000000003', 'trueconf:\\c\\1000000003']]);
  });

  it('writes nothing planned after being switched off', () => {
    const first = pageWithIdFirst();
    const { linkifier: started, scheduler } = start();
    for (let slice = 0; slice < 2; slice += 1) scheduler.runSlice();
    started.stop();
    scheduler.runAll();
    expect(linksIn(document.body)).toEqual([]);
    expect(first.childNodes).toHaveLength(1);
  });
});
