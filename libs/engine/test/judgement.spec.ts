/**
 * Issue #11: suggestions a coach can apply without checking the arithmetic. One test per fault seen on the
 * demo club or named as a class of fault; each failed on the engine before its fix.
 */
import { applySuggestion, reviewAthlete } from '../src';
import { NO_MEDICAL_CHECK } from './factories/jonas.factory';
import type { PlannedSession, Review, ReviewInput, Suggestion, SuggestionKind, WeekPlan } from '../src';
import { planMinutes, planMinutesByDay as planMinutesByDayOf } from '../src/planning/plan-measures';
import { fromDayNumber, toDayNumber, weekdayName, weekdayOf } from '../src/dates/local-date';
import { SCENARIOS } from './factories/athlete-scenarios.factory';
import { HISTORIES, NEXT as HISTORY_NEXT } from './factories/coach-histories';
import { valueAndBand } from '../src/suggestions/format';
import { rangeTolerance } from '../src/suggestions/fit-volume';
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import {
  USUAL_WEEK,
  buildHistory,
  mondayAfter,
  planFromWeek,
  plannedSessions,
  shift,
  steadyHistory,
  type DaySlot,
} from './factories/athlete-history.factory';
import {
  REVIEW as HISTORY_REVIEW,
  buildCoachHistory,
  easy as easyRun,
  long as longRun,
  quality,
  scaled,
  steady as steadyRun,
  strength,
} from './factories/coach-histories.factory';
import type { WeekShape } from './factories/coach-histories.factory';

const REVIEW = '2025-03-16';
const NEXT = mondayAfter(REVIEW);

