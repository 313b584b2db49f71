import {
  SuggestionState,
  WeeklyReviewEntity,
  WeeklyReviewStatus,
  WeeklyReviewSuggestionEntity,
} from '@app/db';
import { applyChanges, PlanChange, WeekPlan } from '@app/engine';
import {
  athleteTextOf,
  changeModel,
  priorityOf,
  toEditedChanges,
  toReviewModel,
} from './review-model.mapper';
import { toStoredSession } from './reviews.service';
import { canonical } from './weekly-review.store';

const s = (state: SuggestionState, severity: string) => ({ state, severity });

describe(priorityOf.name, () => {
  it('should rank by the worst suggestion still proposed, then days since contact', () => {
    const urgent = priorityOf('URGENT', [s(SuggestionState.PROPOSED, 'URGENT')], 1);
    const attention = priorityOf('ATTENTION', [s(SuggestionState.PROPOSED, 'ATTENTION')], 30);
    const quietLonger = priorityOf('OK', [s(SuggestionState.PROPOSED, 'INFO')], 6);
    const quiet = priorityOf('OK', [s(SuggestionState.PROPOSED, 'INFO')], 2);
    expect(urgent).toBeGreaterThan(attention);
    expect(attention).toBeGreaterThan(quietLonger);
    expect(quietLonger).toBeGreaterThan(quiet);
  });

  it('should drop when the urgent suggestion is acted on, and use the engine status when it made none', () => {
    const acted = priorityOf(
      'URGENT',
      [s(SuggestionState.APPLIED, 'URGENT'), s(SuggestionState.PROPOSED, 'INFO')],
      0,
    );
    expect(acted).toBeLessThan(priorityOf('ATTENTION', [s(SuggestionState.PROPOSED, 'ATTENTION')], 0));
    expect(Math.floor(priorityOf('URGENT', [], 0) / 100_000)).toBe(2);
  });
});

describe(`${priorityOf.name} within a band`, () => {
  const P = SuggestionState.PROPOSED;
  it('should put an amber athlete above a green one with more suggestions open (demo: Sara above Hanna)', () => {
    // Hanna: a long-race note (ATTENTION) and a build (INFO), readiness green; Sara: an amber hold (ATTENTION).
    const hanna = priorityOf('ATTENTION', [s(P, 'ATTENTION'), s(P, 'INFO')], 0, 'GREEN');
    const sara = priorityOf('ATTENTION', [s(P, 'ATTENTION')], 0, 'AMBER');
    expect(sara).toBeGreaterThan(hanna);
    expect(priorityOf('ATTENTION', [s(P, 'ATTENTION')], 0, 'RED')).toBeGreaterThan(sara);
  });

  it('should then rank longer silence, then more suggestions of the band’s severity, then more open', () => {
    const quiet = priorityOf('ATTENTION', [s(P, 'ATTENTION')], 6, 'GREEN');
    const heard = priorityOf(
      'ATTENTION',
      [s(P, 'ATTENTION'), s(P, 'ATTENTION'), s(P, 'ATTENTION')],
      1,
      'GREEN',
    );
    expect(quiet).toBeGreaterThan(heard);
    const two = priorityOf('ATTENTION', [s(P, 'ATTENTION'), s(P, 'ATTENTION')], 1, 'GREEN');
    const oneAndInfos = priorityOf(
      'ATTENTION',
      [s(P, 'ATTENTION'), s(P, 'INFO'), s(P, 'INFO'), s(P, 'INFO')],
      1,
      'GREEN',
    );
    expect(two).toBeGreaterThan(oneAndInfos);
    expect(oneAndInfos).toBeGreaterThan(priorityOf('ATTENTION', [s(P, 'ATTENTION')], 1, 'GREEN'));
  });

  it('should keep every band apart whatever the tie-breaks (the web reads the band back)', () => {
    const many = Array.from({ length: 12 }, () => s(P, 'ATTENTION'));
    const topAttention = priorityOf('ATTENTION', many, 5000, 'RED');
    expect(Math.floor(topAttention / 100_000)).toBe(1);
    expect(topAttention).toBeLessThan(priorityOf('URGENT', [s(P, 'URGENT')], 0, 'GREEN'));
    const topQuiet = priorityOf(
      'OK',
      Array.from({ length: 12 }, () => s(P, 'INFO')),
      5000,
      'RED',
    );
    expect(Math.floor(topQuiet / 100_000)).toBe(0);
    expect(topQuiet).toBeLessThan(priorityOf('ATTENTION', [s(P, 'ATTENTION')], 0, null));
  });
});

