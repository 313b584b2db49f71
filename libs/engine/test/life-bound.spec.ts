/**
 * Coach read of the demo club, Sunday 2026-12-06 (athlete13 Lea Fischer): a confirmed work-stress event runs through
 * next week. The decision read "HOLD (Readiness is amber: hold instead of building (about 265 min).) target 265
 * [240–280]", but the top suggestion, the event's caps, takes the week 250 → 90 min, and the hold's own text said
 * "… take the week to 90 min, 150 min under the hold's range": the decision a coach and the web app show was a target
 * the engine's own first suggestion put 150 min below. The long-race note grew the marathon long run "from next week's
 * long run of 70 min", which the event's suggestion makes a 30-min easy run. And the caps' sentence said "keep 70 %"
 * of Monday's 20 min, "at most 10", and called Friday, a day Lea has no time on, "0 min, an average training day".
 * The input is Lea's review input as the demo club's read built it (`fixtures/demo-athlete13-2026-12-06.json`).
 */
import { reviewAthlete } from '../src';
import type { ReviewInput } from '../src';
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import { reachableLongRun } from '../src/planning/long-run';
import { planMinutes } from '../src/planning/plan-measures';
import { applied, get } from './factories/review-helpers';
import { demoInput } from './factories/demo-fixtures';

const lea = (): ReviewInput => demoInput('athlete13');

/** Lea's input with the work stress ending on `end` instead of 2026-12-13. */
const endingOn = (end: string): ReviewInput => {
  const input = lea();
  return {
    ...input,
    contextEvents: (input.contextEvents ?? []).map((e) => (e.kind === 'WORK_STRESS' ? { ...e, end } : e)),
  };
};

describe('a week a life event bounds below the decision range', () => {
  it('should state the week the event caps leave as the hold target when they take it below the range', () => {
    const input = lea();
    const r = reviewAthlete(input);
    const life = get(r, 'LIFE_CONTEXT_REDUCTION');
    const after = planMinutes(applied(input.nextWeekDraft!, life));
    expect(after).toBe(90);
    expect(r.decision.type).toBe('HOLD');
    expect(r.decision.targetMinutes).toBe(after);
    expect(r.decision.minMinutes).toBeLessThanOrEqual(after);
    expect(r.decision.maxMinutes).toBeGreaterThanOrEqual(after);
    expect(r.decision.reason).toContain('The days of the work stress (Monday–Sunday) bound next week');
    // The week is the bound's, not the hold's own size (the decision had read "hold instead of building (about 265
    // min)" before "… take the week to about 90 min"), and no "the days the event leaves alone, and it leaves none".
    expect(r.decision.reason).not.toContain('265');
    expect(r.decision.reason).toMatch(/^Readiness is amber: hold instead of building\. The days/);
    expect(r.decision.reason).not.toContain('it leaves none');
    expect(r.decision.reason).toContain("every day of next week is the event's");
    // 90 min is the plan within the caps: they allow more, on days the plan has nothing (Monday's 10 min is under the
    // shortest training day): 20 + 25 + 40 + 25 + 30 = 140 min (Tuesday to Sunday, Friday none).
    expect(r.decision.reason).toContain(
      'the plan within its caps (its own suggestion) comes to about 90 min; the caps allow up to 140 min, with nothing planned on Wednesday (25 min) and Saturday (25 min)',
    );
    expect(r.decision.reason).toContain("The plan's 90 min is 150 min under the hold's 240–280 min");
    // The hold's own text says the same target, and no "other days" there are none of.
    const hold = get(r, 'RECOVERY_HOLD');
    expect(hold.rationale).not.toContain('the other days stay as planned');
    expect(hold.rationale).toContain("next week's target is those 90 min");
  });

  it('should keep that target once the event suggestion is applied and the week is reviewed again', () => {
    const input = lea();
    const first = reviewAthlete(input);
    const plan = applied(input.nextWeekDraft!, get(first, 'LIFE_CONTEXT_REDUCTION'));
    const again = reviewAthlete({ ...input, nextWeekDraft: plan });
    expect(again.decision.targetMinutes).toBe(planMinutes(plan));
    expect(again.decision.reason).toContain('bound next week');
    // The same words as before the apply: the plan within the caps and the most they allow.
    expect(again.decision.reason).toBe(first.decision.reason);
  });

  it('should size the days the event leaves alone by the hold when it covers part of the week', () => {
    // Work stress Monday to Thursday only: Friday to Sunday are the hold's.
    const input = endingOn('2026-12-10');
    const r = reviewAthlete(input);
    const life = get(r, 'LIFE_CONTEXT_REDUCTION');
    const after = planMinutes(applied(input.nextWeekDraft!, life));
    expect(after).toBeLessThan(235);
    expect(r.decision.targetMinutes).toBe(after);
    expect(r.decision.reason).toContain('(Monday–Thursday) bound next week');
    expect(r.decision.reason).toContain('the days the event leaves alone (Friday–Sunday)');
  });

  it('should count the long run growth from the recent long runs when the event caps next week long run', () => {
    const r = reviewAthlete(lea());
    const note = get(r, 'LONG_RACE_PREPARATION');
    expect(note.rationale).not.toContain("from next week's long run of 70 min");
    expect(note.rationale).toContain(
      "next week's long run of 70 min is capped by the work stress (its own suggestion makes it a 30-min easy run)",
    );
    expect(note.rationale).toContain('growing one step a week from the week of 2026-12-14');
    // From the 66 min Lea ran, next week (the event's) and the down week of 2026-12-28 no step, to the peak week of
    // 2027-01-04 (week 5 from next week).
    const reach = reachableLongRun(66, 5, [1, 4], DEFAULT_ENGINE_CONFIG.draft.longRunMaxMinutes);
    expect(note.evidence.reachableLongRun).toBe(reach);
    expect(note.rationale).toContain(`it reaches about ${reach} min by the week of 2027-01-04`);
  });

  it('should explain every figure of the caps sentence', () => {
    const input = lea();
    const life = get(reviewAthlete(input), 'LIFE_CONTEXT_REDUCTION');
    // 70 % of Monday's 20 min is 14: "at most 10" on the 5-min grid, said so.
    expect(life.rationale).toContain('70 % of each rounded down to 5 min');
    // Friday: no time at all, not "an average training day".
    expect(life.rationale).not.toContain('Friday 0 min, an average training day');
    expect(life.rationale).toContain('Friday none (Lea has no time on Fridays)');
    // Monday's 10-min cap is under the shortest training day: a rest day, said so. The rule is the day's, its
    // sessions together: Thursday's 40 min keep a 15-min strength beside a 25-min run, so the text does not call
    // 20 min the shortest session (it had).
    expect(life.rationale).toContain(
      `the cap on Monday (10 min) is under the shortest training day (${DEFAULT_ENGINE_CONFIG.draft.minSessionMinutes} min, its sessions together), so it is a rest day`,
    );
    expect(life.rationale).not.toContain('shortest session');
    const thursday = applied(input.nextWeekDraft!, life).sessions.filter((x) => x.day === 3);
    expect(thursday.map((x) => `${x.kind} ${x.minutes}`).sort()).toEqual(['RUN 25', 'STRENGTH 15']);
  });
});