function get(r: Review, kind: SuggestionKind): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (!s) throw new Error(`expected ${kind}, got ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}

const steady = (): ReviewInput => steadyHistory();

const run = plannedSessions(NEXT);

/** Easy logs of the last four weeks linked to past plans that prescribed them as zone 2 (logged at RPE 3). */
function withZonePlans(input: ReviewInput): ReviewInput {
  const review = toDayNumber(input.reviewDate);
  const plans = new Map<number, PlannedSession[]>();
  const sessions = input.sessions.map((l) => {
    const d = toDayNumber(l.date as string);
    if (review - d >= 28 || l.rpe > 4) return l;
    const monday = d - weekdayOf(d);
    const list = plans.get(monday) ?? [];
    list.push({
      id: `p-${l.id}`,
      day: weekdayOf(d),
      kind: 'RUN',
      minutes: l.minutes,
      effort: { type: 'ZONE', value: 2 },
      purpose: 'Easy run',
    });
    plans.set(monday, list);
    return { ...l, plannedSessionId: `p-${l.id}` };
  });
  const pastWeekPlans: WeekPlan[] = [...plans].map(([monday, list]) => ({
    weekStart: fromDayNumber(monday),
    sessions: list,
  }));
  return { ...input, sessions, pastWeekPlans };
}

describe('engine judgement (issue #11)', () => {
  it('should taper the training around an A race and keep the race and every session (race week)', () => {
    const input: ReviewInput = {
      ...steady(),
      races: [
        { id: 'r1', name: 'Spring Marathon', date: shift(NEXT, 6), priority: 'A', expectedMinutes: 200 },
      ],
      nextWeekDraft: {
        weekStart: NEXT,
        phase: 'COMPETITION',
        sessions: [
          run(1, 60, 7, { key: true, purpose: 'Race-specific blocks' }),
          run(2, 45, 3),
          run(3, 50, 5),
          run(5, 20, 3, { purpose: 'Shakeout' }),
          run(6, 200, 9, { kind: 'RACE', key: true, purpose: 'Race: Spring Marathon' }),
        ],
      },
    };
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('TAPER');
    const s = get(r, 'TAPER');
    const applied = applySuggestion(input.nextWeekDraft!, s);
    if (!applied.ok) throw new Error(applied.reason);
    const after = applied.plan.sessions.filter((x) => x.kind !== 'REST');
    expect(after.filter((x) => x.kind === 'RACE')).toHaveLength(1);
    expect(after).toHaveLength(5); // "keeping the number of sessions"
    const training = planMinutes(applied.plan) - 200;
    expect(training).toBeGreaterThan(0);
    if (s.changes.some((c) => c.type === 'SCALE_VOLUME')) {
      expect(s.rationale).toContain(`is about ${r.decision.targetMinutes} min`);
      expect(Math.abs(training - r.decision.targetMinutes)).toBeLessThanOrEqual(
        0.15 * r.decision.targetMinutes + 10,
      );
    } else {
      expect(s.rationale).toContain(
        `The plan's ${training} min of training besides the race is already that taper`,
      );
      expect(training).toBeLessThanOrEqual(r.decision.maxMinutes);
    }
    expect(s.rationale).toMatch(/besides the race/);
  });

  it('should not count the race itself as training load designed back from a goal', () => {
    const input: ReviewInput = {
      ...steady(),
      races: [
        { id: 'r1', name: 'Spring Marathon', date: shift(NEXT, 6), priority: 'A', expectedMinutes: 200 },
      ],
      nextWeekDraft: {
        weekStart: NEXT,
        phase: 'COMPETITION',
        sessions: [
          run(1, 50, 7, { key: true }),
          run(2, 40, 3),
          run(3, 40, 5),
          run(5, 20, 3),
          run(6, 200, 9, { kind: 'RACE', key: true, purpose: 'Race: Spring Marathon' }),
        ],
      },
    };
    const kinds = reviewAthlete(input).suggestions.map((x) => x.kind);
    expect(kinds).not.toContain('BACKWARD_DESIGN_WARNING');
  });

  it("should cost a zone prescription from the athlete's own logged RPE for that zone", () => {
    const input = withZonePlans(steady());
    const z2 = { type: 'ZONE', value: 2 } as const;
    const plan = planFromWeek(NEXT, USUAL_WEEK, 1.05);
    const draft: WeekPlan = {
      ...plan,
      sessions: plan.sessions.map((x) =>
        x.effort.type === 'RPE' && x.effort.value <= 4 ? { ...x, effort: z2 } : x,
      ),
    };
    const own = reviewAthlete({ ...input, nextWeekDraft: draft });
    expect(own.suggestions.map((x) => x.kind)).not.toContain('BACKWARD_DESIGN_WARNING');
    // Without that history the documented default (zone 2 of 3 = RPE 5.5, Seiler) applies.
    const byDefault = reviewAthlete({ ...steady(), nextWeekDraft: draft });
    expect(byDefault.suggestions.map((x) => x.kind)).toContain('BACKWARD_DESIGN_WARNING');
  });

  it('should report monotony at the cap and flag it when every day carries the same load (SD 0)', () => {
    const same: DaySlot = { minutes: 40, rpe: 4 };
    const input: ReviewInput = buildHistory({
      reviewDate: REVIEW,
      days: 60,
      week: [same, same, same, same, same, same, same],
    });
    const r = reviewAthlete(input);
    expect(r.metrics.monotony.value).toBe(10);
    expect(r.metrics.monotony.insufficientData).toBe(false);
    const s = get(r, 'MONOTONY_VARY');
    expect(s.rationale).toMatch(/at the cap of 10\.0: the same load every day/);
    expect(s.evidence.monotony).toBe(10);
  });

  it('should not build when readiness is unknown or the athlete has gone quiet, and say why', () => {
    const input: ReviewInput = { ...steady(), checkIns: [], lastContactDate: shift(REVIEW, -9) };
    const r = reviewAthlete({ ...input, nextWeekDraft: planFromWeek(NEXT) });
    expect(r.decision.type).not.toBe('BUILD');
    expect(r.suggestions.map((x) => x.kind)).not.toContain('BUILD');
    expect(r.decision.reason).toMatch(
      /^Hold instead of building: .*no recent check-in.*no contact for 9 days/,
    );
    for (const x of r.suggestions) expect(x.rationale).not.toMatch(/recovery looks fine/);
  });

  it('should remember an illness of last week and grade the return from where the athlete is', () => {
    const base = steady();
    const fluFrom = toDayNumber(REVIEW) - 10;
    const input: ReviewInput = {
      ...base,
      // Ill for five days, ten days ago: no training on those days, back to normal since.
      sessions: base.sessions.filter((x) => {
        const d = toDayNumber(x.date as string);
        return d < fluFrom || d > fluFrom + 4;
      }),
      checkIns: base.checkIns.map((c) => {
        const d = toDayNumber(c.date as string);
        return d >= fluFrom && d <= fluFrom + 4 ? { ...c, illness: 'BELOW_NECK_OR_FEVER' as const } : c;
      }),
    };
    const r = reviewAthlete({ ...input, nextWeekDraft: planFromWeek(NEXT) });
    expect(r.decision.type).toBe('HOLD');
    const s = get(r, 'CAUTIOUS_HOLD');
    expect(s.rationale).toContain(`was ill from ${fromDayNumber(fluFrom)} to ${fromDayNumber(fluFrom + 4)}`);
    expect(r.decision.targetMinutes).toBeLessThanOrEqual(Math.round(r.metrics.weeklyMinutes * 1.2) + 5);
  });

  it('should never call a week that cuts volume a build (BUILD with a negative change)', () => {
    for (const name of ['a', 'b']) {
      const input = buildHistory({
        reviewDate: REVIEW,
        days: 120,
        weeklyGrowth: name === 'a' ? 0.12 : 0.08,
        downWeeks: [3, 7, 11],
      });
      const r = reviewAthlete(input);
      if (r.decision.type === 'BUILD') {
        expect(r.decision.targetMinutes).toBeGreaterThanOrEqual(
          get(r, 'BUILD').evidence.baseWeeklyMinutes as number,
        );
      }
      for (const x of r.suggestions) expect(x.rationale).not.toMatch(/grow to about \d+ min \(-/);
    }
  });

  it('should never print a value outside a band as equal to its edge', () => {
    expect(valueAndBand(4.398, 4.4, 4.49)).toEqual(['4.398', '4.400', '4.490']);
    expect(valueAndBand(4.31, 4.4, 4.49)).toEqual(['4.31', '4.40', '4.49']);
  });

  it('should not say the plan keeps key sessions off a day when a key session is still on it', () => {
    const input = SCENARIOS['missed midweek sessions']();
    // Only Tuesday (the missed day) and Saturday (the long run) have room: nowhere to move the session to.
    const r = reviewAthlete({
      ...input,
      athlete: { ...input.athlete, availabilityMinutes: [0, 75, 0, 0, 0, 150, 0] },
    });
    const s = get(r, 'MISSED_SESSIONS_PATTERN');
    const onTuesday = input.nextWeekDraft!.sessions.some((x) => x.day === 1 && x.key);
    expect(onTuesday).toBe(true);
    expect(s.rationale).not.toMatch(/already keeps key sessions off Tuesday/);
    expect(s.rationale).toMatch(
      /No other day next week has time for Tuesday's threshold intervals \(\d+ min\), so it stays where it is/,
    );
  });

  it('should keep each session what it is in a down week: kinds, purposes, minimums, the long run last', () => {
    const input: ReviewInput = {
      ...buildHistory({
        reviewDate: REVIEW,
        days: 120,
        weeklyGrowth: 0.03,
        downWeeks: [2, 6, 10, 14],
        hrvDrop: { days: 7, ln: 0.3 },
        wellnessDrop: { days: 4, points: 3 },
      }),
    };
    const hills = {
      repeats: 8,
      workSeconds: 60,
      workEffort: { type: 'RPE' as const, value: 8 },
      recoverySeconds: 90,
      recoveryEffort: { type: 'RPE' as const, value: 2 },
    };
    const draft: WeekPlan = {
      weekStart: NEXT,
      sessions: [
        run(0, 30, 5, { kind: 'STRENGTH', purpose: 'Strength: squats, lunges' }),
        run(1, 55, 6, { key: true, intervals: hills, purpose: 'Hill repeats: strong uphill' }),
        run(2, 45, 3),
        run(3, 30, 5, { kind: 'STRENGTH', purpose: 'Strength: squats, lunges' }),
        run(5, 120, 4, { key: true, purpose: 'Long run' }),
        run(6, 45, 3),
      ],
    };
    const r = reviewAthlete({ ...input, nextWeekDraft: draft });
    expect(r.decision.type).toBe('DOWN');
    const s = get(r, 'RECOVERY_DOWN_WEEK');
    const a = applySuggestion(draft, s);
    if (!a.ok) throw new Error(a.reason);
    const byId = new Map(a.plan.sessions.map((x) => [x.id, x]));
    for (const before of draft.sessions) {
      const after = byId.get(before.id);
      if (!after) {
        // Dropped, and the text says so.
        expect(s.rationale).toMatch(/drop /);
        expect(before.key).toBeFalsy();
        continue;
      }
      expect(after.kind).toBe(before.kind);
      expect(after.minutes).toBeGreaterThanOrEqual(before.kind === 'RUN' ? 20 : 15);
      if (before.kind !== 'RUN') expect(after.purpose).toBe(before.purpose);
    }
    const hill = byId.get(draft.sessions[1].id);
    if (hill) {
      expect(hill.purpose).toMatch(/instead of hill repeats/);
      expect(hill.key).toBeFalsy();
    }
    const long = byId.get(draft.sessions[4].id)!;
    expect(long.purpose).toBe('Long run');
    expect(long.minutes).toBeGreaterThanOrEqual(120 * 0.6);
    // The text's "to N min" is the plan's total after the change.
    expect(s.rationale).toContain(`to ${planMinutes(a.plan)} min.`);
  });

  it('should note a single below-norm wellness score and not hold the week for it', () => {
    const input = buildHistory({
      reviewDate: REVIEW,
      days: 120,
      weeklyGrowth: 0.02,
      downWeeks: [2, 6, 10, 14],
    });
    const last = input.checkIns.length - 1;
    const checkIns = input.checkIns.map((c, i) => (i === last ? { ...c, mood: 1, fatigue: 9 } : c));
    const one = reviewAthlete({ ...input, checkIns, nextWeekDraft: planFromWeek(NEXT) });
    expect(one.metrics.wellness.status).not.toBe('GREEN');
    expect(one.metrics.readiness).toBe('GREEN');
    expect(one.suggestions.map((x) => x.kind)).not.toContain('RECOVERY_HOLD');
    expect(get(one, 'WELLNESS_NOTE').changes).toEqual([]);
    // Two days in a row: a hold.
    const two = checkIns.map((c, i) => (i === last - 1 ? { ...c, mood: 1, fatigue: 9 } : c));
    const held = reviewAthlete({ ...input, checkIns: two, nextWeekDraft: planFromWeek(NEXT) });
    expect(held.metrics.readiness).not.toBe('GREEN');
    expect(held.suggestions.map((x) => x.kind)).not.toContain('WELLNESS_NOTE');
  });

  describe('ordinary day-to-day wobble on 1–10 scores', () => {
    const USUAL = { sleepQuality: 7, fatigue: 3, soreness: 3, stress: 3, mood: 7 } as const;
    /**
     * Check-ins that sit at the athlete's usual with a point up or down on about two days in seven per item
     * (a baseline SD near 0.5 point), and the last two mornings soreness 4 against a usual 3: one point, two
     * days running, everything else as usual.
     */
    const wobbly = (input: ReviewInput): ReviewInput => {
      const n = input.checkIns.length;
      const checkIns = input.checkIns.map((c, i) => {
        const out: Record<string, number> = {};
        Object.entries(USUAL).forEach(([item, usual], k) => {
          const h = (i * 5 + k * 3) % 7;
          out[item] = usual + (h === 0 ? 1 : h === 1 ? -1 : 0);
        });
        if (i >= n - 2) Object.assign(out, USUAL, { soreness: USUAL.soreness + 1 });
        return { ...c, ...out };
      });
      return { ...input, checkIns };
    };

    it('should not hold a week for soreness one point above usual on two mornings', () => {
      const r = reviewAthlete({ ...wobbly(steady()), nextWeekDraft: planFromWeek(NEXT) });
      expect(r.metrics.wellness.zScores.soreness).toBeGreaterThan(-1.5);
      expect(r.metrics.wellness.status).toBe('GREEN');
      expect(r.metrics.readiness).toBe('GREEN');
      expect(r.decision.type).toBe('BUILD');
      expect(r.suggestions.map((x) => x.kind)).not.toContain('RECOVERY_HOLD');
    });

    it('should not make that wobble and an HRV mean just under its band a red down week, nor call wellness red', () => {
      const input = wobbly(
        buildHistory({
          reviewDate: REVIEW,
          days: 120,
          weeklyGrowth: 0.01,
          downWeeks: [2, 6, 10, 14],
          hrvDrop: { days: 7, ln: 0.06 },
        }),
      );
      const r = reviewAthlete({ ...input, nextWeekDraft: planFromWeek(NEXT) });
      expect(r.metrics.hrv.status).toBe('BELOW_BAND');
      expect(r.metrics.wellness.status).toBe('GREEN');
      // The HRV mean is only at its band's edge (readiness' margin rule): a note, or an amber hold, never red.
      expect(r.metrics.readiness).not.toBe('RED');
      expect(r.decision.type).not.toBe('DOWN');
      if (r.metrics.readiness === 'GREEN') {
        expect(r.suggestions.map((x) => x.kind)).toContain('HRV_NOTE');
      } else {
        expect(r.decision.type).toBe('HOLD');
      }
      const said = [
        r.decision.reason,
        ...r.suggestions.map((x) => x.rationale),
        ...r.components.map((x) => x.summary),
      ];
      for (const t of said) expect(t).not.toMatch(/wellness is (amber|red)/);
    });

    it('should still hold when soreness is two points up on two mornings and the composite leans the same way', () => {
      const input = wobbly(steady());
      const n = input.checkIns.length;
      const checkIns = input.checkIns.map((c, i) =>
        i >= n - 2 ? { ...c, soreness: USUAL.soreness + 2, fatigue: USUAL.fatigue + 1 } : c,
      );
      const r = reviewAthlete({ ...input, checkIns, nextWeekDraft: planFromWeek(NEXT) });
      expect(r.metrics.wellness.status).toBe('AMBER');
      expect(r.metrics.wellness.composite.value).toBeLessThan(0);
      expect(r.metrics.readiness).toBe('AMBER');
      expect(r.decision.type).toBe('HOLD');
    });
  });

  describe('logged effort against the planned effort', () => {
    /** A consistent athlete (3:1 build, the third build week next) whose logs add `extra(planned RPE, day)` to the plan's RPE. */
    const history = (extra: (rpe: number, day: number) => number): ReviewInput =>
      buildCoachHistory({
        athlete: { id: 'x', firstName: 'Diego', availabilityMinutes: [45, 80, 60, 75, 45, 140, 60] },
        weeks: 12,
        wellnessScatter: 0.4,
        plan: (w) => {
          const shape: WeekShape = [
            null,
            quality(60, 'Threshold 4 × 8 min', 4, 8),
            easyRun(45),
            steadyRun(50),
            strength(30),
            longRun(105),
            easyRun(45),
          ];
          if (w === 0) return scaled(shape, 1.04);
          const f = Math.pow(1.04, -(w - 1));
          return w === 3 || w === 7 || w === 11 ? scaled(shape, f * 0.7) : scaled(shape, f);
        },
        done: (c) =>
          c.planned
            ? {
                minutes: c.planned.minutes,
                rpe: Math.min(10, c.planned.effort.value + extra(c.planned.effort.value, c.day)),
              }
            : null,
      });
    /** The easy runs (planned RPE ≤ 4) of the last 28 days, planned and logged, read from the input. */
    const easyRuns = (input: ReviewInput): { planned: number; logged: number }[] => {
      const review = toDayNumber(HISTORY_REVIEW);
      const plans = [...(input.pastWeekPlans ?? []), input.currentWeekPlan!];
      const out: { planned: number; logged: number }[] = [];
      for (const p of plans) {
        for (const x of p.sessions) {
          const d = toDayNumber(p.weekStart) + x.day;
          if (x.kind !== 'RUN' || x.effort.value > 4 || d > review || d <= review - 28) continue;
          const log = input.sessions.find((l) => l.date === fromDayNumber(d));
          if (log) out.push({ planned: x.effort.value, logged: log.rpe });
        }
      }
      return out;
    };

    it('should flag easy runs logged 2–3 points above the plan for weeks, with the real numbers, and not build on it', () => {
      const input = history((rpe, day) => (rpe <= 4 ? (day % 2 === 0 ? 2 : 3) : 2));
      const r = reviewAthlete(input);
      const s = get(r, 'EFFORT_ABOVE_PLAN');
      const runs = easyRuns(input);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(runs.length).toBeGreaterThanOrEqual(8);
      expect(s.rationale).toContain(
        `Diego logged ${runs.length} of ${runs.length} easy runs of the last 4 weeks`,
      );
      expect(s.rationale).toContain(
        `planned RPE ${mean(runs.map((x) => x.planned)).toFixed(1)} on average, logged ${mean(runs.map((x) => x.logged)).toFixed(1)}`,
      );
      expect(s.changes).toEqual([]);
      expect(s.severity).toBe('ATTENTION');
      const ind = r.components.find((c) => c.component === 'INDIVIDUALIZATION')!;
      expect(ind.status).toBe('ATTENTION');
      expect(ind.evidence.effortAbovePlan).toBe(true);
      expect(r.decision.type).toBe('HOLD');
      expect(r.decision.ruledOut.join(' ')).toMatch(/easy runs are logged harder than planned/);
    });

    it('should say nothing about effort when the logs are a point off the plan, or only now and then two', () => {
      const cases: Array<(rpe: number, day: number) => number> = [
        () => 1,
        (_rpe, day) => (day % 2 === 0 ? 1 : -1),
        (rpe, day) => (rpe <= 4 && day % 3 === 0 ? 2 : 0),
      ];
      for (const extra of cases) {
        const r = reviewAthlete(history(extra));
        expect(r.suggestions.map((x) => x.kind)).not.toContain('EFFORT_ABOVE_PLAN');
        expect(r.decision.ruledOut.join(' ')).not.toMatch(/harder than planned/);
      }
      // A point above the plan on every session is no reason not to build.
      expect(reviewAthlete(history(() => 1)).decision.type).toBe('BUILD');
    });
  });

  it('should put the reach-out first when a silence explains a low load, and rank what it explains after it', () => {
    const input = SCENARIOS['no contact for a week']();
    const r = reviewAthlete({ ...input, nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK, 1.7) });
    const kinds = r.suggestions.map((x) => x.kind);
    expect(kinds).toContain('BACKWARD_DESIGN_WARNING');
    expect(kinds[0]).toBe('NO_CONTACT_REACH_OUT');
    const reach = get(r, 'NO_CONTACT_REACH_OUT');
    const rank = { URGENT: 0, ATTENTION: 1, INFO: 2 };
    for (const k of ['BACKWARD_DESIGN_WARNING', 'LOAD_SPIKE_WARNING', 'MISSED_SESSIONS_PATTERN'] as const) {
      const x = r.suggestions.find((y) => y.kind === k);
      if (x) expect(rank[x.severity]).toBeGreaterThanOrEqual(rank[reach.severity]);
    }
  });

  it('should not build beside a crowded race calendar', () => {
    const r = reviewAthlete(SCENARIOS['three races in five weeks']());
    expect(r.suggestions.map((x) => x.kind)).toContain('RACING_TOO_OFTEN');
    expect(r.decision.type).not.toBe('BUILD');
  });

  it("should bound the outlook by the athlete's availability and leave competition after the last A race", () => {
    const input: ReviewInput = {
      ...steady(),
      athlete: { ...steady().athlete, availabilityMinutes: [60, 60, 60, 60, 60, 120, 90] }, // 510 min a week
      races: [
        { id: 'r1', name: 'Spring Marathon', date: shift(NEXT, 20), priority: 'A', expectedMinutes: 200 },
      ],
      season: {
        phases: [{ phase: 'COMPETITION', start: shift(REVIEW, -30), end: shift(NEXT, 27) }],
      },
    };
    const r = reviewAthlete(input);
    for (const w of r.outlook) expect(w.maxMinutes).toBeLessThanOrEqual(510);
    const after = r.outlook.filter((w) => w.weekStart > shift(NEXT, 27));
    expect(after.length).toBeGreaterThan(4);
    for (const w of after) expect(w.phase).not.toBe('COMPETITION');
  });

  it('should take the focus of the block that starts next week and say so when the draft still has the old one', () => {
    const base = steady();
    const input: ReviewInput = {
      ...base,
      season: { ...base.season!, mesocycle: { focus: 'HILLS_STRENGTH', start: NEXT } },
      nextWeekDraft: { ...planFromWeek(NEXT), focus: 'RACE_SPECIFIC' },
    };
    const r = reviewAthlete(input);
    expect(r.decision.focus).toBe('HILLS_STRENGTH');
    const s = get(r, 'STIMULUS_ROTATION');
    expect(s.rationale).toMatch(/next block, hills strength, starts on 2025-03-17/);
    expect(s.changes).toEqual([
      { type: 'CHANGE_MESOCYCLE_FOCUS', from: 'RACE_SPECIFIC', to: 'HILLS_STRENGTH' },
    ]);
  });

  describe('volume-change text built from the applied result', () => {
    const hills = {
      repeats: 8,
      workSeconds: 60,
      workEffort: { type: 'RPE' as const, value: 8 },
      recoverySeconds: 90,
      recoveryEffort: { type: 'RPE' as const, value: 2 },
    };
    // A plan far above a steady athlete's build range: four easy runs, a non-key tempo and the long run.
    const bigDraft: WeekPlan = {
      weekStart: NEXT,
      sessions: [
        run(0, 60, 3),
        run(1, 60, 3),
        run(2, 60, 3),
        run(3, 60, 6, { purpose: 'Tempo' }),
        run(4, 60, 3),
        run(5, 130, 4, { key: true, purpose: 'Long run' }),
      ],
    };
    const downInput = (): ReviewInput =>
      buildHistory({
        reviewDate: REVIEW,
        days: 120,
        weeklyGrowth: 0.03,
        downWeeks: [2, 6, 10, 14],
        hrvDrop: { days: 7, ln: 0.3 },
        wellnessDrop: { days: 4, points: 3 },
      });
    const hillsDraft: WeekPlan = {
      weekStart: NEXT,
      sessions: [
        run(0, 45, 3),
        run(1, 50, 6, { intervals: hills, purpose: 'Hill repeats: strong uphill' }),
        run(2, 45, 3),
        run(4, 45, 3),
        run(5, 120, 4, { key: true, purpose: 'Long run' }),
        run(6, 45, 3),
      ],
    };
    /** Every "<label> A → B min (P %)" of a text. */
    const fromTo = (text: string): { label: string; a: number; b: number; p: number }[] =>
      [...text.matchAll(/((?:\w+day's|the) [^()→,;']+?) (\d+) → (\d+) min \(([+-]?\d+) %\)/g)].map((m) => ({
        label: m[1].replace(/^.*(?:scale|, then|, | and) /, ''),
        a: Number(m[2]),
        b: Number(m[3]),
        p: Number(m[4]),
      }));

    it('should never call a tempo one of "the easy runs" and label it by what it is', () => {
      const r = reviewAthlete({ ...steady(), nextWeekDraft: bigDraft });
      const s = r.suggestions.find((x) => x.changes.some((c) => c.type === 'SCALE_VOLUME'))!;
      const a = applySuggestion(bigDraft, s);
      if (!a.ok) throw new Error(a.reason);
      const tempo = a.plan.sessions.find((x) => x.day === 3);
      // The non-key tempo is quality, not filler: kept whole, or dropped whole (rather than drop an easy run),
      // and named as a tempo when it is.
      if (tempo === undefined) expect(s.rationale).toMatch(/drop [^.]*Thursday's tempo \(60 min\)/);
      else if (tempo.minutes !== 60)
        expect(s.rationale).toContain(`Thursday's tempo 60 → ${tempo.minutes} min`);
      else expect(s.rationale).not.toMatch(/tempo/);
      const easy = a.plan.sessions.filter((x) => x.day !== 3 && !x.key).reduce((t, x) => t + x.minutes, 0);
      expect(s.rationale).toContain(`the easy runs 240 → ${easy} min`);
    });

    it('should name a hard session eased by the same suggestion as the original plan has it, the easing first', () => {
      const r = reviewAthlete({ ...downInput(), nextWeekDraft: hillsDraft });
      expect(r.decision.type).toBe('DOWN');
      const s = get(r, 'RECOVERY_DOWN_WEEK');
      const a = applySuggestion(hillsDraft, s);
      if (!a.ok) throw new Error(a.reason);
      // Eased, it is cut (or dropped) as the easy run it became, and named as the plan has it.
      if (a.plan.sessions.some((x) => x.id === hillsDraft.sessions[1].id))
        expect(s.rationale).toMatch(/: make Tuesday's hill repeats an easy run, then /);
      else expect(s.rationale).toMatch(/drop [^.]*Tuesday's hill repeats \(50 min\)/);
      expect(s.rationale).not.toMatch(/Tuesday's easy run/);
    });

    it("should print each scaled session's minutes before → after from the applied plan and the real percentage", () => {
      for (const [input, draft] of [
        [steady(), bigDraft],
        [downInput(), hillsDraft],
      ] as const) {
        const r = reviewAthlete({ ...input, nextWeekDraft: draft });
        const s = r.suggestions.find((x) => x.changes.some((c) => c.type === 'SCALE_VOLUME'))!;
        const a = applySuggestion(draft, s);
        if (!a.ok) throw new Error(a.reason);
        const seen = fromTo(s.rationale);
        expect(seen.length).toBeGreaterThan(0);
        for (const x of seen) {
          expect(x.p).toBe(Math.round((x.b / x.a - 1) * 100));
          const day = /^(\w+day)'s/.exec(x.label);
          if (!day) continue;
          const before = draft.sessions.find((y) => weekdayName(y.day) === day[1])!;
          expect(before.minutes).toBe(x.a);
          expect(a.plan.sessions.find((y) => y.id === before.id)!.minutes).toBe(x.b);
        }
      }
    });

    it('should not say a BUILD that cuts the plan lets it grow: the plan is above the range and trimmed', () => {
      const r = reviewAthlete({ ...steady(), nextWeekDraft: bigDraft });
      expect(r.decision.type).toBe('BUILD');
      const s = get(r, 'BUILD');
      const a = applySuggestion(bigDraft, s);
      if (!a.ok) throw new Error(a.reason);
      expect(planMinutes(a.plan)).toBeLessThan(planMinutes(bigDraft));
      expect(s.rationale).not.toMatch(/can grow/);
      expect(s.rationale).toContain(`above that range, so it is trimmed to ${planMinutes(a.plan)} min`);
    });
  });

  describe('coach histories (issue #11, faults F4 F6 F7 F8 F10)', () => {
    const SILENT = HISTORIES['athlete silent for ten days'];
    const quiet = { wellnessScatter: 0.4 };

    it('should read the days of a silence as unknown: no backward-design flag on his usual week, no missed-session pattern', () => {
      const r = reviewAthlete(SILENT());
      const kinds = r.suggestions.map((x) => x.kind);
      expect(kinds[0]).toBe('NO_CONTACT_REACH_OUT');
      expect(kinds).not.toContain('BACKWARD_DESIGN_WARNING');
      expect(kinds).not.toContain('MISSED_SESSIONS_PATTERN');
      // The 10 silent days are left out of the recent average, not counted as zero-load days.
      expect(r.metrics.chronicWeeklyLoad.note).toBe('10 days without contact left out');
      expect(r.metrics.chronicWeeklyLoad.value).toBeGreaterThan(1000);
      // A plan far above what he did while in contact is still flagged, and says what it left out.
      const input = SILENT();
      const big = {
        ...input.nextWeekDraft!,
        sessions: input.nextWeekDraft!.sessions.map((x) => ({ ...x, minutes: Math.round(x.minutes * 1.6) })),
      };
      const flagged = get(reviewAthlete({ ...input, nextWeekDraft: big }), 'BACKWARD_DESIGN_WARNING');
      expect(flagged.rationale).toContain(
        'load units (10 days without contact left out: nothing is known of them)',
      );
    });

    it('should count a lighter B-race week (planned −27 % on the build weeks) as a down week, not build toward another', () => {
      const input = HISTORIES['5k runner the day after a B race'](quiet);
      const r = reviewAthlete(input);
      expect(r.metrics.weeks[0]).toMatchObject({ start: '2025-10-06', isDownWeek: true });
      expect(r.metrics.weeksSinceDownWeek.value).toBe(0);
      expect(['BUILD', 'HOLD']).toContain(r.decision.type);
      const tempo = input.nextWeekDraft!.sessions.find((x) => x.day === 3)!;
      for (const s of r.suggestions) {
        const a = applySuggestion(input.nextWeekDraft!, s);
        if (!a.ok) throw new Error(a.reason);
        expect(a.plan.sessions.find((x) => x.id === tempo.id)).toMatchObject({
          key: true,
          intervals: tempo.intervals,
        });
      }
    });

    it('should not build next week before a B race later this week (reviewed on the Thursday)', () => {
      const input = HISTORIES['consistent athlete doing everything right']({
        ...quiet,
        reviewDate: '2025-10-09',
      });
      expect(reviewAthlete(input).decision.type).toBe('BUILD');
      const race = {
        id: 'b',
        name: 'Parkside 10K',
        date: '2025-10-11',
        priority: 'B' as const,
        expectedMinutes: 45,
      };
      const r = reviewAthlete({ ...input, races: [race] });
      expect(r.decision.type).toBe('HOLD');
      expect(r.decision.ruledOut).toEqual(['Parkside 10K (B) is on 2025-10-11']);
    });

    it('should keep the race-specific block within 8 weeks of an A race, and change no session two ways', () => {
      const input = HISTORIES['marathoner three weeks out after a bad-sleep week'](quiet);
      const r = reviewAthlete(input);
      expect(r.decision.focus).toBe('RACE_SPECIFIC');
      expect(r.suggestions.map((x) => x.kind)).not.toContain('STIMULUS_ROTATION');
      // Without the race the block rotates; the down week already eases Tuesday's threshold session, so the
      // rotation leaves it as the down week has it (and says so) instead of making it threshold work again.
      const free = reviewAthlete({ ...input, races: [] });
      const rotation = get(free, 'STIMULUS_ROTATION');
      expect(free.decision.type).toBe('DOWN');
      const efforts = new Map<string, string[]>();
      for (const s of free.suggestions)
        for (const c of s.changes)
          if (c.type === 'REPLACE_INTENSITY')
            efforts.set(c.sessionId, [
              ...(efforts.get(c.sessionId) ?? []),
              `${c.effort.type} ${c.effort.value}`,
            ]);
      for (const list of efforts.values()) expect(new Set(list).size).toBe(1);
      expect(rotation.rationale).toContain(
        "Tuesday's threshold 3 × 12 min stays as the recovery down week suggestion has it this week",
      );
    });

    it('should draft the week its decision sizes when the target is too small for a quality session', () => {
      const input = SILENT({ reviewDate: '2025-10-09' });
      const r = reviewAthlete({ ...input, nextWeekDraft: undefined });
      const total = planMinutes(r.draft);
      expect(total).toBeGreaterThanOrEqual(r.decision.minMinutes);
      expect(total).toBeLessThanOrEqual(r.decision.maxMinutes);
      r.draft.sessions.forEach((x) =>
        expect(x.minutes).toBeLessThanOrEqual(input.athlete.availabilityMinutes[x.day]),
      );
    });

    it("should keep the athlete's weekly strength session in the engine's own draft", () => {
      for (const name of [
        'consistent athlete doing everything right',
        'masters runner back from a calf strain',
      ]) {
        const input = HISTORIES[name](quiet);
        const r = reviewAthlete({ ...input, nextWeekDraft: undefined });
        expect([
          name,
          r.draft.sessions.filter((x) => x.kind === 'STRENGTH').map((x) => [x.day, x.purpose]),
        ]).toEqual([name, [[4, 'Strength and calf work']]]);
        expect(r.draft.weekStart).toBe(HISTORY_NEXT);
        const total = planMinutes(r.draft);
        expect(total).toBeGreaterThanOrEqual(r.decision.minMinutes);
        expect(total).toBeLessThanOrEqual(r.decision.maxMinutes);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Races and the season: taper, down weeks before it, recovery after a marathon, the outlook's base phase.
// Each of these failed on the engine before its fix (seen on the demo club: athletes 05, 06, 07, 11, 13).
// ---------------------------------------------------------------------------------------------------------

/** A race-week draft: the usual week's sessions with the race on Sunday instead of the long run. */
function raceWeek(scale: number, raceMinutes = 200): WeekPlan {
  const usual = planFromWeek(NEXT, USUAL_WEEK, scale);
  return {
    weekStart: NEXT,
    sessions: [
      ...usual.sessions.filter((x) => x.day !== 5 && x.day !== 6),
      run(5, 20, 3, { purpose: 'Shakeout with strides' }),
      run(6, raceMinutes, 9, { kind: 'RACE', key: true, purpose: 'Race: Spring Marathon' }),
    ],
  };
}

const marathonIn = (days: number, priority: 'A' | 'B' = 'A', from = NEXT) => ({
  id: 'r1',
  name: 'Spring Marathon',
  date: shift(from, days),
  priority,
  expectedMinutes: 200,
});

describe('races and the season (issue #11)', () => {
  it('should say a race week that already tapers needs no volume change, with its real cut, and set the phase from none', () => {
    // Athlete06 (Lukas): the draft is already the race week of a taper; the suggestion said "taper now by
    // cutting volume about 50 %" and set the phase "from COMPETITION" on a plan that had none.
    const input: ReviewInput = { ...steady(), races: [marathonIn(6)], nextWeekDraft: raceWeek(0.6) };
    const r = reviewAthlete(input);
    const s = get(r, 'TAPER');
    const training = planMinutes(input.nextWeekDraft!) - 200;
    expect(training).toBeGreaterThanOrEqual(r.decision.minMinutes);
    expect(training).toBeLessThanOrEqual(r.decision.maxMinutes);
    expect(s.changes.some((c) => c.type === 'SCALE_VOLUME')).toBe(false);
    expect(s.rationale).not.toMatch(/taper now by cutting/);
    // (The race week's range is its days', not a cut of the recent weeks: no percent on them.)
    expect(s.rationale).toContain(
      `The plan's ${training} min of training besides the race is already within that range`,
    );
    expect(s.changes).toEqual([{ type: 'SET_PHASE', from: null, to: 'COMPETITION' }]);
    // The decision's size is the training around the race, and says so, as a target (the plan may not reach it).
    expect(r.decision.reason).toMatch(/\(a target of about \d+ min of training, the race not counted\)\.$/);
  });

  it('should cut a race week just above the taper range into it, keeping every session and its intensity', () => {
    // Within "rounding" of the range the old engine called a −38 % week "already within the taper".
    const input: ReviewInput = { ...steady(), races: [marathonIn(6)], nextWeekDraft: raceWeek(1.1) };
    const r = reviewAthlete(input);
    const s = get(r, 'TAPER');
    const before = planMinutes(input.nextWeekDraft!) - 200;
    expect(before).toBeGreaterThan(r.decision.maxMinutes);
    const applied = applySuggestion(input.nextWeekDraft!, s);
    if (!applied.ok) throw new Error(applied.reason);
    const after = planMinutes(applied.plan) - 200;
    expect(after).toBeLessThanOrEqual(r.decision.maxMinutes);
    expect(after).toBeGreaterThanOrEqual(r.decision.minMinutes - 10);
    expect(s.rationale).toMatch(
      /Cut the volume, keeping the intensity and the number of sessions, and set next week's phase to competition\./,
    );
    expect(s.rationale).toContain(`, to ${after} min.`);
    expect(applied.plan.sessions).toHaveLength(input.nextWeekDraft!.sessions.length);
    expect(applied.plan.sessions.filter((x) => x.kind === 'RACE')).toHaveLength(1);
  });

  it("should draft a race week's training around the race, not inside the race's own minutes", () => {
    // Without a draft the engine's own race week was the race and six rest days ("0 min … already within").
    const r = reviewAthlete({ ...steady(), races: [marathonIn(6)] });
    expect(r.decision.type).toBe('TAPER');
    const training = planMinutes(r.draft) - 200;
    expect(training).toBeGreaterThanOrEqual(r.decision.minMinutes);
    expect(training).toBeLessThanOrEqual(r.decision.maxMinutes + 10);
    // Intensity kept: one session with intervals besides the race.
    expect(r.draft.sessions.some((x) => x.kind === 'RUN' && x.intervals !== undefined)).toBe(true);
    expect(get(r, 'TAPER').rationale).not.toMatch(/The plan's 0 min/);
  });

  it('should skip the periodic down week right before a taper, hold instead and say so', () => {
    // A down week is due (three build weeks since the last), and the taper for the A race starts the week
    // after next week: the old engine put a down week right before the taper.
    const input: ReviewInput = {
      ...buildHistory({ reviewDate: REVIEW, days: 120, weeklyGrowth: 0.01, downWeeks: [3, 7, 11, 15] }),
      races: [marathonIn(20)],
    };
    const r = reviewAthlete(input);
    expect(r.metrics.weeksSinceDownWeek.value).toBeGreaterThanOrEqual(3);
    expect(r.decision.type).not.toBe('DOWN');
    expect(r.suggestions.map((x) => x.kind)).not.toContain('SCHEDULED_DOWN_WEEK');
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    // (The generated athlete's long runs are far from a marathon's with its peak weeks past: the long-race note asks
    // for a talk about the race, and the taper is Spring Marathon's if Sam starts it.)
    expect(get(r, 'LONG_RACE_PREPARATION').evidence.underbuilt).toBe(true);
    expect(r.decision.reason).toMatch(
      /a down week is due after \d build weeks, but the taper for Spring Marathon, if \w+ starts it \(see the long-race note\), starts in the week of 2025-03-24 and takes its place/,
    );
    expect(r.outlook[0]).toMatchObject({ weekStart: '2025-03-24', phase: 'COMPETITION' });
    expect(r.outlook[0].note).toMatch(/^taper for Spring Marathon/);
  });

  it('should keep the down week due two weeks before a taper, and say the last full week comes after it', () => {
    // Sofia (coach histories, round 2): three build weeks done, the taper two weeks after next week. The old
    // rule held ("the taper takes its place") and changed nothing: five weeks without a down week.
    const input: ReviewInput = {
      ...buildHistory({ reviewDate: REVIEW, days: 120, weeklyGrowth: 0.01, downWeeks: [3, 7, 11, 15] }),
      races: [marathonIn(27)],
    };
    const r = reviewAthlete(input);
    expect(r.metrics.weeksSinceDownWeek.value).toBeGreaterThanOrEqual(3);
    expect(r.decision.rule).toBe('SCHEDULED_DOWN_WEEK');
    const s = get(r, 'SCHEDULED_DOWN_WEEK');
    expect(s.rationale).toContain(
      'The taper for Spring Marathon starts in the week of 2025-03-31: this down week comes before the last full week, not right before the taper.',
    );
    expect(r.outlook[0].note).toBeUndefined();
    expect(r.outlook[1].note).toMatch(/^taper for Spring Marathon/);
  });

  it('should not put a down week in the outlook right before a taper, and keep one due two weeks before it', () => {
    // The week right before the taper holds: the taper is its down week.
    const history = buildHistory({
      reviewDate: REVIEW,
      days: 120,
      weeklyGrowth: 0.01,
      downWeeks: [1, 5, 9, 13],
    });
    const r = reviewAthlete({ ...history, races: [marathonIn(34)] });
    const taper = r.outlook.findIndex((w) => w.note?.startsWith('taper for'));
    expect(taper).toBeGreaterThan(1);
    expect(r.outlook[taper - 1].note).toMatch(/no down week: the taper from \d{4}-\d\d-\d\d takes its place/);
    // Athletes 07 and 11 had "12-21 down week, 12-28 build, 01-04 taper", and the rule then skipped a down week
    // two weeks before a taper too, leaving five weeks without one before it. A down week due two weeks before
    // the taper stays (a 3:1 block), then the last full week, then the taper (coach review, issue #11 round 2:
    // Sofia three weeks out).
    const later = reviewAthlete({ ...history, races: [marathonIn(41)] });
    const t = later.outlook.findIndex((w) => w.note?.startsWith('taper for'));
    // Before a marathon that week is its peak long-run week (3–4 weeks before the race): the down week comes a
    // week early, then two full weeks, then the taper (coach review, issue #11 round 3: Hanna).
    expect(later.outlook[t - 3].note).toMatch(/^down week, a week early: the long run peaks in the week of /);
    expect(later.outlook[t - 2].note).toBeUndefined();
    expect(later.outlook[t - 1].note).toBeUndefined();
    expect(later.outlook[t - 2].minMinutes).toBeGreaterThan(later.outlook[t - 3].maxMinutes);
  });

  it('should follow an A marathon with a recovery week, a transition and a base that returns within the ramp limit', () => {
    // Athlete06: transition at half volume for two weeks, then straight back to 350–430 min (+117 %).
    const r = reviewAthlete({ ...steady(), races: [marathonIn(13)] });
    const race = toDayNumber(shift(NEXT, 13));
    const after = r.outlook.filter((w) => toDayNumber(w.weekStart) > race);
    expect(after[0].note).toMatch(/^recovery week after Spring Marathon/);
    expect(after[0].phase).toBe('TRANSITION');
    // The usual level the outlook measures from: next week, the taper's first, is sized from it.
    const usual = Number(get(r, 'TAPER').evidence.baseWeeklyMinutes);
    expect(after[0].maxMinutes).toBeLessThanOrEqual(usual * 0.3 * 1.1 + 5);
    expect(after[1].phase).toBe('TRANSITION');
    for (let i = 1; i < after.length; i++) {
      expect(['TRANSITION', 'PREPARATORY']).toContain(after[i].phase);
      // The base weeks that return to the usual volume never rise more than the ramp limit (+20 %) above the
      // week before (range middles); after them, the usual builds and down weeks.
      const mid = (w: (typeof after)[number]) => (w.minMinutes + w.maxMinutes) / 2;
      if (
        after[i - 1].note?.startsWith('base: back toward') ||
        after[i].note?.startsWith('base: back toward')
      ) {
        expect(mid(after[i])).toBeLessThanOrEqual(mid(after[i - 1]) * 1.2 + 10);
      }
    }
    expect(after.some((w) => w.note?.startsWith('base: back toward'))).toBe(true);
  });

  it('should never build the week after a B marathon: a recovery week with rest days and no intervals', () => {
    const input: ReviewInput = {
      ...steady(),
      races: [marathonIn(-1, 'B', NEXT)],
      nextWeekDraft: planFromWeek(NEXT),
    };
    const r = reviewAthlete(input);
    expect(r.decision.type).not.toBe('BUILD');
    expect(r.decision.rule).toBe('RACE_RECOVERY');
    const s = get(r, 'RACE_RECOVERY');
    expect(s.rationale).toMatch(/rest through Wednesday \(the first three days after the race\)/);
    expect(s.rationale).toMatch(/Sherman 1984/);
    const applied = applySuggestion(input.nextWeekDraft!, s);
    if (!applied.ok) throw new Error(applied.reason);
    const training = applied.plan.sessions.filter((x) => x.kind !== 'REST');
    expect(training.every((x) => x.day > 2)).toBe(true);
    expect(training.every((x) => x.intervals === undefined)).toBe(true);
    expect(planMinutes(applied.plan)).toBeLessThanOrEqual(r.decision.maxMinutes + 10);
    // The outlook's first week is still within the marathon's easy days: no build yet.
    expect(r.outlook[0].note).toMatch(/^base: back toward/);
  });

  it("should set a new phase from the plan's own (none) and say what the competition phase is for", () => {
    // Athlete05 (Emma): "Move from the transition to the competition phase … toward what this phase is for",
    // with a change "from TRANSITION" on a draft that has no phase.
    const base = steady();
    const { phase: _none, ...draft } = planFromWeek(NEXT);
    const input: ReviewInput = {
      ...base,
      races: [marathonIn(20)],
      season: {
        phases: [
          { phase: 'TRANSITION', start: shift(REVIEW, -13), end: REVIEW },
          { phase: 'COMPETITION', start: NEXT, end: shift(NEXT, 20) },
        ],
        mesocycle: base.season!.mesocycle,
      },
      nextWeekDraft: draft,
    };
    const r = reviewAthlete(input);
    const s = get(r, 'PHASE_CHANGE');
    expect(s.changes).toEqual([{ type: 'SET_PHASE', from: null, to: 'COMPETITION' }]);
    // The steady athlete's long run is under-built for the marathon and its peak weeks are past: the phase
    // change waits on the note's talk about the race, says to apply it after the talk (applying sets the phase
    // at once) and what the change does to a plan with no phase (coach read 9, finding 7).
    expect(get(r, 'LONG_RACE_PREPARATION').rationale).toContain('there is no time left to build it safely');
    expect(s.rationale).toMatch(
      /toward race-specific work until the taper for Spring Marathon starts on 2025-03-24, pending the talk about the race \(see the note on Spring Marathon: its long run is under-built and the weeks to build it are past\)\. Apply this after the talk, if \w+ starts Spring Marathon: the change sets next week's plan, which has no phase set yet, to the competition phase\.$/,
    );
  });

  it("should not build straight from an A race's transition: the base returns within the ramp limit", () => {
    // Back after the transition, the old engine built at +8 % on the pre-race weeks: +100 % on the week before.
    const input: ReviewInput = {
      ...buildHistory({
        reviewDate: REVIEW,
        days: 120,
        weeklyGrowth: 0.01,
        downWeeks: [4, 8, 12],
        lastDays: { days: 14, factor: 0.5 },
      }),
      races: [marathonIn(-17)],
    };
    const r = reviewAthlete(input);
    expect(r.decision.type).not.toBe('BUILD');
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    // (Coach finding 6: the race's week is not ordinary training, so the base is the last week that was, named.)
    // The weeks since have no published plan: down weeks by their load, and the reason says so (was "down weeks").
    expect(r.decision.reason).toMatch(
      /after Spring Marathon on 2025-02-28 and its transition, the base returns to \d+ min \(the week of 2025-02-17, the last of ordinary training: the 3 weeks since were weeks whose load fell well below the weeks before and Spring Marathon's race week\) at most \+20 % a week, from the \d+ min of this week/,
    );
    const week = Number(/from the (\d+) min of this week/.exec(r.decision.reason)![1]);
    expect(r.decision.targetMinutes).toBeLessThanOrEqual(week * 1.2 + 5);
    // ... and so does the outlook, before any build or down week.
    expect(r.outlook[0].note).toMatch(/^base: back toward/);
    expect((r.outlook[0].minMinutes + r.outlook[0].maxMinutes) / 2).toBeLessThanOrEqual(
      r.decision.targetMinutes * 1.2 + 10,
    );
  });
});

describe('engine judgement: volume fits (issue #11)', () => {
  describe('volume changes in cut order, within the time per day and the stated range (issue #11 follow-up)', () => {
    const rpe = (value: number) => ({ type: 'RPE' as const, value });
    const hills = {
      repeats: 10,
      workSeconds: 90,
      workEffort: rpe(8),
      recoverySeconds: 90,
      recoveryEffort: rpe(2),
    };
    const tempoBlocks = {
      repeats: 2,
      workSeconds: 900,
      workEffort: rpe(6),
      recoverySeconds: 180,
      recoveryEffort: rpe(3),
    };
    const roomy = [90, 90, 90, 90, 90, 180, 180];
    const strength = (day: number): PlannedSession =>
      run(day, 30, 5, { kind: 'STRENGTH', purpose: 'Strength: squats, lunges' });
    // The demo club's typical coach draft: short easy runs, two strength sessions, key hill repeats, a tempo
    // that is not a key session, and the long run.
    const clubDraft = (long = 120): WeekPlan => ({
      weekStart: NEXT,
      sessions: [
        run(0, 35, 3),
        strength(0),
        run(1, 55, 6, { key: true, intervals: hills, purpose: 'Hill repeats: strong uphill' }),
        run(2, 35, 3),
        run(3, 50, 5, { intervals: tempoBlocks, purpose: 'Tempo: steady and comfortably hard' }),
        strength(3),
        run(5, 35, 3),
        run(6, long, 4, { key: true, purpose: 'Long run' }),
      ],
    });
    const roomyAthlete = (input: ReviewInput): ReviewInput => ({
      ...input,
      athlete: { ...input.athlete, availabilityMinutes: roomy },
    });
    const volume = (r: Review): Suggestion => get(r, r.decision.rule);
    const applied = (plan: WeekPlan, s: Suggestion): WeekPlan => {
      const a = applySuggestion(plan, s);
      if (!a.ok) throw new Error(a.reason);
      return a.plan;
    };

    it('should trim the easy runs before a non-key tempo and keep the key hill repeats whole (cut order)', () => {
      const draft = clubDraft();
      const r = reviewAthlete({ ...roomyAthlete(steady()), nextWeekDraft: draft });
      expect(planMinutes(draft)).toBeGreaterThan(r.decision.maxMinutes);
      const s = volume(r);
      const after = new Map(applied(draft, s).sessions.map((x) => [x.id, x]));
      const [, , hillRun, , tempo] = draft.sessions;
      // The tempo is quality, not filler: kept whole with its work (or dropped, and the text says so).
      const t = after.get(tempo.id);
      if (t) {
        expect(t.minutes).toBe(50);
        expect(t.intervals?.repeats).toBe(2);
      } else expect(s.rationale).toMatch(/drop [^.]*Thursday's tempo \(50 min\)/);
      // A key session keeps its work: all ten hill repeats and their warm-up and cool-down.
      const h = after.get(hillRun.id)!;
      expect(h.key).toBe(true);
      expect(h.intervals?.repeats).toBe(10);
      expect(h.minutes).toBeGreaterThanOrEqual(45);
      // The easy runs are trimmed evenly and each stays a useful run (35 → 25 min at the least); none is
      // dropped while the tempo or the strength sessions are whole. The even trim would leave three 25-min easy
      // runs (fewer runs rather than token runs, our rule), and the tempo's drop had given both strength sessions
      // their 30 min back: they come down to 20 min instead of an easy run going (the cut order's step (3) before
      // its step (4)), and the three easy runs keep 30 min each (Monday's had been dropped, the others kept 35).
      const easyRuns = draft.sessions.filter((y) => y.kind === 'RUN' && !y.key && !y.intervals);
      const kept = easyRuns.map((x) => after.get(x.id)?.minutes ?? 0);
      const qualityWhole = draft.sessions.some(
        (x) => (x.kind === 'STRENGTH' || x.id === tempo.id) && after.get(x.id)?.minutes === x.minutes,
      );
      expect(kept).toEqual([30, 30, 30]);
      expect(s.rationale).toContain(
        "Monday's strength comes down to 20 min and Thursday's strength comes down to 20 min rather than leave three 25-min easy runs: outside a graded return a cut does not leave two or more easy runs under 30 min, and strength gives up to half of itself (20 min at least) before an easy run is dropped (our rule; the cut order); Monday's easy run gets 30 min of its 35, Wednesday's easy run gets 30 min of its 35 and Saturday's easy run gets 30 min of its 35.",
      );
      for (const m of kept) {
        if (m === 0) expect(qualityWhole || s.rationale.includes('rather than leave')).toBe(true);
        else expect(m).toBeGreaterThanOrEqual(30);
      }
      const left = kept.filter((m) => m > 0);
      expect(Math.max(...left) - Math.min(...left)).toBeLessThanOrEqual(5);
    });

    /** Athlete 24 of the demo club: a base-week build trimming a 385-min coach draft (110 min of quality). */
    const kasperDraft = (): WeekPlan => ({
      weekStart: NEXT,
      sessions: [
        strength(0),
        run(1, 60, 6, {
          key: true,
          intervals: { ...tempoBlocks, repeats: 3, workSeconds: 600 },
          purpose: 'Steady blocks',
        }),
        run(2, 60, 3),
        run(3, 50, 5, { intervals: tempoBlocks, purpose: 'Tempo: steady and comfortably hard' }),
        strength(3),
        run(5, 60, 3),
        run(6, 95, 4, { key: true, purpose: 'Long run' }),
      ],
    });
    /** Minutes of hard running in a plan, as a share of its minutes. */
    const hardShare = (p: WeekPlan): number =>
      p.sessions.reduce((t, x) => t + (x.kind === 'RUN' && x.effort.value >= 5 ? x.minutes : 0), 0) /
      planMinutes(p);

    it('should keep every easy run a useful run and drop the non-key tempo first when a base-week build trims the plan (athlete24)', () => {
      const draft = kasperDraft();
      const r = reviewAthlete({ ...roomyAthlete(steady()), nextWeekDraft: draft });
      expect(r.decision.type).toBe('BUILD');
      expect(r.decision.phase).toBe('PREPARATORY');
      expect(planMinutes(draft) - r.decision.maxMinutes).toBeGreaterThanOrEqual(50);
      const s = volume(r);
      const after = applied(draft, s);
      const byId = new Map(after.sessions.map((x) => [x.id, x]));
      // Both easy runs stay, evenly trimmed, each at least 40 of its 60 min (not one 20-min token run).
      for (const day of [2, 5])
        expect(byId.get(draft.sessions[day === 2 ? 2 : 5].id)?.minutes).toBeGreaterThanOrEqual(40);
      // The non-key tempo gives way before an easy run does; the key session and the long run stay whole.
      expect(byId.has(draft.sessions[3].id)).toBe(false);
      expect(s.rationale).toMatch(/drop [^.]*Thursday's tempo \(50 min\)/);
      expect(byId.get(draft.sessions[1].id)?.minutes).toBe(60);
      expect(byId.get(draft.sessions[6].id)?.minutes).toBe(95);
      // The hard share of a base week stays sensible (it was 29 %; the old cut left 43 %).
      expect(hardShare(after)).toBeLessThanOrEqual(0.25);
      // Within the range, or within rounding of its top (issue #11: no 5-min trims once the drop did the work).
      const tol = rangeTolerance(r.decision.maxMinutes, DEFAULT_ENGINE_CONFIG.progression);
      expect(planMinutes(after)).toBeLessThanOrEqual(r.decision.maxMinutes + tol);
      if (planMinutes(after) > r.decision.maxMinutes)
        expect(s.rationale).toContain('within rounding of the range');
    });

    it('should keep the easy runs and the strength before a tempo when an illness hold cuts a demo-club week (athlete01)', () => {
      const base = roomyAthlete(steady());
      const fluFrom = toDayNumber(REVIEW) - 10;
      const input: ReviewInput = {
        ...base,
        sessions: base.sessions.filter((x) => {
          const d = toDayNumber(x.date as string);
          return d < fluFrom || d > fluFrom + 4;
        }),
        checkIns: base.checkIns.map((c) => {
          const d = toDayNumber(c.date as string);
          return d >= fluFrom && d <= fluFrom + 4 ? { ...c, illness: 'BELOW_NECK_OR_FEVER' as const } : c;
        }),
        nextWeekDraft: clubDraft(95),
      };
      const r = reviewAthlete(input);
      expect(r.decision.type).toBe('HOLD');
      expect(r.decision.phase).toBe('PREPARATORY');
      const draft = input.nextWeekDraft!;
      const s = volume(r);
      const after = applied(draft, s);
      const byId = new Map(after.sessions.map((x) => [x.id, x]));
      // No easy run is left a 20-min token: each that stays keeps at least 25 of its 35 min.
      const easy = draft.sessions.filter((x) => x.kind === 'RUN' && !x.key && !x.intervals);
      for (const x of easy) if (byId.has(x.id)) expect(byId.get(x.id)!.minutes).toBeGreaterThanOrEqual(25);
      // The non-key tempo went first; an easy run is dropped only after it, with the strength at half at most.
      expect(byId.has(draft.sessions[4].id)).toBe(false);
      if (easy.some((x) => !byId.has(x.id))) {
        for (const x of draft.sessions.filter((y) => y.kind === 'STRENGTH'))
          expect(byId.get(x.id)?.minutes ?? 0).toBeLessThanOrEqual(15);
      }
      expect(hardShare(after)).toBeLessThanOrEqual(0.25);
      expect(byId.get(draft.sessions[2].id)?.minutes).toBe(55);
    });

    // Found by PROPERTY_SEED=505 (judgement-properties.spec.ts): the drop's overshoot gave the halved strength
    // session its minutes back while two easy runs were gone (fixed in fit-volume's `giveBack`).
    it('should bring the long run to its share of the week and keep strength at 20 min at least when a cautious hold cuts a full week (issue #11)', () => {
      // Sam had a fever for four days three weeks ago, has sent no check-in and had no contact for 8 days, and
      // ran about 60 % of his usual week last week. The coach's draft is his full 375-min week with a 30-min
      // strength session on Monday: the hold grades the return from last week and cuts it to about 205 min.
      const base = steadyHistory({ silentDays: 8, lastDays: { days: 7, factor: 0.6 } });
      const review = toDayNumber(REVIEW);
      const draft: WeekPlan = {
        weekStart: NEXT,
        sessions: [
          strength(0),
          run(1, 60, 7, { key: true, purpose: 'Threshold intervals' }),
          run(2, 55, 3),
          run(3, 55, 5),
          run(5, 120, 4, { key: true, purpose: 'Long run' }),
          run(6, 55, 3),
        ],
      };
      const input: ReviewInput = {
        ...base,
        checkIns: base.checkIns.map((c) => {
          const ago = review - toDayNumber(c.date as string);
          return ago >= 17 && ago <= 20 ? { ...c, illness: 'BELOW_NECK_OR_FEVER' as const } : c;
        }),
        lastContactDate: shift(REVIEW, -8),
        nextWeekDraft: draft,
      };
      const r = reviewAthlete(input);
      expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
      expect(planMinutes(draft)).toBe(375);
      expect(r.decision.maxMinutes).toBeLessThanOrEqual(210);
      const s = volume(r);
      const after = applied(draft, s);
      const byId = new Map(after.sessions.map((x) => [x.id, x]));
      const [monStrength, threshold, wedEasy, thuSteady, longRun, sunEasy] = draft.sessions;
      // The 120-min long run comes down to its share of the held week first (40 %: it had stayed whole at 62 % of
      // a 195-min week of two runs); the steady run (non-key quality) goes, then one easy run, and one stays.
      const held = byId.get(longRun.id)!.minutes;
      expect(held).toBeLessThanOrEqual(0.4 * r.decision.targetMinutes);
      expect(s.rationale).toContain(`Saturday's long run comes down to ${held} min`);
      expect(byId.has(thuSteady.id)).toBe(false);
      expect(byId.has(wedEasy.id)).toBe(false);
      // One easy run stays, trimmed to land the week on the hold (205) rather than 10 min over it.
      expect(byId.get(sunEasy.id)?.minutes).toBe(45);
      expect(s.rationale).toContain("Sunday's easy run 55 → 45 min");
      // Strength is cut, never under its 20-min minimum (it was 15).
      expect(byId.get(monStrength.id)?.minutes).toBe(20);
      expect(s.rationale).toContain("Monday's strength 30 → 20 min (-33 %)");
      // The key session stays whole; the week ends within the hold (or within rounding of its top, said).
      expect(byId.get(threshold.id)?.minutes).toBe(60);
      const tol = rangeTolerance(r.decision.maxMinutes, DEFAULT_ENGINE_CONFIG.progression);
      expect(planMinutes(after)).toBeLessThanOrEqual(r.decision.maxMinutes + tol);
      expect(s.rationale).toContain(`to ${planMinutes(after)} min.`);
    });

    it("should never hold a week above the athlete's availability, and say the real figure (a Fiona-type athlete)", () => {
      const history = buildHistory({
        reviewDate: REVIEW,
        days: 120,
        weeklyGrowth: 0.01,
        downWeeks: [2, 6, 10, 14],
        hrvDrop: { days: 7, ln: 0.25 },
      });
      const input: ReviewInput = {
        ...history,
        athlete: { ...history.athlete, availabilityMinutes: [0, 60, 0, 60, 0, 120, 0] },
      };
      const r = reviewAthlete(input);
      expect(r.decision.type).toBe('HOLD');
      expect(r.decision.targetMinutes).toBeLessThanOrEqual(240);
      expect(r.decision.maxMinutes).toBeLessThanOrEqual(240);
      const s = volume(r);
      expect(s.rationale).toContain(`about ${r.decision.targetMinutes} min`);
      expect(r.decision.ruledOut.join(' ')).toContain("the athlete's stated availability (240 min a week)");
    });

    it('should bring the long run down with the easy runs in a red down week whose day caps take the cut (athlete04)', () => {
      const BIG: readonly (DaySlot | null)[] = [
        null,
        { minutes: 150, rpe: 6, key: true, purpose: 'Hill repeats' },
        { minutes: 265, rpe: 3 },
        null,
        { minutes: 265, rpe: 3 },
        { minutes: 45, rpe: 4, kind: 'CROSS_TRAINING', purpose: 'Easy spin' },
        { minutes: 150, rpe: 3, key: true, purpose: 'Long run' },
      ];
      const history = buildHistory({
        reviewDate: REVIEW,
        days: 90,
        week: BIG,
        hrvDrop: { days: 18, ln: 0.3 },
        wellnessDrop: { days: 5, points: 3 },
      });
      const draft = planFromWeek(NEXT, BIG);
      const input: ReviewInput = {
        ...history,
        athlete: { ...history.athlete, availabilityMinutes: [45, 75, 75, 45, 75, 60, 180] },
        nextWeekDraft: draft,
      };
      const r = reviewAthlete(input, NO_MEDICAL_CHECK);
      expect(r.metrics.readiness).toBe('RED');
      expect(r.decision.type).toBe('DOWN');
      const s = volume(r);
      const after = applied(draft, s);
      const long = after.sessions.find((x) => x.day === 6)!;
      // The day caps take the easy runs to 75 min; the long run comes down too, by no more than a down week's
      // share (at least 70 % of it), and the text says so.
      expect(long.key).toBe(true);
      expect(long.minutes).toBeLessThan(150);
      expect(long.minutes).toBeGreaterThanOrEqual(105);
      expect(s.rationale).toContain(`Sunday's long run 150 → ${long.minutes} min`);
      expect(s.rationale).toContain(`to ${planMinutes(after)} min.`);
      expect(planMinutes(after)).toBeLessThanOrEqual(r.decision.maxMinutes);
    });

    it("should keep a marathon athlete's long run whole when a hold cuts the week", () => {
      const base = roomyAthlete(steady());
      const fluFrom = toDayNumber(REVIEW) - 10;
      const input: ReviewInput = {
        ...base,
        sessions: base.sessions.filter((x) => {
          const d = toDayNumber(x.date as string);
          return d < fluFrom || d > fluFrom + 4;
        }),
        checkIns: base.checkIns.map((c) => {
          const d = toDayNumber(c.date as string);
          return d >= fluFrom && d <= fluFrom + 4 ? { ...c, illness: 'BELOW_NECK_OR_FEVER' as const } : c;
        }),
        races: [
          { id: 'm', name: 'City Marathon', date: shift(NEXT, 70), priority: 'A', expectedMinutes: 200 },
        ],
        nextWeekDraft: clubDraft(150),
      };
      const r = reviewAthlete(input);
      expect(r.decision.type).toBe('HOLD');
      expect(planMinutes(input.nextWeekDraft!) - r.decision.targetMinutes).toBeGreaterThan(100);
      const s = volume(r);
      const after = applied(input.nextWeekDraft!, s);
      const long = after.sessions.find((x) => x.day === 6)!;
      // The long run keeps its purpose (90 min at least, a down week's dose), but a hold does not jump it: the
      // draft's 150 min after long runs of about 100 comes down to one step above them (issue #11: it had stayed
      // whole at more than half of the held week).
      expect(long.minutes).toBeGreaterThanOrEqual(90);
      expect(long.minutes).toBeLessThan(150);
      expect(s.rationale).toContain(`Sunday's long run comes down to ${long.minutes} min`);
      expect(long.key).toBe(true);
      // The hold is reached from the other sessions, or the text gives the real figure.
      if (planMinutes(after) > r.decision.maxMinutes) {
        expect(s.rationale).toContain(
          `That is still ${planMinutes(after) - r.decision.maxMinutes} min above the ${r.decision.maxMinutes} min`,
        );
      }
    });

    it("should keep every day of a suggested plan within the athlete's time, or say which day and by how much", () => {
      // Within the build range, but Wednesday has 20 min more than the athlete has that day.
      const draft: WeekPlan = {
        weekStart: NEXT,
        sessions: [
          run(1, 50, 7, { key: true, purpose: 'Threshold intervals' }),
          run(2, 95, 3),
          run(3, 30, 5),
          run(5, 100, 4, { key: true, purpose: 'Long run' }),
          run(6, 45, 3),
        ],
      };
      const input = steady();
      const avail = input.athlete.availabilityMinutes;
      expect(avail[2]).toBe(75);
      const r = reviewAthlete({ ...input, nextWeekDraft: draft });
      expect(r.decision.type).toBe('BUILD');
      const s = volume(r);
      const days = planMinutesByDayOf(applied(draft, s));
      for (let d = 0; d < 7; d++) expect(days[d]).toBeLessThanOrEqual(avail[d]);
      expect(s.rationale).toContain(
        'Wednesday (95 min planned, 75 min available) now fits the time the athlete has.',
      );

      // Tuesday has 35 min and every other day a session: the hill repeats keep their work with a shorter
      // warm-up and cool-down (40 min), and say so.
      const tight: ReviewInput = {
        ...input,
        athlete: { ...input.athlete, availabilityMinutes: [60, 35, 75, 75, 60, 150, 90] },
      };
      const busy: WeekPlan = {
        weekStart: NEXT,
        sessions: [
          run(0, 40, 3),
          run(1, 55, 6, { key: true, intervals: hills, purpose: 'Hill repeats' }),
          run(2, 45, 3),
          run(3, 45, 3),
          run(4, 40, 3),
          run(5, 90, 4, { key: true, purpose: 'Long run' }),
          run(6, 40, 3),
        ],
      };
      const t = reviewAthlete({ ...tight, nextWeekDraft: busy });
      const v = volume(t);
      const tue = planMinutesByDayOf(applied(busy, v))[1];
      expect(tue).toBe(40);
      expect(v.rationale).toContain('Tuesday stays 5 min over the 35 min available');
    });

    it('should keep a build within the weekly range it states, or state the real figure', () => {
      // 15 min above the build range's top, spread over eight sessions (within the old rounding tolerance).
      const draft = clubDraft(70);
      const input = roomyAthlete(steady());
      const r = reviewAthlete({ ...input, nextWeekDraft: draft });
      expect(r.decision.type).toBe('BUILD');
      const over = planMinutes(draft) - r.decision.maxMinutes;
      expect(over).toBeGreaterThan(0);
      expect(over).toBeLessThanOrEqual(25);
      const s = get(r, 'BUILD');
      const after = planMinutes(applied(draft, s));
      if (after > r.decision.maxMinutes) {
        expect(s.rationale).toContain(`That is still ${after - r.decision.maxMinutes} min above`);
      } else {
        expect(s.rationale).toContain(`so it is trimmed to ${after} min`);
      }
      expect(after).toBeLessThanOrEqual(r.decision.maxMinutes);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Long runs and the weeks before a marathon (docs/coaching-domain.md, "Long runs and long races").
// ---------------------------------------------------------------------------------------------------------

describe('engine judgement: long runs and the weeks before a long race (issue #11)', () => {
  const slot = (minutes: number, rpe: number, extra: Partial<DaySlot> = {}): DaySlot => ({
    minutes,
    rpe,
    ...extra,
  });
  /** athlete12's week: strength Monday, steady blocks Tuesday, a long easy Thursday, the long run Sunday. */
  const OSKAR_WEEK: (DaySlot | null)[] = [
    slot(30, 5, { kind: 'STRENGTH', purpose: 'Strength' }),
    slot(65, 7, { key: true, purpose: 'Steady blocks' }),
    null,
    slot(185, 3),
    null,
    null,
    slot(100, 4, { key: true, purpose: 'Long run' }),
  ];
  const OSKAR_AVAILABILITY = [45, 75, 45, 75, 0, 45, 150];
  const longRunOf = (p: WeekPlan): PlannedSession | undefined =>
    p.sessions.find((x) => x.kind === 'RUN' && x.key && !x.intervals);

  /** Logs linked to the published plans of their weeks (as the demo club's are). */
  const linked = (input: ReviewInput, week: (DaySlot | null)[]): ReviewInput => {
    const pastWeekPlans = [1, 2, 3, 4, 5].map((k) => planFromWeek(shift(NEXT, -7 * k), week));
    const sessions = input.sessions.map((l) => {
      const d = toDayNumber(l.date as string);
      const monday = fromDayNumber(d - weekdayOf(d));
      return { ...l, plannedSessionId: `${monday}-p${weekdayOf(d)}` };
    });
    return { ...input, sessions, pastWeekPlans };
  };

  it('should grow a long run by one step at most on the longest recent one, never +20 % at once (athlete12)', () => {
    const input: ReviewInput = {
      ...linked(
        buildHistory({
          reviewDate: REVIEW,
          days: 84,
          week: OSKAR_WEEK,
          weeklyGrowth: 0.02,
          downWeeks: [2, 6, 10],
          availability: OSKAR_AVAILABILITY,
        }),
        OSKAR_WEEK,
      ),
      nextWeekDraft: planFromWeek(NEXT, OSKAR_WEEK),
    };
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const s = get(r, 'BUILD');
    const a = applySuggestion(input.nextWeekDraft!, s);
    if (!a.ok) throw new Error(a.reason);
    // The longest recent long run is the 100-min one of last Sunday (the 185-min Thursday runs are easy runs):
    // a step is 10 % (10 min), so 110 at most, where the week's share alone (30 % of the target) allowed 120.
    const lr = longRunOf(a.plan)!;
    expect(lr.minutes).toBeLessThanOrEqual(110);
    expect(lr.minutes).toBeGreaterThan(100);
    expect(s.rationale).toContain(`Sunday's long run 100 → ${lr.minutes} min (+${lr.minutes - 100} %)`);
    // The engine's own draft keeps the same limit.
    expect(longRunOf(r.draft)?.minutes ?? 0).toBeLessThanOrEqual(110);
  });

  const marathon = (inDays: number, minutes = 193) => ({
    id: 'm',
    name: 'Oslo Marathon',
    date: shift(REVIEW, inDays),
    priority: 'A' as const,
    expectedMinutes: minutes,
  });

  it('should drop or move strength off the last 4 days before an A marathon and say so in the taper (athlete06)', () => {
    const history = buildHistory({ reviewDate: REVIEW, days: 84, weeklyGrowth: 0.01 });
    const plan: WeekPlan = {
      weekStart: NEXT,
      sessions: [
        run(0, 30, 5, { kind: 'STRENGTH', id: 'mon-strength', purpose: 'Strength: squats' }),
        run(1, 55, 6, {
          key: true,
          purpose: 'Race-specific blocks',
          intervals: {
            repeats: 2,
            workSeconds: 900,
            workEffort: { type: 'RPE', value: 6 },
            recoverySeconds: 180,
            recoveryEffort: { type: 'RPE', value: 3 },
          },
        }),
        run(2, 25, 3, { id: 'wed-easy' }),
        run(3, 25, 3, { id: 'thu-easy' }),
        run(3, 30, 5, { kind: 'STRENGTH', id: 'thu-strength', purpose: 'Strength: squats' }),
        run(5, 20, 3, { id: 'sat-shakeout', purpose: 'Shakeout with strides' }),
        run(6, 193, 9, { kind: 'RACE', id: 'race', key: true, purpose: 'Oslo Marathon' }),
      ],
    };
    const input: ReviewInput = { ...history, races: [marathon(7)], nextWeekDraft: plan };
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('TAPER');
    const s = get(r, 'TAPER');
    const a = applySuggestion(plan, s);
    if (!a.ok) throw new Error(a.reason);
    // Sunday's race: no strength Wednesday–Saturday; Monday's (6 days before) stays.
    const strength = a.plan.sessions.filter((x) => x.kind === 'STRENGTH');
    expect(strength.map((x) => x.day).filter((d) => d >= 2 && d <= 5)).toEqual([]);
    expect(strength.some((x) => x.id === 'mon-strength' && x.day === 0)).toBe(true);
    expect(s.rationale).toMatch(/Thursday's strength \(30 min\)/);
    expect(s.rationale).toContain('3 days before Oslo Marathon');
    expect(s.rationale).not.toContain('keeping the intensity and the number of sessions');
    // The engine's own draft has none there either.
    expect(r.draft.sessions.filter((x) => x.kind === 'STRENGTH' && x.day >= 2 && x.day <= 5)).toEqual([]);
  });

  it('should draft no long run in the last 4 days before an A marathon on the Monday after the week (athlete06, reviewed a day later)', () => {
    const history = buildHistory({ reviewDate: REVIEW, days: 84, weeklyGrowth: 0.01 });
    // No coach plan: the engine drafts the week; the marathon is on the Monday after it.
    const r = reviewAthlete({ ...history, races: [marathon(8)], nextWeekDraft: undefined });
    const long = r.draft.sessions.filter(
      (x) => x.kind === 'RUN' && x.key === true && x.intervals === undefined && x.minutes >= 40,
    );
    expect(long.length).toBeGreaterThan(0);
    // Monday's race: Thursday to Sunday are its last 4 days.
    expect(long.filter((x) => x.day >= 3).map((x) => `${x.day}:${x.minutes}`)).toEqual([]);
  });

  it('should flag a marathon build that runs on fewer than 3 days a week (athlete05)', () => {
    const history = buildHistory({ reviewDate: REVIEW, days: 84, weeklyGrowth: 0.01 });
    const plan: WeekPlan = {
      weekStart: NEXT,
      sessions: [
        run(1, 60, 6, { key: true, purpose: 'Steady blocks' }),
        run(3, 45, 4, { kind: 'CROSS_TRAINING', id: 'bike', purpose: 'Easy spin on the bike' }),
        run(6, 110, 4, { key: true, purpose: 'Long run' }),
      ],
    };
    const input: ReviewInput = { ...history, races: [marathon(5 * 7 + 6, 231)], nextWeekDraft: plan };
    const r = reviewAthlete(input);
    const s = get(r, 'LONG_RACE_PREPARATION');
    expect(s.severity).toBe('ATTENTION');
    expect(s.changes).toEqual([]);
    expect(s.rationale).toContain("next week's plan has 2 run days");
    expect(s.rationale).toContain('our threshold is 3 run days');
    expect(s.evidence.runDaysAfterVolumeChange).toBe(2);
  });

  it('should say when 75-min long runs 8 weeks before a marathon cannot reach its peak, and grow the long run first (athletes 09, 13)', () => {
    const NORA_WEEK: (DaySlot | null)[] = [
      null,
      slot(50, 7, { key: true, purpose: 'Steady blocks' }),
      slot(60, 3),
      slot(60, 3),
      slot(60, 3),
      null,
      slot(75, 4, { key: true, purpose: 'Long run' }),
    ];
    const input: ReviewInput = {
      ...buildHistory({
        reviewDate: REVIEW,
        days: 84,
        week: NORA_WEEK,
        weeklyGrowth: 0.01,
        downWeeks: [2, 6, 10],
        availability: [60, 75, 75, 75, 75, 60, 150],
      }),
      races: [marathon(8 * 7 - 1, 231)],
      nextWeekDraft: planFromWeek(NEXT, NORA_WEEK),
    };
    const r = reviewAthlete(input);
    const s = get(r, 'LONG_RACE_PREPARATION');
    expect(s.severity).toBe('ATTENTION');
    expect(s.rationale).toContain('the longest long run of the last 4 weeks was 75 min');
    // 75 → 85 → 95 → 105 … at one step a week to the week 3 weeks before the race week.
    const reach = /it reaches about (\d+) min by the week of (\d{4}-\d{2}-\d{2}), short of 150 min/.exec(
      s.rationale,
    );
    expect(reach).not.toBeNull();
    expect(Number(reach![1])).toBeLessThan(150);
    expect(Number(reach![1])).toBe(s.evidence.reachableLongRun);
    expect(reach![2]).toBe(shift(NEXT, 4 * 7));
    // The build grows the long run first, by one step (75 → 85 min: 10 min from an hour on), even where the
    // plan is at its range.
    expect(r.decision.type).toBe('BUILD');
    const b = get(r, 'BUILD');
    const a = applySuggestion(input.nextWeekDraft!, b);
    if (!a.ok) throw new Error(a.reason);
    expect(longRunOf(a.plan)?.minutes).toBe(85);
    expect(b.rationale).toContain("Sunday's long run 75 → 85 min (+13 %)");
  });
});

describe('a build that drops a session short of its target', () => {
  // Found by the property "should not propose a suggestion again when it was applied" (PROPERTY_SEED=-399269955):
  // a base week's hard share dropped Thursday's steady run and left the plan at 240 min for a 255-min target;
  // the build was then proposed again, growing the easy runs, once applied.
  it('should grow the easy runs to the target in the same suggestion, so the applied week is not built again', () => {
    const input = {
      ...buildHistory({
        reviewDate: '2025-03-16',
        days: 22,
        weeklyGrowth: 0,
        downWeeks: [0, 2],
        lastDays: { days: 7, factor: 1.127 },
      }),
      nextWeekDraft: planFromWeek('2025-03-17', USUAL_WEEK, 0.975),
    };
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const build = r.suggestions.find((s) => s.kind === 'BUILD')!;
    const a = applySuggestion(input.nextWeekDraft, build);
    if (!a.ok) throw new Error(a.reason);
    expect(planMinutes(a.plan)).toBeGreaterThanOrEqual(r.decision.targetMinutes - 10);
    const again = reviewAthlete({ ...input, nextWeekDraft: a.plan });
    expect(again.suggestions.find((s) => s.kind === 'BUILD')?.changes ?? []).toEqual([]);
  });
});
