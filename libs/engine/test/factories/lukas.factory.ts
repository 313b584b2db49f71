/**
 * Lukas (demo athlete06): an A marathon on the Monday after next week, next week the last week of its taper.
 * Shared by the race-week specs and the phase-change text spec.
 */
import type { Race, ReviewInput } from '../../src/types';
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

/**
 * Lukas's build weeks (about 370 min) with an A race `race` instead of his marathon, for the athlete `who` (the
 * race-distance specs: a half's or a 10k's taper and transition); review on the Sunday before NEXT.
 */
export function lukasWeeksWithRace(
  who: { readonly id: string; readonly firstName: string },
  race: Omit<Race, 'priority'>,
  downWeeks: number[] = [4, 8],
): ReviewInput {
  return buildCoachHistory({
    athlete: { ...who, trainingYears: 6, availabilityMinutes: [60, 90, 90, 90, 60, 90, 180] },
    weeks: 10,
    plan: (w) => withDownWeeks(LUKAS_WEEK, downWeeks)(w),
    done: realisticDone,
    checkIn: withGaps,
    extra: { races: [{ ...race, priority: 'A' }] },
  });
}

/** Races by distance for those specs. */
export const TEN_K = { id: 'tenk', name: 'Drammen 10k', expectedMinutes: 50, distanceKm: 10 };
export const HALF = { id: 'half', name: 'Kristiansand Half', expectedMinutes: 100, distanceKm: 21.0975 };
export const MARATHON = { id: 'mar', name: 'Oslo Marathon', expectedMinutes: 195, distanceKm: 42.195 };
