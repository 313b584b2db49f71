/**
 * A load spike read on the week's first day, the week all still to come (coach read of 2026-12-07, Monday 00:20,
 * athlete01 Ingrid and athlete03 Sofia): the URGENT warning was about this week ("all 7 days as planned", +73 %), but
 * it carried no change and told the athlete "Nothing changes in your plan for this"; only next week was kept lower.
 * The week is trimmed now by a current-week suggestion, in the engine's cut order with the key sessions whole, toward
 * the limits the warning cites, and every figure of its text is the plan its changes leave. Written, and seen to fail,
 * before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion, SuggestionKind } from '../src';
import { applyChanges } from '../src/adaptation/apply-suggestion';
import { toDayNumber } from '../src/dates/local-date';
import { planLoad, planMinutes } from '../src/planning/plan-measures';
import {
  type WeekShape,
  buildCoachHistory,
  easy,
  long,
  quality,
  scaled,
  shift,
} from './factories/coach-histories.factory';

const rest = null;
/** A Monday: the week of the review begins today, nothing of it logged yet. */
const MONDAY = '2025-10-13';

function get(r: Review, kind: SuggestionKind): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (s === undefined) throw new Error(`no ${kind}: ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}

/** Her build weeks before the flu. */
const USUAL: WeekShape = [
  easy(30),
  quality(75, 'Race-specific', 3, 15),
  easy(30),
  { ...quality(50, 'Tempo', 2, 15), key: false },
  rest,
  easy(30),
  long(85),
];
/** The two weeks back from the flu. */
const BACK1: WeekShape = [
  easy(25),
  { ...easy(45, 'Light fartlek'), rpe: 6 },
  easy(30),
  easy(30),
  rest,
  easy(30),
  long(45),
];
const BACK2: WeekShape = [
  easy(30),
  quality(50, 'Race-specific', 2, 10),
  easy(30),
  easy(30),
  rest,
  easy(30),
  long(70),
];
/** This week as published: her usual week with a 90-min long run, above even the weeks before the flu. */
const THIS: WeekShape = [
  easy(30),
  quality(75, 'Race-specific', 3, 15),
  easy(30),
  { ...quality(50, 'Tempo', 2, 15), key: false },
  rest,
  easy(30),
  long(90),
];

/** Ill (fever) for most of the week four weeks back (a plan cut for it: a down week), back for two weeks since. */
function ingridOnMonday(reviewDate = MONDAY): ReviewInput {
  const monday = toDayNumber(MONDAY);
  const ill = (day: number) => monday - day >= 22 && monday - day <= 27;
  return buildCoachHistory({
    athlete: {
      id: 'ingrid',
      firstName: 'Ingrid',
      trainingYears: 6,
      availabilityMinutes: [60, 90, 60, 75, 0, 60, 120],
    },
    reviewDate,
    weeks: 10,
    plan: (w) =>
      w === 0
        ? USUAL
        : w === 1
          ? THIS
          : w === 2
            ? BACK2
            : w === 3
              ? BACK1
              : w === 4
                ? scaled(USUAL, 0.6)
                : w === 8
                  ? scaled(USUAL, 0.7)
                  : USUAL,
    // Nothing logged today: the review is at the week's very start.
    done: (c) => (c.daysAgo === 0 || ill(c.day) ? null : undefined),
    checkIn: (c, u) => (ill(c.day) ? { ...u, illness: 'BELOW_NECK_OR_FEVER' } : u),
  });
}

describe('a load spike read on the week’s first day trims the week (athlete01 Ingrid, Monday read)', () => {
  it('should carry a change to this week that applies cleanly, keeps the key sessions, and states the applied plan', () => {
    const input = ingridOnMonday();
    const r = reviewAthlete(input);
    const w = r.metrics.weeks;
    expect(w[0].start).toBe(MONDAY);
    const warn = get(r, 'LOAD_SPIKE_WARNING');
    // The week as planned is a spike on the weeks since the flu.
    expect(r.metrics.rampPct.value!).toBeGreaterThan(20);
    const cut = get(r, 'CURRENT_WEEK_LOAD');
    const plan = input.currentWeekPlan!;
    expect(cut.planWeekStart).toBe(plan.weekStart);
    expect(cut.changes.length).toBeGreaterThan(0);
    expect(cut.severity).toBe(warn.severity);
    const applied = applyChanges(plan, cut.changes);
    expect(applied.ok).toBe(true);
    const after = (applied as { ok: true; plan: typeof plan }).plan;
    // The key sessions and today's sessions are as planned.
    for (const s of plan.sessions)
      if (s.key === true || s.day === 0) expect(after.sessions.find((x) => x.id === s.id)).toEqual(s);
    // Every figure of the text is the applied plan's: minutes and load (nothing logged yet: the week is its plan).
    const before = planMinutes(plan);
    const afterMin = planMinutes(after);
    const loadBefore = Math.round(planLoad(plan));
    const loadAfter = Math.round(planLoad(after));
    expect(Math.round(w[0].load)).toBe(loadBefore);
    expect(cut.rationale).toContain(
      `This week goes from ${before} min to ${afterMin} min, its load ${loadBefore} → ${loadAfter}`,
    );
    expect(cut.evidence.weekLoadAfter).toBe(loadAfter);
    // Within the ramp limit the warning cites, on the weeks it compares with.
    const ref = w[0].load / (1 + r.metrics.rampPct.value! / 100);
    expect(loadAfter).toBeLessThanOrEqual(Math.round(ref * 1.2));
    expect(cut.rationale).toContain(`${Math.round((loadAfter / ref - 1) * 100)} % on that reference`);
    expect(cut.rationale).toContain("Monday's easy run, today, is left as it is");
    // The warning says the week is trimmed, to the same figures; the athlete is not told that nothing changes.
    expect(warn.rationale).toContain(
      `The current-week suggestion trims this week now, its days after today, to ${afterMin} min and a load of ${loadAfter}`,
    );
    expect(warn.athleteText).not.toMatch(/^Nothing changes/);
    expect(warn.athleteText).toContain(`this week is trimmed to about ${afterMin} min`);
    expect(cut.athleteText).toContain(`This week is lighter: about ${afterMin} min instead of ${before} min`);
  });

  it('should say what the comparison with the build weeks before the flu means', () => {
    const r = reviewAthlete(ingridOnMonday());
    const warn = get(r, 'LOAD_SPIKE_WARNING');
    expect(warn.rationale).toMatch(
      /on the three build weeks before those \([^)]*\) it is \+\d+ %, above even those: a new high/,
    );
  });

  it('should leave a week that has begun to the other current-week cuts (a Wednesday read of the same week)', () => {
    const wednesday = reviewAthlete(ingridOnMonday(shift(MONDAY, 2)));
    expect(wednesday.metrics.rampPct.value!).toBeGreaterThan(20);
    expect(wednesday.suggestions.map((x) => x.kind)).not.toContain('CURRENT_WEEK_LOAD');
  });
});
