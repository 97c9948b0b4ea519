import { translate } from '../i18n/translate';
import { applyServerPolicy, buildAccountPanel, startAccountPanel } from '../ui/server-account';
import { statusLine } from '../ui/status-line';
import { changeAndReport, checkbox, section, settingFieldset, showLock } from './controls';
import type { OptionsState } from './state';

/** Presence dots on pages (opt-in, `serverPresence`; docs/server.md "Presence on pages"). */
function presenceSwitch(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset('account_presence_legend', 'account_presence_hint');
  const line = statusLine();
  const { label, input } = checkbox(translate('account_presence_label'), {
    name: 'serverPresence',
  });
  input.addEventListener('change', () => {
    const on = input.checked;
    void changeAndReport(state, line, (current) => ({ ...current, serverPresence: on }));
  });
  fieldset.append(label, line);
  state.subscribe((loaded) => {
    input.checked = loaded.settings.serverPresence;
    showLock(fieldset, note, state.isLocked('serverPresence'));
  });
  return fieldset;
}

/** Sign-in to the user's own TrueConf Server (optional; docs/server.md). */
export function accountSection(state: OptionsState): HTMLElement {
  const node = section('account', 'account_title', 'account_intro');
  const panel = buildAccountPanel(node.ownerDocument);
  node.append(panel.root, presenceSwitch(state));
  state.subscribe((loaded) =>
    applyServerPolicy(panel, {
      address: loaded.settings.serverAddress,
      locked: state.isLocked('serverAddress'),
    }),
  );
  void startAccountPanel(panel);
  return node;
}
