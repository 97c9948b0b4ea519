// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { showStatus, statusLine } from './status-line';

describe('a status line', () => {
  it('is a live region screen readers announce politely', () => {
    const line = statusLine();
    expect(line.getAttribute('role')).toBe('status');
    expect(line.getAttribute('aria-live')).toBe('polite');
  });

  it('shows text with its kind, "info" unless told', () => {
    const line = statusLine();
    showStatus(line, 'Saved', 'ok');
    expect([line.textContent, line.dataset.kind]).toEqual(['Saved', 'ok']);
    showStatus(line, 'Reading…');
    expect([line.textContent, line.dataset.kind]).toEqual(['Reading…', 'info']);
  });
});
