/**
 * A re-entry week (7 days or more with nothing logged and no contact for 5 days or more: easy running only, about 75 %
 * of the usual week, the long run capped) is not lost on the other decision paths (coach read of the demo club on
 * the Sunday a week later, `--now 2026-12-13T17:00:00Z`, the whole club silent since 2026-12-06/07):
 * - Ingrid, whose flu ended on 2026-11-22 (on the 21-day illness memory's edge that Sunday, trained back from for two
 *   weeks before the gap), had a hold of 240 min keeping Tuesday's hill repeats, both strength sessions and a 95-min
 *   long run (her longest logged run: 79 min), and lost the down week Wednesday had given her (165 min): an illness
 *   over before the gap does not rule a re-entry week out, and with a down week due the week takes the smaller size;
 * - Sara, amber and silent for 7 days, had a hold of 350 min keeping her steady blocks, her tempo and a long run of
 *   120 min, more than she ever logged: low readiness never makes a week less cautious than the break alone.
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { Review, WeekPlan } from '../src';
import { isHard, isLongRun } from '../src/planning/plan-measures';
import { demoInput } from './factories/demo-fixtures';
import { applied, get, reviewTexts } from './factories/review-helpers';

function runs(plan: WeekPlan): WeekPlan['sessions'] {
  return plan.sessions.filter((x) => x.kind === 'RUN');
}

function total(plan: WeekPlan): number {
  let t = 0;
  for (const x of plan.sessions) t += x.minutes;
  return t;
}

describe('a re-entry week after an illness over before the gap, with a down week due (demo club, Ingrid on Sunday 2026-12-13)', () => {
  const input = demoInput('athlete01NextSunday');
  const r: Review = reviewAthlete(input);

  it('should make next week a re-entry week, at the down week size (the smaller of the two)', () => {
    const d = r.decision;
    expect(d.reason).toMatch(/^A re-entry week until Ingrid answers \(about \d+ min, easy running only\)/);
    // The usual 244 min of the two weeks before the gap: the re-entry week's 75 % is 183, the down week's -30 % 171.
    expect(d.targetMinutes).toBeGreaterThanOrEqual(165);
    expect(d.targetMinutes).toBeLessThanOrEqual(175);
    const hold = get(r, 'CAUTIOUS_HOLD');
    expect(hold.rationale).toContain(
      'a down week is due too (3 weeks since the last one, the week of 2026-11-16',
    );
    expect(hold.rationale).toContain("the down week's −30 %");
    expect(hold.athleteText).toContain('easy re-entry week');
  });

  it('should leave no hard session and a long run under the re-entry cap (75 % of her 79-min longest run)', () => {
    const plan = applied(input.nextWeekDraft as WeekPlan, get(r, 'CAUTIOUS_HOLD'));
    for (const x of runs(plan)) expect(isHard(x)).toBe(false);
    for (const x of runs(plan)) expect(x.minutes).toBeLessThanOrEqual(55);
    expect(total(plan)).toBeLessThanOrEqual(r.decision.maxMinutes);
    for (const t of reviewTexts(r)) expect(t).not.toContain('Hold next week at about');
  });
});

describe('an amber hold after 7 days with nothing logged (demo club, Sara on Sunday 2026-12-13)', () => {
  const input = demoInput('athlete21NextSunday');
  const r: Review = reviewAthlete(input);

  it('should make the amber hold a re-entry week, never the usual volume', () => {
    const d = r.decision;
    expect(d.rule).toBe('RECOVERY_HOLD');
    expect(d.reason).toMatch(
      /^A re-entry week until Sara answers \(about \d+ min, easy running only\): readiness is amber; /,
    );
    // The usual 379 min: the re-entry week's 75 % is 284, a down week due too (-30 %) 265; the hold had been 350.
    expect(d.targetMinutes).toBeLessThanOrEqual(285);
    const hold = get(r, 'RECOVERY_HOLD');
    expect(hold.rationale).toContain('until Sara answers make next week a re-entry week');
    expect(hold.rationale).not.toContain('Hold next week at about');
    expect(hold.athleteText).toContain('We see no sessions logged since 2026-12-06');
    const reach = get(r, 'NO_CONTACT_REACH_OUT');
    expect(reach.rationale).toContain('until Sara answers make it a re-entry week (see the hold)');
  });

  it('should keep no steady blocks or tempo, and no long run over 75 % of her longest logged (111 min)', () => {
    const plan = applied(input.nextWeekDraft as WeekPlan, get(r, 'RECOVERY_HOLD'));
    for (const x of runs(plan)) expect(isHard(x)).toBe(false);
    for (const x of runs(plan)) if (isLongRun(x)) expect(x.minutes).toBeLessThanOrEqual(80);
    expect(total(plan)).toBeLessThanOrEqual(r.decision.maxMinutes);
  });
});

describe('a return after a race transition, after 7 days with nothing logged (demo club, Emma on Sunday 2026-12-13)', () => {
  const input = demoInput('athlete05NextSunday');
  const r: Review = reviewAthlete(input);

  it('should make the graded return a re-entry week: easy only, landing at its target', () => {
    const d = r.decision;
    expect(d.reason).toMatch(/^A re-entry week until Emma answers \(about \d+ min, easy running only\)/);
    // Graded from the 83 min of the last week trained (+20 %): the return's own target, under 75 % of the usual 249.
    expect(d.targetMinutes).toBeLessThanOrEqual(100);
    const hold = get(r, 'CAUTIOUS_HOLD');
    expect(hold.rationale).toContain(`next week's ${d.targetMinutes} min is less, for the reasons above`);
    expect(hold.rationale).not.toContain('min above the');
    const plan = applied(input.nextWeekDraft as WeekPlan, hold);
    for (const x of runs(plan)) expect(isHard(x)).toBe(false);
    // 75 % of her 49-min longest long run.
    for (const x of runs(plan)) expect(x.minutes).toBeLessThanOrEqual(35);
    expect(total(plan)).toBeLessThanOrEqual(d.maxMinutes);
    expect(hold.athleteText).toContain(`Next week is about ${total(plan)} min`);
  });
});

describe('a trip in a re-entry week (demo club, Tom on Sunday 2026-12-13)', () => {
  const r: Review = reviewAthlete(demoInput('athlete02NextSunday'));

  it('should not keep the trip days\' quality sessions "as quality" beside an easy-only re-entry week', () => {
    expect(r.decision.reason).toMatch(/^A re-entry week until Tom answers/);
    const trip = get(r, 'LIFE_CONTEXT_REDUCTION');
    expect(trip.rationale).not.toContain('quality session');
    // (As easy runs in the re-entry week, or, where the hold reaches into the trip's days, what it makes of them.)
    expect(trip.rationale).toContain('re-entry week (see the hold)');
  });
});