describe(canonical.name, () => {
  it('should compare payloads whatever their key order (jsonb reorders keys)', () => {
    expect(canonical({ b: 1, a: [{ y: 2, x: null }] })).toBe(canonical({ a: [{ x: null, y: 2 }], b: 1 }));
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }));
  });
});

describe(toReviewModel.name, () => {
  const row = {
    id: 'r1',
    athleteId: 'a1',
    weekStart: '2026-11-30',
    status: WeeklyReviewStatus.IN_PROGRESS,
    snoozedUntil: null,
    engineStatus: 'ATTENTION',
    priority: 100_000,
    generatedAt: new Date('2026-11-29T15:00:00Z'),
    engineVersion: 'x',
    completedAt: null,
    // An output from another engine version: fields missing, one field more.
    output: { reviewDate: '2026-11-29', somethingNew: { x: 1 }, metrics: { weeklyMinutes: 200 } },
  } as unknown as WeeklyReviewEntity;
  const suggestion = (id: string, state: SuggestionState, position: number) =>
    ({
      reviewId: 'r1',
      suggestionId: id,
      kind: id.split(':')[0],
      severity: 'ATTENTION',
      position,
      state,
      suggestion: { rationale: `why ${id}`, changes: [{ type: 'NEW_KIND_OF_CHANGE' }] },
      editedChanges: null,
      dismissReason: 'private',
      shared: false,
      decidedAt: null,
    }) as unknown as WeeklyReviewSuggestionEntity;
  const live = [
    suggestion('B:2026-11-30', SuggestionState.DISMISSED, 1),
    suggestion('A:2026-11-30', SuggestionState.PROPOSED, 0),
  ];

  it('should read a snapshot tolerantly and split proposed from decided suggestions', () => {
    const m = toReviewModel(row, { name: 'Ann', timezone: 'Europe/Oslo' }, live, 'COACH');
    expect(m.metrics).toMatchObject({ weeklyMinutes: 200, ctl: null, readiness: 'UNKNOWN' });
    expect(m.components).toEqual([]);
    expect(m.suggestions.map((x) => x.id)).toEqual(['A:2026-11-30']);
    expect(m.suggestions[0].changes).toEqual([{ type: 'NEW_KIND_OF_CHANGE' }]);
    expect(m.decidedSuggestions.map((x) => [x.id, x.state, x.dismissReason])).toEqual([
      ['B:2026-11-30', 'DISMISSED', 'private'],
    ]);
  });

  it('should give an applied suggestion the sessions its changes met (planBefore), by their ids', () => {
    const applied = {
      ...suggestion('C:2026-11-30', SuggestionState.APPLIED, 2),
      planBefore: {
        weekStart: '2026-11-30',
        sessions: [
          {
            id: 'thu-tempo',
            day: 3,
            kind: 'RUN',
            minutes: 50,
            purpose: 'tempo',
            effort: { type: 'RPE', value: 7 },
          },
        ],
      },
    } as unknown as WeeklyReviewSuggestionEntity;
    const m = toReviewModel(row, { name: 'Ann', timezone: 'Europe/Oslo' }, [...live, applied], 'COACH');
    const c = m.decidedSuggestions.find((x) => x.id === 'C:2026-11-30')!;
    expect(c.sessionsBefore).toMatchObject([
      { id: 'thu-tempo', date: '2026-12-03', dayOfWeek: 3, kind: 'RUN', minutes: 50, purpose: 'tempo' },
    ]);
    expect(m.decidedSuggestions.find((x) => x.id === 'B:2026-11-30')!.sessionsBefore).toBeNull();
  });

  it('should hide the coach’s private notes from admins', () => {
    const m = toReviewModel(row, { name: 'Ann', timezone: 'Europe/Oslo' }, live, 'ADMIN');
    expect(m.decidedSuggestions[0].dismissReason).toBeNull();
  });
});

