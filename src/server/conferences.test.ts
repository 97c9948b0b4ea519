import { describe, expect, it } from 'vitest';
import {
  alarmChanges,
  listWindow,
  minutesToNext,
  readReminderAlarmName,
  reminderAlarmName,
  reminderAlarms,
  startReading,
  upcomingConferences,
  type Scheduled,
} from './conferences';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 6, 9, 0);

function at(id: string, minutesFromNow: number | null): Scheduled {
  return { id, startsAt: minutesFromNow === null ? null : NOW + minutesFromNow * MINUTE };
}

describe('your conferences', () => {
  it('keeps running and upcoming scheduled ones within a week, soonest first', () => {
    const list = [
      at('later', 3 * 24 * 60),
      at('instant', null),
      at('past', -61),
      at('running', -20),
      at('soon', 12),
      at('next-month', 30 * 24 * 60),
      at('soon', 12),
    ];
    expect(upcomingConferences(list, NOW).map((conference) => conference.id)).toEqual([
      'running',
      'soon',
      'later',
    ]);
  });

  it('asks the server for the same window it keeps', () => {
    expect(listWindow(NOW)).toEqual({
      after: NOW - 60 * MINUTE,
      before: NOW + 7 * 24 * 60 * MINUTE,
    });
  });

  it('says "now", "in N min" within the hour, else only the time', () => {
    expect(startReading(NOW - MINUTE, NOW)).toEqual({ kind: 'now' });
    expect(startReading(NOW + 11.5 * MINUTE, NOW)).toEqual({ kind: 'minutes', minutes: 12 });
    expect(startReading(NOW + 60 * MINUTE, NOW)).toEqual({ kind: 'minutes', minutes: 60 });
    expect(startReading(NOW + 61 * MINUTE, NOW)).toEqual({ kind: 'later' });
  });
});

describe('the badge countdown', () => {
  it('counts the minutes to the next one that has not started, in its last hour only', () => {
    expect(minutesToNext([at('a', 45), at('b', 12), at('running', -5)], NOW)).toBe(12);
    expect(minutesToNext([at('a', 0.2)], NOW)).toBe(1);
    expect(minutesToNext([at('a', 61), at('running', -5), at('instant', null)], NOW)).toBeNull();
    expect(minutesToNext([], NOW)).toBeNull();
  });
});

describe('reminder alarms', () => {
  it('are one per upcoming conference, the lead before its start, none when off', () => {
    const list = [at('a', 30), at('b', 3), at('running', -5), at('far', 8 * 24 * 60)];
    expect(reminderAlarms(list, NOW, 5)).toEqual([
      {
        name: reminderAlarmName('a', NOW + 30 * MINUTE),
        when: NOW + 25 * MINUTE,
        conferenceId: 'a',
      },
    ]);
    expect(reminderAlarms(list, NOW, 1).map((alarm) => alarm.conferenceId)).toEqual(['b', 'a']);
    expect(reminderAlarms(list, NOW, 0)).toEqual([]);
  });

  it('carry the conference and its start in their name', () => {
    const name = reminderAlarmName('0012345678', NOW);
    expect(readReminderAlarmName(name)).toEqual({ conferenceId: '0012345678', startsAt: NOW });
    expect(readReminderAlarmName('conference-refresh')).toBeNull();
    expect(readReminderAlarmName('conference-reminder:soon:x')).toBeNull();
  });

  it('are re-synced: stale and moved ones cleared, missing ones created, others left alone', () => {
    const wanted = reminderAlarms([at('a', 30), at('b', 40)], NOW, 5);
    const existing = [
      { name: reminderAlarmName('a', NOW + 30 * MINUTE), scheduledTime: NOW + 25 * MINUTE },
      { name: reminderAlarmName('gone', NOW + 50 * MINUTE), scheduledTime: NOW + 45 * MINUTE },
      { name: 'conference-refresh', scheduledTime: NOW + MINUTE },
    ];
    expect(alarmChanges(existing, wanted)).toEqual({
      clear: [reminderAlarmName('gone', NOW + 50 * MINUTE)],
      create: [wanted[1]],
    });
    // The lead changed: the same conference's alarm is made again for the new time.
    const earlier = reminderAlarms([at('a', 30)], NOW, 15);
    expect(alarmChanges(existing.slice(0, 1), earlier)).toEqual({
      clear: [reminderAlarmName('a', NOW + 30 * MINUTE)],
      create: earlier,
    });
  });
});
