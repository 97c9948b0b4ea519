import { translate, translateMessage } from '../i18n/translate';
import type { SettingsKey } from '../settings';
import { element, uniqueId } from '../ui/dom';
import { showStatus, statusLine } from '../ui/status-line';
import type { OptionsState } from './state';

/** Building blocks shared by the sections: a titled section, lock notes, a saved-or-why line. */

export function section(id: string, titleKey: string, introKey?: string): HTMLElement {
  const headingId = `${id}-heading`;
  const node = element('section', { id, 'aria-labelledby': headingId }, [
    element('h2', { id: headingId }, [translate(titleKey)]),
  ]);
  if (introKey) node.append(element('p', { class: 'intro' }, [translate(introKey)]));
  return node;
}

/** "Set by your administrator": shown next to anything a policy decided. */
export function lockNote(): HTMLParagraphElement {
  return element('p', { class: 'locked-note', hidden: true }, [translate('options_locked_note')]);
}

/**
 * A fieldset for one setting. Disabling the fieldset disables every control in it, which is how
 * locked settings become read-only without each control knowing about policy.
 */
export function settingFieldset(
  legendKey: string,
  descriptionKey?: string,
): { fieldset: HTMLFieldSetElement; note: HTMLParagraphElement } {
  const fieldset = element('fieldset', {}, [element('legend', {}, [translate(legendKey)])]);
  if (descriptionKey) {
    const descriptionId = uniqueId('description');
    fieldset.setAttribute('aria-describedby', descriptionId);
    fieldset.append(
      element('p', { class: 'hint', id: descriptionId }, [translate(descriptionKey)]),
    );
  }
  const note = lockNote();
  fieldset.append(note);
  return { fieldset, note };
}

export function showLock(fieldset: HTMLFieldSetElement, note: HTMLElement, locked: boolean): void {
  fieldset.disabled = locked;
  note.hidden = !locked;
  fieldset.classList.toggle('locked', locked);
}

/**
 * What ends an entry of a list: a badge on one the administrator's policy added (it cannot be
 * removed here), a Remove button named after the entry on any other.
 */
export function entryAction(managed: boolean, name: string, remove: () => void): HTMLElement {
  if (managed) {
    return element('span', { class: 'managed-badge' }, [translate('options_managed_entry')]);
  }
  const button = element(
    'button',
    { type: 'button', class: 'remove', 'aria-label': translate('options_remove_named', [name]) },
    [translate('options_remove')],
  );
  button.addEventListener('click', remove);
  return button;
}

/** Runs a change and reports it on `line`: "Saved." or the reason nothing was saved. */
export async function changeAndReport(
  state: OptionsState,
  line: HTMLElement,
  change: Parameters<OptionsState['change']>[0],
  successKey = 'options_saved',
  successSubstitutions: string[] = [],
): Promise<boolean> {
  const result = await state.change(change);
  if (result.ok) showStatus(line, translate(successKey, successSubstitutions), 'ok');
  else showStatus(line, translateMessage(result.problem), 'error');
  return result.ok;
}

export function checkbox(
  labelText: string,
  attributes: Record<string, string | boolean | undefined> = {},
): { label: HTMLLabelElement; input: HTMLInputElement } {
  const input = element('input', { type: 'checkbox', ...attributes });
  const label = element('label', { class: 'check' }, [input, ` ${labelText}`]);
  return { label, input };
}

/** A radio group as a fieldset; `onChoose` runs when the user picks another option. */
export function radioGroup<T extends string>(options: {
  key: SettingsKey;
  legendKey: string;
  descriptionKey?: string;
  choices: readonly { value: T; labelKey: string }[];
  state: OptionsState;
  read: () => T;
  write: (value: T) => Parameters<OptionsState['change']>[0];
}): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset(options.legendKey, options.descriptionKey);
  const name = uniqueId(options.key);
  const line = statusLine();
  const inputs = options.choices.map((choice) => {
    const input = element('input', { type: 'radio', name, value: choice.value });
    input.addEventListener('change', () => {
      if (input.checked) void changeAndReport(options.state, line, options.write(choice.value));
    });
    fieldset.append(
      element('label', { class: 'check' }, [input, ` ${translate(choice.labelKey)}`]),
    );
    return input;
  });
  fieldset.append(line);
  options.state.subscribe(() => {
    const value = options.read();
    for (const input of inputs) input.checked = input.value === value;
    showLock(fieldset, note, options.state.isLocked(options.key));
  });
  return fieldset;
}
