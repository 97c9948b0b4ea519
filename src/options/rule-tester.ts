import { detect, type CompiledRule, type Form, type Match } from '../detect';
import { commandInWords } from '../i18n/command-words';
import type { Message } from '../i18n/message';
import { translate, translateMessage } from '../i18n/translate';
import { detectOptionsFromSettings, type Settings } from '../settings';
import { element, uniqueId } from '../ui/dom';
import { checkbox, settingFieldset } from './controls';
import { compileSavedRules, checkRuleDraft } from './custom-rules';
import type { RuleForm } from './detection-section';
import type { OptionsState } from './state';

const FORM_NAME_KEYS: Readonly<Record<Form, string>> = {
  uri: 'options_tester_form_uri',
  callString: 'options_tester_form_call_string',
  conferenceId: 'options_tester_form_conference_id',
  trueconfId: 'options_tester_form_trueconf_id',
  knownServerUser: 'options_tester_form_known_server_user',
  custom: 'options_tester_form_custom',
};

/** Typing is bursty; the draft rule's safety probe is not free, so wait for a pause. */
const RETEST_DELAY_MS = 250;

export interface TesterInput {
  text: string;
  settings: Settings;
  savedRules: readonly CompiledRule[];
  draftRule: CompiledRule | null;
  pageMentionsTrueConf: boolean;
}

/** Exactly what the content script would find in this text with these settings. */
export function testText(input: TesterInput): Match[] {
  return detect(
    input.text,
    detectOptionsFromSettings(input.settings, {
      customRules: input.draftRule ? [...input.savedRules, input.draftRule] : input.savedRules,
      pageHasTrueConfContext: input.pageMentionsTrueConf,
    }),
  );
}

function matchItem(match: Match): HTMLLIElement {
  return element('li', {}, [
    element('span', { class: 'match-text' }, [match.text]),
    ' → ',
    element('code', {}, [match.href]),
    element('span', { class: 'hint' }, [
      ` (${translate(FORM_NAME_KEYS[match.form])}: ${commandInWords(match.command)})`,
    ]),
  ]);
}

/**
 * Paste text, see what becomes a link and where each link leads, with the saved settings and the
 * rule being written in the form above (so a rule can be tried before it is saved).
 */
export function ruleTester(state: OptionsState, ruleForm: RuleForm): HTMLFieldSetElement {
  const { fieldset } = settingFieldset('options_tester_legend', 'options_tester_hint');
  const textId = uniqueId('tester-text');
  const text = element('textarea', {
    id: textId,
    name: 'testerText',
    rows: 4,
    spellcheck: 'false',
  });
  const context = checkbox(translate('options_tester_context'), { name: 'testerContext' });
  const summary = element('p', { class: 'tester-summary', role: 'status', 'aria-live': 'polite' });
  const results = element('ul', {
    class: 'matches',
    'aria-label': translate('options_tester_results'),
  });
  const notes = element('ul', { class: 'tester-notes' });
  fieldset.append(
    element('label', { for: textId }, [translate('options_tester_label')]),
    text,
    element('div', { class: 'field' }, [context.label]),
    summary,
    results,
    notes,
  );

  let saved = compileSavedRules(state.settings.customRules);
  let savedRulesKey = JSON.stringify(state.settings.customRules);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = (): void => {
    const draft = ruleForm.draft();
    let draftRule: CompiledRule | null = null;
    const noteMessages: Message[] = saved.refused.map(({ rule, problem }) => ({
      key: 'options_tester_rule_refused',
      substitutions: [rule.pattern],
      detail: problem,
    }));
    if (draft.pattern.trim() !== '' && draft.hrefTemplate.trim() !== '') {
      const checked = checkRuleDraft(draft, 'draft');
      if (checked.ok) draftRule = checked.compiled;
      else {
        noteMessages.push({
          key: 'options_tester_draft_refused',
          substitutions: [],
          detail: checked.problem,
        });
      }
    }
    notes.replaceChildren(
      ...noteMessages.map((note) => element('li', {}, [translateMessage(note)])),
    );
    if (text.value.trim() === '') {
      results.replaceChildren();
      summary.textContent = '';
      return;
    }
    const matches = testText({
      text: text.value,
      settings: state.settings,
      savedRules: saved.compiled,
      draftRule,
      pageMentionsTrueConf: context.input.checked,
    });
    results.replaceChildren(...matches.map(matchItem));
    summary.textContent =
      matches.length === 0
        ? translate('options_tester_none')
        : translate('options_tester_count', [String(matches.length)]);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(run, RETEST_DELAY_MS);
  };
  text.addEventListener('input', schedule);
  context.input.addEventListener('change', run);
  ruleForm.onDraftChange(schedule);
  state.subscribe((loaded) => {
    const key = JSON.stringify(loaded.settings.customRules);
    if (key !== savedRulesKey) {
      savedRulesKey = key;
      saved = compileSavedRules(loaded.settings.customRules);
    }
    run();
  });
  return fieldset;
}
