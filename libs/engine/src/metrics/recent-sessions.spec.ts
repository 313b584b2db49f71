import fc from 'fast-check';
import { DEFAULT_ENGINE_CONFIG } from '../config/engine-config';
import { fromDayNumber, toDayNumber } from '../dates/local-date';
import type { LoggedSession, LoggedSessionKind, ReviewInput } from '../types';
import { computeMetricsState } from './compute-metrics';
import { RECENT_SESSION_DAYS, recentSessionsOf } from './recent-sessions';

const REVIEW = '2025-03-16';
const REVIEW_DAY = toDayNumber(REVIEW);
const KINDS: LoggedSessionKind[] = ['RUN', 'STRENGTH', 'CROSS_TRAINING', 'RACE'];

/** A session `offset` days from the review date, dated by `day`, by `date` or by both. */
const sessionArb = fc
  .record({
    offset: fc.integer({ min: -120, max: 10 }),
    form: fc.constantFrom('day', 'date', 'both'),
    kind: fc.constantFrom(...KINDS),
    minutes: fc.integer({ min: 5, max: 200 }),
    rpe: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ offset, form, kind, minutes, rpe }): LoggedSession => {
    const day = REVIEW_DAY + offset;
    const base = { kind, minutes, rpe };
    if (form === 'day') return { ...base, day };
    if (form === 'date') return { ...base, date: fromDayNumber(day) };
    return { ...base, day, date: fromDayNumber(day) };
  });

function inputOf(sessions: LoggedSession[]): ReviewInput {
  return {
    reviewDate: REVIEW,
    athlete: { id: 'a' } as ReviewInput['athlete'],
    sessions,
    checkIns: [],
  };
}

describe('RecentSessions (the last weeks of sessions, listed by the metrics scan)', () => {
  it('should list, in input order, exactly the sessions from 42 days before the review date to it, with their days', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 80 }), (sessions) => {
        // The first and last records are checked for day/date agreement; all of them agree here.
        const state = computeMetricsState(inputOf(sessions), DEFAULT_ENGINE_CONFIG);
        const dayOf = (s: LoggedSession): number => s.day ?? toDayNumber(s.date as string);
        const expected = sessions.filter(
          (s) => dayOf(s) >= REVIEW_DAY - RECENT_SESSION_DAYS && dayOf(s) <= REVIEW_DAY,
        );
        const recent = state.recentSessions;
        expect(recent.from).toBe(REVIEW_DAY - RECENT_SESSION_DAYS);
        expect(recent.to).toBe(REVIEW_DAY);
        expect(recent.sessions).toEqual(expected);
        recent.sessions.forEach((s, k) => expect(recent.sessions[k]).toBe(expected[k]));
        expect(recent.days).toEqual(expected.map(dayOf));
        expect(recent.lastDay).toBe(Math.max(-Infinity, ...expected.map(dayOf)));
        // The list a caller without the metrics state builds is the same.
        expect(recentSessionsOf(sessions, REVIEW_DAY)).toEqual(recent);
      }),
      { numRuns: 200 },
    );
  });
});
