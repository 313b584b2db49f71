import { addDays, localDateIn, weekdayIndex } from '@app/common';
import { comingWeekOf } from '../review-generator.service';

/** How long after an organization's review time a missed generation (instances down) still fires. */
export const CATCH_UP_MINUTES = 24 * 60;

function localMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/**
 * Whether an organization's weekly review generation is due at `now`: its review time (weekday
 * 0 = Monday … 6 = Sunday, `HH:MM`, in its own zone) has come within the catch-up window. The week
 * generated is the one after the review time's week (Sunday 16:00 plans the next day's week). Pure.
 */
export function dueReviewWeek(
  now: Date,
  timeZone: string,
  reviewWeekday: number,
  reviewTime: string,
): { weekStart: string; minutesLate: number } | null {
  const [h, m] = reviewTime.split(':').map(Number);
  const at = h * 60 + m;
  const today = localDateIn(timeZone, now);
  const minutes = localMinutes(timeZone, now);
  let daysBack = (weekdayIndex(today) - reviewWeekday + 7) % 7;
  if (daysBack === 0 && minutes < at) daysBack = 7;
  const late = daysBack * 1440 + minutes - at;
  if (late < 0 || late >= CATCH_UP_MINUTES) return null;
  return { weekStart: comingWeekOf(addDays(today, -daysBack)), minutesLate: late };
}