describe(toEditedChanges.name, () => {
  const session = (id: string, day: 0 | 1 | 2 | 3 | 4 | 5 | 6, minutes: number) => ({
    id,
    day,
    kind: 'RUN' as const,
    minutes,
    effort: { type: 'RPE' as const, value: 3 },
    purpose: 'Easy run',
  });
  const plan: WeekPlan = {
    weekStart: '2026-12-07',
    sessions: [session('a', 0, 60), session('b', 2, 60), session('long', 6, 120)],
  };
  // The engine's proposal: cut the two easy runs by half, then the long run by 25 % of what is left.
  const original: PlanChange[] = [
    { type: 'SCALE_VOLUME', percent: -50, sessionIds: ['a', 'b'], expectedTotalMinutes: 240 },
    { type: 'SCALE_VOLUME', percent: -25, sessionIds: ['long'], expectedTotalMinutes: 180 },
  ];

  it('should keep the sessions each volume change was limited to when the coach edits its percent', () => {
    const edited = toEditedChanges(
      [
        { type: 'SCALE_VOLUME' as never, percent: -20 },
        { type: 'SCALE_VOLUME' as never, percent: -10 },
      ],
      original,
      plan,
    );
    expect(edited.map((c) => (c.type === 'SCALE_VOLUME' ? c.sessionIds : null))).toEqual([
      ['a', 'b'],
      ['long'],
    ]);
    const applied = applyChanges(plan, edited);
    expect(applied.ok && applied.plan.sessions.map((x) => [x.id, x.minutes])).toEqual([
      ['a', 45],
      ['b', 45],
      ['long', 105],
    ]);
  });

  it('should compute each edited change for the plan it meets, so a chain of edits is not refused as drift', () => {
    // The original second change expected 180 min; after a -20 % edit of the first the plan has 216.
    const edited = toEditedChanges(
      [
        { type: 'SCALE_VOLUME' as never, percent: -20 },
        { type: 'SCALE_VOLUME' as never, percent: -25 },
      ],
      original,
      plan,
    );
    expect(edited.map((c) => (c.type === 'SCALE_VOLUME' ? c.expectedTotalMinutes : null))).toEqual([
      240, 210,
    ]);
    expect(applyChanges(plan, edited).ok).toBe(true);
  });

  it('should keep the proposed key flag of an intensity change whose effort the coach edits, and show its intervals', () => {
    const intervals = {
      repeats: 6,
      workSeconds: 120,
      workEffort: { type: 'RPE' as const, value: 8 },
      recoverySeconds: 60,
      recoveryEffort: { type: 'RPE' as const, value: 3 },
    };
    const hard: WeekPlan = {
      weekStart: '2026-12-07',
      sessions: [{ ...session('t', 1, 50), effort: { type: 'RPE', value: 7 }, key: true, intervals }],
    };
    const proposed: PlanChange[] = [
      {
        type: 'REPLACE_INTENSITY',
        sessionId: 't',
        effort: { type: 'RPE', value: 6 },
        intervals,
        purpose: 'Tempo',
        key: false,
      },
    ];
    // The engine's change, as the coach's screen reads it: its intervals are there to pass back.
    expect(changeModel(proposed[0])).toMatchObject({ intervals, key: false });
    const [edited] = toEditedChanges(
      [
        {
          type: 'REPLACE_INTENSITY' as never,
          sessionId: 't',
          effort: { type: 'RPE' as never, value: 5 },
          intervals: intervals as never,
          purpose: 'Tempo',
        },
      ],
      proposed,
      hard,
    );
    const applied = applyChanges(hard, [edited]);
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.plan.sessions[0]).toMatchObject({ intervals, effort: { value: 5 } });
    expect(applied.plan.sessions[0].key ?? false).toBe(false); // not a key session any more, as proposed
  });

  it('should keep what the coach leaves out of an edited ADD_SESSION as proposed, and refuse one without minutes', () => {
    const proposed: PlanChange[] = [
      {
        type: 'ADD_SESSION',
        day: 3,
        session: {
          id: '2026-12-07-d3-added',
          kind: 'RUN',
          minutes: 45,
          effort: { type: 'RPE', value: 3 },
          purpose: 'Easy run',
        },
        expectedTotalMinutes: 240,
      },
    ];
    expect(changeModel(proposed[0])).toEqual({
      type: 'ADD_SESSION',
      day: 3,
      sessionId: '2026-12-07-d3-added',
      sessionKind: 'RUN',
      minutes: 45,
      effort: { type: 'RPE', value: 3 },
      purpose: 'Easy run',
      expectedTotalMinutes: 240,
    });
    const [edited] = toEditedChanges([{ type: 'ADD_SESSION' as never, minutes: 30 }], proposed, plan);
    const applied = applyChanges(plan, [edited]);
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.plan.sessions.find((x) => x.day === 3)).toEqual({
      id: '2026-12-07-d3-added',
      day: 3,
      kind: 'RUN',
      minutes: 30,
      effort: { type: 'RPE', value: 3 },
      purpose: 'Easy run',
    });
    expect(() => toEditedChanges([{ type: 'ADD_SESSION' as never, day: 4 }], [], plan)).toThrow(
      /ADD_SESSION needs minutes/,
    );
  });
});

