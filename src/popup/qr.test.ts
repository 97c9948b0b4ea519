import { describe, expect, it } from 'vitest';
import { qrModules } from './qr';

describe('qrModules', () => {
  it('draws a square code with the three finder patterns, the same every time', () => {
    const modules = qrModules('trueconf:\\c\\4154248070@video.example.com%23vcs');
    expect(modules).not.toBeNull();
    if (!modules) return;
    const size = modules.length;
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0);
    expect(modules.every((row) => row.length === size)).toBe(true);
    // A finder pattern's outer ring is dark at its corners, its inner ring light.
    for (const [row, column] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ] as const) {
      expect(modules[row]?.[column]).toBe(true);
      expect(modules[row + 6]?.[column + 6]).toBe(true);
      expect(modules[row + 1]?.[column + 1]).toBe(false);
      expect(modules[row + 3]?.[column + 3]).toBe(true);
    }
    expect(qrModules('trueconf:\\c\\4154248070@video.example.com%23vcs')).toEqual(modules);
  });

  it('encodes text beyond Latin-1 as UTF-8 rather than mangling it', () => {
    const ascii = qrModules('a'.repeat(20));
    const cyrillic = qrModules('я'.repeat(20));
    // 20 Cyrillic letters are 40 UTF-8 bytes: a larger code than 20 ASCII bytes.
    expect((cyrillic?.length ?? 0) > (ascii?.length ?? 0)).toBe(true);
  });

  it('is null for text longer than any QR code holds', () => {
    expect(qrModules('x'.repeat(5000))).toBeNull();
  });
});
