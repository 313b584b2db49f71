/**
 * The current-week suggestions take this week's sessions still to come from the metrics (`MetricsState.thisWeekToCome`,
 * for the plan it was read from) rather than read this week's logs again (the speed pass of 5 December 2026). They
 * must be what reading the logs again gives: the same suggestions and the same medical-check sessions whether the
 * history carries the metrics' list or only the recent sessions (the re-derivation's path), for logs linked to this
 * week's plan, to an earlier week's plan, to no plan, and for a review day whose session is still to come.
 */
import { resolveEngineConfig } from '../src/config/engine-config';
import { computeMetricsState } from '../src/metrics/compute-metrics';
import { recentRuns } from '../src/planning/long-run';
import { currentWeekSuggestions, medicalToCome } from '../src/suggestions/current-week';
import { reviewAthlete } from '../src';
import type { LoggedSession, ReviewInput, WeekPlan } from '../src';
import { buildHistory, planFromWeek, type DaySlot } from './factories/athlete-history.factory';

/** A Wednesday. */
const WEDNESDAY = '2025-03-12';
const MONDAY = '2025-03-10';
const LAST_MONDAY = '2025-03-03';

const WEEK: readonly (DaySlot | null)[] = [
  null,
  { minutes: 45, rpe: 3 },
  { minutes: 45, rpe: 3 },
  { minutes: 50, rpe: 7, key: true, purpose: 'Threshold intervals' },
  null,
  { minutes: 40, rpe: 3 },
  { minutes: 100, rpe: 4, key: true, purpose: 'Long run' },
];

/** This week's logs named by `link` (the plan's session id of the same day, an earlier week's, or none). */
function linked(input: ReviewInput, link: (s: LoggedSession, i: number) => string | undefined): ReviewInput {
  return { ...input, sessions: input.sessions.map((s, i) => ({ ...s, plannedSessionId: link(s, i) })) };
}

function cases(): [string, ReviewInput][] {
  const plan: WeekPlan = planFromWeek(MONDAY, WEEK);
  const last: WeekPlan = planFromWeek(LAST_MONDAY, WEEK);
  const fever = buildHistory({
    reviewDate: WEDNESDAY,
    days: 90,
    week: WEEK,
    illness: { from: WEDNESDAY, status: 'BELOW_NECK_OR_FEVER' },
  });
  const base = { ...fever, currentWeekPlan: plan, pastWeekPlans: [last] };
  const idOn = (p: WeekPlan, date: string | undefined): string | undefined =>
    p.sessions.find(
      (x) => date !== undefined && x.day === (Date.parse(date) - Date.parse(p.weekStart)) / 864e5,
    )?.id;
  return [
    ['no log linked', base],
    ['this week linked', linked(base, (s) => idOn(plan, s.date))],
    ['last week linked', linked(base, (s) => idOn(last, s.date))],
    [
      'both weeks linked, one bogus id',
      linked(base, (s, i) => (i % 5 === 0 ? 'bogus' : (idOn(plan, s.date) ?? idOn(last, s.date)))),
    ],
    [
      'review day logged',
      { ...base, sessions: [...base.sessions, { date: WEDNESDAY, kind: 'RUN', minutes: 45, rpe: 3 }] },
    ],
  ];
}

describe('current-week sessions still to come: the metrics list and a re-read of the logs agree', () => {
  it.each(cases())('%s', (_name, input) => {
    const config = resolveEngineConfig();
    const state = computeMetricsState(input, config);
    expect(state.thisWeekToComePlan).toBe(input.currentWeekPlan);
    const { logged } = recentRuns(
      input,
      state.reviewDay,
      state.nextWeekStart,
      state.longRunIllness,
      state.recentSessions,
      state.thisWeekToCome,
    );
    // Without the metrics' list: `remainingSessions` reads this week's logs again.
    const reread = { recentSessions: state.recentSessions, events: state.events };
    const viaMetrics = currentWeekSuggestions(input, state.metrics, null, config, state, logged);
    const viaLogs = currentWeekSuggestions(input, state.metrics, null, config, reread, logged);
    expect(viaMetrics.length).toBeGreaterThan(0);
    expect(JSON.stringify(viaMetrics)).toBe(JSON.stringify(viaLogs));
    expect(medicalToCome(input, state)).toEqual(medicalToCome(input, reread));
  });
});

/**
 * `compliance` takes the ids of the planned sessions this week's logs name from `calendarWeeks` (`scratch.weekLinked`)
 * when every linked log is this week's: what one review gathered must never stand for the next one's. A review whose
 * own week gathers none (no current plan) reads the same after a review that gathered some as alone.
 */
describe('compliance: the linked ids one review gathers do not carry over to the next', () => {
  it('a review without a current plan is the same after one with it as alone', () => {
    const [, withIds] = cases()[1];
    // The same logs, named by ids no plan has (so no day match counts them either), and no current plan: this
    // week's plan is among the past plans, its sessions missed.
    const withoutPlan: ReviewInput = {
      ...linked(withIds, (s) => (s.plannedSessionId === undefined ? undefined : `x-${s.plannedSessionId}`)),
      athlete: { ...withIds.athlete, id: 'other' },
      currentWeekPlan: undefined,
      pastWeekPlans: [planFromWeek(LAST_MONDAY, WEEK), planFromWeek(MONDAY, WEEK)],
    };
    const alone = JSON.stringify(reviewAthlete(withoutPlan));
    reviewAthlete(withIds);
    expect(JSON.stringify(reviewAthlete(withoutPlan))).toBe(alone);
  });
});
