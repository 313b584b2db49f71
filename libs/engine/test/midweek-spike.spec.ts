/**
 * The current-week load trim (`CURRENT_WEEK_LOAD`) on any review day Tuesday–Saturday, not only on Monday (brief of
 * 2026-12-07, "tuesday"): a coach works the queue on Monday or Tuesday, or later in the week when something urgent
 * comes up. Read on Tuesday, Ingrid's spiking week had the load-spike warning and no trim, and a trim the coach saw on
 * Monday and applied on Tuesday was refused as no longer proposed. The trim counts what is logged so far this week
 * and changes only the days after today; on Sunday the week is over (next week's suggestions handle it). Written, and
 * seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { LoggedSession, PlannedSession, Review, ReviewInput, Suggestion, SuggestionKind } from '../src';
import { applyChanges } from '../src/adaptation/apply-suggestion';
import { fromDayNumber, toDayNumber, weekdayName } from '../src/dates/local-date';
import type { WeekPlan } from '../src/types';
import { demoInput } from './factories/demo-fixtures';
import { type WeekShape, buildCoachHistory, easy, long, quality } from './factories/coach-histories.factory';

function get(r: Review, kind: SuggestionKind): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (s === undefined) throw new Error(`no ${kind}: ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}

function applied(plan: WeekPlan, s: Suggestion): WeekPlan {
  const r = applyChanges(plan, s.changes);
  if (!r.ok) throw new Error(`the change does not apply: ${r.reason}`);
  return r.plan;
}

type Logged = 'none' | 'monday' | 'asPlanned';

/**
 * Ingrid's demo input of Monday 2026-12-07 00:20 read on a later day of the same week (`day`: 1 = Tuesday): nothing of
 * the week logged, only Monday's sessions, or every session of the days before the review day as planned.
 */
function ingridOn(day: number, logged: Logged): ReviewInput {
  const input = demoInput('athlete01Monday');
  const monday = toDayNumber(input.reviewDate);
  const plan = input.currentWeekPlan as WeekPlan;
  const sessions: LoggedSession[] = [...input.sessions];
  for (const s of plan.sessions) {
    if (s.kind === 'REST' || s.kind === 'RACE' || s.day >= day) continue;
    if (logged === 'none' || (logged === 'monday' && s.day !== 0)) continue;
    sessions.push({
      id: `log-${s.id}`,
      day: monday + s.day,
      kind: s.kind,
      minutes: s.minutes,
      rpe: s.effort.value,
      plannedSessionId: s.id,
    });
  }
  return { ...input, reviewDate: fromDayNumber(monday + day), sessions };
}

/** Minutes logged this week up to the review date (the review day's included). */
function loggedMinutes(input: ReviewInput): number {
  const review = toDayNumber(input.reviewDate);
  const monday = toDayNumber((input.currentWeekPlan as WeekPlan).weekStart);
  let total = 0;
  for (const s of input.sessions) {
    const d = s.day ?? toDayNumber(s.date as string);
    if (d >= monday && d <= review) total += s.minutes;
  }
  return total;
}

/**
 * The minutes of `plan` still to come at the review: the review day's sessions and those after it, minus those a log
 * this week is linked to (the inputs here link every log to its session), rest days aside.
 */
function toComeMinutes(input: ReviewInput, plan: WeekPlan): number {
  const review = toDayNumber(input.reviewDate);
  const monday = toDayNumber(plan.weekStart);
  const linked = new Set(
    input.sessions
      .filter((s) => (s.day ?? toDayNumber(s.date as string)) >= monday && s.plannedSessionId !== undefined)
      .map((s) => s.plannedSessionId),
  );
  let total = 0;
  for (const s of plan.sessions)
    if (s.kind !== 'REST' && s.day >= review - monday && !linked.has(s.id)) total += s.minutes;
  return total;
}

/** Only the sessions of the days after the review day differ between `plan` and `after`. */
function onlyLaterDaysChange(plan: WeekPlan, after: WeekPlan, todayWd: number): void {
  for (const s of plan.sessions) {
    const a = after.sessions.find((x) => x.id === s.id);
    if (s.day <= todayWd) expect(a).toEqual(s);
  }
  for (const a of after.sessions) expect(plan.sessions.some((s) => s.id === a.id)).toBe(true);
}

