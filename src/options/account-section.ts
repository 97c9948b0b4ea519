import { buildAccountPanel, startAccountPanel } from '../ui/server-account';
import { section } from './controls';

/** Sign-in to the user's own TrueConf Server (optional; docs/server.md). */
export function accountSection(): HTMLElement {
  const node = section('account', 'account_title', 'account_intro');
  const panel = buildAccountPanel(node.ownerDocument);
  node.append(panel.root);
  void startAccountPanel(panel);
  return node;
}
