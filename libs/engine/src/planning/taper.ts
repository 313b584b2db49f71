import type { EngineConfig } from '../config/engine-config';
import type { Race } from '../types';

/** Bosquet 2007 (Med Sci Sports Exerc 39:1358): 8–14 days, volume −41 % to −60 %, keep intensity and frequency. */
export const BOSQUET_TAPER = { minDays: 8, maxDays: 14, minCut: 0.41, maxCut: 0.6 } as const;

export interface TaperPrescription {
  readonly days: number;
  /** Fraction of normal volume removed, within the configured (Bosquet) bounds. */
  readonly volumeCut: number;
  readonly keepIntensity: true;
  readonly keepFrequency: true;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** The taper the engine prescribes: configured values clamped to the configured bounds. */
export function taperPrescription(config: EngineConfig['taper']): TaperPrescription {
  return {
    days: Math.round(clamp(config.days, config.minDays, config.maxDays)),
    volumeCut: clamp(config.volumeCut, config.minCut, config.maxCut),
    keepIntensity: true,
    keepFrequency: true,
  };
}

/** Whether a taper of `days` with `volumeCut` lies within Bosquet's most effective ranges. */
export function isWithinBosquet(days: number, volumeCut: number): boolean {
  return (
    days >= BOSQUET_TAPER.minDays &&
    days <= BOSQUET_TAPER.maxDays &&
    volumeCut >= BOSQUET_TAPER.minCut &&
    volumeCut <= BOSQUET_TAPER.maxCut
  );
}

/**
 * Whether the taper before a race on `raceDay` covers the week starting `weekStart` (a Monday): the race is in
 * that week or later, and the taper's first day (`days` before the race, the race day included) falls on or
 * before that week's Thursday, so most of the week is taper. The decision and the outlook both use it.
 */
export function taperCoversWeek(raceDay: number, weekStart: number, days: number): boolean {
  return raceDay >= weekStart && raceDay - days + 1 <= weekStart + 3;
}

/** The Monday of the first week the taper before a race on `raceDay` covers, counted from `weekStart`'s grid. */
export function taperFirstWeek(raceDay: number, weekStart: number, days: number): number {
  // The smallest Monday m (≡ weekStart mod 7) with raceDay − days + 1 ≤ m + 3.
  const k = Math.ceil((raceDay - days + 1 - 3 - weekStart) / 7);
  return weekStart + 7 * k;
}

/** A half marathon's distance, km (the half of a marathon's 42.195). */
const HALF_MARATHON_KM = 42.195 / 2;

/** A race as the taper reads it: its day, expected minutes and, when known, its distance. */
export interface TaperRace {
  readonly day: number;
  readonly minutes: number;
  readonly source: Pick<Race, 'distanceKm'>;
}

/**
 * Whether the race is of half-marathon length or shorter, and so has the short taper (`shortRaceDays`): its
 * distance, when known, is 21.1 km or less, and it is no marathon-type effort (under `longRaceMinutes`, 150 min).
 * A race longer than a half, or one of 150 min or more, keeps the marathon's taper.
 */
export function shortTaperRace(race: TaperRace, config: EngineConfig): boolean {
  if (race.minutes >= config.racing.longRaceMinutes) return false;
  const km = race.source.distanceKm;
  return km === undefined || km <= HALF_MARATHON_KM + 0.005;
}

/** The taper's days before `race`, the race day included: 14, or 11 for a half marathon or shorter (`shortTaperRace`). */
export function taperDaysFor(race: TaperRace, config: EngineConfig): number {
  const days = taperPrescription(config.taper).days;
  if (!shortTaperRace(race, config)) return days;
  const c = config.taper;
  return Math.min(days, Math.round(clamp(c.shortRaceDays, c.minDays, c.maxDays)));
}

/**
 * The taper's first day as the plan has it before `race` (on `weekStart`'s Monday grid): the day its prescribed
 * days (`taperDaysFor`) begin, when that is a Monday to Thursday and the week it falls in is the taper's first step
 * (a half marathon or shorter: that week is cut in proportion to its days in the taper, on those days). Otherwise a
 * Monday: the Monday after, when those days would begin on a Friday to Sunday (1–3 days at the end of a week that
 * builds or holds are no taper week: the taper covers the weeks from the next, `taperCoversWeek`), a taper 1–3 days
 * shorter (a Monday 10 km: 8 days; a Friday marathon: 12); or the Monday of the week they begin in, for a marathon,
 * whose taper weeks all take the full cut (a Monday marathon's week of the Tuesday is cut whole: 15 days). The
 * decision, the suggestions' texts and the outlook all name this day.
 */
export function taperStart(race: TaperRace, weekStart: number, config: EngineConfig): number {
  const days = taperDaysFor(race, config);
  const first = race.day - days + 1;
  const monday = taperFirstWeek(race.day, weekStart, days);
  return first < monday || !shortTaperRace(race, config) ? monday : first;
}

/** The taper week the week starting `weekStart` is (see `taperWeek`). */
export interface TaperWeek {
  /** The taper's days as the plan has them, the race day included, and its first day (`taperStart`). */
  readonly days: number;
  readonly start: number;
  /** The taper's prescribed days (`taperDaysFor`: 14, or 11 for a half marathon or shorter), which begin on `race.day − prescribedDays + 1`. */
  readonly prescribedDays: number;
  /** The week's days in the taper (7, or fewer for a short taper's first week when it begins after the Monday). */
  readonly daysInWeek: number;
  /** The share of the taper's full cut the week takes: 1, or `daysInWeek / 7` for the first step of a short taper. */
  readonly share: number;
  /** The week's volume cut, and its range, fractions (the full taper's at `share`). */
  readonly volumeCut: number;
  readonly minCut: number;
  readonly maxCut: number;
}

/**
 * The taper week the week starting `weekStart` is before `race`, or null when the taper does not cover it
 * (`taperCoversWeek`, with the race's own taper length, `taperDaysFor`). A short taper (a half marathon or
 * shorter) steps down: its first week, when the race is not in it, takes the full cut only in proportion to its
 * days in the taper (a Sunday half: Thursday to Sunday, 4 of 7 days, 4/7 of −50 %, about −29 %), the race week the
 * full cut (a progressive taper; Mujika & Padilla 2003). A marathon's taper weeks all take the full cut. The
 * decision, the TAPER suggestion and the outlook all size a taper week by it, and name its first day (`start`,
 * `taperStart`).
 */
export function taperWeek(race: TaperRace, weekStart: number, config: EngineConfig): TaperWeek | null {
  const prescribedDays = taperDaysFor(race, config);
  if (!taperCoversWeek(race.day, weekStart, prescribedDays)) return null;
  const start = taperStart(race, weekStart, config);
  const daysInWeek = Math.min(7, weekStart + 7 - start);
  const share =
    race.day > weekStart + 6 && daysInWeek < 7 && shortTaperRace(race, config) ? daysInWeek / 7 : 1;
  const t = taperPrescription(config.taper);
  return {
    days: race.day - start + 1,
    start,
    prescribedDays,
    daysInWeek,
    share,
    volumeCut: t.volumeCut * share,
    minCut: config.taper.minCut * share,
    maxCut: config.taper.maxCut * share,
  };
}

/**
 * Easy days after a race, scaled to its length: one easy day per 3 km raced (Daniels' Running Formula, a
 * coaching convention), in time at about 15 race minutes per easy day (3 km at 5 min/km), so a 10 km race
 * brings 3–4 easy days, a half marathon about a week and a marathon about two weeks. [convention]
 */
export function recoveryDaysAfter(raceMinutes: number): number {
  return Math.max(1, Math.ceil(raceMinutes / 15));
}

/**
 * The days of the week starting `weekStart` (bit d: its weekday d) that are easy days after an A race or a
 * marathon-type race (`longRaceMinutes` or longer, any priority): from the day after the race through its
 * `recoveryDaysAfter`, counted where they fall (a Thursday marathon's 13 cover the whole next week). The engine's
 * own draft places no regular strength and no quality session on them: after a marathon, rest brought leg strength
 * back sooner than running (Sherman 1984), and a leg-strength session four days after one is no easy day (coach read
 * of the demo club, next Monday: Lukas's Monday squats after his Thursday marathon). [convention, our rule]
 */
export function postRaceEasyDays(
  races: readonly { readonly day: number; readonly priority: string; readonly minutes: number }[],
  weekStart: number,
  longRaceMinutes: number,
): number {
  let bits = 0;
  for (let i = 0; i < races.length; i++) {
    const r = races[i];
    if (r.priority !== 'A' && r.minutes < longRaceMinutes) continue;
    const first = Math.max(r.day + 1, weekStart);
    const last = Math.min(r.day + recoveryDaysAfter(r.minutes), weekStart + 6);
    for (let d = first; d <= last; d++) bits |= 1 << (d - weekStart);
  }
  return bits;
}
