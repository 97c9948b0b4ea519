import { commandInWords } from '../i18n/command-words';
import { translate, translateMessage } from '../i18n/translate';
import { withoutPassword } from '../protocol';
import { element, uniqueId } from '../ui/dom';
import { showStatus, statusLine } from '../ui/status-line';
import { section } from './controls';
import {
  BUILDER_FIELDS,
  BUILDER_KINDS,
  buildFromInput,
  buttonSnippet,
  EMPTY_BUILDER_INPUT,
  linkSnippet,
  type BuilderField,
  type BuilderInput,
  type BuilderKind,
} from './link-builder';

const KIND_LABEL_KEYS: Readonly<Record<BuilderKind, string>> = {
  launch: 'options_builder_kind_launch',
  signIn: 'options_builder_kind_sign_in',
  callUser: 'options_builder_kind_call_user',
  callString: 'options_builder_kind_call_string',
  rtsp: 'options_builder_kind_rtsp',
  conference: 'options_builder_kind_conference',
  moderatorConference: 'options_builder_kind_moderator_conference',
  conferenceWithSignIn: 'options_builder_kind_conference_with_sign_in',
};

interface FieldSpec {
  labelKey: string;
  type: 'text' | 'password' | 'checkbox';
  placeholder?: string;
  hintKey?: string;
}

const FIELD_SPECS: Readonly<Record<BuilderField, FieldSpec>> = {
  login: { labelKey: 'options_builder_field_login', type: 'text', placeholder: 'smith' },
  server: {
    labelKey: 'options_builder_field_server',
    type: 'text',
    placeholder: 'video.example.com',
    hintKey: 'options_builder_hint_optional_server',
  },
  callString: {
    labelKey: 'options_builder_field_call_string',
    type: 'text',
    placeholder: '#sip:alice@10.0.0.5',
    hintKey: 'options_builder_hint_call_string',
  },
  rtsp: {
    labelKey: 'options_builder_field_rtsp',
    type: 'text',
    placeholder: 'rtsp://camera.example.com:554/stream',
  },
  conferenceId: {
    labelKey: 'options_builder_field_conference_id',
    type: 'text',
    placeholder: '4154248070',
  },
  conferenceServer: {
    labelKey: 'options_builder_field_conference_server',
    type: 'text',
    placeholder: 'video.example.com',
    hintKey: 'options_builder_hint_conference_server',
  },
  signInServer: {
    labelKey: 'options_builder_field_sign_in_server',
    type: 'text',
    placeholder: 'tc.example.com',
    hintKey: 'options_builder_hint_sign_in_server',
  },
  signInLogin: {
    labelKey: 'options_builder_field_sign_in_login',
    type: 'text',
    placeholder: 'smith',
  },
  password: {
    labelKey: 'options_builder_field_password',
    type: 'password',
    hintKey: 'options_builder_hint_password',
  },
  encrypt: { labelKey: 'options_builder_field_encrypt', type: 'checkbox' },
  force: { labelKey: 'options_builder_field_force', type: 'checkbox' },
  autoclose: { labelKey: 'options_builder_field_autoclose', type: 'checkbox' },
};

function outputBlock(
  labelKey: string,
  name: string,
): {
  block: HTMLElement;
  output: HTMLTextAreaElement;
} {
  const id = uniqueId(name);
  const output = element('textarea', { id, name, rows: 3, readonly: true, spellcheck: 'false' });
  const line = statusLine();
  const copy = element('button', { type: 'button', 'aria-describedby': id }, [
    translate('options_copy'),
  ]);
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(output.value).then(
      () => showStatus(line, translate('options_copied'), 'ok'),
      () => {
        // Without clipboard access the text is at least selected for Ctrl+C.
        output.select();
        showStatus(line, translate('options_copy_failed'), 'error');
      },
    );
  });
  const block = element('div', { class: 'output' }, [
    element('label', { for: id }, [translate(labelKey)]),
    output,
    element('span', { class: 'row' }, [copy, line]),
  ]);
  return { block, output };
}

/**
 * A form for every command of protocol.md. The URI and snippets update as the user types; the
 * form is never submitted and nothing in it is stored, so the password stays in this page only.
 */
