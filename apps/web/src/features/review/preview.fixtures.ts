/** Test helpers for the review screens' plan and change tests (not part of the app). */
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
