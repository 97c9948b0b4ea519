/**
 * Page-chosen text (an address, a login, a call string) as the confirmation window may show it:
 * nothing in it may pass for the window's own words. Line and paragraph separators, bidi controls
 * and other invisible characters would break or reorder the line, combining marks can stack over
 * the box, and a word mixing scripts (`pаypal` with a Cyrillic `а`) imitates another: all of them
 * become visible marks. A long value is cut, and the window says how much is left out.
 */

export type ShownPart =
  | { kind: 'text'; text: string }
  /** Stands for one character that would hide or mislead: `U+202E`. */
  | { kind: 'escape'; code: string }
  /** Letters of a script other than the rest of their word's. */
  | { kind: 'lookalike'; text: string; code: string };

export interface ShownText {
  parts: ShownPart[];
  /** Characters (code points) of the value not shown; 0 when it was shown whole. */
  more: number;
}

/** Enough for any real address; longer ones are cut, since nobody reads further anyway. */
export const SHOWN_LENGTH = 160;

/** Separators, controls, format characters (bidi, zero-width), combining marks, unassigned. */
const HIDDEN = /[\p{Zl}\p{Zp}\p{Cc}\p{Cf}\p{M}\p{Co}\p{Cn}\p{Cs}]/u;
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee'] as const;
const SCRIPT_TESTS = SCRIPTS.map((script) => new RegExp(`\\p{Script=${script}}`, 'u'));
const WORD = /\p{L}+/gu;

function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function scriptOf(char: string): number {
  return SCRIPT_TESTS.findIndex((test) => test.test(char));
}

/** For each letter of a word that mixes scripts, whether it is of a script not the word's first. */
function lookalikeIndexes(text: string): Set<number> {
  const marked = new Set<number>();
  for (const word of text.matchAll(WORD)) {
    const letters = [...word[0]];
    const scripts = letters.map(scriptOf);
    const main = scripts.find((script) => script >= 0);
    if (main === undefined || scripts.every((script) => script < 0 || script === main)) continue;
    let offset = word.index;
    for (const [index, letter] of letters.entries()) {
      const script = scripts[index] ?? -1;
      if (script >= 0 && script !== main) marked.add(offset);
      offset += letter.length;
    }
  }
  return marked;
}

export function shownText(value: string, maxLength: number = SHOWN_LENGTH): ShownText {
  const chars = [...value];
  const lookalikes = lookalikeIndexes(value);
  const parts: ShownPart[] = [];
  let plain = '';
  let offset = 0;
  const flush = (): void => {
    if (plain !== '') parts.push({ kind: 'text', text: plain });
    plain = '';
  };
  for (const char of chars.slice(0, maxLength)) {
    if (HIDDEN.test(char)) {
      flush();
      parts.push({ kind: 'escape', code: codeOf(char) });
    } else if (lookalikes.has(offset)) {
      flush();
      parts.push({ kind: 'lookalike', text: char, code: codeOf(char) });
    } else {
      plain += char;
    }
    offset += char.length;
  }
  flush();
  return { parts, more: Math.max(0, chars.length - maxLength) };
}

/** The same as one line of plain text: escapes written `⟨U+202E⟩`, for places without markup. */
export function shownPlainText(value: string): string {
  const { parts, more } = shownText(value);
  const text = parts
    .map((part) =>
      part.kind === 'text'
        ? part.text
        : part.kind === 'escape'
          ? `⟨${part.code}⟩`
          : `${part.text}⟨${part.code}⟩`,
    )
    .join('');
  return more > 0 ? `${text}…` : text;
}
