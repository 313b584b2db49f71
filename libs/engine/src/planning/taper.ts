import type { EngineConfig } from '../config/engine-config';

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

/**
 * Easy days after a race, scaled to its length: one easy day per 3 km raced (Daniels' Running Formula, a
 * coaching convention), in time at about 15 race minutes per easy day (3 km at 5 min/km), so a 10 km race
 * brings 3–4 easy days, a half marathon about a week and a marathon about two weeks. [convention]
 */
export function recoveryDaysAfter(raceMinutes: number): number {
  return Math.max(1, Math.ceil(raceMinutes / 15));
}
