import fc from 'fast-check';
import { DEFAULT_ENGINE_CONFIG } from '../config/engine-config';
import { fromDayNumber, toDayNumber } from '../dates/local-date';
import type {
  LoggedSession,
  LoggedSessionKind,
  PlannedSession,
  ReviewInput,
  SessionKind,
  Weekday,
} from '../types';
import { computeMetricsState } from './compute-metrics';
import { loggedThisWeek, stillToCome } from './to-come';

// A Friday review: this week runs Monday 2025-03-10 to Sunday 2025-03-16.
const MONDAY = toDayNumber('2025-03-10');
const FRIDAY = 4;
const REVIEW_DAY = MONDAY + FRIDAY;

function planned(id: string, day: number, kind: SessionKind, minutes = 60): PlannedSession {
  return { id, day: day as Weekday, kind, minutes, effort: { type: 'RPE', value: 3 }, purpose: id };
}

interface Log {
  readonly kind: LoggedSessionKind;
  readonly day?: number;
  readonly plannedSessionId?: string;
}

/** The ids of `plan` still to come at a Friday review with `logs` (on Friday unless they say another weekday). */
function toCome(plan: readonly PlannedSession[], logs: readonly Log[]): string[] {
  const days = logs.map((l) => MONDAY + (l.day ?? FRIDAY));
  const logged = loggedThisWeek(plan, logs, days, MONDAY, REVIEW_DAY);
  return plan.filter((s) => stillToCome(s, FRIDAY, logged)).map((s) => s.id);
}

describe('stillToCome', () => {
  const run = planned('run', FRIDAY, 'RUN');
  const strength = planned('strength', FRIDAY, 'STRENGTH', 30);
  const bike = planned('bike', FRIDAY, 'CROSS_TRAINING', 45);
  const saturday = planned('saturday', 5, 'RUN');
  const thursday = planned('thursday', 3, 'RUN');

  it.each<[string, readonly PlannedSession[], readonly Log[], string[]]>([
    [
      'nothing logged: the review day and the days after it',
      [thursday, run, saturday],
      [],
      ['run', 'saturday'],
    ],
    [
      'a morning strength session: the evening run',
      [strength, run, saturday],
      [{ kind: 'STRENGTH' }],
      ['run', 'saturday'],
    ],
    [
      'a strength session logged against the plan: the evening run',
      [strength, run],
      [{ kind: 'STRENGTH', plannedSessionId: 'strength' }],
      ['run'],
    ],
    ['a strength session not planned: the run', [run], [{ kind: 'STRENGTH' }], ['run']],
    [
      'a ride: the run, not the strength session',
      [run, strength, bike],
      [{ kind: 'CROSS_TRAINING' }],
      ['run', 'strength'],
    ],
    ['a run: the strength session', [strength, run], [{ kind: 'RUN' }], ['strength']],
    ['a race logged: the run it stands for', [run], [{ kind: 'RACE' }], []],
    [
      'two runs planned, one logged: the second',
      [run, planned('run2', FRIDAY, 'RUN', 30)],
      [{ kind: 'RUN' }],
      ['run2'],
    ],
    [
      "a run logged against Saturday's: Friday's run, not Saturday's",
      [run, saturday],
      [{ kind: 'RUN', plannedSessionId: 'saturday' }],
      ['run'],
    ],
    [
      'a run on Thursday, not against the plan: Friday is not Thursday',
      [run],
      [{ kind: 'RUN', day: 3 }],
      ['run'],
    ],
    ['a rest day: never', [planned('rest', FRIDAY, 'REST')], [], []],
  ])('should leave to come, with %s', (_, plan, logs, expected) => {
    expect(toCome(plan, logs)).toEqual(expected);
  });
});

describe('the review day as the metrics and the compliance count it (one rule)', () => {
  const KINDS: SessionKind[] = ['RUN', 'STRENGTH', 'CROSS_TRAINING'];
  const caseArb = fc.record({
    plan: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 3 }),
    logs: fc.array(
      fc.record({
        kind: fc.constantFrom<LoggedSessionKind>('RUN', 'STRENGTH', 'CROSS_TRAINING', 'RACE'),
        against: fc.nat(3),
      }),
      { maxLength: 3 },
    ),
  });

  it("should count still to come in week 0 exactly the review day's sessions stillToCome leaves, and judge the others", () => {
    fc.assert(
      fc.property(caseArb, ({ plan: kinds, logs: logKinds }) => {
        const sessions = kinds.map((k, i) => planned(`p${i}`, FRIDAY, k, 30 + 10 * i));
        // Thursday's run done, for a history; Friday's logs, each against a session of the plan or not (`against`
        // past the plan's end: not).
        const logs: LoggedSession[] = [
          { date: fromDayNumber(MONDAY + 3), kind: 'RUN', minutes: 60, rpe: 3, plannedSessionId: 'thu' },
          ...logKinds.map((l): LoggedSession => ({
            date: fromDayNumber(REVIEW_DAY),
            kind: l.kind,
            minutes: 60,
            rpe: 3,
            ...(l.against < sessions.length ? { plannedSessionId: sessions[l.against].id } : {}),
          })),
        ];
        const input: ReviewInput = {
          reviewDate: fromDayNumber(REVIEW_DAY),
          athlete: { id: 'a', availabilityMinutes: [60, 60, 60, 60, 60, 60, 60] },
          sessions: logs,
          checkIns: [],
          currentWeekPlan: {
            weekStart: fromDayNumber(MONDAY),
            phase: 'PREPARATORY',
            focus: 'AEROBIC_VOLUME',
            sessions: [planned('thu', 3, 'RUN'), ...sessions],
          },
        };
        const days = logs.map((l) => toDayNumber(l.date as string));
        const logged = loggedThisWeek(input.currentWeekPlan!.sessions, logs, days, MONDAY, REVIEW_DAY);
        const expected = sessions.filter((s) => stillToCome(s, FRIDAY, logged));
        const state = computeMetricsState(input, DEFAULT_ENGINE_CONFIG);
        expect(state.thisWeekToCome.map((s) => s.id)).toEqual(expected.map((s) => s.id));
        // The compliance judges Thursday's run and the review day's sessions not still to come.
        const week = state.metrics.compliance.weeks.find((w) => w.weekStart === fromDayNumber(MONDAY))!;
        let judged = 60;
        for (const s of sessions) if (!expected.includes(s)) judged += s.minutes;
        expect(week.plannedMinutes).toBe(judged);
      }),
    );
  });
});
