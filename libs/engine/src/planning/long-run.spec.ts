import fc from 'fast-check';
import { type RecentSessions, recentSessionsOf } from '../metrics/recent-sessions';
import type { LoggedSession, PlannedSession, ReviewInput } from '../types';
import { fromDayNumber, mondayOf } from '../dates/local-date';
import { cutTier } from './plan-measures';
import {
  type LoggedLongRun,
  type RecentEasyRun,
  type RecentLongRun,
  UNLINKED_LONG_RUN_RPE_MAX,
  heldLongRun,
  loggedLongRun,
  longRunCap,
  longRunIllness,
  longRunLike,
  recentEasyRun,
  recentLongRun,
  recentRuns,
} from './long-run';

/** The review date (a Friday) and next week’s Monday, as day numbers. */
const REVIEW_DAY = 20_000;
const NEXT_WEEK = 20_003;

/**
 * `recentEasyRun`'s `ran` as it was written before it took one pass: each week's long run (its longest long run: a run
 * logged without a link at a long run's effort, or one linked to a planned long run, `longIds`), then the easy runs.
 */
function ranInTwoPasses(
  recent: RecentSessions,
  reviewDay = REVIEW_DAY,
  nextWeek = NEXT_WEEK,
  longIds: ReadonlySet<string> = new Set(),
): number {
  const from = reviewDay - 27;
  const weekLongest = [0, 0, 0, 0, 0];
  const { sessions, days } = recent;
  for (let k = 0; k < sessions.length; k++) {
    const d = days[k];
    if (sessions[k].kind !== 'RUN' || d < from || d > reviewDay) continue;
    const link = sessions[k].plannedSessionId;
    const long = link === undefined ? sessions[k].rpe <= UNLINKED_LONG_RUN_RPE_MAX : longIds.has(link);
    if (!long) continue;
    const w = Math.floor((nextWeek - 1 - d) / 7);
    weekLongest[w] = Math.max(weekLongest[w], sessions[k].minutes);
  }
  let ran = 0;
  for (let k = 0; k < sessions.length; k++) {
    const s = sessions[k];
    const d = days[k];
    if (s.kind !== 'RUN' || d < from || d > reviewDay || s.rpe > 4) continue;
    if (s.minutes >= weekLongest[Math.floor((nextWeek - 1 - d) / 7)]) continue;
    ran = Math.max(ran, s.minutes);
  }
  return ran;
}

// `recentRuns`' three results as their docs read them, plainly (`recentLongRun`, `loggedLongRun` and `recentEasyRun`
// had each been a loop of their own: these are what those loops computed, without their shortcuts).

/** The runs logged in the 28 days to the review date. */
function runsIn(recent: RecentSessions, reviewDay: number): { day: number; session: LoggedSession }[] {
  return recent.sessions
    .map((session, k) => ({ day: recent.days[k], session }))
    .filter((r) => r.session.kind === 'RUN' && r.day >= reviewDay - 27 && r.day <= reviewDay);
}

const longest = (minutes: readonly number[]): number => Math.max(0, ...minutes);

/** The ids of the planned long runs, this week's and the past weeks'. */
function longRunIds(input: ReviewInput): Set<string> {
  const plans = [...(input.pastWeekPlans ?? []), ...(input.currentWeekPlan ? [input.currentWeekPlan] : [])];
  return new Set(plans.flatMap((p) => p.sessions.filter(longRunLike).map((x) => x.id)));
}

/** `RecentLongRun`: the longest run linked to a planned long run, else the longest run; this week's long run to come. */
function longRunAsRead(
  input: ReviewInput,
  reviewDay: number,
  recent: RecentSessions,
  toCome: readonly PlannedSession[],
): RecentLongRun {
  const runs = runsIn(recent, reviewDay);
  const ids = longRunIds(input);
  const linked = longest(
    runs.filter((r) => ids.has(r.session.plannedSessionId ?? '')).map((r) => r.session.minutes),
  );
  const ran = linked > 0 ? linked : longest(runs.map((r) => r.session.minutes));
  const planned = longest(toCome.filter(longRunLike).map((x) => x.minutes));
  return { ran, planned, base: Math.max(ran, planned) };
}

/**
 * `LoggedLongRun`: the longest long run (linked to a planned long run, or unlinked at RPE 5 or less) of the runs since
 * the illness when one of them has minutes, else of the 28 days; the longest run when there is no long run.
 */
