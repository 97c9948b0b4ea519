/**
 * "Your conferences", pure: which of the listed conferences the popup shows, in which order, what
 * the toolbar badge says about the next one, and which reminders the background schedules. Every
 * function takes the time as an argument, so each is tested without a clock.
 */
import { RUNNING_WINDOW_MS, UPCOMING_HORIZON_MS } from './assumptions';

/** What these functions need of a conference (the server's `Conference` or the popup's view). */
export interface Scheduled {
  id: string;
  /** Unix ms; null for a conference with no schedule. */
  startsAt: number | null;
}

const MINUTE_MS = 60_000;

/** The badge counts down only in the last hour: further ahead, minutes are no use at a glance. */
export const BADGE_COUNTDOWN_MS = 60 * MINUTE_MS;

/** The window the list is asked for: from the start of one still running, a week ahead. */
export function listWindow(now: number): { after: number; before: number } {
  return { after: now - RUNNING_WINDOW_MS, before: now + UPCOMING_HORIZON_MS };
}

/**
 * Today's and upcoming scheduled conferences, soonest first: running ones (started within the
 * running window) and those starting within the horizon. Instant conferences (no schedule) and
 * past ones are left out; a conference listed twice is shown once.
 */
export function upcomingConferences<T extends Scheduled>(
  conferences: readonly T[],
  now: number,
): T[] {
  const seen = new Set<string>();
  const kept: (T & { startsAt: number })[] = [];
  for (const conference of conferences) {
    const start = conference.startsAt;
    if (start === null || seen.has(conference.id)) continue;
    if (start <= now - RUNNING_WINDOW_MS || start > now + UPCOMING_HORIZON_MS) continue;
    seen.add(conference.id);
    kept.push(conference as T & { startsAt: number });
  }
  return kept.sort((a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id));
}

/** When it starts, in words the popup can say: running now, in N minutes, or only its time. */
export type StartReading =
  { kind: 'now' } | { kind: 'minutes'; minutes: number } | { kind: 'later' };

export function startReading(startsAt: number, now: number): StartReading {
  if (startsAt <= now) return { kind: 'now' };
  const minutes = Math.ceil((startsAt - now) / MINUTE_MS);
  return minutes <= 60 ? { kind: 'minutes', minutes } : { kind: 'later' };
}

/**
 * Minutes to the next conference that has not started, for the toolbar badge: only within the
 * last hour before it, else null (the badge shows what it showed before).
 */
export function minutesToNext(conferences: readonly Scheduled[], now: number): number | null {
  let next: number | null = null;
  for (const { startsAt } of conferences) {
    if (startsAt === null || startsAt <= now || startsAt - now > BADGE_COUNTDOWN_MS) continue;
    if (next === null || startsAt < next) next = startsAt;
  }
  return next === null ? null : Math.max(1, Math.ceil((next - now) / MINUTE_MS));
}

/** Reminder alarms are named after the conference and its start, so a moved one is re-made. */
export const REMINDER_ALARM_PREFIX = 'conference-reminder:';

export interface ReminderAlarm {
  name: string;
  /** Unix ms. */
  when: number;
  conferenceId: string;
}

export function reminderAlarmName(conferenceId: string, startsAt: number): string {
  return `${REMINDER_ALARM_PREFIX}${startsAt}:${conferenceId}`;
}

/** The conference id and start an alarm name holds, or null for any other alarm. */
export function readReminderAlarmName(
  name: string,
): { conferenceId: string; startsAt: number } | null {
  if (!name.startsWith(REMINDER_ALARM_PREFIX)) return null;
  const rest = name.slice(REMINDER_ALARM_PREFIX.length);
  const colon = rest.indexOf(':');
  const startsAt = Number(rest.slice(0, colon));
  const conferenceId = rest.slice(colon + 1);
  if (colon <= 0 || !Number.isSafeInteger(startsAt) || conferenceId === '') return null;
  return { conferenceId, startsAt };
}

/**
 * One alarm per conference whose reminder time is still ahead: `lead` minutes before its start.
 * A reminder time already past is not made up for (the popup lists the conference anyway), so
 * re-syncing never reminds twice. Off (0 or less): none.
 */
export function reminderAlarms(
  conferences: readonly Scheduled[],
  now: number,
  lead: number,
): ReminderAlarm[] {
  if (!(lead > 0)) return [];
  return upcomingConferences(conferences, now).flatMap((conference) => {
    const startsAt = conference.startsAt as number;
    const when = startsAt - lead * MINUTE_MS;
    return when > now
      ? [{ name: reminderAlarmName(conference.id, startsAt), when, conferenceId: conference.id }]
      : [];
  });
}

/** Which alarms to clear and which to create so that exactly `wanted` are scheduled. */
export function alarmChanges(
  existing: readonly { name: string; scheduledTime: number }[],
  wanted: readonly ReminderAlarm[],
): { clear: string[]; create: ReminderAlarm[] } {
  const wantedNames = new Map(wanted.map((alarm) => [alarm.name, alarm]));
  const clear = existing
    .filter((alarm) => alarm.name.startsWith(REMINDER_ALARM_PREFIX))
    .filter((alarm) => wantedNames.get(alarm.name)?.when !== alarm.scheduledTime)
    .map((alarm) => alarm.name);
  const kept = new Set(
    existing.filter((alarm) => !clear.includes(alarm.name)).map((alarm) => alarm.name),
  );
  return { clear, create: wanted.filter((alarm) => !kept.has(alarm.name)) };
}
