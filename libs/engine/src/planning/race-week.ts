import type { EngineConfig } from '../config/engine-config';
import { weekdayName } from '../dates/local-date';
import { HALF_MARATHON_MINUTES, RACE_EVE_DAYS, SHAKE_OUT_MINUTES } from './long-run';
import { taperPrescription } from './taper';

/** The days after a marathon-type race that are rest before its short easy runs begin. [ours: Sherman 1984] */
export const RECOVERY_REST_DAYS = 3;

/** One part of a race week (`RaceWeekSize`): its days and the minutes they allow besides the race. */
export interface RaceWeekPart {
  /** Its days, weekdays 0–6 of the race week (in day order; none: the part is empty). */
  readonly days: readonly number[];
  readonly target: number;
  readonly min: number;
  readonly max: number;
}

/**
 * What the days of an A race's week allow besides the race, in minutes (unrounded), in four parts:
 * - `taper`: the days before the race outside its last two, each a taper day's share of the week (the recent weekly
 *   volume less the taper's cut, −50 % in a range of −41 % to −60 %, over 7 days);
 * - `eve`: the last 2 days before a race of half-marathon length or longer (`raceEveDays`, our rule): two days out
 *   an easy run of a taper day's share at most, or the 20-min shake-out a key session becomes; the day before rest
 *   or a short shake-out (`SHAKE_OUT_MINUTES`);
 * - `rest`: the days right after the race that are rest: a marathon-type race's first 3 (`RECOVERY_REST_DAYS`), a
 *   shorter race's first (an easy jog at most, at its easy days' size);
 * - `easy`: the days after those, short easy running: after a marathon-type race its recovery week's (−70 % of the
 *   usual week over that week's 4 easy days), after a shorter race its easy days at the transition's −50 % a day.
 * The race day itself counts nothing: the race is not training load counted against the athlete. The week's
 * target, minimum and maximum are the parts' sums (`target` …). Next week's decision, the taper suggestion's texts
 * and the season outlook size a race week by it, not as a whole week of taper (Lukas's Thursday marathon had had a
 * target of 195 min, the taper's −50 % of his whole week, where its three days before the race allow about 75).
 * With the athlete's time per weekday (`availability`, index 0 = Monday, the race week's days), each day allows at most
 * the time the athlete has on it (none on a day without time; `capped`): a taper day's share of a Tuesday the athlete
 * cannot train on had been counted in the week's target, a week the days could not hold.
 */
export interface RaceWeekSize {
  readonly raceDay: number;
  readonly taper: RaceWeekPart;
  readonly eve: RaceWeekPart;
  readonly rest: RaceWeekPart;
  readonly easy: RaceWeekPart;
  readonly target: number;
  readonly min: number;
  readonly max: number;
  /** A marathon-type race (`longRaceMinutes` or longer): its days after are its recovery week's. */
  readonly long: boolean;
  /** A taper day's share of the week: target, minimum, maximum. */
  readonly taperDay: { readonly target: number; readonly min: number; readonly max: number };
  /** An easy day's minutes after the race (its recovery week's or its transition's). */
  readonly easyDay: number;
  /**
   * The days the athlete's time lowers (`availability` under what the day allows at most), with the minutes the
   * athlete has on each (0: no time), in day order; none without `availability`.
   */
  readonly capped: readonly { readonly day: number; readonly minutes: number }[];
}

