/**
 * athlete01 Ingrid of the demo club, back from the flu: the history the hold's long-run cap (hold-cuts.spec.ts)
 * and the load-spike reference (load-spike-weeks.spec.ts) read. One copy of her weeks for both.
 */
import type { ReviewInput } from '../../src';
import { withGaps } from './coach-histories-2';
import {
  REVIEW,
  type WeekShape,
  buildCoachHistory,
  easy,
  long,
  quality,
  scaled,
  shift,
} from './coach-histories.factory';

const rest = null;
/** A Friday review: next week starts on Monday 2025-10-13, this Sunday's long run is still to come. */
export const FRIDAY = shift(REVIEW, -2);

/** Her usual week: a 75-min race-specific run on Tuesday, a tempo on Thursday, an 85-min long run. */
export const USUAL: WeekShape = [
  easy(30),
  quality(75, 'Race-specific', 3, 15),
  easy(30),
  quality(50, 'Tempo', 2, 15),
  rest,
  easy(30),
  long(85),
];
/** The week after the flu: easy running, a light fartlek, a 45-min long run. */
export const BACK: WeekShape = [
  easy(25),
  { ...easy(45, 'Light fartlek'), rpe: 6 },
  easy(30),
  easy(30),
  rest,
  easy(30),
  long(45),
];
/** The flu week: ill Monday to Thursday, two short runs of a graded return at the weekend. */
export const ILL: WeekShape = [...USUAL.slice(0, 5), easy(25, 'Graded return'), easy(25, 'Graded return')];
/** Next week's draft: 355 min with a 95-min long run. */
const DRAFT: WeekShape = [
  easy(45),
  quality(55, 'Hill repeats', 10, 1.5),
  easy(45),
  quality(50, 'Tempo', 2, 15),
  rest,
  easy(45),
  long(95),
];

/**
 * Ill (fever) from 20 to 15 days before a Friday review, nothing logged then; an 80-min race-specific run the
 * week the flu began, a down week before it; back since, this week as usual with a 90-min long run on Sunday,
 * still to come. Every log is linked to its planned session.
 */
export function ingridBackFromFlu(): ReviewInput {
  const ill = (daysAgo: number) => daysAgo >= 15 && daysAgo <= 20;
  return buildCoachHistory({
    athlete: {
      id: 'ingrid',
      firstName: 'Ingrid',
      trainingYears: 6,
      availabilityMinutes: [60, 90, 60, 75, 0, 60, 120],
    },
    reviewDate: FRIDAY,
    weeks: 10,
    plan: (w) =>
      w === 0
        ? DRAFT
        : w === 1
          ? [...USUAL.slice(0, 6), long(90)]
          : w === 2
            ? BACK
            : w === 3
              ? ILL
              : w === 4
                ? [USUAL[0], quality(80, 'Race-specific', 3, 15), ...USUAL.slice(2)]
                : w === 5
                  ? scaled(USUAL, 0.7)
                  : USUAL,
    done: (c) => (ill(c.daysAgo) ? null : undefined),
    checkIn: (c, u) => (ill(c.daysAgo) ? { ...u, illness: 'BELOW_NECK_OR_FEVER' } : withGaps(c, u)),
  });
}
