import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const load = (locale: string): Record<string, LocaleMessage> =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the English and Russian messages', () => {
  const en = load('en');
  const ru = load('ru');

  it('have the same keys', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders, each defined', () => {
    for (const [key, english] of Object.entries(en)) {
      const russian = ru[key];
      expect(Object.keys(russian?.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(english.placeholders ?? {}).sort(),
      );
      for (const message of [english, russian]) {
        for (const used of message?.message.match(/\$[A-Za-z0-9_]+\$/g) ?? []) {
          const name = used.slice(1, -1).toLowerCase();
          const defined = Object.keys(message?.placeholders ?? {}).map((p) => p.toLowerCase());
          expect(defined, `${key} uses ${used}`).toContain(name);
        }
      }
    }
  });

  it('are not left untranslated', () => {
    // Russian text copied from English; messages without words (a URI, a tag) may well match,
    // and so may product terms that Russian TrueConf documentation keeps in English.
    const productTerms = new Set(['TrueConf ID']);
    const untranslated = Object.keys(en).filter(
      (key) =>
        ru[key]?.message === en[key]?.message &&
        !productTerms.has(en[key]?.message ?? '') &&
        /[A-Za-z]{4,}\s+[A-Za-z]{2,}/.test(en[key]?.message ?? ''),
    );
    expect(untranslated).toEqual([]);
  });

  it('contain every key the code asks for by name', () => {
    const files = [
      ...sourceFiles(path.join(ROOT, 'src')),
      ...sourceFiles(path.join(ROOT, 'entrypoints')),
    ];
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const literalKeys = [
        ...text.matchAll(/\b(?:translate|t)\(\s*'([A-Za-z0-9_]+)'/g),
        ...text.matchAll(/\bdata-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g),
        ...text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g),
      ].map((match) => match[1] ?? '');
      for (const key of literalKeys)
        if (!en[key]) missing.push(`${path.relative(ROOT, file)}: ${key}`);
    }
    expect(missing).toEqual([]);
  });
});
