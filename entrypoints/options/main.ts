import { applyDocumentLanguage } from '../../src/ui/i18n';
import { mountOptionsPage, showOptionsLoading } from '../../src/options/page';
import { OptionsState } from '../../src/options/state';
import { markReady, OPTIONS_RENDERED_MARK } from '../../src/ui/ready-marks';

/** Wiring only: the page itself lives in src/options. */
async function start(): Promise<void> {
  applyDocumentLanguage(document, 'options_title');
  const root = document.getElementById('app');
  if (!root) return;
  showOptionsLoading(root);
  mountOptionsPage(root, await OptionsState.open());
  markReady(OPTIONS_RENDERED_MARK);
}

void start();
