import { applyDocumentLanguage } from '../../src/ui/i18n';
import { mountOptionsPage, showOptionsLoading } from '../../src/options/page';
import { revealLinkedSection } from '../../src/options/linked-section';
import { OptionsState } from '../../src/options/state';
import { markReady, OPTIONS_RENDERED_MARK } from '../../src/ui/ready-marks';

/** Wiring only: the page itself lives in src/options. */
async function start(): Promise<void> {
  applyDocumentLanguage(document, 'options_title');
  const root = document.getElementById('app');
  if (!root) return;
  showOptionsLoading(root);
  mountOptionsPage(root, await OptionsState.open());
  revealLinkedSection(window);
  markReady(OPTIONS_RENDERED_MARK);
}

void start();
