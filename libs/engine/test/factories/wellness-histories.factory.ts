/**
 * Histories for the wellness rule's specs (wellness-rule, ultra-ranking, ask-first-status): one strong low
 * check-in on a steady athlete (Viktor, Chloé), and Oskar's 300-min week with check-ins edited day by day.
 */
import type { CheckInFields, ReviewInput } from '../../src/types';
import { buildHistory, planFromWeek } from './athlete-history.factory';
import { realisticDone } from './coach-histories-2';
import { buildCoachHistory, easy, long, quality, withDownWeeks } from './coach-histories.factory';
import type { DayContext, WeekShape } from './coach-histories.factory';

/** The review date of `oneLowCheckIn` (a Sunday) and the Monday after it. */
export const ONE_LOW_REVIEW = '2025-03-16';
export const ONE_LOW_NEXT = '2025-03-17';

/** A steady athlete whose latest check-in (the review day's) is `worse` points off usual on each item named. */
export function oneLowCheckIn(worse: { fatigue?: number; soreness?: number; mood?: number }): ReviewInput {
  const h = buildHistory({
    reviewDate: ONE_LOW_REVIEW,
    days: 120,
    weeklyGrowth: 0.01,
    downWeeks: [2, 6, 10, 14],
  });
  const checkIns = h.checkIns.map((c) =>
    c.date === ONE_LOW_REVIEW
      ? {
          ...c,
          // The usual values (the baseline's means), then the low reading.
          sleepQuality: 7,
          stress: 3,
          fatigue: 3 + (worse.fatigue ?? 0),
          soreness: 3 + (worse.soreness ?? 0),
          mood: 7 - (worse.mood ?? 0),
        }
      : c,
  );
  return { ...h, checkIns, nextWeekDraft: planFromWeek(ONE_LOW_NEXT) };
}

/** Oskar's 300-min week: hills on Tuesday, three easy runs, a 100-min long run. */
export const OSKAR_WEEK: WeekShape = [
  null,
  quality(60, 'Hill repeats', 10, 1.5),
  easy(45),
  easy(50),
  null,
  easy(45),
  long(100),
];

/** An edit of one morning's check-in (null: no check-in that day). */
export type CheckInEdit = (c: DayContext, u: CheckInFields) => CheckInFields | null;

/** Oskar (athlete12): 10 weeks of `OSKAR_WEEK` with down weeks, done realistically, check-ins edited by `checkIn`. */
export function oskarHistory(checkIn: CheckInEdit): ReviewInput {
  return buildCoachHistory({
    athlete: {
      id: 'oskar',
      firstName: 'Oskar',
      trainingYears: 6,
      availabilityMinutes: [60, 90, 90, 90, 60, 120, 150],
    },
    weeks: 10,
    plan: withDownWeeks(OSKAR_WEEK, [3, 7]),
    done: realisticDone,
    checkIn,
  });
}
