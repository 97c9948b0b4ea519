import { clearHistory, readHistory, trimHistory, watchHistory } from '../history/history';
import { translate } from '../i18n/translate';
import { HISTORY_SIZE_MAX } from '../settings';
import { element, uniqueId } from '../ui/dom';
import { showStatus, statusLine } from '../ui/status-line';
import { changeAndReport, section, settingFieldset, showLock } from './controls';
import type { OptionsState } from './state';

export interface HistoryActions {
  count(): Promise<number>;
  clear(): Promise<void>;
  trim(limit: number): Promise<void>;
  watch(changed: () => void): void;
}

export const browserHistory: HistoryActions = {
  count: async () => (await readHistory()).length,
  clear: clearHistory,
  trim: trimHistory,
  watch: (changed) => void watchHistory(changed),
};

export function historySection(
  state: OptionsState,
  history: HistoryActions = browserHistory,
): HTMLElement {
  const node = section('history', 'options_history_title');
  const { fieldset, note } = settingFieldset(
    'options_history_size_legend',
    'options_history_size_hint',
  );
  const inputId = uniqueId('history-size');
  const input = element('input', {
    id: inputId,
    name: 'historySize',
    type: 'number',
    min: 0,
    max: HISTORY_SIZE_MAX,
    step: 1,
    inputmode: 'numeric',
  });
  const sizeLine = statusLine();
  fieldset.append(
    element('label', { for: inputId }, [translate('options_history_size_label')]),
    input,
    sizeLine,
  );
  input.addEventListener('change', () => {
    const size = Number(input.value);
    if (
      input.value.trim() === '' ||
      !Number.isInteger(size) ||
      size < 0 ||
      size > HISTORY_SIZE_MAX
    ) {
      input.setAttribute('aria-invalid', 'true');
      showStatus(
        sizeLine,
        translate('options_history_size_invalid', [String(HISTORY_SIZE_MAX)]),
        'error',
      );
      return;
    }
    input.removeAttribute('aria-invalid');
    void changeAndReport(state, sizeLine, (current) => ({ ...current, historySize: size })).then(
      (saved) => (saved ? history.trim(size) : undefined),
    );
  });
  state.subscribe((loaded) => {
    if (document.activeElement !== input) input.value = String(loaded.settings.historySize);
    showLock(fieldset, note, state.isLocked('historySize'));
  });

  const clearLine = statusLine();
  const clearButton = element('button', { type: 'button', name: 'clearHistory' }, [
    translate('options_history_clear'),
  ]);
  const count = element('p', { class: 'hint' });
  const showCount = async (): Promise<void> => {
    count.textContent = translate('options_history_count', [String(await history.count())]);
  };
  clearButton.addEventListener('click', () => {
    void history
      .clear()
      .then(() => {
        showStatus(clearLine, translate('options_history_cleared'), 'ok');
        return showCount();
      })
      .catch((error: unknown) =>
        showStatus(clearLine, translate('options_error_save_failed', [String(error)]), 'error'),
      );
  });
  void showCount().catch(() => undefined);
  history.watch(() => void showCount().catch(() => undefined));
  node.append(fieldset, element('div', { class: 'field' }, [count, clearButton, clearLine]));
  return node;
}
