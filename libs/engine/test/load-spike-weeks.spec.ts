/**
 * The load-spike warning's figures, as a coach read them on athlete01 Ingrid (demo club, review of 2026-12-04).
 * Each check was written, and seen to fail, before the engine was changed.
 * - Its reference left out the week before the flu as "lighter than usual": its minutes were low only because its
 *   plan was cut for the flu, and its load (1387) was higher than that of the one week it kept (1115). A week is
 *   left out of a load comparison only when its load was lighter (+56 % → +39 %).
 * - Its week counted this Sunday's long run still to come at its planned 90 min, while the same review's
 *   current-week suggestion cuts it to 50: the text says so, and what the figures are after the cut.
 */
import { reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion } from '../src';
import { NEXT, shift } from './factories/coach-histories.factory';
import { ingridBackFromFlu } from './factories/ingrid.factory';
import { toDayNumber } from '../src/dates/local-date';
import { recentSessionsOf } from '../src/metrics/recent-sessions';
import { loggedLongRun } from '../src/planning/long-run';
import { longerRunAside } from '../src/suggestions/format';
import { athleteText } from '../src/suggestions/athlete-text';

function get(r: Review, kind: Suggestion['kind']): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (s === undefined) throw new Error(`no ${kind}: ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}

const pct = (v: number): string => `${Math.round(v) > 0 ? '+' : ''}${Math.round(v)} %`;

/**
 * Her week without Saturday's easy run: the long-run cut alone brings it within the load-spike limits, so the Friday
 * read proposes it (`CURRENT_WEEK_LONG_RUN`); with the easy run the week's trim goes further (`CURRENT_WEEK_LOAD`, on
 * any review day since the brief of 2026-12-07 "tuesday").
 */
function withoutSaturday(input: ReviewInput): ReviewInput {
  const plan = input.currentWeekPlan!;
  return { ...input, currentWeekPlan: { ...plan, sessions: plan.sessions.filter((x) => x.day !== 5) } };
}

/**
 * Her history back from the flu, with the plan of the week the flu began cut for it (its Saturday and Sunday
 * taken out, the days she was ill): a down week by its plan, whose load she trained as usual on the days before.
 */
function fluCutPlan(): ReviewInput {
  const input = ingridBackFromFlu();
  const start = shift(NEXT, -28);
  return {
    ...input,
    pastWeekPlans: input.pastWeekPlans!.map((p) =>
      p.weekStart === start ? { ...p, sessions: p.sessions.filter((x) => x.day < 5) } : p,
    ),
  };
}

describe('the load-spike warning compares loads with the weeks that were lighter in load left out (athlete01)', () => {
  it('should count a week whose plan was cut but whose load was not lighter than the week it keeps', () => {
    const r = reviewAthlete(fluCutPlan());
    const w = r.metrics.weeks;
    // The week the flu began: a down week by its plan, its load above the week back from the flu.
    expect(w[3].start).toBe(shift(NEXT, -28));
    expect(w[3].isDownWeek).toBe(true);
    expect(w[3].load).toBeGreaterThan(w[1].load);
    expect(w[1].isDownWeek).toBe(false);
    // The flu week is lighter than both: it stays out.
    expect(w[2].load).toBeLessThan(w[1].load);
    const ref = (w[1].load + w[3].load) / 2;
    expect(r.metrics.rampPct.value).toBeCloseTo((w[0].load / ref - 1) * 100, 6);
    // The two-week ratio: the week left out counts at the reference's level, the week kept as itself.
    expect(r.metrics.twoWeekPct.value).toBeCloseTo(
      ((w[0].load + w[1].load) / (ref + w[3].load) - 1) * 100,
      6,
    );
    const s = get(r, 'LOAD_SPIKE_WARNING');
    expect(s.rationale).toContain(
      `${pct((w[0].load / ref - 1) * 100)} on the weeks of ${w[1].start} (${Math.round(w[1].load)}) and ${w[3].start} (${Math.round(w[3].load)})`,
    );
    expect(s.rationale).not.toContain(`${w[3].start} left out`);
    // The current-week cut (the week's trim on any day since the brief of 2026-12-07 "tuesday") reads the same figure.
    const c = get(r, 'CURRENT_WEEK_LOAD');
    expect(c.rationale).toContain(
      `${pct((w[0].load / ref - 1) * 100)} on the load-spike warning's reference`,
    );
  });

  it('should say of every week it leaves out that it was lighter in load than every week it counts', () => {
    for (const input of [ingridBackFromFlu(), fluCutPlan()]) {
      const r = reviewAthlete(input);
      const s = get(r, 'LOAD_SPIKE_WARNING');
      const w = r.metrics.weeks;
      const m = /; the weeks? of (.+?), lighter than (?:it|those), (?:is|are) left out/.exec(s.rationale);
      expect(m).not.toBeNull();
      const left = w.slice(1, 4).filter((x) => m![1].includes(`${x.start} (${Math.round(x.load)})`));
      const counted = w.slice(1, 4).filter((x) => !left.includes(x));
      expect(left.length).toBeGreaterThan(0);
      for (const x of counted) expect(s.rationale).toContain(`${x.start} (${Math.round(x.load)})`);
      for (const x of left) for (const y of counted) expect(x.load).toBeLessThan(y.load);
    }
  });
});

