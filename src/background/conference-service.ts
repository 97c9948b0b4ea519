import { browser, type Browser } from 'wxt/browser';
import { translate } from '../i18n/translate';
import type { ServerConferencesRequest } from '../messaging/messages';
import {
  parseServerConferencesAnswer,
  type ConferenceView,
  type ServerConferencesAnswer,
} from '../messaging/responses';
import {
  alarmChanges,
  listWindow,
  minutesToNext,
  readReminderAlarmName,
  reminderAlarms,
  upcomingConferences,
  REMINDER_ALARM_PREFIX,
} from '../server';
import { loadSettings, onSettingsChanged, type Settings } from '../settings';
import { defineItem, getValue, removeValue, setValue } from '../storage';
import { showCountdown } from './badge';
import { requestLaunch } from './launch-service';
import { listConferences, serverStatus } from './server-service';

/**
 * "Your conferences" in the background (docs/server.md): the last list fetched, kept in
 * storage.session for the worker's next wake-up; the toolbar countdown; one reminder alarm per
 * upcoming conference and its notification with a Join button. `alarms` and `notifications` are
 * optional permissions: without them this does nothing, and everything else works as before.
 * The worker sleeps, so nothing here waits on a timer: alarms wake it.
 */

/** Fetches the list again while the badge or reminders want it (the popup fetches on opening). */
export const REFRESH_ALARM = 'conference-refresh';
export const REFRESH_MINUTES = 5;
/** Moves the countdown on; only while the badge setting is on. */
export const BADGE_ALARM = 'conference-badge';

/** Upcoming conferences as last fetched (views: ids, topics, starts, links; no tokens). */
const cacheItem = defineItem<ConferenceView[]>('session', 'yourConferences', (stored) => {
  const parsed = parseServerConferencesAnswer({ ok: true, conferences: stored });
  return parsed?.ok ? parsed.conferences : [];
});

interface ShownReminder {
  /** What Join launches. */
  uri: string;
  /** Firefox shows no notification buttons: there a click on the reminder itself joins. */
  joinOnClick: boolean;
}

/** What a shown reminder's Join launches, by notification id. */
function notificationItem(notificationId: string) {
  return defineItem<ShownReminder | null>('session', `reminderJoin:${notificationId}`, (stored) => {
    if (typeof stored !== 'object' || stored === null) return null;
    const { uri, joinOnClick } = stored as Record<string, unknown>;
    return typeof uri === 'string' && uri.startsWith('trueconf:')
      ? { uri, joinOnClick: joinOnClick === true }
      : null;
  });
}

type Alarms = typeof browser.alarms;
type Notifications = typeof browser.notifications;

/** The optional APIs exist only once granted (and `notifications` not at all on some systems). */
function alarmsApi(): Alarms | undefined {
  return (browser as { alarms?: Alarms }).alarms;
}

function notificationsApi(): Notifications | undefined {
  return (browser as { notifications?: Notifications }).notifications;
}

async function signedIn(): Promise<boolean> {
  const status = await serverStatus();
  return status.ok && status.account !== null;
}

/** The popup's request: the list as the server gave it; what it shows is the popup's choice. */
export async function yourConferences(
  request: Omit<ServerConferencesRequest, 'type'>,
): Promise<ServerConferencesAnswer> {
  const answer = await listConferences(request);
  if (answer.ok) await noteConferences(answer.conferences);
  else if (answer.error === 'signed-out') await forgetConferences();
  return answer;
}

async function noteConferences(conferences: readonly ConferenceView[]): Promise<void> {
  await setValue(cacheItem, upcomingConferences(conferences, Date.now())).catch(() => undefined);
  await syncConferences();
}

/**
 * Fetches the list and re-syncs everything from it, when signed in and the badge or reminders
 * want it; with both off the server is not asked (the popup asks when it opens).
 */
