import fc from 'fast-check';
import { applySuggestion, reviewAthlete } from '../src';
import type { ReviewInput, SuggestionKind } from '../src';
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import { computeMetricsState } from '../src/metrics/compute-metrics';
import { planLoad, planMinutes } from '../src/planning/plan-measures';
import { USUAL_WEEK, buildHistory, planFromWeek, shift } from './factories/athlete-history.factory';

const REVIEW = '2025-03-16';
const NEXT = '2025-03-17';

const historyArb = fc.record({
  days: fc.integer({ min: 10, max: 140 }),
  weeklyGrowth: fc.double({ min: -0.05, max: 0.08, noNaN: true }),
  downWeeks: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8]),
  spike: fc.option(fc.double({ min: 0.3, max: 2, noNaN: true }), { nil: undefined }),
  hrvDrop: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: undefined }),
  wellness: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  draftScale: fc.double({ min: 0.4, max: 2, noNaN: true }),
  withDraft: fc.boolean(),
});

type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;

function build(h: History, extra: Partial<ReviewInput> = {}): ReviewInput {
  const input = buildHistory({
    reviewDate: REVIEW,
    days: h.days,
    weeklyGrowth: h.weeklyGrowth,
    downWeeks: h.downWeeks,
    lastDays: h.spike === undefined ? undefined : { days: 7, factor: h.spike },
    hrvDrop: h.hrvDrop === undefined ? undefined : { days: 7, ln: h.hrvDrop },
    wellnessDrop: h.wellness === undefined ? undefined : { days: 3, points: h.wellness },
  });
  return {
    ...input,
    ...(h.withDraft ? { nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK, h.draftScale) } : {}),
    ...extra,
  };
}

const LOAD_ADDING: SuggestionKind[] = ['BUILD'];

describe(`${reviewAthlete.name} properties`, () => {
  it('should never propose a change that adds load when the athlete is ill below the neck', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 2 }), (h, daysAgo) => {
        const input = build(h, {
          contextEvents: [
            { kind: 'ILLNESS', start: shift(REVIEW, -daysAgo), end: REVIEW, illness: 'BELOW_NECK_OR_FEVER' },
          ],
        });
        const r = reviewAthlete(input);
        expect(r.decision.type).toBe('REST');
        const plan = input.nextWeekDraft ?? r.draft;
        for (const s of r.suggestions) {
          expect(LOAD_ADDING).not.toContain(s.kind);
          const a = applySuggestion(plan, s);
          if (a.ok) expect(planLoad(a.plan)).toBeLessThanOrEqual(planLoad(plan) + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('should leave ratios unchanged when every load is scaled by k', () => {
    fc.assert(
      fc.property(historyArb, fc.double({ min: 0.2, max: 5, noNaN: true }), (h, k) => {
        const input = build(h);
        const scaled = { ...input, sessions: input.sessions.map((s) => ({ ...s, minutes: s.minutes * k })) };
        const a = computeMetricsState(input, DEFAULT_ENGINE_CONFIG).metrics;
        const b = computeMetricsState(scaled, DEFAULT_ENGINE_CONFIG).metrics;
        const close = (x: number | null, y: number | null): void => {
          if (x === null || y === null) expect(x).toBe(y);
          else expect(y).toBeCloseTo(x, 6);
        };
        close(a.rampPct.value, b.rampPct.value);
        close(a.weekOverWeekPct.value, b.weekOverWeekPct.value);
        close(a.twoWeekPct.value, b.twoWeekPct.value);
        close(a.acwr.value, b.acwr.value);
        if (a.monotony.value !== null && b.monotony.value !== null) close(a.monotony.value, b.monotony.value);
        close(a.intensity.polarizationIndex.value, b.intensity.polarizationIndex.value);
        if (a.ctl.value !== null && a.ctl.value > 0)
          close(a.tsb.value! / a.ctl.value, b.tsb.value! / b.ctl.value!);
      }),
      { numRuns: 80 },
    );
  });

  it('should never make a down week larger than the week before', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const input = build(h);
        const r = reviewAthlete(input);
        if (r.decision.type !== 'DOWN') return;
        const lastWeek = r.metrics.weeklyMinutes;
        expect(planMinutes(r.draft)).toBeLessThanOrEqual(lastWeek + 1e-9);
        expect(r.decision.targetMinutes).toBeLessThanOrEqual(lastWeek + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('should not propose a suggestion again when it was applied and the week re-evaluated', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const input = build({ ...h, withDraft: true });
        const r = reviewAthlete(input);
        for (const s of r.suggestions) {
          if (s.changes.length === 0) continue;
          const a = applySuggestion(input.nextWeekDraft!, s);
          expect(a.ok).toBe(true);
          if (!a.ok) continue;
          const again = reviewAthlete({ ...input, nextWeekDraft: a.plan });
          const same = again.suggestions.find((x) => x.kind === s.kind);
          expect(same?.changes ?? []).toEqual([]);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('should return the same review when given the same input (determinism, no input mutation)', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const input = build(h);
        const frozen = JSON.parse(JSON.stringify(input));
        const a = reviewAthlete(input);
        const b = reviewAthlete(JSON.parse(JSON.stringify(input)));
        expect(b).toEqual(a);
        expect(input).toEqual(frozen);
      }),
      { numRuns: 40 },
    );
  });

  it('should always report all six components when reviewing any history', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const r = reviewAthlete(build(h));
        expect(r.components.map((c) => c.component)).toEqual([
          'CURRENT_FITNESS',
          'PROGRESSION',
          'ADAPTATION',
          'INDIVIDUALIZATION',
          'LONG_TERM_DEVELOPMENT',
          'EXTERNAL_EYES',
        ]);
        for (const s of r.draft.sessions) {
          expect(Number.isInteger(s.minutes)).toBe(true);
          expect(s.minutes).toBeLessThanOrEqual(Math.max(0, ...build(h).athlete.availabilityMinutes));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('should list the draft by day then id, two races on one day in the order given', () => {
    const base = build({
      days: 84,
      weeklyGrowth: 0,
      downWeeks: [],
      spike: undefined,
      hrvDrop: undefined,
      wellness: undefined,
      draftScale: 1,
      withDraft: false,
    });
    const saturday = shift(NEXT, 5);
    const races = [
      { date: saturday, priority: 'C' as const, expectedMinutes: 25, name: 'Parkrun' },
      { date: saturday, priority: 'C' as const, expectedMinutes: 40, name: 'Relay leg' },
    ];
    for (const order of [races, [...races].reverse()]) {
      const draft = reviewAthlete({ ...base, races: order }).draft.sessions;
      const onSaturday = draft.filter((x) => x.kind === 'RACE').map((x) => x.minutes);
      expect(onSaturday).toEqual(order.map((r) => r.expectedMinutes));
      for (let i = 1; i < draft.length; i++) {
        const [a, b] = [draft[i - 1], draft[i]];
        expect(a.day < b.day || (a.day === b.day && a.id <= b.id)).toBe(true);
      }
    }
  });
});
