/**
 * Lukas (demo athlete06): an A marathon on the Monday after next week, next week the last week of its taper.
 * Shared by the race-week specs and the phase-change text spec.
 */
import type { ReviewInput } from '../../src/types';
import { realisticDone, withGaps } from './coach-histories-2';
import {
  NEXT,
  buildCoachHistory,
  easy,
  long,
  quality,
  shift,
  strength,
  withDownWeeks,
} from './coach-histories.factory';
import type { WeekShape } from './coach-histories.factory';

const rest = null;

/** Lukas's build weeks: race-specific blocks, three easy runs, strength, a 120-min long run (about 370 min). */
export const LUKAS_WEEK: WeekShape = [
  strength(30),
  quality(65, 'Race-specific blocks', 2, 15),
  easy(50),
  easy(50),
  rest,
  easy(50),
  long(120),
];

/** The coach's draft for the last taper week: the usual shape, shorter, the long run still on Sunday. */
export const LUKAS_TAPER_DRAFT: WeekShape = [
  strength(30),
  quality(55, 'Race-specific blocks', 2, 15),
  easy(30),
  easy(30),
  rest,
  easy(30),
  long(45),
];

/** Lukas's review the Sunday 8 days before his Monday marathon (Oslo Marathon, A, 195 min). */
export const lukas = (): ReviewInput =>
  buildCoachHistory({
    athlete: {
      id: 'lukas',
      firstName: 'Lukas',
      trainingYears: 6,
      availabilityMinutes: [60, 90, 90, 90, 60, 90, 180],
    },
    weeks: 10,
    plan: (w) => (w === 0 ? LUKAS_TAPER_DRAFT : withDownWeeks(LUKAS_WEEK, [4, 8])(w)),
    done: realisticDone,
    checkIn: withGaps,
    extra: {
      races: [
        { id: 'oslo', name: 'Oslo Marathon', date: shift(NEXT, 7), priority: 'A', expectedMinutes: 195 },
      ],
    },
  });