export async function refreshConferences(): Promise<void> {
  if (!(await signedIn())) {
    await forgetConferences();
    return;
  }
  const { settings } = await loadSettings();
  if (!settings.conferenceBadge && settings.conferenceReminder === 0) {
    await syncConferences(settings);
    return;
  }
  // A server that is down leaves the last list standing: its reminders still come.
  await yourConferences(listWindow(Date.now()));
}

/** Signed out: no list, no alarms, no countdown, no reminder left on screen. */
export async function forgetConferences(): Promise<void> {
  await removeValue(cacheItem).catch(() => undefined);
  const alarms = alarmsApi();
  if (alarms) {
    const all = await alarms.getAll().catch(() => []);
    await Promise.all(
      all
        .filter(({ name }) => name === REFRESH_ALARM || name === BADGE_ALARM || isReminder(name))
        .map(({ name }) => alarms.clear(name).catch(() => false)),
    );
  }
  const notifications = notificationsApi();
  if (notifications) {
    const shown = await notifications.getAll().catch(() => ({}));
    await Promise.all(
      Object.keys(shown)
        .filter(isReminder)
        .map(async (id) => {
          await notifications.clear(id).catch(() => false);
          await removeValue(notificationItem(id)).catch(() => undefined);
        }),
    );
  }
  await showCountdown('', translate('extName'));
}

function isReminder(name: string): boolean {
  return name.startsWith(REMINDER_ALARM_PREFIX);
}

/**
 * Makes the alarms and the badge match the settings and the last list: the refresh alarm while
 * the badge or reminders are on, the minute alarm while the badge is, one alarm per reminder.
 */
export async function syncConferences(given?: Settings): Promise<void> {
  const settings = given ?? (await loadSettings()).settings;
  const conferences = await getValue(cacheItem).catch(() => []);
  const now = Date.now();
  const alarms = alarmsApi();
  if (!(await signedIn())) {
    await forgetConferences();
    return;
  }
  if (alarms) {
    const wantRefresh = settings.conferenceBadge || settings.conferenceReminder > 0;
    const existing = await alarms.getAll().catch(() => []);
    const has = (name: string) => existing.some((alarm) => alarm.name === name);
    const keepOrClear = async (name: string, wanted: boolean, period: number) => {
      if (wanted && !has(name)) await alarms.create(name, { periodInMinutes: period });
      if (!wanted && has(name)) await alarms.clear(name);
    };
    await keepOrClear(REFRESH_ALARM, wantRefresh, REFRESH_MINUTES);
    await keepOrClear(BADGE_ALARM, settings.conferenceBadge, 1);
    const wanted = reminderAlarms(conferences, now, settings.conferenceReminder);
    const { clear, create } = alarmChanges(existing, wanted);
    await Promise.all(clear.map((name) => alarms.clear(name).catch(() => false)));
    for (const alarm of create) await alarms.create(alarm.name, { when: alarm.when });
  }
  await updateCountdown(settings.conferenceBadge && alarms !== undefined, conferences, now);
}

async function updateCountdown(
  on: boolean,
  conferences: readonly ConferenceView[],
  now: number,
): Promise<void> {
  const minutes = on ? minutesToNext(conferences, now) : null;
  const next = conferences.find(
    (conference) => conference.startsAt !== null && conference.startsAt > now,
  );
  if (minutes === null || !next) {
    await showCountdown('', translate('extName'));
    return;
  }
  await showCountdown(
    translate('badge_minutes', [String(minutes)]),
    translate('badge_title', [next.topic, String(minutes)]),
  );
}

