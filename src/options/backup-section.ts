import { readFavourites, replaceFavourites } from '../favourites/store';
import { rememberRuleVerdicts } from '../settings';
import type { Message } from '../i18n/message';
import { translate, translateMessage } from '../i18n/translate';
import { element, uniqueId } from '../ui/dom';
import { showStatus, statusLine } from '../ui/status-line';
import { section } from './controls';
import { settingName } from './notices';
import { parseSettingsFile, settingsFileName, settingsToFile } from './settings-file';
import type { OptionsState } from './state';

/** The file's problems name settings by their keys; the user knows them by their titles. */
function withSettingNames(problem: Message): Message {
  return problem.key.endsWith('_field')
    ? { ...problem, substitutions: problem.substitutions.map(settingName) }
    : problem;
}

/** Saves `text` as a file through a temporary Blob URL, the way a download link would. */
function download(doc: Document, text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = element('a', { href: url, download: fileName, hidden: true }, [], doc);
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function backupSection(state: OptionsState): HTMLElement {
  const node = section('backup', 'options_backup_title', 'options_backup_intro');
  const line = statusLine();

  const exportButton = element('button', { type: 'button', name: 'exportSettings' }, [
    translate('options_export'),
  ]);
  exportButton.addEventListener('click', () => {
    void Promise.all([state.store.loadUser(), readFavourites()])
      .then(([{ settings }, favourites]) => {
        download(document, settingsToFile(settings, new Date(), favourites), settingsFileName());
        showStatus(line, translate('options_exported'), 'ok');
      })
      .catch((error: unknown) =>
        showStatus(line, translate('options_error_save_failed', [String(error)]), 'error'),
      );
  });

  const fileId = uniqueId('import-file');
  const fileInput = element('input', {
    id: fileId,
    name: 'importSettings',
    type: 'file',
    accept: 'application/json,.json',
  });
  const problems = element('ul', { class: 'problems' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    problems.replaceChildren();
    void file
      .text()
      .then(async (text) => {
        const parsed = parseSettingsFile(text);
        if (!parsed.ok) {
          showStatus(line, translate('options_import_refused', [file.name]), 'error');
          problems.replaceChildren(
            ...parsed.problems.map((problem) =>
              element('li', {}, [translateMessage(withSettingNames(problem))]),
            ),
          );
          return;
        }
        // The file's rules were just checked; their verdicts go first, for pages to use them.
        await rememberRuleVerdicts(parsed.settings.customRules).catch(() => undefined);
        const lockedBefore = state.current.locked.length > 0;
        const result = await state.change(() => parsed.settings);
        if (!result.ok) {
          showStatus(line, translateMessage(result.problem), 'error');
          return;
        }
        if (parsed.favourites) await replaceFavourites(parsed.favourites);
        showStatus(
          line,
          lockedBefore
            ? translate('options_imported_except_locked')
            : translate('options_imported'),
          'ok',
        );
      })
      .catch((error: unknown) =>
        showStatus(line, translate('options_import_unreadable', [String(error)]), 'error'),
      )
      .finally(() => {
        // Choosing the same file again must fire `change` again.
        fileInput.value = '';
      });
  });

  node.append(
    element('div', { class: 'field' }, [exportButton]),
    element('div', { class: 'field' }, [
      element('label', { for: fileId }, [translate('options_import_label')]),
      fileInput,
    ]),
    line,
    problems,
  );
  return node;
}
