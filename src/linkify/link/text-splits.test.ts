// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createTrueConfLink } from './link-element';
import { TextSplits } from './text-splits';

function paragraphWith(text: string): { paragraph: HTMLElement; node: Text } {
  const paragraph = document.createElement('p');
  const node = document.createTextNode(text);
  paragraph.append(node);
  document.body.replaceChildren(paragraph);
  return { paragraph, node };
}

describe('TextSplits', () => {
  it('splits several links out of one node and restores it', () => {
    const whole = 'a trueconf:x b trueconf:y';
    const { paragraph, node } = paragraphWith(whole);
    const splits = new TextSplits(createTrueConfLink);
    splits.split(node, [
      { start: 2, end: 12, href: 'trueconf:x', title: 'X' },
      { start: 15, end: 25, href: 'trueconf:y', title: 'Y' },
    ]);
    expect([...paragraph.childNodes].map((child) => [child.nodeName, child.textContent])).toEqual([
      ['#text', 'a '],
      ['A', 'trueconf:x'],
      ['#text', ' b '],
      ['A', 'trueconf:y'],
    ]);
    expect(paragraph.firstChild).toBe(node);
    expect(splits.linkCount).toBe(2);
    expect(splits.wholeText(node)).toBe(whole);
    expect(splits.ownerOf(paragraph.childNodes[1] as Node)).toBe(node);
    expect(splits.ownerOf(paragraph.childNodes[1]?.firstChild as Node)).toBe(node);
    splits.restore(node, 'merge');
    expect([...paragraph.childNodes]).toEqual([node]);
    expect(node.data).toBe(whole);
    expect(splits.linkCount).toBe(0);
    expect(splits.isSplit(node)).toBe(false);
  });

  it('reads a huge node only as far as asked', () => {
    const huge = `${'a'.repeat(100_000)} trueconf:x ${'b'.repeat(100_000)}`;
    const { node } = paragraphWith(huge);
    const splits = new TextSplits(createTrueConfLink);
    splits.split(node, [{ start: 100_001, end: 100_011, href: 'trueconf:x', title: '' }]);
    expect(splits.wholeLength(node)).toBe(huge.length);
    expect(splits.wholePrefix(node, 100_005)).toBe(huge.slice(0, 100_005));
    expect(splits.wholePrefix(node, huge.length)).toBe(huge);
    expect(splits.wholeText(node)).toBe(huge);
  });

  it('keeps the text the page wrote when asked to', () => {
    const { paragraph, node } = paragraphWith('trueconf:x rest');
    const splits = new TextSplits(createTrueConfLink);
    splits.split(node, [{ start: 0, end: 10, href: 'trueconf:x', title: '' }]);
    expect(node.data).toBe('');
    node.data = 'new text';
    splits.restore(node, 'keep-page-text');
    expect(paragraph.textContent).toBe('new text');
    expect(paragraph.childNodes).toHaveLength(1);
  });

  it('forgets detached splits once many accumulate, giving them their text back', () => {
    const splits = new TextSplits(createTrueConfLink);
    const detached: Text[] = [];
    for (let index = 0; index < 300; index += 1) {
      const { paragraph, node } = paragraphWith(`trueconf:u${index}`);
      splits.split(node, [{ start: 0, end: node.data.length, href: 'x', title: '' }]);
      paragraph.remove();
      detached.push(node);
    }
    expect(splits.splitNodes().length).toBeLessThan(300);
    expect(detached[0]?.data).toBe('trueconf:u0');
  });
});
