import fc from 'fast-check';
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import { fromDayNumber, toDayNumber } from '../src/dates/local-date';
import { computeMetricsState } from '../src/metrics/compute-metrics';
import type { CheckIn } from '../src/types';
import { buildHistory } from './factories/athlete-history.factory';

/**
 * The lasting decline (`WellnessMetrics.decline`) sums each window in its own pass over the listed check-ins; this
 * property checks it against a direct filter of the check-ins, summed in input order, to the bit (fractional values,
 * missing items, several check-ins on a day, any input order).
 */
const REVIEW = '2025-03-16';
const ITEMS = ['sleepQuality', 'fatigue', 'soreness', 'stress', 'mood'] as const;
const SIGN = [1, -1, -1, -1, 1];

const valueArb = fc.option(fc.double({ min: 1, max: 10, noNaN: true }), { nil: undefined, freq: 8 });
const checkInArb = fc.record({
  back: fc.integer({ min: 1, max: 50 }),
  values: fc.tuple(valueArb, valueArb, valueArb, valueArb, valueArb),
});

describe('the lasting decline against a reference computation', () => {
  it('should give the items and SDs of the windows summed in input order, in any input order', () => {
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(checkInArb, { minLength: 20, maxLength: 90 }),
        fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.integer({ min: 0, max: 4 })),
        fc.constantFrom('input', 'reversed', 'sorted'),
        fc.boolean(),
        (raw, [shift, shifted], orderOf, byDate) => {
          const r = DEFAULT_ENGINE_CONFIG.readiness;
          const review = toDayNumber(REVIEW);
          const dated = (d: number): { date: string } | { day: number } =>
            byDate ? { date: fromDayNumber(d) } : { day: d };
          let rows = raw.map(({ back, values }) => {
            const d = review - back;
            // One item worse over the last 14 days, so that a decline is found in some cases.
            const v = values.map((x, it) =>
              x !== undefined && it === shifted && back < r.wellnessDeclineDays ? x + shift : x,
            );
            const c: CheckIn = {
              ...dated(d),
              sleepQuality: v[0],
              fatigue: v[1],
              soreness: v[2],
              stress: v[3],
              mood: v[4],
            } as CheckIn;
            return { d, c };
          });
          if (orderOf === 'sorted') rows = rows.slice().sort((a, b) => a.d - b.d);
          if (orderOf === 'reversed') rows = rows.slice().reverse();
          // The latest check-in is low on every item, so the decline is looked for (it only is on a low review).
          const latest = {
            ...dated(review),
            sleepQuality: 1,
            fatigue: 10,
            soreness: 10,
            stress: 10,
            mood: 1,
          };
          const checkIns = [...rows.map((x) => x.c), latest as CheckIn];
          const m = computeMetricsState(
            { ...buildHistory({ reviewDate: REVIEW, days: 0 }), checkIns },
            DEFAULT_ENGINE_CONFIG,
          ).metrics;
          // Only a low review looks for a decline: compared where the composite is surely at or below amber.
          const composite = m.wellness.composite.value;
          if (composite === null || composite > r.amberComposite - 0.01) return;
          // The reference: each window filtered directly, its sums in input order.
          const from = review - r.wellnessDeclineDays + 1;
          const baseFrom = from - r.wellnessDeclineBaselineDays;
          const all = [...rows, { d: review, c: latest as CheckIn }];
          const items: { item: string; sd: number }[] = [];
          ITEMS.forEach((name, it) => {
            let rs = 0;
            let rn = 0;
            let bs = 0;
            let bq = 0;
            let bn = 0;
            for (const { d, c } of all) {
              const v = c[name];
              if (v === undefined || d < baseFrom || d > review) continue;
              if (d >= from) {
                rs += v;
                rn++;
              } else {
                bs += v;
                bq += v * v;
                bn++;
              }
            }
            if (rn < Math.ceil(r.wellnessDeclineDays / 2) || bn < r.wellnessBaselineMinEntries) return;
            const mean = bs / bn;
            const sd = Math.max(r.wellnessMinSd, Math.sqrt(Math.max(0, bq / bn - mean * mean)));
            const shown = Math.round(((-SIGN[it] * (rs / rn - mean)) / sd) * 10) / 10;
            if (shown >= r.wellnessDeclineSd) items.push({ item: name, sd: shown });
          });
          items.sort((a, b) => b.sd - a.sd);
          const decline = m.wellness.decline;
          expect(decline === null ? [] : decline.items).toEqual(items);
          if (decline !== null) found++;
        },
      ),
      { numRuns: 300 },
    );
    // (Some cases do find a decline.)
    expect(found).toBeGreaterThan(10);
  });
});
