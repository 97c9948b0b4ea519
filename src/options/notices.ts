import type { LoadedSettings } from '../settings';
import { element } from '../ui/dom';
import { translate } from '../i18n/translate';

/** Setting names as the page calls them, for notices about damaged or ignored data. */
const SETTING_NAME_KEYS: Readonly<Record<string, string>> = {
  '*': 'options_setting_all',
  version: 'options_setting_version',
  defaultServer: 'options_default_server_legend',
  knownServers: 'options_known_servers_legend',
  forms: 'options_forms_legend',
  customRules: 'options_rules_legend',
  disabledSites: 'options_disabled_sites_legend',
  linkStyle: 'options_link_style_legend',
  webLinks: 'options_web_links_legend',
  confirmEveryCall: 'options_confirm_legend',
  trustedSignInOrigins: 'options_trusted_origins_legend',
  historySize: 'options_history_size_legend',
  locked: 'options_setting_locked',
};

export function settingName(field: string): string {
  const key = SETTING_NAME_KEYS[field] ?? SETTING_NAME_KEYS[field.split('.')[0] ?? ''];
  return key ? translate(key) : field;
}

function names(fields: readonly string[]): string {
  return [...new Set(fields.map(settingName))].join(', ');
}

/**
 * What the user should know before changing anything: saved settings that were damaged and
 * reset, an administrator's policy in force, and policy values that were invalid and ignored.
 */
export function renderNotices(container: HTMLElement, loaded: LoadedSettings): void {
  const notices: HTMLElement[] = [];
  if (loaded.replaced.length > 0) {
    notices.push(
      element('p', { class: 'notice warning' }, [
        translate('options_notice_replaced', [names(loaded.replaced)]),
      ]),
    );
  }
  if (loaded.policy.active) {
    notices.push(element('p', { class: 'notice info' }, [translate('options_notice_policy')]));
  }
  if (loaded.policy.ignored.length > 0) {
    notices.push(
      element('p', { class: 'notice warning' }, [
        translate('options_notice_policy_ignored', [names(loaded.policy.ignored)]),
      ]),
    );
  }
  container.replaceChildren(...notices);
  container.hidden = notices.length === 0;
}