describe('the load-spike figures say how they count this week’s long run still to come (athlete01)', () => {
  it('should say the week counts Sunday’s planned 90 min and give the figures after the current-week cut', () => {
    const input = withoutSaturday(ingridBackFromFlu());
    const r = reviewAthlete(input);
    const w = r.metrics.weeks;
    const cut = get(r, 'CURRENT_WEEK_LONG_RUN');
    expect(cut.evidence.longRunMinutes).toBe(90);
    const to = cut.evidence.longRunMinutesAfter as number;
    const sunday = input.currentWeekPlan!.sessions.find((x) => x.day === 6)!;
    const after = w[0].load - (90 - to) * sunday.effort.value;
    const ramp = r.metrics.rampPct.value!;
    const ref = w[0].load / (1 + ramp / 100);
    const s = get(r, 'LOAD_SPIKE_WARNING');
    expect(s.rationale).toContain(
      `with Sunday's long run at its planned 90 min) comes to ${Math.round(w[0].load)}`,
    );
    expect(s.rationale).toContain(
      `With Sunday's long run cut to ${to} min (the current-week suggestion), the week comes to ${Math.round(after)}, ${pct((after / ref - 1) * 100)} on that week`,
    );
    // The current-week cut gives the same figures.
    expect(cut.rationale).toContain(
      `its load ${Math.round(w[0].load)} → ${Math.round(after)} (${pct((after / ref - 1) * 100)} on the weeks the load-spike warning compares with, instead of ${pct(ramp)})`,
    );
  });

  it('should name the long run only when a current-week suggestion cuts it', () => {
    const input = ingridBackFromFlu();
    const plan = input.currentWeekPlan!;
    const near = { ...plan, sessions: plan.sessions.map((x) => (x.day === 6 ? { ...x, minutes: 55 } : x)) };
    const r = reviewAthlete({ ...input, currentWeekPlan: near });
    expect(r.suggestions.map((x) => x.kind)).not.toContain('CURRENT_WEEK_LONG_RUN');
    const s = get(r, 'LOAD_SPIKE_WARNING');
    expect(s.rationale).not.toContain('at its planned');
    // (The week's trim, which takes the long run to its step among its changes, is named as the trim: its figures
    // are the whole trim's.)
    expect(s.rationale).not.toContain("With Sunday's long run cut");
    expect(s.rationale).toContain("If the current-week suggestion's trim of this week");
  });
});

describe('the progression summary states the ramp as the load-spike warning measures it (athlete01)', () => {
  it('should say it is this week’s load, its days to come as planned, with the lighter weeks left out', () => {
    const r = reviewAthlete(fluCutPlan());
    const summary = r.components.find((c) => c.component === 'PROGRESSION')!.summary;
    const ramp = Math.round(r.metrics.rampPct.value! * 10) / 10;
    expect(summary).toContain(
      `This week's load (its days to come as planned) is +${ramp} % on the three weeks before, the lighter ones left out`,
    );
    expect(summary).not.toContain("last 7 days' load");
  });
});

