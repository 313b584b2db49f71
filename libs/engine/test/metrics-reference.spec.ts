import fc from 'fast-check';
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import { fromDayNumber, toDayNumber } from '../src/dates/local-date';
import { loadSeries } from '../src/load/training-load';
import { computeMetricsState } from '../src/metrics/compute-metrics';
import { plannedSessionLoad } from '../src/planning/plan-measures';
import type { ContextEvent, LoggedSession, ReviewInput, WeekPlan } from '../src/types';
import { USUAL_WEEK, buildHistory, dayOf, planFromWeek, shift } from './factories/athlete-history.factory';

/**
 * The metrics pass bins sessions by day once and indexes logs per day with typed arrays; these properties
 * check it against straightforward reference computations (filter the sessions for every week / plan).
 */
const REVIEW = '2025-03-16';
const CURRENT_MONDAY = '2025-03-10';

const caseArb = fc.record({
  days: fc.integer({ min: 0, max: 150 }),
  growth: fc.double({ min: -0.05, max: 0.08, noNaN: true }),
  skipDays: fc.subarray([0, 1, 2, 3, 4, 5, 6]),
  skipWeeks: fc.integer({ min: 0, max: 6 }),
  pastWeeks: fc.integer({ min: 0, max: 7 }),
  scale: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
  shuffle: fc.boolean(),
  travel: fc.option(fc.tuple(fc.integer({ min: -45, max: 3 }), fc.integer({ min: 0, max: 10 })), {
    nil: undefined,
  }),
  linked: fc.boolean(),
  /** A strength session logged on the review date (a Sunday whose plan has a run): it does not make the run done. */
  todayStrength: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): ReviewInput {
  const base = buildHistory({
    reviewDate: REVIEW,
    days: c.days,
    weeklyGrowth: c.growth,
    skip: { weekdays: c.skipDays, weeks: c.skipWeeks },
  });
  const pastWeekPlans: WeekPlan[] = [];
  for (let k = 1; k <= c.pastWeeks; k++)
    pastWeekPlans.push(planFromWeek(shift(CURRENT_MONDAY, -7 * k), USUAL_WEEK, c.scale));
  const sessions = base.sessions.slice();
  if (c.linked && pastWeekPlans.length > 0) {
    const p = pastWeekPlans[0];
    sessions.push({
      date: shift(p.weekStart, 1),
      kind: 'RUN',
      minutes: 12,
      rpe: 6,
      plannedSessionId: p.sessions[0].id,
    });
  }
  if (c.todayStrength) sessions.push({ date: REVIEW, kind: 'STRENGTH', minutes: 30, rpe: 5 });
  if (c.shuffle) sessions.reverse();
  const contextEvents: ContextEvent[] = c.travel
    ? [{ kind: 'TRAVEL', start: shift(REVIEW, c.travel[0]), end: shift(REVIEW, c.travel[0] + c.travel[1]) }]
    : [];
  return {
    ...base,
    sessions,
    contextEvents,
    pastWeekPlans,
    currentWeekPlan: planFromWeek(CURRENT_MONDAY, USUAL_WEEK, c.scale),
  };
}

/** A run (or a race) logged on day `d`. */
function runLoggedOn(input: ReviewInput, d: number): boolean {
  return input.sessions.some((s) => dayOf(s) === d && (s.kind === 'RUN' || s.kind === 'RACE'));
}

describe('metrics against reference computations', () => {
  it('should give each rolling week the load, minutes and session count of a direct filter', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const input = build(c);
        const review = toDayNumber(REVIEW);
        const m = computeMetricsState(input, DEFAULT_ENGINE_CONFIG).metrics;
        m.weeks.forEach((w, k) => {
          const inWeek = input.sessions.filter((s) => {
            const d = dayOf(s);
            return d <= review - 7 * k && d >= review - 7 * k - 6;
          });
          // A Sunday review: the review date's planned session (a run) counts as still to come while no run is
          // logged on it (`stillToCome`: a log matches a session of its sport; a strength session is not a run).
          const toCome =
            k === 0 && !runLoggedOn(input, review)
              ? input.currentWeekPlan!.sessions.filter((x) => x.kind !== 'REST' && x.day === 6)
              : [];
          expect(w.sessions).toBe(inWeek.length + toCome.length);
          expect(w.minutes).toBeCloseTo(
            inWeek.reduce((a, s) => a + s.minutes, 0) + toCome.reduce((a, x) => a + x.minutes, 0),
            9,
          );
          expect(w.load).toBeCloseTo(
            inWeek.reduce((a, s) => a + s.rpe * s.minutes, 0) +
              toCome.reduce((a, x) => a + plannedSessionLoad(x), 0),
            9,
          );
        });
      }),
      { numRuns: 120 },
    );
  });

  it('should give each compliance week the planned, completed and excluded days of a direct filter', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const input = build(c);
        const review = toDayNumber(REVIEW);
        const m = computeMetricsState(input, DEFAULT_ENGINE_CONFIG).metrics;
        const excluded = (d: number): boolean =>
          d >= review - 42 &&
          (input.contextEvents ?? []).some((e) => toDayNumber(e.start) <= d && d <= toDayNumber(e.end));
        // Whole weeks only: a week starting before the 42 days read is left out (its logs are read in part).
        const plans = [...(input.pastWeekPlans ?? []), input.currentWeekPlan as WeekPlan]
          .filter((p) => toDayNumber(p.weekStart) >= review - 42 && toDayNumber(p.weekStart) <= review)
          .sort((a, b) => (a.weekStart < b.weekStart ? -1 : 1));
        expect(m.compliance.weeks.map((w) => w.weekStart)).toEqual(plans.map((p) => p.weekStart));
        // The review date's session (a run) is still to come, not judged, while no run is logged that day.
        const loggedToday = runLoggedOn(input, review);
        const judged = (d: number): boolean => d < review || (d === review && loggedToday);
        plans.forEach((p, i) => {
          const ws = toDayNumber(p.weekStart);
          const days = p.sessions.map((s) => ws + s.day).filter(judged);
          // Logs are indexed for the six-week horizon only.
          const counted = [...new Set(days.filter((d) => !excluded(d)))].filter((d) => d >= review - 42);
          const planned = p.sessions
            .filter((s) => judged(ws + s.day) && !excluded(ws + s.day))
            .reduce((a, s) => a + s.minutes, 0);
          const done = counted.reduce(
            (a, d) => a + input.sessions.filter((s) => dayOf(s) === d).reduce((x, s) => x + s.minutes, 0),
            0,
          );
          const w = m.compliance.weeks[i];
          expect(w.plannedMinutes).toBe(planned);
          expect(w.completedMinutes).toBeCloseTo(done, 9);
          expect(w.excludedDays).toBe(new Set(days.filter((d) => excluded(d))).size);
        });
      }),
      { numRuns: 120 },
    );
  });

  it('should give the daily load and the CTL, ATL, TSB and ACWR of `loadSeries` over the days, to the bit, in any input order', () => {
    // Fractional RPEs and several sessions on a day: sums in another order would differ in the last bits.
    const sessionArb = fc.record({
      back: fc.integer({ min: -3, max: 400 }),
      minutes: fc.integer({ min: 5, max: 180 }),
      rpe: fc.double({ min: 0.5, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 120 }),
        fc.constantFrom('sorted', 'input', 'reversed'),
        fc.boolean(),
        (raw, orderOf, byDate) => {
          const review = toDayNumber(REVIEW);
          const config = DEFAULT_ENGINE_CONFIG;
          const maxDays = config.history.maxDays;
          let sessions: LoggedSession[] = raw.map((r, i) =>
            byDate
              ? {
                  id: `s${i}`,
                  date: fromDayNumber(review - r.back),
                  kind: 'RUN',
                  minutes: r.minutes,
                  rpe: r.rpe,
                }
              : { id: `s${i}`, day: review - r.back, kind: 'RUN', minutes: r.minutes, rpe: r.rpe },
          );
          if (orderOf === 'sorted')
            sessions = sessions
              .map((x, i) => ({ x, i }))
              .sort((a, b) => dayOf(a.x) - dayOf(b.x) || a.i - b.i)
              .map((e) => e.x);
          if (orderOf === 'reversed') sessions.reverse();
          const m = computeMetricsState(
            { ...buildHistory({ reviewDate: REVIEW, days: 0 }), sessions },
            config,
          ).metrics;
          // The reference: each day's load summed in input order, from the first session's day in the window.
          const inWindow = sessions.filter((x) => dayOf(x) <= review && dayOf(x) > review - maxDays);
          const first = Math.min(...inWindow.map(dayOf), review);
          const loads = new Float64Array(review - first + 1);
          for (const x of inWindow) loads[dayOf(x) - first] += x.rpe * x.minutes;
          const ctl = new Float64Array(loads.length);
          const atl = new Float64Array(loads.length);
          const ewma = { acute: 0, chronic: 0 };
          const l = config.load;
          loadSeries(loads, l.ctlDays, l.atlDays, l.acwrAcuteDays, l.acwrChronicDays, ctl, atl, ewma);
          const at = (xs: Float64Array, d: number): number => (d >= first ? xs[d - first] : 0);
          const n = config.history.seriesDays;
          const days = Array.from({ length: n }, (_, j) => review - n + 1 + j);
          expect(m.dailyLoad).toEqual(days.map((d) => at(loads, d)));
          expect(m.ctlSeries).toEqual(days.map((d) => at(ctl, d)));
          expect(m.atlSeries).toEqual(days.map((d) => at(atl, d)));
          expect(m.tsbSeries).toEqual(days.map((d) => (d > first ? at(ctl, d - 1) - at(atl, d - 1) : 0)));
          if (inWindow.length > 0) {
            expect(m.ctl.value).toBe(at(ctl, review));
            expect(m.atl.value).toBe(at(atl, review));
            expect(m.tsb.value).toBe(review > first ? at(ctl, review - 1) - at(atl, review - 1) : 0);
            expect(m.ctlChangePerWeek.value).toBe(at(ctl, review) - at(ctl, review - 7));
            if (m.acwr.value !== null) expect(m.acwr.value).toBe(ewma.acute / ewma.chronic);
          }
          // Weeks: each day's load summed in day order (Monday first), as the days of a calendar week.
          m.weeks.forEach((w) => {
            const end = toDayNumber(w.end);
            let load = 0;
            for (let d = toDayNumber(w.start); d <= Math.min(end, review); d++) load += at(loads, d);
            expect(w.load).toBe(load);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
