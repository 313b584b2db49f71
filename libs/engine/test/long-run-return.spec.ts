/**
 * Coach read of the demo club, 2026-12-06 (athlete24 Kasper): the coach's plan for next week is a down week with a
 * 45-min long run, the review decides a build and takes the long run back to 90 min, "45 → 90 min (+100 %)", with
 * no word on the step. 90 min is within one step over the long runs he has run (88–91 min), the step's base, not a
 * doubling of what he can do; the text says so, true of its numbers, so the coach's eyes are not left to guess.
 */
import { reviewAthlete } from '../src';
import type { ReviewInput } from '../src';
import { longRunCap, longRunStep } from '../src/planning/long-run';
import {
  type DayContext,
  type Done,
  type WeekShape,
  buildCoachHistory,
  easy,
  long,
  quality,
  strength,
  withDownWeeks,
} from './factories/coach-histories.factory';
import { falseClaims } from './factories/text-claims';
import { applied, get } from './factories/review-helpers';

const WEEK: WeekShape = [
  strength(30),
  quality(75, 'Race-specific', 3, 15),
  easy(45),
  quality(50, 'Tempo', 2, 15),
  null,
  easy(45),
  long(100),
];
/** The coach's plan: shorter easy runs and a 45-min long run (a down week's). */
const DRAFT: WeekShape = [
  strength(30),
  quality(75, 'Race-specific', 3, 15),
  easy(35),
  quality(50, 'Tempo', 2, 15),
  null,
  easy(35),
  long(45),
];

const logged = (c: DayContext): Done | null | undefined => {
  const p = c.planned;
  if (!p || p.kind === 'REST') return undefined;
  if (p.key === true && p.intervals === undefined && p.kind === 'RUN') return { minutes: 98, rpe: 4 };
  return { minutes: p.minutes, rpe: p.effort.value };
};

const kasper = (): ReviewInput =>
  buildCoachHistory({
    athlete: {
      id: 'kasper',
      firstName: 'Kasper',
      trainingYears: 4,
      availabilityMinutes: [60, 90, 60, 90, 0, 60, 150],
    },
    reviewDate: '2025-10-10',
    weeks: 10,
    plan: (w) => (w === 0 ? DRAFT : withDownWeeks(WEEK, [2, 6])(w)),
    done: logged,
  });

describe("a build that takes a down-week plan's long run back to what the athlete runs (athlete24)", () => {
  it('should keep it within one step over his recent long runs and say the jump over the plan is that', () => {
    const input = kasper();
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const b = get(r, 'BUILD');
    const plan = input.nextWeekDraft!;
    const after = applied(plan, b);
    const lr = after.sessions.find((x) => x.day === 6 && x.kind === 'RUN')!;
    // The growth is more than one step over the plan's 45 min, and no more than one step over the 88 min he ran
    // (this week's 90 still to come).
    expect(lr.minutes).toBeGreaterThan(45 + longRunStep(45));
    // Under its cap (one step over this week's 100 min still to come): no limit of the growth says the step.
    expect(lr.minutes).toBeLessThan(longRunCap(100));
    expect(b.rationale).toContain(`Sunday's long run 45 → ${lr.minutes} min`);
    expect(b.rationale).toContain(
      `Sunday's long run grows more than one step over the plan's 45 min, to ${lr.minutes} min, no longer than this week's long run, planned at 100 min and still to come (the longest Kasper ran in the last 4 weeks was 98 min): a long run's step counts from the long runs of the last weeks, not from the plan.`,
    );
    expect(falseClaims({ input, plan, s: b, after })).toEqual([]);
  });
});