function loggedAsRead(
  input: ReviewInput,
  reviewDay: number,
  illness: { readonly start: number; readonly end: number } | null,
  recent: RecentSessions,
): LoggedLongRun {
  const ids = longRunIds(input);
  const all = runsIn(recent, reviewDay);
  const since = illness === null ? [] : all.filter((r) => r.day > illness.end);
  const of = (
    runs: typeof all,
    ill: { readonly start: number; readonly end: number } | null,
  ): LoggedLongRun => {
    const any = longest(runs.map((r) => r.session.minutes));
    const long = longest(
      runs
        .filter((r) =>
          r.session.plannedSessionId === undefined
            ? r.session.rpe <= UNLINKED_LONG_RUN_RPE_MAX
            : ids.has(r.session.plannedSessionId),
        )
        .map((r) => r.session.minutes),
    );
    return long > 0
      ? { minutes: long, long: true, illness: ill, longerRun: any > longRunCap(long) ? any : 0 }
      : { minutes: any, long: false, illness: ill, longerRun: 0 };
  };
  return longest(since.map((r) => r.session.minutes)) > 0 ? of(since, illness) : of(all, null);
}

/** `RecentEasyRun`: the two-pass count; this week's longest easy run to come (a run of cut tier 0). */
function easyRunAsRead(
  input: ReviewInput,
  reviewDay: number,
  nextWeekStart: number,
  recent: RecentSessions,
  toCome: readonly PlannedSession[],
): RecentEasyRun {
  const ran = ranInTwoPasses(recent, reviewDay, nextWeekStart, longRunIds(input));
  const planned = longest(toCome.filter((x) => x.kind === 'RUN' && cutTier(x) === 0).map((x) => x.minutes));
  return { ran, planned, base: Math.max(ran, planned) };
}

function recentOf(logs: readonly { day: number; kind: 'RUN' | 'STRENGTH'; minutes: number; rpe: number }[]): {
  input: ReviewInput;
  recent: RecentSessions;
} {
  const sessions: LoggedSession[] = logs.map((l) => ({
    day: l.day,
    kind: l.kind,
    minutes: l.minutes,
    rpe: l.rpe,
  }));
  const days = logs.map((l) => l.day);
  return {
    input: {
      reviewDate: '2024-10-04',
      athlete: { id: 'a', availabilityMinutes: [60, 60, 60, 60, 60, 60, 60] },
      sessions,
      checkIns: [],
    } as ReviewInput,
    recent: { from: REVIEW_DAY - 42, to: REVIEW_DAY, sessions, days, lastDay: Math.max(-Infinity, ...days) },
  };
}