export function builderSection(): HTMLElement {
  const node = section('builder', 'options_builder_title', 'options_builder_intro');
  const form = element('form', { class: 'builder', autocomplete: 'off' });
  const kindId = uniqueId('builder-kind');
  const kind = element(
    'select',
    { id: kindId, name: 'builderKind' },
    BUILDER_KINDS.map((value) =>
      element('option', { value, selected: value === EMPTY_BUILDER_INPUT.kind }, [
        translate(KIND_LABEL_KEYS[value]),
      ]),
    ),
  );
  form.append(
    element('div', { class: 'field' }, [
      element('label', { for: kindId }, [translate('options_builder_kind')]),
      kind,
    ]),
  );

  const controls = new Map<BuilderField, { wrapper: HTMLElement; input: HTMLInputElement }>();
  const fieldset = element('fieldset', {}, [
    element('legend', {}, [translate('options_builder_details')]),
  ]);
  for (const [field, spec] of Object.entries(FIELD_SPECS) as [BuilderField, FieldSpec][]) {
    const id = uniqueId(`builder-${field}`);
    const input = element('input', {
      id,
      name: `builder-${field}`,
      type: spec.type,
      placeholder: spec.placeholder,
      autocomplete: spec.type === 'password' ? 'new-password' : 'off',
      spellcheck: spec.type === 'text' ? 'false' : undefined,
    });
    let wrapper: HTMLElement;
    if (spec.type === 'checkbox') {
      input.checked = EMPTY_BUILDER_INPUT[field] as boolean;
      wrapper = element('div', { class: 'field' }, [
        element('label', { class: 'check' }, [input, ` ${translate(spec.labelKey)}`]),
      ]);
    } else {
      wrapper = element('div', { class: 'field' }, [
        element('label', { for: id }, [translate(spec.labelKey)]),
        input,
      ]);
    }
    if (spec.hintKey) {
      const hintId = uniqueId('builder-hint');
      input.setAttribute('aria-describedby', hintId);
      wrapper.append(element('p', { class: 'hint', id: hintId }, [translate(spec.hintKey)]));
    }
    controls.set(field, { wrapper, input });
    fieldset.append(wrapper);
  }
  const linkTextId = uniqueId('builder-link-text');
  const linkText = element('input', {
    id: linkTextId,
    name: 'builderLinkText',
    type: 'text',
    autocomplete: 'off',
  });
  fieldset.append(
    element('div', { class: 'field' }, [
      element('label', { for: linkTextId }, [translate('options_builder_link_text')]),
      linkText,
      element('p', { class: 'hint' }, [translate('options_builder_link_text_hint')]),
    ]),
  );
  form.append(fieldset);

  const problems = element('ul', { class: 'problems', 'aria-live': 'polite' });
  const warning = element('p', { class: 'warning', role: 'alert', hidden: true }, [
    translate('options_builder_password_warning'),
  ]);
  const uriOut = outputBlock('options_builder_uri', 'builderUri');
  const linkOut = outputBlock('options_builder_link_html', 'builderLinkHtml');
  const buttonOut = outputBlock('options_builder_button_html', 'builderButtonHtml');
  const outputs = element('div', { class: 'outputs' }, [
    uriOut.block,
    linkOut.block,
    buttonOut.block,
  ]);
  form.append(problems, warning, outputs);
  form.addEventListener('submit', (event) => event.preventDefault());

  const read = (): BuilderInput => {
    const input: Record<string, unknown> = { kind: kind.value as BuilderKind };
    for (const [field, { input: control }] of controls) {
      input[field] = control.type === 'checkbox' ? control.checked : control.value;
    }
    return input as unknown as BuilderInput;
  };

  const update = (): void => {
    const input = read();
    const used = new Set(BUILDER_FIELDS[input.kind]);
    for (const [field, { wrapper, input: control }] of controls) {
      wrapper.hidden = !used.has(field);
      control.removeAttribute('aria-invalid');
    }
    const result = buildFromInput(input);
    const anythingTyped = [...used].some((field) => {
      const value = input[field];
      return typeof value === 'string' && value.trim() !== '';
    });
    if (!result.ok) {
      // An untouched form is not an error yet; only say what is wrong once the user typed something.
      problems.replaceChildren(
        ...(anythingTyped
          ? result.problems.map((problem) => {
              const text = translateMessage(problem);
              if (!problem.field) return element('li', {}, [text]);
              controls.get(problem.field)?.input.setAttribute('aria-invalid', 'true');
              return element('li', {}, [
                `${translate(FIELD_SPECS[problem.field].labelKey)}: ${text}`,
              ]);
            })
          : []),
      );
      warning.hidden = true;
      for (const out of [uriOut, linkOut, buttonOut]) out.output.value = '';
      return;
    }
    problems.replaceChildren();
    const text = linkText.value.trim() || commandInWords(withoutPassword(result.command));
    uriOut.output.value = result.uri;
    linkOut.output.value = linkSnippet(result.uri, text);
    buttonOut.output.value = buttonSnippet(result.uri, text);
    warning.hidden = !result.carriesPassword;
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
  node.append(form);
  return node;
}
