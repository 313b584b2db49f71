/**
 * Jonas (demo athlete04): a marathon-type week of 625 min, HRV clearly below his band for 16 days and wellness down
 * for 5, reviewed in the week of 2025-03-10 (this week's plan) with next week's draft the same week. Used by the
 * current-week specs (review-day.spec: reviewed on Friday; ultra-ranking.spec: on Thursday).
 */
import type { EngineConfigOverrides } from '../../src';
import type { ReviewInput } from '../../src/types';
import { buildHistory, planFromWeek, type DaySlot } from './athlete-history.factory';

export const JONAS_THIS_MONDAY = '2025-03-10';
export const JONAS_NEXT_MONDAY = '2025-03-17';

export const JONAS_WEEK: (DaySlot | null)[] = [
  { minutes: 90, rpe: 3 },
  { minutes: 90, rpe: 6, key: true, purpose: 'Race-specific blocks' },
  { minutes: 90, rpe: 3 },
  { minutes: 40, rpe: 3 },
  { minutes: 90, rpe: 3 },
  { minutes: 45, rpe: 4, kind: 'CROSS_TRAINING', purpose: 'Easy spin on the bike' },
  { minutes: 150, rpe: 3, key: true, purpose: 'Long run' },
];

/**
 * Jonas's 90 days to `reviewDate` (a day of the week of 2025-03-10), with this week's plan `week` (his usual one by
 * default) and next week's draft his usual week.
 */
export function jonasAt(reviewDate: string, week: (DaySlot | null)[] = JONAS_WEEK): ReviewInput {
  const history = buildHistory({
    reviewDate,
    days: 90,
    week: JONAS_WEEK,
    hrvDrop: { days: 16, ln: 0.3 },
    wellnessDrop: { days: 5, points: 3 },
    availability: [45, 75, 75, 45, 75, 60, 180],
  });
  return {
    ...history,
    currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, week),
    nextWeekDraft: planFromWeek(JONAS_NEXT_MONDAY, JONAS_WEEK),
  };
}

/** Jonas's availability in the red-spell specs (Monday first). */
export const JONAS_RED_AVAILABILITY = [45, 75, 75, 45, 75, 60, 180];

/**
 * Jonas reviewed on Friday 2025-03-14, his HRV clearly below its band for the last `days` days and wellness down for
 * 5, with this week's plan and next week's draft his usual week (the red-return specs: outlook and decision).
 */
export function jonasRed(days: number): ReviewInput {
  const h = buildHistory({
    reviewDate: '2025-03-14',
    days: 90,
    week: JONAS_WEEK,
    hrvDrop: { days, ln: 0.3 },
    wellnessDrop: { days: 5, points: 3 },
    availability: JONAS_RED_AVAILABILITY,
  });
  return {
    ...h,
    currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, JONAS_WEEK),
    nextWeekDraft: planFromWeek(JONAS_NEXT_MONDAY, JONAS_WEEK),
  };
}

/**
 * Jonas on Friday 2025-03-14 as the demo club has him at the medical check: HRV clearly low 16 days, wellness worse
 * 14 days, volume growing `growth` a week, this week's plan and next week's draft his usual week (red-medical-load and
 * down-week-drops specs).
 */
export function jonasMedical(growth: number): ReviewInput {
  const h = buildHistory({
    reviewDate: '2025-03-14',
    days: 90,
    week: JONAS_WEEK,
    hrvDrop: { days: 16, ln: 0.3 },
    wellnessDrop: { days: 14, points: 2 },
    availability: JONAS_RED_AVAILABILITY,
    weeklyGrowth: growth,
  });
  return {
    ...h,
    currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, JONAS_WEEK),
    nextWeekDraft: planFromWeek(JONAS_NEXT_MONDAY, JONAS_WEEK),
  };
}

/**
 * Settings under which Jonas's check-ins read no lasting decline (`WellnessMetrics.decline`), so his escalated red down
 * week carries no medical check and is the down week itself (the specs of its cut, rest days and return; the
 * medical-check week is red-medical-week.spec's).
 */
export const NO_MEDICAL_CHECK: EngineConfigOverrides = { readiness: { wellnessDeclineSd: 99 } };
