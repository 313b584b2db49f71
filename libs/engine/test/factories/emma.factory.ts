/**
 * athlete05 Emma of the demo club, a marathon ahead (coach-findings, hold-cuts, race-week): her profile, her two
 * races and ten weeks before the Oslo Marathon.
 */
import type { ReviewInput } from '../../src';
import { withGaps } from './coach-histories-2';
import {
  NEXT,
  type DayContext,
  type Done,
  type WeekShape,
  buildCoachHistory,
  shift,
  withDownWeeks,
} from './coach-histories.factory';

/** Her profile: three years of training, 120 min on Sunday, no time on Friday. */
export const EMMA = {
  id: 'emma',
  firstName: 'Emma',
  trainingYears: 3,
  availabilityMinutes: [45, 75, 60, 60, 0, 60, 120],
};

/** Her A marathon, 20 days after next Monday. */
export const OSLO_MARATHON = {
  id: 'oslo',
  name: 'Oslo Marathon',
  date: shift(NEXT, 20),
  priority: 'A' as const,
  expectedMinutes: 240,
};

/** A B half marathon run 13 days before next Monday. */
export const LAKE_HALF = {
  id: 'lake',
  name: 'Lake Run Half',
  date: shift(NEXT, -13),
  priority: 'B' as const,
  expectedMinutes: 105,
};

/**
 * Ten weeks of `week` with down weeks three and seven weeks ago, the half run and the marathon ahead, check-ins
 * with gaps; logged as `done` says (as planned when not given).
 */
export function emmaBeforeOslo(
  week: WeekShape,
  done?: (c: DayContext) => Done | null | undefined,
): ReviewInput {
  return buildCoachHistory({
    athlete: EMMA,
    weeks: 10,
    plan: withDownWeeks(week, [3, 7]),
    done,
    checkIn: withGaps,
    extra: { races: [LAKE_HALF, OSLO_MARATHON] },
  });
}
