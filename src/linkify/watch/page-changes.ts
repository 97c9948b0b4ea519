import { attributeExcludes } from '../find/element-rules';
import { ELEMENT_NODE, TEXT_NODE } from '../find/node-types';
import type { TextSplits } from '../link/text-splits';

/** What reacting to the page's changes needs from the linkifier. */
export interface PageChangeTarget {
  readonly splits: TextSplits;
  /** Undoes our split of a page text node (see `TextSplits.restore`) right away. */
  restore(text: Text, how: 'merge' | 'keep-page-text'): void;
  /** Notes that a text node changed, so work planned on its old text is dropped. */
  noteTextChanged(node: Node): void;
  /** Queues the block holding text node `node` to be checked again. */
  recheckTextOf(node: Node): void;
  /** Queues the block whose children changed (the block of `parent`'s own text). */
  recheckChildrenOf(parent: Node): void;
  /** Queues a scan of a new or newly allowed subtree, shadow roots included. */
  scanSubtree(element: Element): void;
  /** Undoes every link of ours inside `element`. */
  unlinkInside(element: Element): void;
  /** New elements arrived: shadow roots attached to old ones may have come with them. */
  elementsAdded(): void;
}

/**
 * Reacts to the page's DOM changes. Runs in the observer's microtask, before the page paints:
 * any link whose text the page changed or removed is undone right here, so it can never be
 * clicked with a stale `href`. Finding new links is only queued.
 */
export function reactToPageChanges(
  records: readonly MutationRecord[],
  target: PageChangeTarget,
): void {
  for (const record of records) {
    if (record.type === 'characterData') onTextChanged(record.target, target);
    else if (record.type === 'childList') onChildrenChanged(record, target);
    else if (record.type === 'attributes') onAttributeChanged(record, target);
  }
}

function onTextChanged(node: Node, target: PageChangeTarget): void {
  const { splits } = target;
  target.noteTextChanged(node);
  if (splits.isSplit(node as Text)) {
    // The page wrote its node: its new text is the whole truth, our nodes for it are stale.
    target.restore(node as Text, 'keep-page-text');
    target.recheckTextOf(node);
    return;
  }
  const owner = splits.ownerOf(node);
  if (owner) {
    // Someone edited the text of our link or of our rest text: give it back, check again.
    target.restore(owner, 'merge');
    target.recheckTextOf(owner);
    return;
  }
  target.recheckTextOf(node);
}

function onChildrenChanged(record: MutationRecord, target: PageChangeTarget): void {
  const { splits } = target;
  const changedLinkOwner = splits.ownerOf(record.target);
  if (changedLinkOwner) {
    // Someone replaced the text inside our link: give the page node its text back, check again.
    target.restore(changedLinkOwner, 'merge');
    target.recheckTextOf(changedLinkOwner);
    return;
  }
  for (const removed of record.removedNodes) {
    if (removed.nodeType === TEXT_NODE) target.noteTextChanged(removed);
    if (removed.nodeType === TEXT_NODE && splits.isSplit(removed as Text)) {
      // The page took its node away (or is moving it): it leaves with its whole text.
      target.restore(removed as Text, 'merge');
      continue;
    }
    const owner = splits.ownerOf(removed);
    if (owner) {
      // Someone removed one of our nodes: the page's node gets its whole text back.
      target.restore(owner, 'merge');
      target.recheckTextOf(owner);
    }
  }
  for (const added of record.addedNodes) {
    if (splits.ownerOf(added) !== undefined) continue;
    // Something was put between a page node and our nodes for it: give the node its text back.
    const next = added.nextSibling;
    const nextOwner = next ? splits.ownerOf(next) : undefined;
    if (nextOwner && next?.parentNode === nextOwner.parentNode) target.restore(nextOwner, 'merge');
    if (added.nodeType === TEXT_NODE) target.recheckTextOf(added);
    else if (added.nodeType === ELEMENT_NODE) target.scanSubtree(added as Element);
  }
  if (record.removedNodes.length > 0 && splits.linkCount > 0) {
    // Removing an inline element can change what the rest of its block says.
    target.recheckChildrenOf(record.target);
  }
  if (record.addedNodes.length > 0) target.elementsAdded();
}

function onAttributeChanged(record: MutationRecord, target: PageChangeTarget): void {
  const element = record.target as Element;
  const name = record.attributeName ?? '';
  const wasExcluding = attributeExcludes(name, record.oldValue);
  const excludes = attributeExcludes(name, element.getAttribute(name));
  // Most class and role changes (animations, menus) change nothing for us.
  if (wasExcluding === excludes || !element.isConnected) return;
  if (excludes) target.unlinkInside(element);
  else target.scanSubtree(element);
}
