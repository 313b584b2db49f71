import fc from 'fast-check';
import {
  ewmaAcwr,
  ewmaLast,
  exponentialLoad,
  loadSeries,
  monotonyAndStrain,
  percentChange,
  trainingStressBalance,
} from './training-load';

const constant = (value: number, days: number): number[] => Array.from({ length: days }, () => value);

describe(exponentialLoad.name, () => {
  it('should give CTL 63.21 on day 42 when the load is 100 every day from 0 (exp variant)', () => {
    const ctl = exponentialLoad(constant(100, 42), 42);
    expect(ctl[41]).toBeCloseTo(63.21, 2);
  });

  it('should give ATL 63.21 on day 7 when the load is 100 every day from 0', () => {
    const atl = exponentialLoad(constant(100, 7), 7);
    expect(atl[6]).toBeCloseTo(63.21, 2);
  });

  it.each([
    [1, 100 * (1 - Math.exp(-1 / 42))],
    [84, 100 * (1 - Math.exp(-2))],
  ])('should follow 100·(1 − e^(−t/42)) when t = %i', (t, expected) => {
    expect(exponentialLoad(constant(100, t), 42)[t - 1]).toBeCloseTo(expected, 10);
  });

  it('should decay towards 0 when loads stop', () => {
    const series = exponentialLoad([...constant(100, 7), ...constant(0, 7)], 7);
    expect(series[13]).toBeCloseTo(63.21 * Math.exp(-1), 2);
  });
});

describe(trainingStressBalance.name, () => {
  it("should be yesterday's CTL minus yesterday's ATL when computed for a day", () => {
    const loads = [100, 0, 50, 200, 0];
    const ctl = exponentialLoad(loads, 42);
    const atl = exponentialLoad(loads, 7);
    const tsb = trainingStressBalance(ctl, atl);
    expect(tsb[0]).toBe(0);
    expect(tsb[4]).toBeCloseTo(ctl[3] - atl[3], 12);
  });
});

describe(monotonyAndStrain.name, () => {
  it.each([
    // daily loads, expected monotony (mean / population SD), hand computed
    {
      loads: [100, 0, 100, 0, 100, 0, 100],
      monotony: 400 / 7 / Math.sqrt((400 * 300) / 49 / 1) / Math.sqrt(1),
    },
    {
      loads: [300, 300, 300, 300, 300, 300, 0],
      monotony: 1800 / 7 / Math.sqrt((6 * 300 * 300) / 7 - (1800 / 7) ** 2),
    },
    { loads: [0, 0, 0, 0, 0, 0, 700], monotony: 100 / Math.sqrt((700 * 700) / 7 - 100 * 100) },
  ])('should give mean / population SD when loads are $loads', ({ loads, monotony }) => {
    const r = monotonyAndStrain(loads);
    expect(r.monotony).toBeCloseTo(monotony, 10);
  });

  it('should give 1.1547 for alternating 100/0 with four hard days (hand case)', () => {
    // mean 57.142857, population SD = sqrt(mean(x²) − mean²) = sqrt(5714.2857 − 3265.3061) = 49.487166
    expect(monotonyAndStrain([100, 0, 100, 0, 100, 0, 100]).monotony).toBeCloseTo(1.1547, 4);
  });

  it('should report the cap and flag it when the same load falls on every day (SD 0, issue #11)', () => {
    const r = monotonyAndStrain([50, 50, 50, 50, 50, 50, 50]);
    expect(r.monotony).toBe(10);
    expect(r.capped).toBe(true);
    expect(r.strain).toBe(350 * 10);
  });

  it('should report no monotony when the week has no load at all', () => {
    expect(monotonyAndStrain([0, 0, 0, 0, 0, 0, 0]).monotony).toBeNull();
    expect(monotonyAndStrain([0, 0, 0, 0, 0, 0, 0]).strain).toBeNull();
  });

  it('should cap monotony at 10 when the SD is tiny', () => {
    const r = monotonyAndStrain([100, 100, 100, 100, 100, 100, 101]);
    expect(r.monotony).toBe(10);
    expect(r.capped).toBe(true);
  });

  it('should satisfy strain = weekly load × monotony when monotony is defined', () => {
    for (const loads of [
      [100, 0, 100, 0, 100, 0, 100],
      [420, 300, 0, 600, 240, 0, 900],
      [10, 20, 30, 40, 50, 60, 70],
    ]) {
      const r = monotonyAndStrain(loads);
      const weekly = loads.reduce((a, b) => a + b, 0);
      expect(r.weeklyLoad).toBe(weekly);
      expect(r.strain).toBeCloseTo(weekly * (r.monotony as number), 9);
    }
  });

  it('should use the last 7 days ending at `end` when given a longer series', () => {
    const r = monotonyAndStrain([999, 999, 100, 0, 100, 0, 100, 0, 100], 10, 9);
    expect(r.weeklyLoad).toBe(400);
  });
});

