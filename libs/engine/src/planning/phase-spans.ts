import { toDayNumber, tryDayNumber } from '../dates/local-date';
import type { Phase, Season, SeasonPhase } from '../types';

/**
 * The season's listed phases as day numbers, parsed once per review (`buildWeekContext` reads this week's and next
 * week's phase from them, the outlook each of its weeks'); NaN for a date that is not one (the readers then parse
 * it, and throw, where parsing it would have).
 */
export interface PhaseSpans {
  readonly phases: readonly SeasonPhase[];
  readonly start: number[];
  readonly end: number[];
}

export function phaseSpans(season: Season | undefined): PhaseSpans | null {
  const phases = season?.phases;
  if (!phases) return null;
  // Sized up front and filled (not grown push by push).
  const start = new Array<number>(phases.length);
  const end = new Array<number>(phases.length);
  for (let i = 0; i < phases.length; i++) {
    start[i] = tryDayNumber(phases[i].start);
    end[i] = tryDayNumber(phases[i].end);
  }
  return { phases, start, end };
}

/**
 * The first listed phase that covers `day`, or null (`buildWeekContext`'s reading: the outlook's, `listedPhase`,
 * takes the last). Its dates are checked in the order a parse of each had checked them: a phase's start, then its
 * end when the start is not after `day`, up to the phase that covers it.
 */
export function firstPhaseAt(spans: PhaseSpans | null, day: number): Phase | null {
  if (spans === null) return null;
  const { start, end, phases } = spans;
  for (let i = 0; i < start.length; i++) {
    const s = start[i];
    if (s !== s) toDayNumber(phases[i].start); // throws: not a date
    if (s > day) continue;
    const e = end[i];
    if (e !== e) toDayNumber(phases[i].end);
    if (day <= e) return phases[i].phase;
  }
  return null;
}