describe(recentEasyRun.name, () => {
  it.each([
    // [logs as (days before the review, minutes, rpe), the easy run]
    ['no run', [], 0],
    ['the week’s only run is its long run', [[1, 40, 3]], 0],
    [
      'an easy run shorter than the long run',
      [
        [1, 40, 3],
        [3, 90, 3],
      ],
      40,
    ],
    [
      'a tie with the long run leaves both out, the next one down counts',
      [
        [1, 90, 3],
        [2, 90, 3],
        [4, 35, 2],
      ],
      35,
    ],
    [
      // Hanna's week (athlete15): an 80-min race-specific session, her 57-min long run, a 29-min easy run.
      'the long run beside a longer quality session is the long run, not an easy run',
      [
        [1, 29, 3],
        [2, 57, 4],
        [3, 80, 6],
      ],
      29,
    ],
    [
      'a hard run is not an easy one',
      [
        [1, 60, 7],
        [3, 90, 3],
      ],
      0,
    ],
    [
      'the longest easy run of any week',
      [
        [1, 30, 3],
        [3, 60, 3],
        [9, 50, 3],
        [10, 80, 4],
      ],
      50,
    ],
    [
      'a run before the 28 days does not count',
      [
        [28, 70, 3],
        [29, 100, 3],
        [1, 20, 3],
        [2, 30, 3],
      ],
      20,
    ],
  ])('should find the easy run when %s', (_, logs, ran) => {
    const { input, recent } = recentOf(
      (logs as number[][]).map(([ago, minutes, rpe]) => ({
        day: REVIEW_DAY - ago,
        kind: 'RUN',
        minutes,
        rpe,
      })),
    );
    expect(recentEasyRun(input, REVIEW_DAY, NEXT_WEEK, recent).ran).toBe(ran);
  });

  it('should find what the two-pass count found, for any logs', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: REVIEW_DAY - 42, max: REVIEW_DAY }),
            kind: fc.constantFrom('RUN' as const, 'STRENGTH' as const),
            minutes: fc.integer({ min: 0, max: 12 }).map((m) => m * 10),
            rpe: fc.integer({ min: 1, max: 8 }),
          }),
          { maxLength: 40 },
        ),
        (logs) => {
          const { input, recent } = recentOf(logs);
          expect(recentEasyRun(input, REVIEW_DAY, NEXT_WEEK, recent).ran).toBe(ranInTwoPasses(recent));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe(recentRuns.name, () => {
  /** This week's plan: a long run, a tempo with intervals, an easy run and strength, as logs may link to them. */
  const PLANNED: PlannedSession[] = [
    {
      id: 'long',
      day: 6,
      kind: 'RUN',
      minutes: 90,
      effort: { type: 'RPE', value: 3 },
      purpose: 'Long run',
      key: true,
    },
    {
      id: 'tempo',
      day: 2,
      kind: 'RUN',
      minutes: 50,
      effort: { type: 'RPE', value: 7 },
      purpose: 'Tempo',
      key: true,
      intervals: {
        repeats: 3,
        workSeconds: 600,
        workEffort: { type: 'RPE', value: 7 },
        recoverySeconds: 120,
        recoveryEffort: { type: 'RPE', value: 2 },
      },
    },
    { id: 'easy', day: 4, kind: 'RUN', minutes: 40, effort: { type: 'RPE', value: 3 }, purpose: 'Easy run' },
    {
      id: 'gym',
      day: 3,
      kind: 'STRENGTH',
      minutes: 30,
      effort: { type: 'RPE', value: 5 },
      purpose: 'Strength',
    },
  ];

  /** Last week's plan: its long run too is a long run a log may link to. */
  const PAST: PlannedSession[] = [
    { ...PLANNED[0], id: 'pastLong', minutes: 80 },
    { ...PLANNED[2], id: 'pastEasy' },
  ];

  it("should not take a linked tempo logged at a long run's effort for the week's long run", () => {
    // This week (Monday is day 19 996): Tuesday's tempo logged at RPE 5 for 60 min, Wednesday's unlinked 30-min easy
    // run, Thursday's planned long run logged at 45 min, RPE 4. The week's long run is the 45 min (the tempo was no
    // long run), so its easy run is the 30 min. One rule had said the tempo (RPE 5) was the week's long run and the
    // 45-min long run an easy run (easy run 45), while the long run logged was that same 45 min.
    const logs: LoggedSession[] = [
      { day: 19_997, kind: 'RUN', minutes: 60, rpe: 5, plannedSessionId: 'tempo' },
      { day: 19_998, kind: 'RUN', minutes: 30, rpe: 3 },
      { day: 19_999, kind: 'RUN', minutes: 45, rpe: 4, plannedSessionId: 'long' },
    ];
    const input = {
      reviewDate: fromDayNumber(REVIEW_DAY),
      athlete: { id: 'a', availabilityMinutes: [60, 60, 60, 60, 60, 60, 60] },
      sessions: logs,
      checkIns: [],
      currentWeekPlan: { weekStart: fromDayNumber(NEXT_WEEK - 7), sessions: PLANNED },
    } as ReviewInput;
    const recent = recentSessionsOf(logs, REVIEW_DAY);
    const runs = recentRuns(input, REVIEW_DAY, NEXT_WEEK, null, recent, []);
    expect(runs.easyRun.ran).toBe(30);
    expect(runs.longRun.ran).toBe(45);
    expect(runs.logged.minutes).toBe(45);
    expect(runs.logged.long).toBe(true);
  });

  it('should find what recentLongRun, loggedLongRun and recentEasyRun are, as their docs read, for any logs', () => {
    fc.assert(
      fc.property(
        // A review on any weekday of the week of 2024-10-04 (a Friday, day 20 000).
        fc.integer({ min: -4, max: 2 }),
        fc.array(
          fc.record({
            ago: fc.integer({ min: -1, max: 42 }),
            kind: fc.constantFrom('RUN' as const, 'STRENGTH' as const),
            minutes: fc.integer({ min: 0, max: 18 }).map((m) => m * 10),
            rpe: fc.integer({ min: 1, max: 8 }),
            link: fc.constantFrom(undefined, 'long', 'pastLong', 'tempo', 'easy', 'pastEasy', 'gym', 'other'),
          }),
          { maxLength: 40 },
        ),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        fc.subarray(PLANNED),
        fc.integer({ min: 2, max: 15 }).map((m) => m * 10),
        fc.boolean(),
        (shift, logs, illnessAgo, planned, plannedMinutes, withPast) => {
          const reviewDay = REVIEW_DAY + shift;
          const nextWeekStart = mondayOf(reviewDay) + 7;
          const sessions: LoggedSession[] = logs.map((l) => ({
            day: reviewDay - l.ago,
            kind: l.kind,
            minutes: l.minutes,
            rpe: l.rpe,
            plannedSessionId: l.link,
          }));
          const input = {
            reviewDate: fromDayNumber(reviewDay),
            athlete: { id: 'a', availabilityMinutes: [60, 60, 60, 60, 60, 60, 60] },
            sessions,
            checkIns: [],
            currentWeekPlan: { weekStart: fromDayNumber(nextWeekStart - 7), sessions: PLANNED },
            pastWeekPlans: withPast
              ? [{ weekStart: fromDayNumber(nextWeekStart - 14), sessions: PAST }]
              : undefined,
          } as ReviewInput;
          const days = logs.map((l) => reviewDay - l.ago);
          const recent = {
            from: reviewDay - 42,
            to: reviewDay,
            sessions,
            days,
            lastDay: Math.max(-Infinity, ...days),
          };
          const illness =
            illnessAgo === null ? null : { start: reviewDay - illnessAgo - 3, end: reviewDay - illnessAgo };
          const toCome = planned.map((x, i) => (i === 0 ? { ...x, minutes: plannedMinutes } : x));
          const runs = recentRuns(input, reviewDay, nextWeekStart, illness, recent, toCome);
          expect(runs.longRun).toEqual(longRunAsRead(input, reviewDay, recent, toCome));
          expect(runs.logged).toEqual(loggedAsRead(input, reviewDay, illness, recent));
          expect(runs.easyRun).toEqual(easyRunAsRead(input, reviewDay, nextWeekStart, recent, toCome));
          // The three functions are its parts (`loggedLongRun` places the weeks itself).
          expect(recentLongRun(input, reviewDay, nextWeekStart, recent, toCome)).toEqual(runs.longRun);
          expect(loggedLongRun(input, reviewDay, illness, recent)).toEqual(runs.logged);
          expect(recentEasyRun(input, reviewDay, nextWeekStart, recent, toCome)).toEqual(runs.easyRun);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('longRunIllness (which illness resets the long-run reference; our rule)', () => {
  // Ranks of the 22 days from day 100 to the review on day 121: 0 none, 1 above the neck, 2 fever / below the neck.
  const FROM = 100;
  const ranks = (ill: Record<number, number>): number[] =>
    Array.from({ length: 22 }, (_, i) => ill[FROM + i] ?? 0);
  const everyDay = (except: readonly number[] = []): number[] =>
    Array.from({ length: 22 }, (_, i) => FROM + i).filter((d) => !except.includes(d));
  const off = (from: number, to: number): number[] =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('should not reset for a cold above the neck trained through', () => {
    expect(longRunIllness(ranks({ 110: 1, 111: 1 }), FROM, everyDay())).toBeNull();
  });

  it('should reset for a fever of one day, trained through or not', () => {
    expect(longRunIllness(ranks({ 115: 2 }), FROM, everyDay())).toEqual({ start: 115, end: 115 });
  });

  it('should read illness days less than 3 days apart as one illness, a fever on any of them making it reset', () => {
    expect(longRunIllness(ranks({ 104: 1, 106: 2, 108: 1 }), FROM, everyDay())).toEqual({
      start: 104,
      end: 108,
    });
    // Three days apart: two illnesses; the cold after the fever does not move the reference.
    expect(longRunIllness(ranks({ 104: 2, 107: 1 }), FROM, everyDay())).toEqual({ start: 104, end: 104 });
  });

  it('should reset for a cold that stopped training 7 days in a row, not 6', () => {
    expect(longRunIllness(ranks({ 105: 1, 106: 1 }), FROM, everyDay(off(105, 111)))).toEqual({
      start: 105,
      end: 106,
    });
    expect(longRunIllness(ranks({ 105: 1, 106: 1 }), FROM, everyDay(off(105, 110)))).toBeNull();
    // Days off that start after the cold are not its doing.
    expect(longRunIllness(ranks({ 105: 1 }), FROM, everyDay(off(107, 114)))).toBeNull();
  });

  it('should take the latest illness that resets', () => {
    expect(longRunIllness(ranks({ 102: 2, 103: 2, 114: 2 }), FROM, everyDay())).toEqual({
      start: 114,
      end: 114,
    });
  });
});

describe('heldLongRun (a hold’s or a down week’s long run at its step)', () => {
  it('should bring a long run to the step on the 5-min grid, never under 45 min nor above itself', () => {
    expect(heldLongRun(95, 55)).toBe(55);
    expect(heldLongRun(95, 57)).toBe(55);
    expect(heldLongRun(95, 30)).toBe(45);
    expect(heldLongRun(40, 30)).toBe(40);
    expect(heldLongRun(100, 110)).toBe(100);
    expect(heldLongRun(100, Infinity)).toBe(100);
  });
});
