/**
 * A build grows an easy run by one easy-run step at most (15 min or 50 %, whichever is less, over the longest easy run
 * the athlete ran in the last 4 weeks; our rule), whatever else the week's runs are (coach read of the demo club's
 * Sunday review, 2026-12-06).
 *
 * Hanna's build (athlete15) had read "grow Saturday's easy run 30 → 65 min (+117 %)": a week of hers had an 80-min
 * race-specific session (RPE 6) beside her 57-min long run, and the long run, not that week's longest run, was taken
 * for an easy run of 57 min: her step was 57 + 15 min, where Maya's and Chloé's were capped from their easy runs. The
 * week's long run is now its longest run at a long run's effort (or linked to a planned long run).
 */
import { DEFAULT_ENGINE_CONFIG, applySuggestion, reviewAthlete } from '../src';
import type { LoggedSession, ReviewInput, Suggestion, WeekPlan } from '../src';
import { mondayOf, toDayNumber } from '../src/dates/local-date';
import { applyChanges } from '../src/adaptation/apply-suggestion';
import { cutTier, planMinutes } from '../src/planning/plan-measures';
import { fitVolume, rangeTolerance } from '../src/suggestions/fit-volume';
import { easy, long, quality, weekPlan, NEXT } from './factories/coach-histories.factory';
import { makeAthlete } from '../../../bench/engine.bench';
import { allInputs } from './factories/generated-athletes.factory';
import { demoInput } from './factories/demo-fixtures';

const { easyRunStepMaxMinutes: STEP_MINUTES, easyRunStepMaxPct: STEP_PCT } =
  DEFAULT_ENGINE_CONFIG.progression;

function dayOf(s: LoggedSession): number {
  const d = (s as { day?: number }).day;
  return d !== undefined ? d : toDayNumber(s.date as string);
}

/**
 * The longest easy run of the 28 days to the review date, as a coach counts it: a run at RPE 4 or less shorter than
 * its week's long run (the week's longest long run: a run logged without a link at RPE 5 or less, or one logged
 * against a planned long run, a key run without intervals); 0: none.
 */
function longestEasyRun(input: ReviewInput): number {
  const review = toDayNumber(input.reviewDate);
  const plans = [...(input.pastWeekPlans ?? []), ...(input.currentWeekPlan ? [input.currentWeekPlan] : [])];
  const longIds = new Set(
    plans.flatMap((p) =>
      p.sessions
        .filter((x) => x.kind === 'RUN' && x.key === true && x.intervals === undefined)
        .map((x) => x.id),
    ),
  );
  const runs = input.sessions.filter((s) => s.kind === 'RUN' && dayOf(s) > review - 28 && dayOf(s) <= review);
  let easy = 0;
  for (const s of runs) {
    if (s.rpe > 4) continue;
    const week = mondayOf(dayOf(s));
    const long = Math.max(
      ...runs
        .filter(
          (r) =>
            mondayOf(dayOf(r)) === week &&
            (r.plannedSessionId === undefined ? r.rpe <= 5 : longIds.has(r.plannedSessionId)),
        )
        .map((r) => r.minutes),
    );
    if (s.minutes < long) easy = Math.max(easy, s.minutes);
  }
  // This week's easy runs still to come count as run (a review before the weekend).
  const plan = input.currentWeekPlan;
  if (plan !== undefined && toDayNumber(plan.weekStart) === mondayOf(review)) {
    const today = review - mondayOf(review);
    const logged = new Set(input.sessions.map((l) => l.plannedSessionId));
    for (const x of plan.sessions)
      if (x.kind === 'RUN' && cutTier(x) === 0 && (x.day > today || (x.day === today && !logged.has(x.id))))
        easy = Math.max(easy, x.minutes);
  }
  return easy;
}

/** The easy runs a build grows past one easy-run step over the athlete's longest easy run, in words. */
function overStep(input: ReviewInput, s: Suggestion): string[] {
  const plan = input.nextWeekDraft;
  if (s.kind !== 'BUILD' || plan === undefined || s.planWeekStart !== plan.weekStart) return [];
  const a = applySuggestion(plan, s);
  if (!a.ok) return [];
  const base = longestEasyRun(input);
  const step = (m: number) => Math.floor((m + Math.min(STEP_MINUTES, (m * STEP_PCT) / 100)) / 5 + 1e-9) * 5;
  const faults: string[] = [];
  for (const x of plan.sessions) {
    if (x.kind !== 'RUN' || cutTier(x) !== 0) continue;
    // With no easy run logged or planned recently, the step counts from the run's own planned minutes.
    const cap = step(base > 0 ? base : x.minutes);
    const after = (a.plan as WeekPlan).sessions.find((y) => y.id === x.id);
    if (after !== undefined && after.minutes > Math.max(x.minutes, cap))
      faults.push(
        `${input.athlete.id}: ${x.purpose} ${x.minutes} → ${after.minutes} min (longest easy run ${base})`,
      );
  }
  return faults;
}

