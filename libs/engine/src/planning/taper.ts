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
