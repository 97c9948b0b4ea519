import { isNeverLinkedElement, isRunBoundary } from './element-rules';
import { ELEMENT_NODE } from './node-types';

/** Where a text node's run lives, or null when the text may never be linked. */
export type RunContainer = Element | ShadowRoot | Document;

interface Verdict {
  excluded: boolean;
  /** The nearest run boundary at or above the element (the element itself when it is one). */
  container: RunContainer;
}

/**
 * Answers "may this text be linked, and which block holds its run?" by walking up the ancestors
 * once per element: verdicts are remembered, so a page of 80,000 text nodes or a 5,000-deep DOM
 * costs each element one look. Call `forget` whenever the DOM may have changed (each slice of
 * work), because attributes such as `contenteditable` can change between slices.
 */
export class ScopeResolver {
  private verdicts = new Map<Element, Verdict>();

  /** Drops every verdict: the next questions are answered from the DOM as it is now. */
  forget(): void {
    this.verdicts = new Map();
  }

  /** The run container of `text`, or null when it is inside something never linked. */
  containerOf(text: Node): RunContainer | null {
    const parent = text.parentNode;
    if (parent === null) return null;
    if (parent.nodeType !== ELEMENT_NODE) return parent as ShadowRoot | Document;
    const verdict = this.verdictOf(parent as Element);
    return verdict.excluded ? null : verdict.container;
  }

  /** The run container for text directly inside `element`, or null when that text is off limits. */
  containerOfElement(element: Element): RunContainer | null {
    const verdict = this.verdictOf(element);
    return verdict.excluded ? null : verdict.container;
  }

  /** True when text directly inside `element` may be linked. */
  isLinkable(element: Element): boolean {
    return !this.verdictOf(element).excluded;
  }

  private verdictOf(element: Element): Verdict {
    const known = this.verdicts.get(element);
    if (known) return known;
    // Climb without recursion until an element with a verdict or the top, then settle downwards.
    const chain: Element[] = [];
    let node: Node | null = element;
    let above: Verdict | null = null;
    let top: RunContainer | null = null;
    while (node !== null) {
      if (node.nodeType !== ELEMENT_NODE) {
        top = node as ShadowRoot | Document;
        break;
      }
      const cached = this.verdicts.get(node as Element);
      if (cached) {
        above = cached;
        break;
      }
      chain.push(node as Element);
      node = node.parentNode;
    }
    let verdict: Verdict = above ?? {
      excluded: false,
      container: top ?? chain[chain.length - 1] ?? element,
    };
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      const current = chain[index] as Element;
      const excluded = verdict.excluded || isNeverLinkedElement(current);
      const container = isRunBoundary(current) ? current : verdict.container;
      // An inline element shares its parent's verdict: one object for a paragraph and its <b>s.
      if (excluded !== verdict.excluded || container !== verdict.container) {
        verdict = { excluded, container };
      }
      this.verdicts.set(current, verdict);
    }
    return verdict;
  }
}
