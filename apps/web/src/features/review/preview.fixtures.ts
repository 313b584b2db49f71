/** Test helpers for the review screens' plan and change tests (not part of the app). */
import { toEnginePlan } from './preview';
import type { Change } from './preview';

/** A planned run of the week of Monday 2026-12-07 as the API returns it: easy, or the long run when `key`. */
export const session = (id: string, dayOfWeek: number, minutes: number, key = false) => ({
  id,
  date: `2026-12-${String(7 + dayOfWeek).padStart(2, '0')}`,
  dayOfWeek,
  kind: 'RUN' as const,
  minutes,
  key,
  purpose: key ? 'Long run' : 'Easy run',
  effort: { type: 'RPE' as const, value: 3, scale: null },
  intervals: null,
  sport: null,
});

/** A plan change as the API returns it: every field null but those given. */
export const change = (c: Partial<Change> & { type: string }): Change =>
  ({
    percent: null,
    fromDay: null,
    toDay: null,
    days: null,
    sessionId: null,
    sessionIds: null,
    expectedTotalMinutes: null,
    from: null,
    to: null,
    purpose: null,
    key: null,
    effort: null,
    day: null,
    sessionKind: null,
    minutes: null,
    ...c,
  }) as Change;

/** The week the fixtures are of, and a plan of it: easy runs on Tuesday and Thursday, the long run on Sunday. */
export const WEEK = '2026-12-07';
export const weekPlan = () =>
  toEnginePlan(WEEK, [session('a', 1, 60), session('b', 3, 50), session('c', 6, 120, true)]);

/** A proposed suggestion of that week as the API returns it (a load-spike warning without changes), `over` on top. */
export const suggestionOf = (over: Record<string, unknown> = {}) =>
  ({
    id: `LOAD_SPIKE_WARNING:${WEEK}`,
    kind: 'LOAD_SPIKE_WARNING',
    severity: 'ATTENTION',
    state: 'PROPOSED',
    rationale: 'Load rose fast.',
    athleteText: 'Next week holds.',
    shared: false,
    basis: 'EVIDENCE',
    planWeekStart: WEEK,
    changes: [],
    ...over,
  }) as never;
