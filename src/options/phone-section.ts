import { translate } from '../i18n/translate';
import type { Settings } from '../settings';
import { statusLine } from '../ui/status-line';
import { changeAndReport, checkbox, section, settingFieldset, showLock } from './controls';
import type { OptionsState } from './state';

type PhoneSwitchKey = 'phoneCalls' | 'phoneTelLinks';

function phoneSwitch(
  state: OptionsState,
  key: PhoneSwitchKey,
  legendKey: string,
  hintKey: string,
  labelKey: string,
): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset(legendKey, hintKey);
  const line = statusLine();
  const { label, input } = checkbox(translate(labelKey), { name: key });
  input.addEventListener('change', () => {
    const on = input.checked;
    void changeAndReport(state, line, (current: Settings) => ({ ...current, [key]: on }));
  });
  fieldset.append(label, line);
  state.subscribe((loaded) => {
    input.checked = loaded.settings[key];
    showLock(fieldset, note, state.isLocked(key));
  });
  return fieldset;
}

/** The opt-in for phone calls through the server's gateway (docs/phones.md); the popup links here. */
export function phoneSection(state: OptionsState): HTMLElement {
  const node = section('phone-calls', 'options_phone_title', 'options_phone_intro');
  node.append(
    phoneSwitch(
      state,
      'phoneCalls',
      'options_phone_calls_legend',
      'options_phone_calls_hint',
      'options_phone_calls_label',
    ),
    phoneSwitch(
      state,
      'phoneTelLinks',
      'options_phone_tel_links_legend',
      'options_phone_tel_links_hint',
      'options_phone_tel_links_label',
    ),
  );
  return node;
}
