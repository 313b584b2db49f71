import type { Suggestion, WeekPlan } from '../types';
import { applySuggestion } from './apply-suggestion';

const plan: WeekPlan = {
  weekStart: '2025-03-17',
  phase: 'PREPARATORY',
  sessions: [
    {
      id: 'q',
      day: 1,
      kind: 'RUN',
      minutes: 60,
      effort: { type: 'RPE', value: 7 },
      purpose: 'Intervals',
      key: true,
    },
    { id: 'e', day: 2, kind: 'RUN', minutes: 40, effort: { type: 'RPE', value: 3 }, purpose: 'Easy' },
    {
      id: 'l',
      day: 5,
      kind: 'RUN',
      minutes: 100,
      effort: { type: 'RPE', value: 4 },
      purpose: 'Long',
      key: true,
    },
    {
      id: 'r',
      day: 6,
      kind: 'RACE',
      minutes: 45,
      effort: { type: 'RPE', value: 9 },
      purpose: 'Race',
      key: true,
    },
  ],
};
const s = (changes: Suggestion['changes'], planWeekStart = '2025-03-17') => ({ planWeekStart, changes });

describe(applySuggestion.name, () => {
  it('should scale non-race sessions and round to 5 minutes when the change is SCALE_VOLUME', () => {
    const r = applySuggestion(plan, s([{ type: 'SCALE_VOLUME', percent: -30, expectedTotalMinutes: 245 }]));
    expect(r.ok && r.plan.sessions.map((x) => x.minutes)).toEqual([40, 25, 70, 45]);
    expect(plan.sessions[0].minutes).toBe(60); // input untouched
  });

  it('should return a changed plan that is the same JSON as the plan with its new sessions, fields in its order', () => {
    // The plan's own fields (and any other a caller sends) in the order it has them, `sessions` in its place.
    const scale = s([{ type: 'SCALE_VOLUME', percent: -30, expectedTotalMinutes: 245 }]);
    const shapes: WeekPlan[] = [
      plan,
      { weekStart: plan.weekStart, sessions: plan.sessions },
      { sessions: plan.sessions, phase: 'PREPARATORY', weekStart: plan.weekStart },
      { weekStart: plan.weekStart, focus: 'AEROBIC_VOLUME', phase: 'PREPARATORY', sessions: plan.sessions },
      { ...plan, note: 'extra' } as WeekPlan,
    ];
    for (const p of shapes) {
      const r = applySuggestion(p, scale);
      if (!r.ok) throw new Error(r.reason);
      expect(JSON.stringify(r.plan)).toBe(JSON.stringify({ ...p, sessions: r.plan.sessions }));
    }
  });

  it("should give every changed session all of PlannedSession's fields in their declared order, as JSON only those set", () => {
    // One object shape for V8 whatever the change: every field, in the order id, day, kind, minutes, effort,
    // intervals, purpose, key, sport, an optional one undefined when not set (JSON leaves it out).
    const order = ['id', 'day', 'kind', 'minutes', 'effort', 'intervals', 'purpose', 'key', 'sport'];
    const interval = {
      repeats: 4,
      workSeconds: 180,
      workEffort: { type: 'RPE' as const, value: 8 },
      recoverySeconds: 120,
      recoveryEffort: { type: 'RPE' as const, value: 2 },
    };
    const r = applySuggestion(
      plan,
      s([
        {
          type: 'REPLACE_INTENSITY',
          sessionId: 'e',
          effort: { type: 'RPE', value: 7 },
          intervals: interval,
          purpose: 'Hills',
          key: true,
        },
        {
          type: 'REPLACE_INTENSITY',
          sessionId: 'q',
          effort: { type: 'RPE', value: 3 },
          intervals: null,
          purpose: 'Easy',
          key: false,
        },
        { type: 'MOVE_SESSION', sessionId: 'l', fromDay: 5, toDay: 4 },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // (A session the changes leave alone is the input's own object, as the input has it.)
    for (const x of r.plan.sessions) if (!plan.sessions.includes(x)) expect(Object.keys(x)).toEqual(order);
    const keys = r.plan.sessions.map((x) => Object.keys(JSON.parse(JSON.stringify(x)) as object));
    for (const k of keys) expect(k).toEqual(order.filter((f) => k.includes(f)));
    expect(keys).toEqual([
      ['id', 'day', 'kind', 'minutes', 'effort', 'purpose'],
      ['id', 'day', 'kind', 'minutes', 'effort', 'intervals', 'purpose', 'key'],
      ['id', 'day', 'kind', 'minutes', 'effort', 'purpose', 'key'],
      ['id', 'day', 'kind', 'minutes', 'effort', 'purpose', 'key'],
    ]);
  });

  it('should reject with PLAN_CHANGED when the plan total moved since the suggestion', () => {
    const r = applySuggestion(plan, s([{ type: 'SCALE_VOLUME', percent: -30, expectedTotalMinutes: 400 }]));
    expect(r).toEqual(expect.objectContaining({ ok: false, code: 'PLAN_CHANGED' }));
  });

  it('should swap an easy session into the freed day when moving a key session onto it', () => {
    const r = applySuggestion(plan, s([{ type: 'MOVE_SESSION', sessionId: 'q', fromDay: 1, toDay: 2 }]));
    expect(r.ok && r.plan.sessions.map((x) => [x.id, x.day])).toEqual([
      ['e', 1],
      ['q', 2],
      ['l', 5],
      ['r', 6],
    ]);
  });

  it('should reject with SESSION_MOVED when the session is no longer on the expected day', () => {
    const r = applySuggestion(plan, s([{ type: 'MOVE_SESSION', sessionId: 'q', fromDay: 3, toDay: 4 }]));
    expect(r).toEqual(expect.objectContaining({ ok: false, code: 'SESSION_MOVED' }));
    if (!r.ok) expect(r.reason).toMatch(/Tuesday, not Thursday/);
  });

  it('should reject with DAY_CONFLICT when moving onto a key session', () => {
    const r = applySuggestion(plan, s([{ type: 'MOVE_SESSION', sessionId: 'q', fromDay: 1, toDay: 5 }]));
    expect(r).toEqual(expect.objectContaining({ ok: false, code: 'DAY_CONFLICT' }));
  });

  it('should protect races when dropping, resting or replacing intensity', () => {
    expect(applySuggestion(plan, s([{ type: 'DROP_SESSION', sessionId: 'r' }]))).toEqual(
      expect.objectContaining({ ok: false, code: 'RACE_PROTECTED' }),
    );
    expect(applySuggestion(plan, s([{ type: 'INSERT_REST_DAYS', days: [6] }]))).toEqual(
      expect.objectContaining({ ok: false, code: 'RACE_PROTECTED' }),
    );
  });

  it('should reject with WEEK_MISMATCH when the suggestion is for another week', () => {
    expect(applySuggestion(plan, s([], '2025-03-24'))).toEqual(
      expect.objectContaining({ code: 'WEEK_MISMATCH' }),
    );
  });

  it('should reject with SESSION_NOT_FOUND when the session was deleted', () => {
    expect(applySuggestion(plan, s([{ type: 'DROP_SESSION', sessionId: 'zzz' }]))).toEqual(
      expect.objectContaining({ code: 'SESSION_NOT_FOUND' }),
    );
  });

  it('should replace intensity, insert rest days and set phase and focus when asked', () => {
    const r = applySuggestion(
      plan,
      s([
        {
          type: 'REPLACE_INTENSITY',
          sessionId: 'q',
          effort: { type: 'RPE', value: 3 },
          intervals: null,
          purpose: 'Easy',
        },
        { type: 'INSERT_REST_DAYS', days: [2] },
        { type: 'SET_PHASE', from: 'PREPARATORY', to: 'PRE_COMPETITION' },
        { type: 'CHANGE_MESOCYCLE_FOCUS', from: null, to: 'THRESHOLD' },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.sessions.find((x) => x.id === 'q')?.effort).toEqual({ type: 'RPE', value: 3 });
    expect(r.plan.sessions.filter((x) => x.day === 2).map((x) => x.kind)).toEqual(['REST']);
    expect(r.plan.phase).toBe('PRE_COMPETITION');
    expect(r.plan.focus).toBe('THRESHOLD');
    expect(r.changed).toBe(true);
  });

  it('should report changed = false when there are no changes', () => {
    expect(applySuggestion(plan, s([]))).toEqual({ ok: true, plan, changed: false });
  });

  describe('ADD_SESSION', () => {
    const easy = {
      id: '2025-03-17-d3-added',
      kind: 'RUN' as const,
      minutes: 40,
      effort: { type: 'RPE' as const, value: 3 },
      purpose: 'Easy run',
    };
    const add = (day: number, extra: Partial<typeof easy> = {}, expectedTotalMinutes = 245) =>
      s([{ type: 'ADD_SESSION', day: day as 3, session: { ...easy, ...extra }, expectedTotalMinutes }]);

    it('should put a non-key session on a free day, in day order, when the change is ADD_SESSION', () => {
      const r = applySuggestion(plan, add(3));
      if (!r.ok) throw new Error(r.reason);
      expect(r.plan.sessions.map((x) => x.id)).toEqual(['q', 'e', '2025-03-17-d3-added', 'l', 'r']);
      expect(r.plan.sessions[2]).toEqual({ ...easy, day: 3 });
      expect(r.plan.sessions[2].key).toBeUndefined();
      expect(r.changed).toBe(true);
    });

    it('should reject with DAY_CONFLICT when the day already has a session or is a rest day', () => {
      expect(applySuggestion(plan, add(2))).toMatchObject({ ok: false, code: 'DAY_CONFLICT' });
      const rested = applySuggestion(plan, s([{ type: 'INSERT_REST_DAYS', days: [3] }]));
      if (!rested.ok) throw new Error(rested.reason);
      const r = applySuggestion(rested.plan, add(3));
      expect(r).toMatchObject({ ok: false, code: 'DAY_CONFLICT' });
      expect(!r.ok && r.reason).toContain('Thursday is a rest day');
    });

    it('should reject with PLAN_CHANGED when the plan total moved since the suggestion', () => {
      expect(applySuggestion(plan, add(3, {}, 400))).toMatchObject({ ok: false, code: 'PLAN_CHANGED' });
    });

    it('should reject with INVALID_CHANGE a race, a rest, a token session or a day that is not a weekday', () => {
      expect(applySuggestion(plan, add(3, { kind: 'RACE' as never }))).toMatchObject({
        code: 'INVALID_CHANGE',
      });
      expect(applySuggestion(plan, add(3, { kind: 'REST' as never }))).toMatchObject({
        code: 'INVALID_CHANGE',
      });
      expect(applySuggestion(plan, add(3, { minutes: 5 }))).toMatchObject({ code: 'INVALID_CHANGE' });
      expect(applySuggestion(plan, add(7))).toMatchObject({ code: 'INVALID_CHANGE' });
    });

    it('should reject with DAY_CONFLICT when applied twice (the id is already in the plan)', () => {
      const once = applySuggestion(plan, add(3));
      if (!once.ok) throw new Error(once.reason);
      expect(applySuggestion(once.plan, add(4, {}, 285))).toMatchObject({ ok: false, code: 'DAY_CONFLICT' });
    });
  });
});
