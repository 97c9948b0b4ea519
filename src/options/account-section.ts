import { browser } from 'wxt/browser';
import { translate } from '../i18n/translate';
import { CONFERENCE_REMINDERS, type ConferenceReminder, type Settings } from '../settings';
import { element, uniqueId } from '../ui/dom';
import { applyServerPolicy, buildAccountPanel, startAccountPanel } from '../ui/server-account';
import { showStatus, statusLine } from '../ui/status-line';
import { changeAndReport, checkbox, section, settingFieldset, showLock } from './controls';
import type { OptionsState } from './state';

/** Presence dots on pages (opt-in, `serverPresence`; docs/server.md "Presence on pages"). */
function presenceSwitch(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset('account_presence_legend', 'account_presence_hint');
  const line = statusLine();
  const { label, input } = checkbox(translate('account_presence_label'), {
    name: 'serverPresence',
  });
  input.addEventListener('change', () => {
    const on = input.checked;
    void changeAndReport(state, line, (current) => ({ ...current, serverPresence: on }));
  });
  fieldset.append(label, line);
  state.subscribe((loaded) => {
    input.checked = loaded.settings.serverPresence;
    showLock(fieldset, note, state.isLocked('serverPresence'));
  });
  return fieldset;
}

type OptionalPermission = 'alarms' | 'notifications';

/** Those of `wanted` this browser lets the extension ask for (Firefox grants `alarms` at install). */
function askable(wanted: readonly OptionalPermission[]): OptionalPermission[] {
  let optional: readonly string[] = [];
  try {
    optional = browser.runtime.getManifest().optional_permissions ?? [];
  } catch {
    // No manifest to read (a test page): nothing to ask for.
  }
  return wanted.filter((permission) => optional.includes(permission));
}

/**
 * Asks for the permissions a setting needs, inside the person's click (no await before it: the
 * browser asks only during a click). Already granted ones are granted again without a prompt.
 */
async function allow(wanted: readonly OptionalPermission[]): Promise<boolean> {
  const permissions = askable(wanted);
  if (permissions.length === 0) return true;
  return browser.permissions.request({ permissions }).catch(() => false);
}

/** Gives back what neither setting needs any more. */
async function release(settings: Settings): Promise<void> {
  const unused: OptionalPermission[] = [];
  if (settings.conferenceReminder === 0) unused.push('notifications');
  if (settings.conferenceReminder === 0 && !settings.conferenceBadge) unused.push('alarms');
  const permissions = askable(unused);
  if (permissions.length > 0) await browser.permissions.remove({ permissions }).catch(() => false);
}

async function notificationsAllowed(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
}

function badgeFieldset(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset(
    'options_conf_badge_legend',
    'options_conf_badge_hint',
  );
  const line = statusLine();
  const { label, input } = checkbox(translate('options_conf_badge_label'), {
    name: 'conferenceBadge',
  });
  input.addEventListener('change', () => {
    const on = input.checked;
    void (on ? allow(['alarms']) : Promise.resolve(true)).then(async (allowed) => {
      if (!allowed) {
        input.checked = false;
        showStatus(line, translate('options_conf_not_allowed'), 'error');
        return;
      }
      const saved = await changeAndReport(state, line, (current) => ({
        ...current,
        conferenceBadge: on,
      }));
      if (saved && !on) await release(state.settings);
    });
  });
  fieldset.append(label, line);
  state.subscribe((loaded) => {
    input.checked = loaded.settings.conferenceBadge;
    showLock(fieldset, note, state.isLocked('conferenceBadge'));
  });
  return fieldset;
}

function reminderFieldset(state: OptionsState): HTMLFieldSetElement {
  const { fieldset, note } = settingFieldset(
    'options_conf_reminder_legend',
    'options_conf_reminder_hint',
  );
  const line = statusLine();
  const problemText = element('span', {});
  const allowButton = element('button', { type: 'button', class: 'allow-notifications' }, [
    translate('options_conf_allow_notifications'),
  ]);
  const problem = element('p', { class: 'hint reminder-problem', hidden: true }, [
    problemText,
    ' ',
    allowButton,
  ]);
  const selectId = uniqueId('conference-reminder');
  const select = element(
    'select',
    { id: selectId, name: 'conferenceReminder' },
    CONFERENCE_REMINDERS.map((lead) =>
      element('option', { value: String(lead) }, [translate(`options_conf_reminder_${lead}`)]),
    ),
  );
  const canNotify = askable(['notifications']).length > 0;
  const showProblem = async (lead: ConferenceReminder): Promise<void> => {
    let key: string | null = null;
    if (lead > 0 && !canNotify) key = 'options_conf_no_notifications';
    else if (lead > 0 && !(await notificationsAllowed()))
      key = 'options_conf_notifications_missing';
    problemText.textContent = key ? translate(key) : '';
    allowButton.hidden = key !== 'options_conf_notifications_missing';
    problem.hidden = key === null;
  };
  allowButton.addEventListener('click', () => {
    void allow(['alarms', 'notifications']).then(async (allowed) => {
      if (!allowed) showStatus(line, translate('options_conf_not_allowed'), 'error');
      await showProblem(state.settings.conferenceReminder);
    });
  });
  select.addEventListener('change', () => {
    const lead = Number(select.value) as ConferenceReminder;
    void (lead > 0 ? allow(['alarms', 'notifications']) : Promise.resolve(true)).then(
      async (allowed) => {
        if (!allowed) {
          select.value = String(state.settings.conferenceReminder);
          showStatus(line, translate('options_conf_not_allowed'), 'error');
          await showProblem(state.settings.conferenceReminder);
          return;
        }
        const saved = await changeAndReport(state, line, (current) => ({
          ...current,
          conferenceReminder: lead,
        }));
        if (saved && lead === 0) await release(state.settings);
        await showProblem(state.settings.conferenceReminder);
      },
    );
  });
  fieldset.append(
    element('div', { class: 'field' }, [
      element('label', { for: selectId }, [translate('options_conf_reminder_label')]),
      select,
    ]),
    problem,
    line,
  );
  state.subscribe((loaded) => {
    select.value = String(loaded.settings.conferenceReminder);
    showLock(fieldset, note, state.isLocked('conferenceReminder'));
    void showProblem(loaded.settings.conferenceReminder);
  });
  return fieldset;
}

/**
 * Sign-in to the user's own TrueConf Server (optional; docs/server.md), presence on pages, and
 * what it adds to the toolbar icon and reminders of the person's conferences.
 */
export function accountSection(state: OptionsState): HTMLElement {
  const node = section('account', 'account_title', 'account_intro');
  const panel = buildAccountPanel(node.ownerDocument);
  node.append(
    panel.root,
    element('p', { class: 'hint' }, [translate('options_conf_signed_out')]),
    presenceSwitch(state),
    badgeFieldset(state),
    reminderFieldset(state),
  );
  state.subscribe((loaded) =>
    applyServerPolicy(panel, {
      address: loaded.settings.serverAddress,
      locked: state.isLocked('serverAddress'),
    }),
  );
  void startAccountPanel(panel);
  return node;
}
