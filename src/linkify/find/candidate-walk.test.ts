// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findCandidateNodes } from './candidate-walk';

const NO_RULES = { customRules: [] };

function walk(root: Node, shouldStop = () => false, sweep = true) {
  // A node with several candidates ("trueconf:", "\\c\\") may be reported once for each.
  const candidates = new Set<string>();
  const hosts: string[] = [];
  const steps = findCandidateNodes(
    root,
    NO_RULES,
    (node) => {
      candidates.add(node.data);
      return 1;
    },
    shouldStop,
    sweep ? (host) => hosts.push(host.id) : undefined,
  );
  let result = steps.next();
  while (!result.done) result = steps.next();
  return { candidates: [...candidates], hosts, walkedAll: result.value };
}

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.append(document.createRange().createContextualFragment(html));
  return root;
}

describe('findCandidateNodes', () => {
  it('finds candidate text nodes and, on the same pass, every open shadow host', () => {
    const root = page(
      '<p>Join trueconf:\\c\\4154248070</p><div id="outer"><span id="inner">x</span></div><p>plain</p>',
    );
    root.id = 'root';
    root.attachShadow({ mode: 'open' });
    root.querySelector('#outer')?.attachShadow({ mode: 'open' });
    root.querySelector('#inner')?.attachShadow({ mode: 'open' });

    const { candidates, hosts, walkedAll } = walk(root);

    expect(candidates).toEqual(['Join trueconf:\\c\\4154248070']);
    expect(hosts).toEqual(['root', 'outer', 'inner']);
    expect(walkedAll).toBe(true);
  });

  it('looks at no element when nobody asks for shadow hosts', () => {
    const root = page('<div id="host">TrueConf ID: <b>ipetrov</b></div>');
    root.querySelector('#host')?.attachShadow({ mode: 'open' });

    const { candidates, hosts } = walk(root, () => false, false);

    expect(candidates).toEqual(['TrueConf ID: ']);
    expect(hosts).toEqual([]);
  });

  it('says when it stopped before the end, so the rest can still be swept', () => {
    const paragraphs = Array.from({ length: 600 }, (_, index) => `<p>line ${index}</p>`).join('');
    const root = page(`${paragraphs}<div id="late"></div>`);
    root.querySelector('#late')?.attachShadow({ mode: 'open' });

    const { hosts, walkedAll } = walk(root, () => true);

    expect(walkedAll).toBe(false);
    expect(hosts).toEqual([]);
  });
});
