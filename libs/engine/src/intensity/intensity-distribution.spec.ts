import { effortToRpe, isPolarized, polarizationIndex, rpeToZone } from './intensity-distribution';

describe(polarizationIndex.name, () => {
  it.each([
    // z1, z2, z3 (shares), PI = log10(z1/z2 × z3 × 100), hand computed
    [0.8, 0.05, 0.15, Math.log10(240)], // 2.380 → polarized
    [0.75, 0.2, 0.05, Math.log10(18.75)], // 1.273 → pyramidal
    [0.8, 0.1, 0.1, Math.log10(80)], // 1.903
    [0.7, 0.1, 0.2, Math.log10(140)], // 2.146
  ])('should give log10(z1/z2·z3·100) when shares are %f/%f/%f', (z1, z2, z3, expected) => {
    expect(polarizationIndex(z1, z2, z3)).toBeCloseTo(expected, 10);
  });

  it('should normalise minutes to shares when given minutes', () => {
    expect(polarizationIndex(480, 30, 90)).toBeCloseTo(Math.log10(240), 10);
  });

  it('should substitute Z2 = 0.01 when there is no zone-2 time', () => {
    expect(polarizationIndex(0.9, 0, 0.1)).toBeCloseTo(Math.log10((0.9 / 0.01) * 0.1 * 100), 10);
  });

  it('should be null when there is no zone-3 time or no time at all', () => {
    expect(polarizationIndex(0.9, 0.1, 0)).toBeNull();
    expect(polarizationIndex(0, 0, 0)).toBeNull();
  });
});

describe(isPolarized.name, () => {
  it('should call a distribution polarized when PI > 2 and Z1 > Z3 > Z2', () => {
    expect(isPolarized(0.8, 0.05, 0.15)).toBe(true);
    expect(isPolarized(0.75, 0.2, 0.05)).toBe(false);
    expect(isPolarized(0.8, 0.1, 0.1)).toBe(false);
  });
});

describe(rpeToZone.name, () => {
  it.each([
    [1, 1],
    [4, 1],
    [5, 2],
    [6, 2],
    [7, 3],
    [10, 3],
  ])('should map RPE %i to zone %i (Seiler 3-zone)', (rpe, zone) => {
    expect(rpeToZone(rpe)).toBe(zone);
  });
});

describe(effortToRpe.name, () => {
  it('should pass RPE through and map zones to representative RPE', () => {
    expect(effortToRpe({ type: 'RPE', value: 6 })).toBe(6);
    expect(effortToRpe({ type: 'ZONE', value: 1 })).toBe(3);
    expect(effortToRpe({ type: 'ZONE', value: 3 })).toBe(8);
    expect(effortToRpe({ type: 'ZONE', value: 5, scale: 5 })).toBe(9);
  });
});
