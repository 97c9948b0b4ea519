import { element } from './dom';

export type StatusKind = 'ok' | 'error' | 'info';

/** A status line that screen readers announce when its text changes. */
export function statusLine(): HTMLParagraphElement {
  return element('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
}

export function showStatus(line: HTMLElement, text: string, kind: StatusKind = 'info'): void {
  line.textContent = text;
  line.dataset.kind = kind;
}