describe('a longer run that is not a long run is said to be set aside (coach read 7: Ingrid’s 79-min session)', () => {
  /**
   * Her history with an unlinked 79-min run at RPE 6 (a workout, not a long run) logged this Tuesday in place of her
   * planned session, and no easy run on Saturday (the long-run cut alone brings the week within the limits).
   */
  function withWorkout(minutes: number): ReviewInput {
    const input = withoutSaturday(ingridBackFromFlu());
    const tuesday = shift(NEXT, -6);
    return {
      ...input,
      sessions: [
        ...input.sessions.filter((x) => x.date !== tuesday),
        { id: 'workout', date: tuesday, kind: 'RUN', minutes, rpe: 6 },
      ],
    };
  }

  it('should name the longer run beside the long run the step counts from, coach and athlete texts alike', () => {
    const r = reviewAthlete(withWorkout(79));
    const cut = get(r, 'CURRENT_WEEK_LONG_RUN');
    const logged = cut.evidence.loggedLongRunMinutes as number;
    expect(logged).toBeLessThan(79);
    expect(cut.rationale).toContain(
      `(${logged} min; a longer run of 79 min aside: not planned or run as a long run)`,
    );
    expect(cut.evidence.longerQualityMinutes).toBe(79);
    expect(cut.athleteText).toContain(
      '(your 79-min session was a different kind of session, so the step counts from your long runs)',
    );
  });

  it('should say nothing of a longer run within one step of the long run (it would not move the step)', () => {
    // Unlinked runs: a 60-min long run at RPE 4, and a harder run of `harder` min at RPE 7, in the last 4 weeks.
    const review = toDayNumber(NEXT) - 3;
    const of = (harder: number) => {
      const sessions = [
        { id: 'long', date: shift(NEXT, -10), kind: 'RUN' as const, minutes: 60, rpe: 4 },
        { id: 'hard', date: shift(NEXT, -6), kind: 'RUN' as const, minutes: harder, rpe: 7 },
      ];
      const input = { ...ingridBackFromFlu(), sessions, pastWeekPlans: [], currentWeekPlan: undefined };
      return loggedLongRun(input, review, null, recentSessionsOf(sessions, review));
    };
    expect(of(65)).toMatchObject({ minutes: 60, long: true, longerRun: 0 }); // one step over 60 is 70
    expect(of(80)).toMatchObject({ minutes: 60, long: true, longerRun: 80 });
    expect(longerRunAside(true, 0)).toBe('');
    expect(longerRunAside(true, 80)).toBe(
      ' (a longer run of 80 min aside: not planned or run as a long run)',
    );
  });

  it('should not tell the athlete of a rise in training done when most of the week is still the plan', () => {
    // The same history reviewed on each day of the week: its days to come count in the week's load as planned.
    const on = (back: number) =>
      get(reviewAthlete({ ...ingridBackFromFlu(), reviewDate: shift(NEXT, -back) }), 'LOAD_SPIKE_WARNING');
    // Monday, Tuesday: the rest of the week is the plan. The coach reads what the week comes to, the athlete that
    // the plan raises the load.
    for (const back of [7, 6]) {
      const s = on(back);
      expect(s.evidence.daysToCome).toBe(back - 1);
      expect(s.evidence.toComeAsPlanned).toBe(true);
      expect(s.rationale).toMatch(/as planned[^)]*\) comes to \d+ \(sRPE × min\)/);
      expect(s.athleteText).toMatch(/this week's plan raises your training load quickly/i);
      expect(s.athleteText).not.toMatch(/rose quickly/);
    }
    // The whole week to come (reviewed before Monday's session is logged): said as such, not "its last 7 days".
    const monday = reviewAthlete({
      ...ingridBackFromFlu(),
      reviewDate: shift(NEXT, -7),
      sessions: ingridBackFromFlu().sessions.filter((x) => (x.date ?? '') < shift(NEXT, -7)),
    }).suggestions.find((x) => x.kind === 'LOAD_SPIKE_WARNING');
    expect(monday?.evidence.daysToCome).toBe(7);
    expect(monday!.rationale).toContain('(all 7 days as planned');
    expect(monday!.rationale).not.toContain('its last 7 days');
    // With no plan for this week, its days to come count as the same days went last week: no plan is named.
    const spikeText = (toComeAsPlanned: boolean) =>
      athleteText({
        kind: 'LOAD_SPIKE_WARNING',
        rationale: '',
        evidence: { rampPct: 30, daysToCome: 5, toComeAsPlanned },
        changes: [],
        plan: undefined,
      });
    expect(spikeText(true)).toMatch(/this week's plan raises your training load quickly/i);
    expect(spikeText(false)).not.toMatch(/plan raises/);
    expect(spikeText(false)).toMatch(/your training load is rising quickly this week/i);
    // Saturday: two days to come, most of the week done.
    const sat = on(2);
    expect(sat.evidence.daysToCome).toBe(2);
    expect(sat.athleteText).toMatch(/your training load is rising quickly this week/i);
    // The current-week long run's cut is made while the long run is still to come: never "rose".
    const cut = get(reviewAthlete(withoutSaturday(ingridBackFromFlu())), 'CURRENT_WEEK_LONG_RUN');
    expect(cut.athleteText).toMatch(/your training load is rising quickly this week/i);
  });
});
