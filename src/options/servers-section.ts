import { readEntry, type EntryRead } from './entry-input';
import { translate, translateMessage } from '../i18n/translate';
import { normalizeServerEntry } from '../settings';
import { element, uniqueId } from '../ui/dom';
import { showStatus, statusLine } from '../ui/status-line';
import { changeAndReport, section, settingFieldset, showLock } from './controls';
import { listEditor } from './list-editor';
import type { OptionsState } from './state';

/**
 * People paste a server from the address bar as often as they type it, so a web address is
 * reduced to its host; the web port is dropped because the app talks to the server on its own port.
 */
export function readServerInput(input: string): EntryRead {
  return readEntry(input, serverFromText, 'options_error_invalid_server');
}

function serverFromText(text: string): string | null {
  if (!/^https?:\/\//i.test(text)) return normalizeServerEntry(text);
  try {
    return normalizeServerEntry(new URL(text).hostname);
  } catch {
    return null;
  }
}

function defaultServerFieldset(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset(
    'options_default_server_legend',
    'options_default_server_hint',
  );
  const inputId = uniqueId('default-server');
  const input = element('input', {
    id: inputId,
    name: 'defaultServer',
    type: 'text',
    placeholder: 'video.example.com',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const line = statusLine();
  const form = element('form', { class: 'add-form' }, [
    element('label', { for: inputId }, [translate('options_default_server_label')]),
    element('span', { class: 'row' }, [
      input,
      element('button', { type: 'submit' }, [translate('options_save')]),
    ]),
  ]);
  fieldset.append(form, line);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const cleared = input.value.trim() === '';
    const read = cleared ? ({ ok: true, value: '' } as const) : readServerInput(input.value);
    if (!read.ok) {
      input.setAttribute('aria-invalid', 'true');
      showStatus(line, translateMessage(read.problem), 'error');
      return;
    }
    input.removeAttribute('aria-invalid');
    void changeAndReport(
      state,
      line,
      (current) => ({ ...current, defaultServer: read.value }),
      cleared ? 'options_default_server_cleared' : 'options_saved',
    );
  });
  let shown: string | null = null;
  state.subscribe((loaded) => {
    // Only a change that came from elsewhere replaces what the user may be typing.
    if (loaded.settings.defaultServer !== shown) {
      shown = loaded.settings.defaultServer;
      input.value = shown;
    }
    showLock(fieldset, note, state.isLocked('defaultServer'));
  });
  return fieldset;
}

export function serversSection(state: OptionsState): HTMLElement {
  const node = section('servers', 'options_servers_title', 'options_servers_intro');
  node.append(
    defaultServerFieldset(state),
    listEditor({
      key: 'knownServers',
      legendKey: 'options_known_servers_legend',
      descriptionKey: 'options_known_servers_hint',
      inputLabelKey: 'options_known_servers_label',
      placeholder: 'tc.example.com',
      emptyKey: 'options_known_servers_empty',
      normalize: readServerInput,
      state,
    }),
  );
  return node;
}
