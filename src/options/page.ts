import { translate } from '../i18n/translate';
import { element } from '../ui/dom';
import { accountSection } from './account-section';
import { backupSection } from './backup-section';
import { builderSection } from './builder-section';
import { detectionSection } from './detection-section';
import { historySection, type HistoryActions } from './history-section';
import { interceptionSection } from './interception-section';
import { phoneSection } from './phone-section';
import { renderNotices } from './notices';
import { serversSection } from './servers-section';
import { sitesSection } from './sites-section';
import type { OptionsState } from './state';

export interface OptionsPageOptions {
  history?: HistoryActions;
}

function pageHeader(): HTMLElement {
  return element('header', {}, [
    element('h1', {}, [translate('options_title')]),
    element('p', { class: 'intro' }, [translate('options_intro')]),
  ]);
}

/**
 * What the page shows until the settings are read: right after the browser starts, the first read
 * of the administrator's policy can take seconds, and nothing here may be changed before it.
 */
export function showOptionsLoading(root: HTMLElement): void {
  root.replaceChildren(
    pageHeader(),
    element('p', { class: 'loading', role: 'status' }, [translate('options_loading')]),
  );
}

/** Builds the whole options page into `root`; every section keeps itself up to date. */
export function mountOptionsPage(
  root: HTMLElement,
  state: OptionsState,
  options: OptionsPageOptions = {},
): void {
  const notices = element('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
  state.subscribe((loaded) => renderNotices(notices, loaded));
  root.replaceChildren(
    pageHeader(),
    notices,
    serversSection(state),
    accountSection(state),
    detectionSection(state),
    sitesSection(state),
    interceptionSection(state),
    phoneSection(state),
    historySection(state, options.history),
    builderSection(),
    backupSection(state),
  );
}
