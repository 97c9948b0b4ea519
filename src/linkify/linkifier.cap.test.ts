// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestLinkifier, linksIn, type TestLinkifier } from '../../test/support/linkifier';

// A cap of two links, so that a page reaches it with a few lines instead of 10,000.
vi.mock('./work/limits', async (importOriginal) => {
  const original = await importOriginal<typeof import('./work/limits')>();
  return { ...original, LIMITS: { ...original.LIMITS, maxLinksPerDocument: 2 } };
});

let current: TestLinkifier | null = null;

afterEach(() => {
  current?.linkifier.stop();
  current = null;
  document.body.replaceChildren();
});

function paragraph(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  return element;
}

describe('at the link cap', () => {
  it('stops linking, yet still watches the open shadow roots of what the page adds', async () => {
    document.body.append(paragraph('Call trueconf:alice'), paragraph('Call trueconf:bob'));
    current = createTestLinkifier(document);
    current.linkifier.start();
    await current.settle();
    expect(linksIn(document.body)).toHaveLength(2);

    // Enough nodes that the walk of the added part stops at the cap before it reaches the host.
    const added = document.createElement('section');
    for (let index = 0; index < 300; index += 1) added.append(paragraph(`line ${index}`));
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    added.append(paragraph('Call trueconf:carol'), host);
    document.body.append(added);
    await current.settle();

    expect(linksIn(document.body)).toHaveLength(2);
    expect(current.capMessages.join(' ')).toContain('2 links');
    // Its page links count on the toolbar badge, so it is watched although nothing more is linked.
    expect(current.linkifier.shadowRoots()).toContain(shadow);
  });
});
