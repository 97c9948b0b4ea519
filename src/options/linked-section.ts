/**
 * The page is built after it loads, so the browser's own jump to `#section` finds nothing and
 * leaves the page at its top: the popup's "turn on phone calls" would open a long page with the
 * section out of sight. Once the sections exist, the linked one is brought into view, and again
 * when the address's fragment changes.
 */
export function revealLinkedSection(view: Window): void {
  const reveal = (): void => {
    const id = decodeURIComponent(view.location.hash.slice(1));
    if (id === '') return;
    view.document.getElementById(id)?.scrollIntoView({ block: 'start' });
  };
  reveal();
  view.addEventListener('hashchange', reveal);
}