describe('the current-week load trim later in the week (athlete01 Ingrid, her Monday input read later)', () => {
  const cases: Array<[number, Logged]> = [
    [1, 'none'],
    [1, 'monday'],
    [3, 'asPlanned'],
    [5, 'asPlanned'],
  ];
  it.each(cases)(
    'should trim only the days after today, read on weekday %i with %s logged, and state the week as logged plus the plan after apply',
    (day, logged) => {
      const input = ingridOn(day, logged);
      const r = reviewAthlete(input);
      const warn = get(r, 'LOAD_SPIKE_WARNING');
      const cut = get(r, 'CURRENT_WEEK_LOAD');
      const plan = input.currentWeekPlan as WeekPlan;
      expect(cut.planWeekStart).toBe(plan.weekStart);
      const after = applied(plan, cut);
      onlyLaterDaysChange(plan, after, day);
      expect(after).not.toEqual(plan);
      // The week as the texts state it: what is logged so far, and the plan after apply still to come.
      const done = loggedMinutes(input);
      const weekAfter = done + toComeMinutes(input, after);
      const weekBefore = done + toComeMinutes(input, plan);
      expect(cut.evidence.weekMinutes).toBe(weekBefore);
      expect(cut.evidence.weekMinutesAfter).toBe(weekAfter);
      expect(cut.rationale).toContain(`to ${weekAfter} min`);
      // What was done so far, said; not "its first day".
      expect(cut.rationale).not.toContain('first day');
      expect(cut.rationale).toContain(done > 0 ? `${done} min logged so far` : 'nothing of it logged so far');
      expect(cut.evidence.weekLoggedMinutes).toBe(done);
      // The warning gives the same figures, and what is logged so far.
      expect(warn.rationale).toContain(
        `If the current-week suggestion's trim of this week (its days after today) is applied, the week comes to ${weekAfter} min (${done > 0 ? `${done} min of them logged so far` : 'nothing logged so far'})`,
      );
      expect(warn.athleteText).toContain(`your coach may trim the rest of this week`);
      expect(warn.athleteText).toContain(`about ${weekAfter} min`);
      expect(cut.athleteText).toContain(`about ${weekAfter} min`);
      expect(cut.athleteText).toContain(
        done > 0 ? `the ${done} min you have logged so far included` : 'nothing logged so far',
      );
    },
  );

  it('should say in words when too little of the week is left to trim (a Saturday read: only Sunday is left)', () => {
    const input = ingridOn(5, 'asPlanned');
    const r = reviewAthlete(input);
    const cut = get(r, 'CURRENT_WEEK_LOAD');
    expect(cut.evidence.withinLimits).toBe(false);
    expect(cut.rationale).toContain('still above the +20 % a week');
    expect(cut.rationale).toContain(
      'Too little of the week is left to bring it within them: only Sunday is left',
    );
    // The athlete is not told the trim keeps the load from rising too quickly.
    expect(cut.athleteText).not.toMatch(/does not rise too quickly/);
  });

  it('should keep Sunday as it was: the week is over, next week’s suggestions handle it', () => {
    const r = reviewAthlete(ingridOn(6, 'asPlanned'));
    expect(r.suggestions.map((x) => x.kind)).not.toContain('CURRENT_WEEK_LOAD');
    expect(r.suggestions.map((x) => x.kind)).toContain('LOAD_SPIKE_WARNING');
  });
});

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Monday. */
const WEEK = '2025-10-13';

/** A generated athlete whose published week spikes on the weeks before, read on `day` (0 = Monday). */
function generated(seed: number, day: number): ReviewInput {
  const r = rng(seed * 7919 + day);
  const round5 = (x: number) => Math.max(20, Math.round(x / 5) * 5);
  const base: WeekShape = [
    r() < 0.5 ? easy(round5(25 + 20 * r())) : null,
    quality(round5(45 + 20 * r()), 'Intervals', 4, 4),
    easy(round5(30 + 20 * r())),
    r() < 0.5
      ? { ...quality(round5(40 + 15 * r()), 'Tempo', 2, 10), key: false }
      : easy(round5(30 + 20 * r())),
    null,
    easy(round5(25 + 20 * r())),
    long(round5(70 + 30 * r())),
  ];
  const factor = 1.35 + 0.5 * r();
  const spike: WeekShape = base.map((s, i) =>
    s === null ? (i === 4 && r() < 0.3 ? easy(30) : null) : { ...s, minutes: round5(s.minutes * factor) },
  );
  const skipToday = r() < 0.5;
  const skipPast = r() < 0.25;
  return buildCoachHistory({
    athlete: {
      id: `gen-${seed}-${day}`,
      firstName: 'Gen',
      trainingYears: 4,
      availabilityMinutes: [120, 120, 120, 120, 120, 120, 180],
    },
    reviewDate: fromDayNumber(toDayNumber(WEEK) + day),
    weeks: 8,
    plan: (w) => (w === 0 ? base : w === 1 ? spike : base),
    // This week: as planned, the review day's session logged or not, now and then a day missed.
    done: (c) =>
      c.weeksAgo === 1 && ((c.daysAgo === 0 && skipToday) || (skipPast && c.weekday === 2))
        ? null
        : undefined,
  });
}

