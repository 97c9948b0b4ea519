// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createTrueConfLink } from './link-element';
import { collectRuns } from './runs';
import { ScopeResolver } from '../find/scope-resolver';
import { drain } from '../../../test/support/linkifier';
import { TextSplits } from './text-splits';

const options = { maxRunChars: 1000, nodesPerYield: 2, versionOf: () => 0 };

function runTexts(container: Element): string[] {
  return drain(collectRuns(container, new TextSplits(createTrueConfLink), options)).map(
    (run) => run.text,
  );
}

/** Builds DOM from markup written in the test itself (never page text). */
function setBody(markup: string): void {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
}

describe('text runs', () => {
  beforeEach(() => setBody(''));

  it('joins text across inline elements into one run', () => {
    setBody('<p id="p">TrueConf meeting — Conference ID: <b>0003172451</b> <i>now</i></p>');
    const runs = drain(
      collectRuns(
        document.getElementById('p') as Element,
        new TextSplits(createTrueConfLink),
        options,
      ),
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]?.text).toBe('TrueConf meeting — Conference ID: 0003172451 now');
    expect(runs[0]?.segments.map((segment) => [segment.start, segment.node.data])).toEqual([
      [0, 'TrueConf meeting — Conference ID: '],
      [34, '0003172451'],
      [44, ' '],
      [45, 'now'],
    ]);
  });

  it('ends a run at block boundaries and <br>, and leaves nested blocks to themselves', () => {
    setBody(
      '<div id="d">one <span>two</span><br>three<p>nested</p>four<ul><li>item</li></ul>five</div>',
    );
    expect(runTexts(document.getElementById('d') as Element)).toEqual([
      'one two',
      'three',
      'four',
      'five',
    ]);
  });

  it('skips never-linked subtrees and ends the run there', () => {
    setBody(
      '<div id="d">a<a href="/x">link</a>b<button>btn</button>c<script>var x</script>d' +
        '<span contenteditable>edit</span>e<span data-trueconf-ignore>ign</span>f' +
        '<svg><text>svg</text></svg>g<span class="ProseMirror">pm</span>h</div>',
    );
    expect(runTexts(document.getElementById('d') as Element)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });

  it('treats unknown and custom elements as inline', () => {
    setBody('<div id="d">Conference <x-label>ID</x-label>: <tc-id>123456</tc-id></div>');
    expect(runTexts(document.getElementById('d') as Element)).toEqual(['Conference ID: 123456']);
  });

  it('caps a run and says so', () => {
    setBody(`<p id="p">${'x'.repeat(600)}<b>${'y'.repeat(600)}</b>z</p>`);
    const runs = drain(
      collectRuns(
        document.getElementById('p') as Element,
        new TextSplits(createTrueConfLink),
        options,
      ),
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]?.truncated).toBe(true);
    expect(runs[0]?.text).toHaveLength(1000);
    expect(runs[0]?.segments.map((segment) => segment.examined)).toEqual([600, 400]);
  });

  it('walks a 5,000-deep DOM without recursion', () => {
    let parent: Element = document.body;
    for (let depth = 0; depth < 5000; depth += 1) {
      const child = document.createElement('span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(document.createTextNode('deep'));
    document.body.firstElementChild?.prepend('top ');
    expect(
      drain(collectRuns(document.body, new TextSplits(createTrueConfLink), options))[0]?.text,
    ).toBe('top deep');
    expect(new ScopeResolver().containerOf(parent.firstChild as Text)).toBe(document.body);
  });
});

describe('scope resolver', () => {
  it('finds the block of a text node and refuses off-limits text', () => {
    setBody(
      '<div id="d"><p id="p">x <b id="b">y</b></p><div contenteditable="true"><p id="e">z</p></div>' +
        '<div contenteditable="false"><p id="f">w</p></div><div role="textbox"><span id="r">v</span></div></div>',
    );
    const resolver = new ScopeResolver();
    const byId = (id: string): Node => document.getElementById(id)?.firstChild as Node;
    expect(resolver.containerOf(byId('b'))).toBe(document.getElementById('p'));
    expect(resolver.containerOf(byId('p'))).toBe(document.getElementById('p'));
    expect(resolver.containerOf(byId('e'))).toBeNull();
    expect(resolver.containerOf(byId('f'))).toBe(document.getElementById('f'));
    expect(resolver.containerOf(byId('r'))).toBeNull();
  });
});
