import { translate, translateMessage } from '../i18n/translate';
import {
  DETECTION_FORM_KEYS,
  rememberRuleVerdicts,
  type CustomRuleSetting,
  type DetectionFormKey,
} from '../settings';
import { element, uniqueId } from '../ui/dom';
import { showStatus, statusLine } from '../ui/status-line';
import {
  changeAndReport,
  checkbox,
  entryAction,
  section,
  settingFieldset,
  showLock,
} from './controls';
import { checkRuleDraft, newRuleId, type RuleDraft } from './custom-rules';
import { ruleTester } from './rule-tester';
import type { OptionsState } from './state';

const FORM_LABEL_KEYS: Readonly<Record<DetectionFormKey, string>> = {
  uri: 'options_form_uri',
  callString: 'options_form_call_string',
  conferenceId: 'options_form_conference_id',
  trueconfId: 'options_form_trueconf_id',
  knownServerUser: 'options_form_known_server_user',
};

function formsFieldset(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset('options_forms_legend', 'options_forms_hint');
  const line = statusLine();
  const boxes = DETECTION_FORM_KEYS.map((form) => {
    const { label, input } = checkbox(translate(FORM_LABEL_KEYS[form]), { name: `form-${form}` });
    const formNote = element('span', { class: 'locked-inline', hidden: true }, [
      translate('options_locked_note'),
    ]);
    input.addEventListener('change', () => {
      const on = input.checked;
      void changeAndReport(state, line, (current) => ({
        ...current,
        forms: { ...current.forms, [form]: on },
      }));
    });
    fieldset.append(element('div', { class: 'check-row' }, [label, formNote]));
    return { form, input, formNote };
  });
  fieldset.append(line);
  state.subscribe((loaded) => {
    const allLocked = state.isLocked('forms');
    for (const { form, input, formNote } of boxes) {
      input.checked = loaded.settings.forms[form];
      // A policy may fix some forms and leave the others to the user.
      const locked = loaded.policy.lockedForms.includes(form);
      input.disabled = locked;
      formNote.hidden = !locked || allLocked;
    }
    showLock(fieldset, note, allLocked);
  });
  return fieldset;
}

function describeRule(rule: CustomRuleSetting): string {
  const sites = rule.sites.length > 0 ? rule.sites.join(', ') : translate('options_rule_all_sites');
  return translate('options_rule_summary', [rule.hrefTemplate, sites]);
}

function ruleList(state: OptionsState, line: HTMLElement): HTMLUListElement {
  const list = element('ul', {
    class: 'entries rules',
    'aria-label': translate('options_rules_list_label'),
  });
  state.subscribe((loaded) => {
    const managed = loaded.policy.managedEntries.customRules;
    const rules = loaded.settings.customRules;
    list.replaceChildren(
      ...rules.map((rule) => {
        const item = element('li', {}, [
          element('span', { class: 'entry' }, [
            element('code', {}, [`/${rule.pattern}/${rule.flags}`]),
            element('span', { class: 'hint' }, [` → ${describeRule(rule)}`]),
          ]),
        ]);
        const remove = () =>
          void changeAndReport(
            state,
            line,
            (current) => ({
              ...current,
              customRules: current.customRules.filter((entry) => entry.id !== rule.id),
            }),
            'options_removed',
            [rule.pattern],
          );
        item.append(entryAction(managed.includes(rule.id), rule.pattern, remove));
        return item;
      }),
    );
    if (rules.length === 0)
      list.append(element('li', { class: 'empty' }, [translate('options_rules_empty')]));
  });
  return list;
}

function labelled(
  labelKey: string,
  control: HTMLInputElement | HTMLTextAreaElement,
  hintKey?: string,
): HTMLElement {
  const id = uniqueId('rule-field');
  control.id = id;
  const children: Node[] = [element('label', { for: id }, [translate(labelKey)]), control];
  if (hintKey) {
    const hintId = uniqueId('rule-hint');
    control.setAttribute('aria-describedby', hintId);
    children.push(element('p', { class: 'hint', id: hintId }, [translate(hintKey)]));
  }
  return element('div', { class: 'field' }, children);
}

export interface RuleForm {
  form: HTMLFormElement;
  draft(): RuleDraft;
  onDraftChange(listener: () => void): void;
}

function ruleForm(state: OptionsState, line: HTMLElement): RuleForm {
  const pattern = element('input', {
    type: 'text',
    name: 'rulePattern',
    placeholder: 'Room[ -](\\d{4,8})',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const template = element('input', {
    type: 'text',
    name: 'ruleTemplate',
    placeholder: 'trueconf:\\c\\$1',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const sites = element('input', {
    type: 'text',
    name: 'ruleSites',
    placeholder: 'intranet.example.com',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const ignoreCase = checkbox(translate('options_rule_ignore_case'), { name: 'ruleIgnoreCase' });
  const form = element('form', { class: 'rule-form' }, [
    labelled('options_rule_pattern_label', pattern, 'options_rule_pattern_hint'),
    element('div', { class: 'field' }, [ignoreCase.label]),
    labelled('options_rule_template_label', template, 'options_rule_template_hint'),
    labelled('options_rule_sites_label', sites, 'options_rule_sites_hint'),
    element('button', { type: 'submit' }, [translate('options_rule_add')]),
  ]);
  const fields = { pattern, hrefTemplate: template, sites } as const;
  const draft = (): RuleDraft => ({
    pattern: pattern.value,
    ignoreCase: ignoreCase.input.checked,
    hrefTemplate: template.value,
    sites: sites.value,
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const field of Object.values(fields)) field.removeAttribute('aria-invalid');
    const checked = checkRuleDraft(draft(), newRuleId());
    if (!checked.ok) {
      const field = checked.field === 'ignoreCase' ? pattern : fields[checked.field];
      field.setAttribute('aria-invalid', 'true');
      showStatus(line, translateMessage(checked.problem), 'error');
      field.focus();
      return;
    }
    // Remembered first, so pages use the rule as soon as it is saved (the check just ran: no
    // second timing). Should that fail, the background judges the rule when it is saved.
    void rememberRuleVerdicts([checked.rule])
      .catch(() => undefined)
      .then(() =>
        changeAndReport(
          state,
          line,
          (current) => ({ ...current, customRules: [...current.customRules, checked.rule] }),
          'options_rule_added',
          [checked.rule.pattern],
        ),
      )
      .then((saved) => {
        if (!saved) return;
        form.reset();
        form.dispatchEvent(new Event('input'));
      });
  });
  return {
    form,
    draft,
    onDraftChange: (listener) => form.addEventListener('input', listener),
  };
}

function customRulesFieldset(state: OptionsState): {
  fieldset: HTMLFieldSetElement;
  form: RuleForm;
} {
  const { fieldset, note } = settingFieldset('options_rules_legend', 'options_rules_hint');
  const line = statusLine();
  const form = ruleForm(state, line);
  fieldset.append(ruleList(state, line), form.form, line);
  state.subscribe(() => showLock(fieldset, note, state.isLocked('customRules')));
  return { fieldset, form };
}

export function detectionSection(state: OptionsState): HTMLElement {
  const node = section('detection', 'options_detection_title', 'options_detection_intro');
  const rules = customRulesFieldset(state);
  node.append(formsFieldset(state), rules.fieldset, ruleTester(state, rules.form));
  return node;
}
