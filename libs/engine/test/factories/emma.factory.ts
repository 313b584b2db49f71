/**
 * athlete05 Emma of the demo club, a marathon ahead (coach-findings, hold-cuts, race-week): her profile, her two
 * races and ten weeks before the Oslo Marathon.
 */
import type { Phase, Race, ReviewInput } from '../../src';
import { withGaps } from './coach-histories-2';
import {
  NEXT,
  type DayContext,
  type Done,
  type Slot,
  type WeekShape,
  buildCoachHistory,
  easy,
  long,
  quality,
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

/**
 * Her demo week (coach read of the demo club: her hold's hard share, its phase change): Tuesday's 3 × 10′ steady
 * blocks (key), Thursday's 2 × 15′ tempo (not key), two 40-min easy runs and an 80-min long run.
 */
export const HOLD_STEADY: Slot = { ...quality(55, 'Steady blocks', 3, 10), rpe: 6 };
export const HOLD_TEMPO: Slot = { ...quality(50, 'Tempo', 2, 15), rpe: 5, key: false };
export const HOLD_WEEK: WeekShape = [null, HOLD_STEADY, easy(40), HOLD_TEMPO, null, easy(40), long(80)];

/**
 * Ten weeks of her week, a work-stress week now (next week holds) and her marathon `raceInDays` after next Monday
 * (20: next week is the last before its taper), with her easy runs logged at 30 min and her long runs of the last 4
 * weeks at `longRun` (50: the hold cuts the plan's 40-min easy runs and Sunday's 80 to its step); the season's `phase`
 * from next week to the race, with an aerobic-volume block from next week; `laterRaces` besides.
 */
export function emmaHold(
  phase: Phase,
  raceInDays = 20,
  longRun = 50,
  laterRaces: readonly Race[] = [],
): ReviewInput {
  const race = { ...OSLO_MARATHON, date: shift(NEXT, raceInDays) };
  return buildCoachHistory({
    athlete: EMMA,
    weeks: 10,
    plan: withDownWeeks(HOLD_WEEK, [3, 7]),
    checkIn: withGaps,
    done: (c) =>
      c.planned?.purpose === 'Easy run'
        ? { minutes: 30, rpe: 3 }
        : c.planned?.purpose === 'Long run' && c.weeksAgo <= 4
          ? { minutes: longRun, rpe: 4 }
          : undefined,
    extra: {
      races: [race, ...laterRaces],
      // (Her demo season starts an aerobic-volume block next week.)
      season: {
        phases: [{ phase, start: NEXT, end: race.date }],
        mesocycle: { focus: 'AEROBIC_VOLUME', start: NEXT },
      },
      contextEvents: [
        {
          id: 'close',
          kind: 'WORK_STRESS',
          start: shift(NEXT, -7),
          end: shift(NEXT, -1),
          note: 'Quarter-end close',
          confirmed: true,
        },
      ],
    },
  });
}

/**
 * Ten weeks of her hold week with no life event, down weeks `downWeeks` weeks ago (3 and 7: a down week is due next
 * week, 4 and 8 … after 3 build weeks), her long runs of the last 4 weeks logged at `longRun`, and her marathon
 * `raceInDays` after next Monday.
 */
export function emmaRaceAhead(raceInDays: number, downWeeks: readonly number[], longRun = 50): ReviewInput {
  return buildCoachHistory({
    athlete: EMMA,
    weeks: 10,
    plan: withDownWeeks(HOLD_WEEK, downWeeks),
    checkIn: withGaps,
    done: (c) =>
      c.planned?.purpose === 'Long run' && c.weeksAgo <= 4 ? { minutes: longRun, rpe: 4 } : undefined,
    extra: { races: [{ ...OSLO_MARATHON, date: shift(NEXT, raceInDays) }] },
  });
}