/** The browser's own locale, as the popup writes times. */
const timeFormat = (): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** The reminder of one conference, from its alarm; nothing for one no longer listed. */
async function remind(alarmName: string): Promise<void> {
  const reminder = readReminderAlarmName(alarmName);
  const notifications = notificationsApi();
  if (!reminder || !notifications) return;
  const { settings } = await loadSettings();
  if (settings.conferenceReminder === 0 || !(await signedIn())) return;
  let conferences = await getValue(cacheItem).catch(() => []);
  if (!conferences.some((conference) => conference.id === reminder.conferenceId)) {
    // The browser restarted since (storage.session is gone): ask the server again.
    await refreshConferences();
    conferences = await getValue(cacheItem).catch(() => []);
  }
  const conference = conferences.find(
    (candidate) =>
      candidate.id === reminder.conferenceId && candidate.startsAt === reminder.startsAt,
  );
  if (!conference) return;
  const minutes = Math.max(0, Math.round((reminder.startsAt - Date.now()) / 60_000));
  const at = timeFormat().format(reminder.startsAt);
  const id = `${REMINDER_ALARM_PREFIX}${conference.id}`;
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: conference.topic,
    message:
      minutes > 0
        ? translate('reminder_message', [String(minutes), at])
        : translate('reminder_message_now', [at]),
    priority: 2,
  };
  await setValue(notificationItem(id), { uri: conference.uri, joinOnClick: false });
  try {
    await notifications.create(id, {
      ...options,
      buttons: [{ title: translate('reminder_join') }],
    });
  } catch {
    // Firefox refuses `buttons`: the reminder says so and a click on it joins.
    await setValue(notificationItem(id), { uri: conference.uri, joinOnClick: true });
    await notifications.create(id, {
      ...options,
      message: `${options.message} ${translate('reminder_click_to_join')}`,
    });
  }
}

/**
 * The Join button (`buttonIndex` 0), or a click on a reminder shown without buttons: through the
 * one launcher, as any call from the extension itself.
 */
async function joinFromNotification(notificationId: string, buttonIndex: number | null) {
  if (!notificationId.startsWith(REMINDER_ALARM_PREFIX)) return;
  const item = notificationItem(notificationId);
  const shown = await getValue(item);
  if (!shown || (buttonIndex === null ? !shown.joinOnClick : buttonIndex !== 0)) return;
  await notificationsApi()
    ?.clear(notificationId)
    .catch(() => false);
  await removeValue(item).catch(() => undefined);
  await requestLaunch(shown.uri, { origin: 'reminder' });
}

async function onAlarm(alarm: Browser.alarms.Alarm): Promise<void> {
  if (alarm.name === REFRESH_ALARM) await refreshConferences();
  else if (alarm.name === BADGE_ALARM) await syncConferences();
  else if (isReminder(alarm.name)) await remind(alarm.name);
}

let listening = { alarms: false, notifications: false };

/** Listens where it can: again after the person grants `alarms` or `notifications`. */
function listen(): void {
  const alarms = alarmsApi();
  if (alarms && !listening.alarms) {
    alarms.onAlarm.addListener((alarm) => void onAlarm(alarm).catch(() => undefined));
    listening = { ...listening, alarms: true };
  }
  const notifications = notificationsApi();
  if (notifications && !listening.notifications) {
    notifications.onButtonClicked.addListener(
      (id, index) => void joinFromNotification(id, index).catch(() => undefined),
    );
    notifications.onClicked.addListener(
      (id) => void joinFromNotification(id, null).catch(() => undefined),
    );
    notifications.onClosed.addListener(
      (id) => void removeValue(notificationItem(id)).catch(() => undefined),
    );
    listening = { ...listening, notifications: true };
  }
}

/** Called once from the background entry point, at the worker's top level. */
export function registerConferences(): void {
  listen();
  browser.permissions.onAdded.addListener(() => {
    listen();
    void syncConferences().catch(() => undefined);
  });
  // Turning the badge or reminders on needs the list at once, not at the next popup opening.
  let seen = '';
  onSettingsChanged(() => {
    void loadSettings()
      .then(async ({ settings }) => {
        const now = `${settings.conferenceBadge}/${settings.conferenceReminder}`;
        if (now === seen) return;
        seen = now;
        await refreshConferences();
      })
      .catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void refreshConferences().catch(() => undefined));
}
