import { fieldLabelOf } from '../../detect';
import { ELEMENT_NODE } from '../find/node-types';
import type { RunContainer } from '../find/scope-resolver';

/**
 * Where a label and its value sit in different blocks (detection.md, "Label and value apart"): a
 * row's cell and the next cell, a `dt` and its `dd`s, a column header and the cells below it in
 * the same table. Read from the DOM only for blocks that are already candidates (a label cell) or
 * whose text is one lone value in a cell: no layout is read, and a page without candidate text
 * never gets here.
 */

/** The text of a label cell is short; a long one is read no further than this. */
const MAX_LABEL_CELL_CHARS = 96;

const CELL_TAGS = new Set(['td', 'th']);

function asElement(container: RunContainer | null): Element | null {
  return container !== null && container.nodeType === ELEMENT_NODE ? (container as Element) : null;
}

function labelOfCell(cell: Element | null): string | null {
  if (cell === null) return null;
  const text = firstChars(cell, MAX_LABEL_CELL_CHARS + 1);
  if (text.length > MAX_LABEL_CELL_CHARS) return null;
  return fieldLabelOf(text);
}

/** The cell's column, counting the spans of the cells before it in its row. */
function columnOf(cell: Element): number {
  let column = 0;
  for (let before = cell.previousElementSibling; before; before = before.previousElementSibling) {
    if (CELL_TAGS.has(before.localName))
      column += Math.max(1, (before as HTMLTableCellElement).colSpan || 1);
  }
  return column;
}

function cellAtColumn(row: Element, column: number): Element | null {
  let at = 0;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (!CELL_TAGS.has(cell.localName)) continue;
    if (at === column) return cell;
    at += Math.max(1, (cell as HTMLTableCellElement).colSpan || 1);
    if (at > column) return null;
  }
  return null;
}

/** The rows of this table only (not of tables nested in it), in order. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.localName)) {
      for (let row = child.firstElementChild; row; row = row.nextElementSibling) {
        if (row.localName === 'tr') rows.push(row);
      }
    }
  }
  return rows;
}

function firstRowOf(table: Element): Element | null {
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'tr') return child;
    if (['thead', 'tbody', 'tfoot'].includes(child.localName)) {
      for (let row = child.firstElementChild; row; row = row.nextElementSibling) {
        if (row.localName === 'tr') return row;
      }
    }
  }
  return null;
}

/** The header row of the cell's table: its `thead`'s first row, or a first row of `th` cells. */
function headerRowOf(table: Element): Element | null {
  const first = firstRowOf(table);
  if (first === null) return null;
  if (first.parentElement?.localName === 'thead') return first;
  for (let cell = first.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.localName === 'td') return null;
  }
  return first;
}

function tableOfRow(row: Element): Element | null {
  const parent = row.parentElement;
  if (parent?.localName === 'table') return parent;
  const grandparent = parent?.parentElement;
  return grandparent?.localName === 'table' ? grandparent : null;
}

/** The label that applies to a value block, or null: the cell before it, its `dt`, its column's header. */
export function fieldLabelFor(container: RunContainer): string | null {
  const element = asElement(container);
  if (element === null) return null;
  if (element.localName === 'dd') {
    let before = element.previousElementSibling;
    while (before !== null && before.localName === 'dd') before = before.previousElementSibling;
    return before?.localName === 'dt' ? labelOfCell(before) : null;
  }
  if (!CELL_TAGS.has(element.localName)) return null;
  const previous = element.previousElementSibling;
  if (previous !== null && CELL_TAGS.has(previous.localName)) {
    const rowLabel = labelOfCell(previous);
    if (rowLabel !== null) return rowLabel;
  }
  const row = element.parentElement;
  if (row === null || row.localName !== 'tr') return null;
  const table = tableOfRow(row);
  const headerRow = table === null ? null : headerRowOf(table);
  if (headerRow === null || headerRow === row) return null;
  return labelOfCell(cellAtColumn(headerRow, columnOf(element)));
}

/** A label block's label and the blocks it labels: the next cell, the `dd`s after a `dt`, a header's column. */
export function labelledValuesOf(
  container: RunContainer,
): { label: string; values: Element[] } | null {
  const element = asElement(container);
  if (element === null || !['td', 'th', 'dt'].includes(element.localName)) return null;
  const label = labelOfCell(element);
  if (label === null) return null;
  return { label, values: valuesOf(element) };
}

function valuesOf(element: Element): Element[] {
  if (element.localName === 'dt') {
    const values: Element[] = [];
    for (
      let next = element.nextElementSibling;
      next?.localName === 'dd';
      next = next.nextElementSibling
    ) {
      values.push(next);
    }
    return values;
  }
  const row = element.parentElement;
  const table = row?.localName === 'tr' ? tableOfRow(row) : null;
  if (row && table !== null && headerRowOf(table) === row) {
    const column = columnOf(element);
    return rowsOf(table)
      .filter((other) => other !== row && other.parentElement?.localName !== 'thead')
      .map((other) => cellAtColumn(other, column))
      .filter((cell): cell is Element => cell !== null);
  }
  const next = element.nextElementSibling;
  return next !== null && CELL_TAGS.has(next.localName) ? [next] : [];
}

/**
 * The text of a block's nearest table row, list item and heading, for the rule about other services
 * (detection.md). Only read for runs that hold a conference label or a lone value. What the blocks
 * of one table or list share (its heading, its header row) is read once per instance: one instance
 * serves all the values of a column.
 */
export class Surroundings {
  private readonly shared = new Map<Element, string>();

  textOf(container: RunContainer): string {
    const element = asElement(container);
    if (element === null) return '';
    const parts: string[] = [];
    const row = element.closest('tr');
    if (row !== null) parts.push(firstChars(row, MAX_ROW_CHARS));
    const item = element.closest('li');
    if (item !== null) parts.push(firstChars(item, MAX_ROW_CHARS));
    // A heading is looked for before the table or list, not among its hundreds of rows.
    const group = element.closest('table, ul, ol, dl') ?? element;
    parts.push(this.once(group, () => headingTextBefore(group)));
    const table = row === null ? null : tableOfRow(row);
    if (table !== null && row !== null) {
      const headerRow = headerRowOf(table);
      if (headerRow !== null && headerRow !== row) {
        parts.push(this.once(headerRow, () => firstChars(headerRow, MAX_ROW_CHARS)));
      }
    }
    return parts.join(' ');
  }

  private once(key: Element, read: () => string): string {
    let text = this.shared.get(key);
    if (text === undefined) {
      text = read();
      this.shared.set(key, text);
    }
    return text;
  }
}

const MAX_ROW_CHARS = 1_000;
const MAX_HEADING_CHARS = 300;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements looked at on the way back to a heading; past this, the block has none near it. */
const MAX_HEADING_STEPS = 64;

/** The closest heading before the element: among its preceding siblings and its ancestors' ones. */
function headingTextBefore(element: Element): string {
  let steps = 0;
  for (let level: Element | null = element; level !== null; level = level.parentElement) {
    if (HEADING_TAGS.has(level.localName)) return firstChars(level, MAX_HEADING_CHARS);
    for (
      let before = level.previousElementSibling;
      before;
      before = before.previousElementSibling
    ) {
      steps += 1;
      if (steps > MAX_HEADING_STEPS) return '';
      if (HEADING_TAGS.has(before.localName)) return firstChars(before, MAX_HEADING_CHARS);
    }
  }
  return '';
}

/** The element's text up to `count` characters, read node by node: a huge row is not copied whole. */
function firstChars(element: Element, count: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node !== null && length < count; node = walker.nextNode()) {
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join('').slice(0, count);
}
