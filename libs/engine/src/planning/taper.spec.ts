import { DEFAULT_ENGINE_CONFIG } from '../config/engine-config';
import { BOSQUET_TAPER, isWithinBosquet, taperPrescription } from './taper';

describe(taperPrescription.name, () => {
  it('should prescribe 8–14 days and a 41–60 % volume cut when using the defaults (Bosquet 2007)', () => {
    const t = taperPrescription(DEFAULT_ENGINE_CONFIG.taper);
    expect(t.days).toBeGreaterThanOrEqual(8);
    expect(t.days).toBeLessThanOrEqual(14);
    expect(t.volumeCut).toBeGreaterThanOrEqual(0.41);
    expect(t.volumeCut).toBeLessThanOrEqual(0.6);
    expect(t.keepIntensity).toBe(true);
    expect(t.keepFrequency).toBe(true);
  });

  it.each([
    [{ volumeCut: 0.3, days: 20 }, 0.41, 14],
    [{ volumeCut: 0.8, days: 5 }, 0.6, 8],
    [{ volumeCut: 0.5, days: 10 }, 0.5, 10],
  ])('should clamp to the bounds when overridden with %o', (override, cut, days) => {
    const t = taperPrescription({ ...DEFAULT_ENGINE_CONFIG.taper, ...override });
    expect(t.volumeCut).toBeCloseTo(cut, 10);
    expect(t.days).toBe(days);
  });
});

describe(isWithinBosquet.name, () => {
  it('should accept the bounds and reject outside them', () => {
    expect(isWithinBosquet(BOSQUET_TAPER.minDays, BOSQUET_TAPER.minCut)).toBe(true);
    expect(isWithinBosquet(14, 0.6)).toBe(true);
    expect(isWithinBosquet(7, 0.5)).toBe(false);
    expect(isWithinBosquet(15, 0.5)).toBe(false);
    expect(isWithinBosquet(10, 0.4)).toBe(false);
    expect(isWithinBosquet(10, 0.61)).toBe(false);
  });
});
