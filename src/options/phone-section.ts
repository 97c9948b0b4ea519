import { translate } from '../i18n/translate';
import { effectivePhoneRegion, phoneRegions } from '../phone/regions';
import { browserUiLanguage } from '../phone/ui-language';
import { DEFAULT_PHONE_DIAL_FORMAT, isValidPhoneDialFormat } from '../protocol';
import type { Settings } from '../settings';
import { element, uniqueId } from '../ui/dom';
import { showStatus, statusLine } from '../ui/status-line';
import { changeAndReport, checkbox, section, settingFieldset, showLock } from './controls';
import type { OptionsState } from './state';

type PhoneSwitchKey = 'phoneCalls' | 'phoneLinks' | 'phoneTelLinks';

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

type DialChoice = 'tel-number' | 'tel-digits' | 'sip';

const DIAL_CHOICES: readonly { value: DialChoice; labelKey: string }[] = [
  { value: 'tel-number', labelKey: 'options_phone_format_tel_number' },
  { value: 'tel-digits', labelKey: 'options_phone_format_tel_digits' },
  { value: 'sip', labelKey: 'options_phone_format_sip' },
];

const SIP_FORMAT = /^#sip:\{(?:number|digits)\}@(.+)$/;

/** Which choice a stored dial format is, and the gateway of a SIP one. */
export function readDialFormat(format: string): { choice: DialChoice; gateway: string } {
  const gateway = SIP_FORMAT.exec(format)?.[1];
  if (gateway !== undefined) return { choice: 'sip', gateway };
  return { choice: format === '#tel:{digits}' ? 'tel-digits' : 'tel-number', gateway: '' };
}

/** The dial format for a choice, or null while the SIP gateway is no host name or address. */
export function dialFormatFor(choice: DialChoice, gateway: string): string | null {
  if (choice === 'tel-number') return DEFAULT_PHONE_DIAL_FORMAT;
  if (choice === 'tel-digits') return '#tel:{digits}';
  const format = `#sip:{number}@${gateway.trim()}`;
  return isValidPhoneDialFormat(format) ? format : null;
}

/**
 * `#tel:{number}`, `#tel:{digits}` or `#sip:{number}@gateway`: three choices, the last with the
 * gateway's host. A gateway that is no host name or address is not saved and says so.
 */
function dialFormatFieldset(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset(
    'options_phone_format_legend',
    'options_phone_format_hint',
  );
  const name = uniqueId('phoneDialFormat');
  const line = statusLine();
  const gatewayId = uniqueId('phone-gateway');
  const gatewayHintId = uniqueId('phone-gateway-hint');
  const gateway = element('input', {
    type: 'text',
    id: gatewayId,
    name: 'phoneGateway',
    placeholder: 'gw.example.com',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': gatewayHintId,
  });
  const gatewayField = element('div', { class: 'field phone-gateway' }, [
    element('label', { for: gatewayId }, [translate('options_phone_gateway_label')]),
    gateway,
    element('p', { class: 'hint', id: gatewayHintId }, [translate('options_phone_gateway_hint')]),
  ]);
  const radios = DIAL_CHOICES.map((choice) => {
    const input = element('input', { type: 'radio', name, value: choice.value });
    fieldset.append(
      element('label', { class: 'check' }, [input, ` ${translate(choice.labelKey)}`]),
    );
    return input;
  });
  fieldset.append(gatewayField, line);
  const chosen = (): DialChoice =>
    (radios.find((radio) => radio.checked)?.value as DialChoice | undefined) ?? 'tel-number';
  const save = (): void => {
    const choice = chosen();
    gateway.disabled = choice !== 'sip';
    const format = dialFormatFor(choice, gateway.value);
    if (format === null) {
      gateway.setAttribute('aria-invalid', 'true');
      showStatus(line, translate('options_phone_gateway_invalid'), 'error');
      return;
    }
    gateway.removeAttribute('aria-invalid');
    void changeAndReport(state, line, (current) => ({ ...current, phoneDialFormat: format }));
  };
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      if (radio.value === 'sip' && gateway.value.trim() === '') {
        // Nothing to save yet: the gateway comes first.
        gateway.disabled = false;
        showStatus(line, translate('options_phone_gateway_needed'), 'info');
        gateway.focus();
        return;
      }
      save();
    });
  }
  gateway.addEventListener('change', save);
  state.subscribe((loaded) => {
    const { choice, gateway: stored } = readDialFormat(loaded.settings.phoneDialFormat);
    for (const radio of radios) radio.checked = radio.value === choice;
    if (choice === 'sip' || document.activeElement !== gateway) gateway.value = stored;
    gateway.disabled = choice !== 'sip';
    gateway.removeAttribute('aria-invalid');
    showLock(fieldset, note, state.isLocked('phoneDialFormat'));
  });
  return fieldset;
}

/** Every region with its name in the user's language, sorted by that name. */
function regionChoices(language: string | undefined): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(language ? [language] : [], { type: 'region' });
  } catch {
    names = null;
  }
  const collator = new Intl.Collator(language);
  return phoneRegions()
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The default country: automatic (the browser language's region, else Russia) or one region. */
function countryFieldset(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset(
    'options_phone_country_legend',
    'options_phone_country_hint',
  );
  const line = statusLine();
  const language = browserUiLanguage();
  const regions = regionChoices(language);
  const nameOf = (code: string): string =>
    regions.find((region) => region.code === code)?.name ?? code;
  const selectId = uniqueId('phone-country');
  const select = element(
    'select',
    { id: selectId, name: 'phoneCountry', 'aria-label': translate('options_phone_country_legend') },
    [
      element('option', { value: '' }, [
        translate('options_phone_country_auto', [nameOf(effectivePhoneRegion('', language))]),
      ]),
      ...regions.map(({ code, name }) => element('option', { value: code }, [name])),
    ],
  );
  fieldset.append(select, line);
  select.addEventListener('change', () => {
    const value = select.value;
    void changeAndReport(state, line, (current) => ({ ...current, phoneCountry: value }));
  });
  state.subscribe((loaded) => {
    select.value = loaded.settings.phoneCountry;
    showLock(fieldset, note, state.isLocked('phoneCountry'));
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
      'phoneLinks',
      'options_phone_links_legend',
      'options_phone_links_hint',
      'options_phone_links_label',
    ),
    phoneSwitch(
      state,
      'phoneTelLinks',
      'options_phone_tel_links_legend',
      'options_phone_tel_links_hint',
      'options_phone_tel_links_label',
    ),
    dialFormatFieldset(state),
    countryFieldset(state),
  );
  return node;
}
