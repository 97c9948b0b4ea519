import { element } from './dom';

export type StatusKind = 'ok' | 'error' | 'info';

/** A status line that screen readers announce when its text changes. */
export function statusLine(): HTMLParagraphElement {
  return element('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
}

/**
 * `spokenOnly`: what screen readers also hear, not drawn, for a detail the page already shows
 * next to where the user looks (a refused address's reason is under the field) but that is not
 * part of what a live region announces.
 */
export function showStatus(
  line: HTMLElement,
  text: string,
  kind: StatusKind = 'info',
  spokenOnly = '',
): void {
  line.textContent = text;
  if (spokenOnly !== '') {
    line.append(
      element('span', { class: 'visually-hidden' }, [` ${spokenOnly}`], line.ownerDocument),
    );
  }
  line.dataset.kind = kind;
}
