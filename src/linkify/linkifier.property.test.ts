// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../detect';
import { createTrueConfLink } from './link/link-element';
import { collectRuns } from './link/runs';
import {
  createTestLinkifier,
  drain,
  linksIn,
  testDetectOptions,
  textNodesIn,
} from '../../test/support/linkifier';
import { TextSplits } from './link/text-splits';
import { collapseWhitespace, toRawRange } from './link/whitespace';

/** A small DOM model the arbitraries produce and `build` turns into real nodes. */
type Model = { text: string } | { tag: string; children: Model[]; editable?: boolean };

const FRAGMENTS = [
  'trueconf:smith',
  'visicall:\\c\\4154248070',
  ' call ',
  'TrueConf ID: ',
  'ipetrov@video.acme.example',
  'Conference ID: ',
  '0003172451',
  '\\c\\0003172451@tc.acme.example',
  '. ',
  '\n   ',
  'Meeting ID: 851 2345 6789',
  'C:\\c\\2024\\file.txt',
  'trueconf:',
  '«trueconf:»',
  'x',
  '',
];

const textArbitrary: fc.Arbitrary<Model> = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 })
  .map((parts) => ({ text: parts.join('') }));

const tree = fc.letrec<{ node: Model }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArbitrary,
    fc.record({
      tag: fc.constantFrom('p', 'div', 'li', 'b', 'i', 'span', 'a', 'button', 'br', 'td'),
      children: fc.array(tie('node'), { maxLength: 4 }),
      editable: fc.boolean(),
    }),
  ),
}));

function build(model: Model, parent: Node): void {
  if ('text' in model) {
    parent.appendChild(document.createTextNode(model.text));
    return;
  }
  const element = document.createElement(model.tag);
  if (model.editable && model.tag === 'div') element.setAttribute('contenteditable', '');
  if (model.tag !== 'br') for (const child of model.children) build(child, element);
  parent.appendChild(element);
}

/** Serializes a tree with the DOM's own accessors, attributes sorted. */
function serialize(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify((node as Text).data);
  const element = node as Element;
  const attributes = [...element.attributes]
    .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
    .sort()
    .join(' ');
  const children = [...element.childNodes].map(serialize).join(',');
  return `<${element.tagName.toLowerCase()} ${attributes}>[${children}]`;
}

/** Every match that lies inside one text node of its run: what must become links. */
function expectedLinks(root: Element): [string, string][] {
  const expected: [string, string][] = [];
  const containers = [root, ...root.querySelectorAll('p, div, li, td')];
  for (const container of containers) {
    if (container.closest('[contenteditable], a, button')) continue;
    const runs = drain(
      collectRuns(container, new TextSplits(createTrueConfLink), {
        maxRunChars: 1e6,
        nodesPerYield: 1e6,
        versionOf: () => 0,
      }),
    );
    for (const run of runs) {
      const collapsed = collapseWhitespace(run.text);
      const matches = detect(collapsed.text, testDetectOptions({ pageHasTrueConfContext: true }));
      for (const match of matches) {
        const [start, end] = toRawRange(collapsed, match.start, match.end);
        const inOneNode = run.segments.some(
          (segment) => segment.start <= start && end <= segment.start + segment.wholeLength,
        );
        if (inOneNode) expected.push([run.text.slice(start, end), match.href]);
      }
    }
  }
  return expected.sort();
}

describe('linkify then switch off (property)', () => {
  it('links exactly the matched slices, keeps the text, and restores the same nodes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree.node, { minLength: 1, maxLength: 5 }), async (models) => {
        const root = document.createElement('div');
        root.id = 'root';
        for (const model of models) build(model, root);
        document.body.replaceChildren(root);
        const original = serialize(root);
        const originalText = root.textContent;
        const originalNodes = textNodesIn(root).map((node) => [node, node.data] as const);
        const expected = expectedLinks(root);

        const setup = createTestLinkifier(document, { detect: { pageHasTrueConfContext: true } });
        setup.linkifier.start();
        await setup.settle();
        expect(root.textContent).toBe(originalText);
        expect(linksIn(root).sort()).toEqual(expected);
        for (const [node] of originalNodes) expect(node.isConnected).toBe(true);

        setup.linkifier.stop();
        expect(serialize(root)).toBe(original);
        const restored = textNodesIn(root);
        expect(restored).toHaveLength(originalNodes.length);
        restored.forEach((node, index) => {
          expect(node).toBe(originalNodes[index]?.[0]);
          expect(node.data).toBe(originalNodes[index]?.[1]);
        });
      }),
      { numRuns: 150 },
    );
  });
});
