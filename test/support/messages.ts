import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Test helper: the real messages.json of a locale, and `getMessage` as Chrome does it: named
 * placeholders (`$LOGIN$` → its `content`, e.g. `$1`), then `$1`…`$9`, and `$$` for a dollar sign.
 */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, MessageEntry>;

export function loadMessages(locale: 'en' | 'ru'): Messages {
  const file = path.resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

export function fakeGetMessage(messages: Messages) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : [substitutions].flat();
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, value]) => [
        name.toLowerCase(),
        value.content,
      ]),
    );
    const substitute = (text: string) =>
      text.replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '');
    return entry.message.replace(
      /\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g,
      (whole, name?: string, digit?: string) => {
        if (whole === '$$') return '$';
        if (name !== undefined) return substitute(placeholders[name.toLowerCase()] ?? '');
        return values[Number(digit) - 1] ?? '';
      },
    );
  };
}
