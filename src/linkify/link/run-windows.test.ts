import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectInWindows, type WindowMatch } from './run-windows';
import { drain } from '../../../test/support/linkifier';
import { collapseWhitespace, toRawRange } from './whitespace';

/** A toy detector: every `<word>` token whose letters are all x, like an address. */
function tokens(text: string): WindowMatch[] {
  const found: WindowMatch[] = [];
  for (const match of text.matchAll(/<x+>/g)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

describe('detection in windows', () => {
  it('finds the same matches as one call, none cut and none twice', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(' ', 'ab ', '\n'),
            fc.integer({ min: 1, max: 40 }).map((n) => `<${'x'.repeat(n)}>`),
          ),
          {
            maxLength: 400,
          },
        ),
        (parts) => {
          const text = parts.join('');
          const windowed = drain(
            detectInWindows(text, tokens, { windowSize: 120, margin: 50, contextChars: 10 }),
          );
          expect(windowed).toEqual(tokens(text));
        },
      ),
    );
  });

  it('hands neighbouring text to each window as context', () => {
    const seen: [string, string][] = [];
    drain(
      detectInWindows(
        'a'.repeat(300),
        (_text, before, after) => {
          seen.push([before, after]);
          return [];
        },
        { windowSize: 200, margin: 20, contextChars: 5 },
        'BEFORE',
        'AFTER',
      ),
    );
    expect(seen[0]).toEqual(['EFORE', 'aaaaa']);
    expect(seen.at(-1)?.[1]).toBe('AFTER');
  });
});

describe('whitespace collapsing', () => {
  it('maps collapsed offsets back to the page text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\t', '  '), { maxLength: 60 }),
        (parts) => {
          const raw = parts.join('');
          const collapsed = collapseWhitespace(raw);
          expect(collapsed.text).toBe(raw.replace(/[ \t\n\f\r]+/g, ' '));
          for (const match of collapsed.text.matchAll(/[ab]+/g)) {
            const [start, end] = toRawRange(collapsed, match.index, match.index + match[0].length);
            expect(raw.slice(start, end)).toBe(match[0]);
          }
        },
      ),
    );
  });
});
