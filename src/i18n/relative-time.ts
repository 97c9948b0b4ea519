/**
 * "5 minutes ago", "yesterday", in the UI's language, for lists of recent calls. Older than a few
 * weeks, a date says more than "7 weeks ago". Pure: the caller passes the current time.
 */

/** Under this age everything is "now": seconds would tick away while the popup is open. */
const NOW_BELOW_MS = 45_000;

const STEPS: readonly (readonly [Intl.RelativeTimeFormatUnit, number, number])[] = [
  // unit, its length in ms, and the age below which it is the unit to use
  ['minute', 60_000, 45 * 60_000],
  ['hour', 3_600_000, 22 * 3_600_000],
  ['day', 86_400_000, 7 * 86_400_000],
  ['week', 7 * 86_400_000, 28 * 86_400_000],
];

export function relativeTime(time: number, now: number, language: string | undefined): string {
  const age = Math.max(0, now - time);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'long' });
  if (age < NOW_BELOW_MS) return format.format(0, 'second');
  for (const [unit, length, below] of STEPS) {
    if (age < below) return format.format(-Math.round(age / length), unit);
  }
  return new Date(time).toLocaleDateString(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
