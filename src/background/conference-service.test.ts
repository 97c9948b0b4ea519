import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';
import { listWindow, reminderAlarmName } from '../server';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import {
  BADGE_ALARM,
  forgetConferences,
  REFRESH_ALARM,
  yourConferences,
} from './conference-service';

const requestLaunch = vi.hoisted(() => vi.fn(async () => ({ ok: true })));
vi.mock('./launch-service', () => ({ requestLaunch }));

const MINUTE = 60_000;
const ORIGIN = 'https://video.example';

function conference(id: string, topic: string, startsAt: number | null) {
  return {
    id,
    topic,
    schedule: startsAt === null ? { type: 'none' } : { type: 'once', start_time: startsAt / 1000 },
  };
}

let listed: unknown[] = [];
const fetch = vi.fn(async () => Response.json({ conferences: listed }));

async function settle(settings: Partial<Settings>): Promise<void> {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, ...settings } });
}

/** The worker as it starts: its listeners registered anew. */
async function freshWorker() {
  vi.resetModules();
  return import('./conference-service');
}

const alarmNames = async () =>
  (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort();

describe('your conferences in the background', () => {
  // Whole minutes, so the start in seconds the server gives is exactly the one listed here.
  const now = Math.ceil(Date.now() / MINUTE) * MINUTE;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now, toFake: ['Date'] });
    vi.stubGlobal('fetch', fetch);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      fakeGetMessage(loadMessages('en')) as typeof fakeBrowser.i18n.getMessage,
    );
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    requestLaunch.mockClear();
    await fakeBrowser.storage.local.set({
      serverSession: {
        origin: ORIGIN,
        userId: 'alice',
        displayName: 'Alice',
        accessToken: 'a1',
        refreshToken: 'r1',
        expiresAt: now + 3_600_000,
      },
    });
    listed = [
      conference('0012345678', 'Weekly planning', now + 30 * MINUTE),
      conference('0087654321', 'Standup', now + 3 * MINUTE),
      conference('5000000001', 'Meet now', null),
    ];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('schedules one reminder per conference still ahead of its lead, and counts down on the badge', async () => {
    await settle({ conferenceReminder: 5, conferenceBadge: true });
    const answer = await yourConferences(listWindow(now));
    expect(answer.ok).toBe(true);
    expect(await alarmNames()).toEqual(
      [BADGE_ALARM, REFRESH_ALARM, reminderAlarmName('0012345678', now + 30 * MINUTE)].sort(),
    );
    const reminder = await fakeBrowser.alarms.get(
      reminderAlarmName('0012345678', now + 30 * MINUTE),
    );
    expect(reminder?.scheduledTime).toBe(now + 25 * MINUTE);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3m');
    expect(await fakeBrowser.action.getTitle({})).toBe('“Standup” starts in 3 min');
  });

  it('moves a reminder with its conference, drops it with the setting, and clears all on sign-out', async () => {
    await settle({ conferenceReminder: 5 });
    await yourConferences(listWindow(now));
    listed = [conference('0012345678', 'Weekly planning', now + 40 * MINUTE)];
    await yourConferences(listWindow(now));
    expect(await alarmNames()).toEqual(
      [REFRESH_ALARM, reminderAlarmName('0012345678', now + 40 * MINUTE)].sort(),
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await settle({ conferenceReminder: 0 });
    await yourConferences(listWindow(now));
    expect(await alarmNames()).toEqual([]);
    await settle({ conferenceReminder: 5, conferenceBadge: true });
    await yourConferences(listWindow(now));
    await forgetConferences();
    expect(await alarmNames()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('keeps the last list when the server answers garbage, and shows nothing of it', async () => {
    await settle({ conferenceReminder: 5 });
    await yourConferences(listWindow(now));
    fetch.mockResolvedValueOnce(Response.json({ conferences: [{ id: '<b>' }] }));
    await expect(yourConferences(listWindow(now))).resolves.toEqual({
      ok: false,
      error: 'bad-answer',
    });
    expect(await alarmNames()).toContain(reminderAlarmName('0012345678', now + 30 * MINUTE));
  });

  it('shows the reminder when its alarm fires, and its Join button launches the conference', async () => {
    await settle({ conferenceReminder: 5 });
    const { registerConferences, yourConferences } = await freshWorker();
    registerConferences();
    await yourConferences(listWindow(now));
    const name = reminderAlarmName('0012345678', now + 30 * MINUTE);
    vi.setSystemTime(now + 25 * MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: now + 25 * MINUTE });
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1),
    );
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown).toEqual({
      'conference-reminder:0012345678': expect.objectContaining({
        title: 'Weekly planning',
        message: expect.stringMatching(/^Starts in 5 min, at .+\.$/),
        buttons: [{ title: 'Join' }],
      }),
    });
    // A click beside the button does not call anyone.
    await fakeBrowser.notifications.onClicked.trigger('conference-reminder:0012345678');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestLaunch).not.toHaveBeenCalled();
    await fakeBrowser.notifications.onButtonClicked.trigger('conference-reminder:0012345678', 0);
    await vi.waitFor(() => expect(requestLaunch).toHaveBeenCalled());
    expect(requestLaunch).toHaveBeenCalledWith('trueconf:\\c\\0012345678@video.example%23vcs', {
      origin: 'reminder',
    });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('takes a reminder still on screen away on sign-out', async () => {
    await settle({ conferenceReminder: 5 });
    const { registerConferences, yourConferences, forgetConferences } = await freshWorker();
    registerConferences();
    await yourConferences(listWindow(now));
    const name = reminderAlarmName('0012345678', now + 30 * MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: now + 25 * MINUTE });
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1),
    );
    await forgetConferences();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await fakeBrowser.notifications.onButtonClicked.trigger('conference-reminder:0012345678', 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestLaunch).not.toHaveBeenCalled();
  });

  it('shows no reminder for a conference gone from the list, and none once signed out', async () => {
    await settle({ conferenceReminder: 5 });
    const { registerConferences, yourConferences } = await freshWorker();
    registerConferences();
    await yourConferences(listWindow(now));
    // The browser restarted (storage.session is gone) and the conference was cancelled since.
    listed = [];
    await fakeBrowser.storage.session.clear();
    const asked = fetch.mock.calls.length;
    const name = reminderAlarmName('0012345678', now + 30 * MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: now + 25 * MINUTE });
    await vi.waitFor(() => expect(fetch.mock.calls.length).toBe(asked + 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // Signed out: nothing is asked and nothing shown, even for a conference still listed.
    listed = [conference('0012345678', 'Weekly planning', now + 30 * MINUTE)];
    await fakeBrowser.storage.local.remove('serverSession');
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: now + 25 * MINUTE });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetch.mock.calls.length).toBe(asked + 1);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('falls back to a reminder without buttons where they are refused (Firefox): a click on it joins', async () => {
    await settle({ conferenceReminder: 5 });
    const { registerConferences, yourConferences } = await freshWorker();
    registerConferences();
    await yourConferences(listWindow(now));
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((
      id: string,
      options: { buttons?: unknown },
    ) => {
      if (options.buttons) return Promise.reject(new Error('buttons is unsupported'));
      return create(id, options as never);
    }) as never);
    const name = reminderAlarmName('0012345678', now + 30 * MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: now + 25 * MINUTE });
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1),
    );
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown['conference-reminder:0012345678']).toMatchObject({
      message: expect.stringMatching(/Click to join\.$/),
    });
    await fakeBrowser.notifications.onClicked.trigger('conference-reminder:0012345678');
    await vi.waitFor(() => expect(requestLaunch).toHaveBeenCalledTimes(1));
  });
});
