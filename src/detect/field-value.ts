import { detect } from './detect';
import type { DetectOptions, Match } from './types';

/**
 * Labels and values in different cells (detection.md, "Label and value apart"): a table cell,
 * a `dt` or a column header that holds only a label, and the cell, `dd` or column cells that hold
 * the value. The labels are F3's and F4's, without the bare words (`conference`, `TrueConf`): a
 * column headed "TrueConf" may hold anything.
 */
const FIELD_LABEL =
  /(?:^|[\s(])(conference\s{1,3}(?:id|number)|cid|id\s{1,3}конференции|идентификатор\s{1,3}конференции|номер\s{1,3}конференции|trueconf\s{1,3}(?:id|login|user|логин)|логин\s{1,3}trueconf|пользователь\s{1,3}trueconf|id\s{1,3}trueconf)$/iu;
/** "Owner (TrueConf ID)" fits; a sentence that happens to end in a label does not. */
const MAX_FIELD_LABEL_CHARS = 48;
const LABEL_END_PUNCTUATION = /[\s:：\-–—)*]+$/u;
/** One value alone in its cell: a login, an ID, `login@server`. */
const LONE_VALUE = /^\s*\S{1,300}\s*$/u;

/** The label a cell's whole text is, or null: "Conference ID:", "Owner (TrueConf ID)". */
export function fieldLabelOf(cellText: string): string | null {
  if (typeof cellText !== 'string' || cellText.length > MAX_FIELD_LABEL_CHARS * 2) return null;
  const trimmed = cellText.trim().replace(LABEL_END_PUNCTUATION, '');
  if (trimmed.length === 0 || trimmed.length > MAX_FIELD_LABEL_CHARS) return null;
  return FIELD_LABEL.exec(trimmed)?.[1] ?? null;
}

/** Whether a cell's text could be a value on its own (cheap; decides whether to look for a label). */
export function isLoneValue(text: string): boolean {
  return LONE_VALUE.test(text);
}

/**
 * The addresses in a value cell, read as if written after its label (the label block's text, or
 * the label `fieldLabelOf` found in it) and a space: `Conference ID` and `0003172451` give what
 * `Conference ID 0003172451` gives, with the same context rules. Offsets are into `valueText`;
 * only matches inside it count.
 */
export function detectFieldValue(
  label: string,
  valueText: string,
  options: DetectOptions,
): Match[] {
  const canonicalLabel = fieldLabelOf(label);
  if (canonicalLabel === null || !isLoneValue(valueText)) return [];
  // A cell boundary reads as spaces, not as punctuation: after "TrueConf ID" a plain word
  // ("none", "yes") is no login, as in running text (detection.md, F4).
  const prefix = `${canonicalLabel} `;
  const found: Match[] = [];
  for (const match of detect(prefix + valueText, options)) {
    if (match.start < prefix.length) continue;
    found.push({ ...match, start: match.start - prefix.length, end: match.end - prefix.length });
  }
  return found;
}
