/**
 * `performance.mark` names for the moments a user feels on the extension's own pages; the
 * benchmark (`npm run bench`, docs/benchmark.md) reads them from the page. A mark costs nothing
 * measurable and sends nothing anywhere.
 */
export const POPUP_FIELD_FOCUSED_MARK = 'trueconf:popup-field-focused';
export const OPTIONS_RENDERED_MARK = 'trueconf:options-rendered';

export function markReady(name: string): void {
  performance.mark(name);
}
