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

  it('adds what only screen readers hear after the drawn text, built as text', () => {
    const line = statusLine();
    showStatus(line, 'Nothing was handed to TrueConf.', 'error', '<b>“&” is not allowed</b>');
    expect(line.firstChild?.textContent).toBe('Nothing was handed to TrueConf.');
    const spoken = line.querySelector('.visually-hidden');
    expect(spoken?.textContent).toBe(' <b>“&” is not allowed</b>');
    expect(spoken?.children).toHaveLength(0);
    expect(line.textContent).toBe('Nothing was handed to TrueConf. <b>“&” is not allowed</b>');
    showStatus(line, '');
    expect([line.textContent, line.children.length]).toEqual(['', 0]);
  });
});