describe('the current-week load trim on every review day (generated spiking athletes)', () => {
  it('should change only the days after today, and state the week as what is logged plus the plan after apply', () => {
    let trims = 0;
    const perDay = [0, 0, 0, 0, 0, 0, 0];
    for (let seed = 1; seed <= 12; seed++)
      for (let day = 0; day <= 6; day++) {
        const input = generated(seed, day);
        const r = reviewAthlete(input);
        const plan = input.currentWeekPlan as WeekPlan;
        const spiking = (r.metrics.rampPct.value ?? 0) > 20.5 || (r.metrics.twoWeekPct.value ?? 0) > 30.5;
        const cut = r.suggestions.find((x) => x.kind === 'CURRENT_WEEK_LOAD');
        const laterRuns = plan.sessions.filter((s: PlannedSession) => s.day > day && s.kind === 'RUN');
        if (day === 6 || !spiking || laterRuns.length === 0) {
          if (day === 6) expect(cut).toBeUndefined();
          continue;
        }
        // A spiking week with days left is trimmed (or its long run cut), whatever the review day.
        const current = r.suggestions.filter((x) => x.kind.startsWith('CURRENT_WEEK_'));
        expect({ seed, day, kinds: current.map((x) => x.kind) }).toEqual({
          seed,
          day,
          kinds: [expect.stringMatching(/^CURRENT_WEEK_(LOAD|LONG_RUN)$/)],
        });
        if (cut === undefined) continue;
        trims++;
        perDay[day]++;
        const after = applied(plan, cut);
        onlyLaterDaysChange(plan, after, day);
        const done = loggedMinutes(input);
        expect({ seed, day, after: cut.evidence.weekMinutesAfter }).toEqual({
          seed,
          day,
          after: done + toComeMinutes(input, after),
        });
        expect(cut.rationale).toContain(`to ${done + toComeMinutes(input, after)} min`);
        if (day > 0) expect(cut.rationale).toContain(`This week is on its ${weekdayName(day)}`);
      }
    // Every review day Monday–Saturday has trims among the generated athletes.
    expect(trims).toBeGreaterThan(20);
    for (let d = 0; d <= 5; d++) expect({ day: d, trims: perDay[d] > 0 }).toEqual({ day: d, trims: true });
  });
});

describe('the same spike, read on Monday and on Tuesday, keeps its kind (diff review of 2026-12-07)', () => {
  /**
   * Ingrid's Monday week with its sessions at half their length and a 120-min long run: a spike the long-run cut
   * alone brings within the limits. Monday had read CURRENT_WEEK_LOAD (the trim first) and Tuesday
   * CURRENT_WEEK_LONG_RUN with the identical change, so Monday's read applied on Tuesday was refused.
   */
  function longRunSpike(day: number): ReviewInput {
    const input = ingridOn(day, 'asPlanned');
    const plan = input.currentWeekPlan as WeekPlan;
    const longest = plan.sessions.reduce((a, s) => (s.kind === 'RUN' && s.minutes > a.minutes ? s : a));
    const sessions = plan.sessions.map((s) =>
      s.id === longest.id
        ? { ...s, minutes: 120 }
        : s.kind === 'REST' || s.kind === 'RACE'
          ? s
          : { ...s, minutes: Math.max(10, Math.round(s.minutes / 10) * 5) },
    );
    const halved = { ...input, currentWeekPlan: { ...plan, sessions } };
    // Monday's logs follow the halved plan.
    const byId = new Map(sessions.map((s) => [s.id, s.minutes]));
    return {
      ...halved,
      sessions: halved.sessions.map((s) =>
        s.plannedSessionId !== undefined && byId.has(s.plannedSessionId)
          ? { ...s, minutes: byId.get(s.plannedSessionId) as number }
          : s,
      ),
    };
  }

  const spikeKinds: SuggestionKind[] = ['CURRENT_WEEK_LOAD', 'CURRENT_WEEK_LONG_RUN'];
  const spikeOf = (r: Review) => r.suggestions.filter((s) => spikeKinds.includes(s.kind));

  it('is the long-run cut on both days, with the same change', () => {
    const monday = spikeOf(reviewAthlete(longRunSpike(0)));
    const tuesday = spikeOf(reviewAthlete(longRunSpike(1)));
    expect(monday.map((s) => s.kind)).toEqual(['CURRENT_WEEK_LONG_RUN']);
    expect(tuesday.map((s) => s.kind)).toEqual(monday.map((s) => s.kind));
    expect(tuesday[0].changes.filter((c) => c.type !== 'SCALE_VOLUME' || c.sessionIds !== undefined)).toEqual(
      monday[0].changes.filter((c) => c.type !== 'SCALE_VOLUME' || c.sessionIds !== undefined),
    );
  });
});
