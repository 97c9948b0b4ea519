import { sendFromFrame } from '../messaging/send';
import { linkInPath } from './link-target';

const SELECTION_REPORT_DELAY_MS = 120;

/**
 * Tells the background what a context menu would act on: the selection as it settles, and the
 * link under the pointer when the right button goes down (before the menu opens).
 */
export function reportContextTargets(target: Window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSelection = '';
  const onSelectionChange = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const text = target.getSelection()?.toString() ?? '';
      if (text === lastSelection) return;
      lastSelection = text;
      void sendFromFrame({ type: 'selection', text }).catch(() => undefined);
    }, SELECTION_REPORT_DELAY_MS);
  };
  const onPointerDown = (event: MouseEvent): void => {
    if (event.button !== 2) return;
    const link = linkInPath(event.composedPath());
    void sendFromFrame({ type: 'context-target', href: link ? link.href : null }).catch(
      () => undefined,
    );
  };
  target.document.addEventListener('selectionchange', onSelectionChange);
  target.addEventListener('mousedown', onPointerDown, true);
  return () => {
    clearTimeout(timer);
    target.document.removeEventListener('selectionchange', onSelectionChange);
    target.removeEventListener('mousedown', onPointerDown, true);
  };
}
