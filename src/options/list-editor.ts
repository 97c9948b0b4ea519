import type { Message } from '../i18n/message';
import { translate, translateMessage } from '../i18n/translate';
import type { ListSettingKey, Settings } from '../settings';
import { element, uniqueId } from '../ui/dom';
import { showStatus, statusLine } from '../ui/status-line';
import { changeAndReport, entryAction, settingFieldset, showLock } from './controls';
import type { OptionsState } from './state';

type StringListKey = Exclude<ListSettingKey, 'customRules'>;

export interface ListEditorOptions {
  key: StringListKey;
  legendKey: string;
  descriptionKey?: string;
  inputLabelKey: string;
  placeholder: string;
  emptyKey: string;
  /** Turns what the user typed into an entry, or says why it cannot be one. */
  normalize: (input: string) => { ok: true; value: string } | { ok: false; problem: Message };
  state: OptionsState;
}

/**
 * A list setting (servers, sites, origins): its entries with a Remove button each, and a small
 * form to add one. Entries from a policy show as set by the administrator and cannot be removed;
 * a locked list cannot be changed at all.
 */
export function listEditor(options: ListEditorOptions): HTMLFieldSetElement {
  const { key, state } = options;
  const { fieldset, note } = settingFieldset(options.legendKey, options.descriptionKey);
  const list = element('ul', { class: 'entries', 'aria-label': translate(options.legendKey) });
  const inputId = uniqueId(key);
  const input = element('input', {
    id: inputId,
    type: 'text',
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const line = statusLine();
  const form = element('form', { class: 'add-form' }, [
    element('label', { for: inputId }, [translate(options.inputLabelKey)]),
    element('span', { class: 'row' }, [
      input,
      element('button', { type: 'submit' }, [translate('options_add')]),
    ]),
  ]);
  fieldset.append(list, form, line);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const normalized = options.normalize(input.value);
    if (!normalized.ok) {
      showStatus(line, translateMessage(normalized.problem), 'error');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    const value = normalized.value;
    const typed = input.value.trim();
    if (state.settings[key].includes(value)) {
      showStatus(line, translate('options_already_listed', [value]), 'info');
      return;
    }
    void changeAndReport(
      state,
      line,
      (current: Settings) => ({ ...current, [key]: [...current[key], value] }),
      // What is kept may differ from what was pasted (a page address becomes its host): say so.
      value === typed.toLowerCase() ? 'options_added' : 'options_added_as',
      [value, typed],
    ).then((saved) => {
      if (saved) input.value = '';
    });
  });

  const remove = (value: string): void => {
    void changeAndReport(
      state,
      line,
      (current: Settings) => ({
        ...current,
        [key]: current[key].filter((entry) => entry !== value),
      }),
      'options_removed',
      [value],
    ).then(() => input.focus());
  };

  state.subscribe((loaded) => {
    const managed = loaded.policy.managedEntries[key];
    const entries = loaded.settings[key];
    list.replaceChildren(
      ...entries.map((entry) => {
        const item = element('li', {}, [element('span', { class: 'entry' }, [entry])]);
        item.append(entryAction(managed.includes(entry), entry, () => remove(entry)));
        return item;
      }),
    );
    if (entries.length === 0)
      list.append(element('li', { class: 'empty' }, [translate(options.emptyKey)]));
    showLock(fieldset, note, state.isLocked(key));
  });
  return fieldset;
}