describe('a planned cross-training sport through an applied suggestion', () => {
  const plan: WeekPlan = {
    weekStart: '2026-12-07',
    sessions: [
      { id: 'a', day: 0, kind: 'RUN', minutes: 60, effort: { type: 'RPE', value: 3 }, purpose: 'Easy run' },
    ],
  };
  const proposed: PlanChange = {
    type: 'ADD_SESSION',
    day: 3,
    session: {
      id: '2026-12-07-d3-added',
      kind: 'CROSS_TRAINING',
      minutes: 45,
      effort: { type: 'RPE', value: 3 },
      purpose: 'Easy spin',
      sport: 'BIKE',
    },
    expectedTotalMinutes: 60,
  };

  it('should keep a proposed ride a ride when the coach edits its minutes, and drop the sport when they make it a run', () => {
    const added = (edit: Record<string, unknown>) =>
      toEditedChanges([{ type: 'ADD_SESSION' as never, ...edit }], [proposed], plan)[0];
    expect(added({ minutes: 30 })).toMatchObject({
      session: { kind: 'CROSS_TRAINING', sport: 'BIKE', minutes: 30 },
    });
    expect((added({ sessionKind: 'RUN' }) as { session: object }).session).not.toHaveProperty('sport');
  });

  it('should store an engine session with its sport, and a session of another kind without one', () => {
    const ride = { ...proposed.session, day: 3 as const };
    expect(toStoredSession('2026-12-07', ride)).toMatchObject({
      date: '2026-12-10',
      kind: 'CROSS_TRAINING',
      sport: 'BIKE',
    });
    expect(toStoredSession('2026-12-07', { ...ride, kind: 'RUN' })).toMatchObject({
      kind: 'RUN',
      sport: null,
    });
    expect(toStoredSession('2026-12-07', plan.sessions[0])).toMatchObject({ sport: null });
  });

  it('should store a rest day with no key flag and no intervals, as savePlanDraft takes one (a plan saved before kept them)', () => {
    const run = plan.sessions[0];
    const rest = toStoredSession('2026-12-07', {
      ...run,
      kind: 'REST',
      minutes: 0,
      key: true,
      intervals: {
        repeats: 3,
        workSeconds: 60,
        recoverySeconds: 60,
        workEffort: { type: 'RPE', value: 8 },
        recoveryEffort: { type: 'RPE', value: 2 },
      },
    });
    expect(rest).toMatchObject({ kind: 'REST', minutes: 0, key: false });
    expect(rest.intervals ?? null).toBeNull();
  });
});