/** The athlete's quality sessions logged long: each hard run 2.5 times its minutes (longer than the long run). */
function longQuality(input: ReviewInput): ReviewInput {
  return {
    ...input,
    sessions: input.sessions.map((s) =>
      s.kind === 'RUN' && s.rpe >= 6 ? { ...s, minutes: Math.round(s.minutes * 2.5) } : s,
    ),
  };
}

describe('an easy run a build grows', () => {
  it("should grow Hanna's Saturday easy run one easy-run step at most, and say the week stays under its target (demo athlete15)", () => {
    const input = demoInput('athlete15');
    const r = reviewAthlete(input);
    const s = r.suggestions.find((x) => x.kind === 'BUILD') as Suggestion;
    expect(s.rationale).toContain("grow Saturday's easy run 30 → 45 min (+50 %)");
    expect(s.rationale).toContain(
      "Saturday's easy run is at 45 min, one easy-run step (15 min or 50 %, whichever is less; our rule) over the longest easy run Hanna ran in the last 4 weeks (32 min)",
    );
    const a = applySuggestion(input.nextWeekDraft as WeekPlan, s);
    if (!a.ok) throw new Error(a.reason);
    const total = a.plan.sessions.reduce((t, x) => t + (x.kind === 'REST' ? 0 : x.minutes), 0);
    expect(s.rationale).toContain(`so the week stays ${400 - total} min under the target of 400 min`);
    expect(overStep(input, s)).toEqual([]);
  });

  it('should grow an easy run one step over its planned minutes when no easy run was logged recently', () => {
    // Tuesday's intervals, Thursday's and Saturday's 30-min easy runs, Sunday's 60-min long run (170 min); a build to
    // 260 min with no easy run of the athlete's to count the step from had grown each easy run to an hour.
    const plan = weekPlan(NEXT, [
      null,
      quality(50, 'Intervals', 5, 3),
      null,
      easy(30),
      null,
      easy(30),
      long(60),
    ]);
    const r = fitVolume({
      plan,
      target: 260,
      max: 280,
      cutTo: 260,
      growBelow: 250,
      growTo: 260,
      mayDrop: true,
      depth: 'HOLD',
      longRace: false,
      minRunMinutes: DEFAULT_ENGINE_CONFIG.draft.minSessionMinutes,
      longRunShare: DEFAULT_ENGINE_CONFIG.draft.longRunShare,
      longRunCap: 65,
      floorTotal: 0,
      easyRunCap: Infinity,
      easyRunStep: { minutes: STEP_MINUTES, pct: STEP_PCT },
      tolerance: rangeTolerance(280, DEFAULT_ENGINE_CONFIG.progression),
    });
    const a = applyChanges(plan, r.changes);
    if (!a.ok) throw new Error(a.reason);
    for (const d of [3, 5]) expect(a.plan.sessions.find((x) => x.day === d)?.minutes).toBe(45);
    expect(a.plan.sessions.find((x) => x.day === 6)?.minutes).toBe(65);
    expect(planMinutes(a.plan)).toBe(205);
    expect(r.growLimits?.filter((l) => l.why === 'EASY_STEP').length).toBe(2);
  });

  it('should grow no easy run past one easy-run step over the longest easy run, a longer quality session beside the long run or not (generated and bench athletes)', () => {
    const faults: string[] = [];
    let builds = 0;
    const bench: ReviewInput[] = [];
    for (let i = 0; i < 300; i++) bench.push(makeAthlete(i));
    for (const base of [...allInputs(), ...bench])
      for (const input of [base, longQuality(base)]) {
        const r = reviewAthlete(input);
        for (const s of r.suggestions) {
          if (s.kind === 'BUILD') builds++;
          faults.push(...overStep(input, s));
        }
      }
    expect(faults.slice(0, 5)).toEqual([]);
    expect(builds).toBeGreaterThan(50);
  });
});