describe(ewmaAcwr.name, () => {
  it('should use λ = 2/(N+1) when smoothing (N = 7 → 0.25)', () => {
    expect(ewmaLast([100], 7)).toBeCloseTo(25, 12);
    expect(ewmaLast([100, 100], 7)).toBeCloseTo(25 + 0.75 * 25, 12);
    expect(ewmaLast([100], 28)).toBeCloseTo(200 / 29, 12);
  });

  it('should approach 1 when the load is constant for a long time', () => {
    expect(ewmaAcwr(constant(300, 365))).toBeCloseTo(1, 6);
  });

  it('should be null when there is no chronic load', () => {
    expect(ewmaAcwr(constant(0, 40))).toBeNull();
  });
});

describe(percentChange.name, () => {
  it('should be null when the reference is 0', () => {
    expect(percentChange(10, 0)).toBeNull();
    expect(percentChange(120, 100)).toBeCloseTo(20, 12);
  });
});

describe(loadSeries.name, () => {
  const loadsArb = fc.array(
    fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 1500 }),
      fc.double({ min: 0, max: 5000, noNaN: true, noDefaultInfinity: true }),
    ),
    { minLength: 0, maxLength: 400 },
  );
  const daysArb = fc.integer({ min: 1, max: 90 });

  it('should equal exponentialLoad (CTL, ATL) and ewmaLast (acute, chronic) bit for bit', () => {
    fc.assert(
      fc.property(loadsArb, daysArb, daysArb, daysArb, daysArb, (loads, ctlDays, atlDays, acute, chronic) => {
        const ctl = new Float64Array(loads.length);
        const atl = new Float64Array(loads.length);
        const ewma = { acute: NaN, chronic: NaN };
        loadSeries(loads, ctlDays, atlDays, acute, chronic, ctl, atl, ewma);
        expect(Array.from(ctl)).toEqual(Array.from(exponentialLoad(loads, ctlDays)));
        expect(Array.from(atl)).toEqual(Array.from(exponentialLoad(loads, atlDays)));
        expect(Object.is(ewma.acute, ewmaLast(loads, acute))).toBe(true);
        expect(Object.is(ewma.chronic, ewmaLast(loads, chronic))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('should store from storeFrom on the same values as a full run, and leave the entries before untouched', () => {
    fc.assert(
      fc.property(loadsArb, fc.integer({ min: -5, max: 410 }), (loads, storeFrom) => {
        const full = { ctl: new Float64Array(loads.length), atl: new Float64Array(loads.length) };
        const fullEwma = { acute: NaN, chronic: NaN };
        loadSeries(loads, 42, 7, 7, 28, full.ctl, full.atl, fullEwma);
        const ctl = new Float64Array(loads.length).fill(-1);
        const atl = new Float64Array(loads.length).fill(-1);
        const ewma = { acute: NaN, chronic: NaN };
        loadSeries(loads, 42, 7, 7, 28, ctl, atl, ewma, storeFrom);
        for (let i = 0; i < loads.length; i++) {
          expect(ctl[i]).toBe(i < storeFrom ? -1 : full.ctl[i]);
          expect(atl[i]).toBe(i < storeFrom ? -1 : full.atl[i]);
        }
        expect(ewma).toEqual(fullEwma);
      }),
      { numRuns: 200 },
    );
  });

  it('should give CTL 63.21 on day 42 and ATL 63.21 on day 7 for a constant load of 100', () => {
    const loads = constant(100, 42);
    const ctl = new Float64Array(42);
    const atl = new Float64Array(42);
    loadSeries(loads, 42, 7, 7, 28, ctl, atl, { acute: 0, chronic: 0 });
    expect(ctl[41]).toBeCloseTo(63.21, 2);
    expect(atl[6]).toBeCloseTo(63.21, 2);
  });
});
