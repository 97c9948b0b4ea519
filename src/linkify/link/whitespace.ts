/**
 * Source formatting puts newlines and indentation inside runs ("Conference ID:\n    <b>…</b>").
 * A browser shows any such sequence as one space, so detection sees it that way too; the offset
 * map turns positions in the collapsed text back into positions in the page's text.
 */
export interface CollapsedText {
  text: string;
  /** Page-text offset of each collapsed-text offset; null when nothing was collapsed. */
  rawOffsets: Int32Array | null;
}

const COLLAPSIBLE = /[\t\n\f\r]| {2}/;

function isCollapsibleCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

export function collapseWhitespace(raw: string): CollapsedText {
  if (!COLLAPSIBLE.test(raw)) return { text: raw, rawOffsets: null };
  const rawOffsets = new Int32Array(raw.length + 1);
  const parts: string[] = [];
  let length = 0;
  let chunkStart = 0;
  let index = 0;
  while (index < raw.length) {
    if (!isCollapsibleCode(raw.charCodeAt(index))) {
      rawOffsets[length] = index;
      length += 1;
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < raw.length && isCollapsibleCode(raw.charCodeAt(end))) end += 1;
    parts.push(raw.slice(chunkStart, index), ' ');
    rawOffsets[length] = index;
    length += 1;
    index = end;
    chunkStart = end;
  }
  parts.push(raw.slice(chunkStart));
  rawOffsets[length] = raw.length;
  return { text: parts.join(''), rawOffsets: rawOffsets.subarray(0, length + 1) };
}

/** Page-text range of the collapsed range [start, end). */
export function toRawRange(collapsed: CollapsedText, start: number, end: number): [number, number] {
  const map = collapsed.rawOffsets;
  if (map === null) return [start, end];
  const rawStart = map[start] ?? 0;
  // The end is exclusive: one past the raw position of the last character in the range.
  const rawEnd = end > start ? (map[end - 1] ?? 0) + 1 : rawStart;
  return [rawStart, rawEnd];
}
