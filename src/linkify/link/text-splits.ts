/**
 * How a match inside a page's text node becomes a link without taking the node from the page.
 *
 * Frameworks (React, Vue, …) keep references to the text nodes they rendered and later write to
 * them (`node.nodeValue = …`), insert before them or remove them. So we NEVER move or detach a
 * text node the page owns. To link a match inside page-owned text node T we shorten T in place to
 * the text before the first match (T stays where it was, maybe empty) and insert OUR nodes right
 * after it: the `<a>` and a new text node for the text after it (and so on for further matches).
 * The WeakMaps below remember which of our nodes belong to T.
 *
 * When the page writes to T, the mutation observer (a microtask, so before the next paint) drops
 * our nodes for T at once: the page's new text in T is the whole truth, and it is scanned again.
 * When the page removes T, T gets its whole text back and our nodes go. When the page replaces an
 * element's children, our nodes go with the page's. The page therefore always finds its own nodes
 * where it put them, and a stale `href` can never be clicked.
 */

export interface PlannedLink {
  /** Offsets into the page node's whole text (its own text plus ours after it). */
  start: number;
  end: number;
  href: string;
  title: string;
}

/** Makes an empty link element for `link`; the split puts the matched text node inside it. */
export type LinkFactory = (ownerDocument: Document, link: PlannedLink) => HTMLElement;

interface SplitRecord {
  /** Our nodes, in document order, right after the page's text node. */
  ours: Node[];
  links: PlannedLink[];
}

export class TextSplits {
  private readonly records = new WeakMap<Text, SplitRecord>();
  private readonly owners = new WeakMap<Node, Text>();
  /** Strong references so that switching off can find every split; pruned of detached nodes. */
  private readonly tracked = new Set<Text>();
  private pruneThreshold = 256;
  private links = 0;

  constructor(private readonly createLink: LinkFactory) {}

  /** How many links we currently have (in every node we track). */
  get linkCount(): number {
    return this.links;
  }

  isSplit(text: Text): boolean {
    return this.records.has(text);
  }

  /** The page's text node that one of our nodes (a link, its text, a rest text) belongs to. */
  ownerOf(node: Node): Text | undefined {
    const owner = this.owners.get(node);
    if (owner !== undefined || node.nodeType !== 3) return owner;
    // The text inside our link is found through the link: one map entry fewer per link.
    const parent = node.parentNode;
    return parent === null ? undefined : this.owners.get(parent);
  }

  linksOf(text: Text): readonly PlannedLink[] {
    return this.records.get(text)?.links ?? [];
  }

  /** The text the page meant T to show: T's own text plus the text of our nodes after it. */
  wholeText(text: Text): string {
    const record = this.records.get(text);
    if (!record) return text.data;
    let whole = text.data;
    for (const node of record.ours) whole += node.textContent ?? '';
    return whole;
  }

  /** Length of `wholeText(text)`, without reading any text (a page's text node can be 10 MB). */
  wholeLength(text: Text): number {
    const record = this.records.get(text);
    let length = text.length;
    if (record) for (const node of record.ours) length += textLength(node);
    return length;
  }

  /** The first `limit` characters of `wholeText(text)`, reading no more than that. */
  wholePrefix(text: Text, limit: number): string {
    const record = this.records.get(text);
    if (!record) return text.length <= limit ? text.data : text.substringData(0, limit);
    let prefix = '';
    for (const node of [text, ...record.ours]) {
      const room = limit - prefix.length;
      if (room <= 0) break;
      const part = node.nodeType === 3 ? (node as Text) : (node.firstChild as Text | null);
      if (part === null || part.nodeType !== 3) {
        prefix += (node.textContent ?? '').slice(0, room);
      } else {
        prefix += part.length <= room ? part.data : part.substringData(0, room);
      }
    }
    return prefix;
  }

  splitNodes(): Text[] {
    return [...this.tracked];
  }

  /**
   * Links `links` (sorted, non-overlapping, offsets into T's text) in page node `text`, which must
   * not be split already and must have a parent. T's text is read once and our nodes are made
   * from slices of it: Chromium shares a string with a new text node, while `splitText` and
   * `deleteData` copy and re-lay-out the whole node, which takes long for a 10 MB node.
   */
  split(text: Text, links: PlannedLink[]): void {
    const parent = text.parentNode;
    const first = links[0];
    if (parent === null || first === undefined || this.records.has(text)) return;
    const ownerDocument = text.ownerDocument;
    const whole = text.data;
    const ours: Node[] = [];
    let cursor = first.start;
    for (const link of links) {
      if (link.start > cursor)
        ours.push(ownerDocument.createTextNode(whole.slice(cursor, link.start)));
      const anchor = this.createLink(ownerDocument, link);
      anchor.appendChild(ownerDocument.createTextNode(whole.slice(link.start, link.end)));
      ours.push(anchor);
      cursor = link.end;
    }
    if (cursor < whole.length) ours.push(ownerDocument.createTextNode(whole.slice(cursor)));
    const fragment = ownerDocument.createDocumentFragment();
    for (const node of ours) {
      this.owners.set(node, text);
      fragment.appendChild(node);
    }
    parent.insertBefore(fragment, text.nextSibling);
    text.data = whole.slice(0, first.start);
    this.records.set(text, { ours, links });
    this.links += links.length;
    this.track(text);
  }

  /**
   * Undoes the split of `text`. `merge` gives T back its whole text (the page removed T or one of
   * our nodes, or we switch off); `keep-page-text` leaves T as the page just wrote it.
   */
  restore(text: Text, how: 'merge' | 'keep-page-text'): void {
    const record = this.records.get(text);
    if (!record) return;
    if (how === 'merge') {
      let ourText = '';
      for (const node of record.ours) ourText += node.textContent ?? '';
      // One assignment, not appendData: Chromium's in-place edits are slow on huge nodes.
      if (ourText !== '') text.data = text.data + ourText;
    }
    for (const node of record.ours) node.parentNode?.removeChild(node);
    this.records.delete(text);
    this.tracked.delete(text);
    this.links -= record.links.length;
  }

  restoreAll(): void {
    for (const text of [...this.tracked]) this.restore(text, 'merge');
  }

  private track(text: Text): void {
    this.tracked.add(text);
    if (this.tracked.size < this.pruneThreshold) return;
    // Pages that churn (a React list re-rendered every second) leave detached splits behind.
    // Giving those nodes their whole text back lets them go, and should the page insert one
    // again it arrives as plain page text and is scanned like any other.
    for (const node of [...this.tracked]) {
      if (!node.isConnected) this.restore(node, 'merge');
    }
    this.pruneThreshold = Math.max(256, this.tracked.size * 2);
  }
}

function textLength(node: Node): number {
  if (node.nodeType === 3) return (node as Text).length;
  let length = 0;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    length += child.nodeType === 3 ? (child as Text).length : (child.textContent ?? '').length;
  }
  return length;
}
