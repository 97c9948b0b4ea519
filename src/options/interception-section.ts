import { translate } from '../i18n/translate';
import { readOriginInput } from './entry-input';
import { statusLine } from '../ui/status-line';
import {
  changeAndReport,
  checkbox,
  radioGroup,
  section,
  settingFieldset,
  showLock,
} from './controls';
import { listEditor } from './list-editor';
import type { OptionsState } from './state';

function confirmFieldset(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset('options_confirm_legend', 'options_confirm_hint');
  const line = statusLine();
  const { label, input } = checkbox(translate('options_confirm_label'), {
    name: 'confirmEveryCall',
  });
  input.addEventListener('change', () => {
    const on = input.checked;
    void changeAndReport(state, line, (current) => ({ ...current, confirmEveryCall: on }));
  });
  fieldset.append(label, line);
  state.subscribe((loaded) => {
    input.checked = loaded.settings.confirmEveryCall;
    showLock(fieldset, note, state.isLocked('confirmEveryCall'));
  });
  return fieldset;
}

export function interceptionSection(state: OptionsState): HTMLElement {
  const node = section('interception', 'options_interception_title');
  node.append(
    radioGroup({
      key: 'webLinks',
      legendKey: 'options_web_links_legend',
      descriptionKey: 'options_web_links_hint',
      choices: [
        { value: 'app', labelKey: 'options_web_links_app' },
        { value: 'browser', labelKey: 'options_web_links_browser' },
        { value: 'ask', labelKey: 'options_web_links_ask' },
      ],
      state,
      read: () => state.settings.webLinks,
      write: (webLinks) => (current) => ({ ...current, webLinks }),
    }),
    confirmFieldset(state),
    listEditor({
      key: 'trustedSignInOrigins',
      legendKey: 'options_trusted_origins_legend',
      descriptionKey: 'options_trusted_origins_hint',
      inputLabelKey: 'options_trusted_origins_label',
      placeholder: 'https://intranet.example.com',
      emptyKey: 'options_trusted_origins_empty',
      normalize: readOriginInput,
      state,
    }),
  );
  return node;
}