/** The race week of `race` (an A race on weekday `race.day − weekStart`), sized from `base` (see `RaceWeekSize`). */
export function raceWeekSize(
  race: { readonly day: number; readonly minutes: number },
  weekStart: number,
  base: number,
  config: EngineConfig,
  availability?: readonly number[],
): RaceWeekSize {
  const raceDay = race.day - weekStart;
  const t = taperPrescription(config.taper);
  const day = {
    target: (base * (1 - t.volumeCut)) / 7,
    min: (base * (1 - config.taper.maxCut)) / 7,
    max: (base * (1 - config.taper.minCut)) / 7,
  };
  const long = race.minutes >= config.racing.longRaceMinutes;
  const eveRule = race.minutes >= HALF_MARATHON_MINUTES;
  const easyDay = long
    ? (base * (1 - config.racing.recoveryWeekCut)) / (7 - RECOVERY_REST_DAYS)
    : (base * (1 - config.racing.transitionVolumeCut)) / 7;
  const taper = part();
  const eve = part();
  const rest = part();
  const easy = part();
  const capped: { day: number; minutes: number }[] = [];
  for (let d = 0; d < 7; d++) {
    // What the day allows (target, minimum, maximum) and the part it counts in.
    let p: { days: number[]; target: number; min: number; max: number } | null = null;
    let t = 0;
    let lo = 0;
    let hi = 0;
    if (d < raceDay) {
      const before = raceDay - d;
      if (eveRule && before <= RACE_EVE_DAYS) {
        p = eve;
        if (before === 1) {
          // The day before: rest or a short shake-out.
          t = Math.min(day.target, SHAKE_OUT_MINUTES);
          hi = Math.min(day.max, SHAKE_OUT_MINUTES);
        } else {
          // Two days out: an easy run, or the shake-out a key session becomes.
          t = day.target;
          lo = Math.min(day.min, SHAKE_OUT_MINUTES);
          hi = day.max;
        }
      } else {
        p = taper;
        t = day.target;
        lo = day.min;
        hi = day.max;
      }
    } else if (d > raceDay) {
      const after = d - raceDay;
      if (after <= (long ? RECOVERY_REST_DAYS : 1)) {
        p = rest;
        // A shorter race's day after: rest, an easy jog at most.
        if (!long) hi = easyDay;
      } else {
        p = easy;
        t = easyDay;
        hi = easyDay;
      }
    }
    if (p === null) continue;
    // No more than the athlete has that day.
    const has = availability?.[d];
    if (has !== undefined && has < hi) {
      capped.push({ day: d, minutes: Math.max(0, has) });
      t = Math.min(t, Math.max(0, has));
      lo = Math.min(lo, Math.max(0, has));
      hi = Math.max(0, has);
    }
    p.days.push(d);
    p.target += t;
    p.min += lo;
    p.max += hi;
  }
  return {
    raceDay,
    taper,
    eve,
    rest,
    easy,
    target: taper.target + eve.target + rest.target + easy.target,
    min: taper.min + eve.min + rest.min + easy.min,
    max: taper.max + eve.max + rest.max + easy.max,
    long,
    taperDay: day,
    easyDay,
    capped,
  };
}

function part(): { days: number[]; target: number; min: number; max: number } {
  return { days: [], target: 0, min: 0, max: 0 };
}

/**
 * The athlete's time per weekday for the engine's own draft of a race week: none on the rest days right after a
 * marathon-type race (`RaceWeekSize.rest`), which allow nothing (the draft had put easy runs on the Saturday and
 * Sunday after a Thursday marathon); `availability` itself when there are none.
 */
export function raceWeekAvailability(availability: readonly number[], size: RaceWeekSize): readonly number[] {
  if (size.rest.max > 0 || size.rest.days.length === 0) return availability;
  const out = availability.slice();
  for (const d of size.rest.days) out[d] = 0;
  return out;
}

/**
 * The days of a race week the athlete's time lowers (`RaceWeekSize.capped`), in words: "none on Tuesday", "none on
 * Tuesday and 30 min on Wednesday"; '' with none. `days`: of those days only.
 */
export function raceWeekCappedWords(size: RaceWeekSize, days?: readonly number[]): string {
  const words: string[] = [];
  for (const c of size.capped)
    if (days === undefined || days.includes(c.day))
      words.push(`${c.minutes <= 0 ? 'none' : `${Math.round(c.minutes)} min`} on ${weekdayName(c.day)}`);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