describe(athleteTextOf.name, () => {
  const coach = 'Readiness is red: your HRV 7-day mean (ln rMSSD 4.03) … (the two-week limit is our rule).';
  const mine = 'Next week is a lighter week: about 320 min instead of 625 min. Your HRV has been low.';
  const row = (state: SuggestionState, suggestion: object) => ({
    kind: 'RECOVERY_DOWN_WEEK',
    state,
    suggestion,
  });

  it("should give the athlete the engine's athlete text, never the coach rationale", () => {
    expect(athleteTextOf(row(SuggestionState.APPLIED, { rationale: coach, athleteText: mine }))).toBe(mine);
  });

  it('should fall back to the kind’s neutral sentence for a review stored before athlete texts', () => {
    const t = athleteTextOf(row(SuggestionState.APPLIED, { rationale: coach }));
    expect(t).toMatch(/^Next week is a lighter week with easy intensity/);
    expect(t).not.toContain('our rule');
    expect(athleteTextOf({ kind: 'SOME_FUTURE_KIND', state: 'APPLIED', suggestion: {} })).toMatch(
      /^Your coach/,
    );
  });

  it('should say what an edited change did to the plan it met, not the proposal (demo: Emma’s edited cautious hold)', () => {
    // The engine's hold cut the long run 80 → 50 min; the coach kept it and shortened only the tempo.
    const before: WeekPlan = {
      weekStart: '2026-12-14',
      sessions: [
        { id: 'e', day: 0, kind: 'RUN', minutes: 30, effort: { type: 'RPE', value: 3 }, purpose: 'Easy run' },
        { id: 't', day: 3, kind: 'RUN', minutes: 50, effort: { type: 'RPE', value: 5 }, purpose: 'Tempo' },
        { id: 'l', day: 6, kind: 'RUN', minutes: 80, effort: { type: 'RPE', value: 4 }, purpose: 'Long run' },
      ],
    };
    const hold =
      'Next week is about 215 min. Your week steps back up gradually. Sunday’s long run is shorter.';
    const edited = {
      kind: 'CAUTIOUS_HOLD',
      state: SuggestionState.EDITED_AND_APPLIED,
      suggestion: { rationale: coach, athleteText: hold },
      planBefore: before,
      editedChanges: [{ type: 'SCALE_VOLUME', percent: -30, sessionIds: ['t'], expectedTotalMinutes: 160 }],
    };
    const t = athleteTextOf(edited);
    expect(t).toBe(
      "Your coach adjusted your plan for the week of Mon 14 Dec: about 145 min, down from 160 min. Thursday's tempo is shorter.",
    );
    expect(t).not.toContain('long run');
    expect(t).not.toMatch(/holds steady/);
    // Without the plan the change met (or changes that no longer apply to it): a sentence true of any edit.
    const neutral =
      'Your coach edited this change before applying it to your plan; ask them what it means for your week.';
    expect(athleteTextOf({ ...edited, planBefore: null })).toBe(neutral);
    expect(athleteTextOf({ ...edited, editedChanges: [{ type: 'DROP_SESSION', sessionId: 'gone' }] })).toBe(
      neutral,
    );
  });
});
