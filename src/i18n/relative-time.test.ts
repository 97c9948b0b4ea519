import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);
const MINUTE = 60_000;

describe('relativeTime', () => {
  it('says how long ago a call was, in English', () => {
    expect(relativeTime(NOW - 10_000, NOW, 'en')).toBe('now');
    expect(relativeTime(NOW - 5 * MINUTE, NOW, 'en')).toBe('5 minutes ago');
    expect(relativeTime(NOW - 2 * 60 * MINUTE, NOW, 'en')).toBe('2 hours ago');
    expect(relativeTime(NOW - 24 * 60 * MINUTE, NOW, 'en')).toBe('yesterday');
    expect(relativeTime(NOW - 14 * 24 * 60 * MINUTE, NOW, 'en')).toBe('2 weeks ago');
  });

  it('speaks Russian with Russian plural forms', () => {
    expect(relativeTime(NOW - 5 * MINUTE, NOW, 'ru')).toBe('5 минут назад');
    expect(relativeTime(NOW - 2 * 60 * MINUTE, NOW, 'ru')).toBe('2 часа назад');
    expect(relativeTime(NOW - 21 * MINUTE, NOW, 'ru')).toBe('21 минуту назад');
  });

  it('gives a date for calls older than a few weeks, and never a time in the future', () => {
    expect(relativeTime(NOW - 90 * 24 * 60 * MINUTE, NOW, 'en')).toMatch(/2025/);
    expect(relativeTime(NOW + 5 * MINUTE, NOW, 'en')).toBe('now');
  });
});
