/**
 * Rest days in this week's cut for two weeks of red readiness (our rule; coach read of athlete04, Jonas, reviewed on a
 * Monday with a doctor's check advised): the cut of the rest of the week to "short easy sessions only, each 30 min at
 * most" had scaled all six sessions after today to 30 min, so that, applied, Jonas trained seven days in a row (Monday's
 * 90 min, then six 30-min days) while next week's down week for the same reason dropped sessions to leave rest days.
 * The days after the review date now follow next week's rule pro rata: the down week after two weeks of red readiness
 * trains on 5 days of 7 (`ESCALATED_REST_DAYS` full rest days), so the 6 days after a Monday take 4, the others rest
 * days (the easy runs go whole first, the easy cross-training kept); the texts say which sessions go and what the week
 * comes to, figures of the plan as applied.
 */
import { reviewAthlete } from '../src';
import type { PlannedSession, ReviewInput, Suggestion, WeekPlan } from '../src';
import { RETURN_RUN_MINUTES } from '../src/suggestions/current-week';
import { ESCALATED_REST_DAYS } from '../src/review/persistent-readiness';
import { weekdayName } from '../src/dates/local-date';
import {
  JONAS_NEXT_MONDAY,
  JONAS_RED_AVAILABILITY,
  JONAS_THIS_MONDAY,
  JONAS_WEEK,
  NO_MEDICAL_CHECK,
  jonasAt,
} from './factories/jonas.factory';
import { buildHistory, planFromWeek, type DaySlot } from './factories/athlete-history.factory';
import { applied, get } from './factories/review-helpers';

/**
 * Jonas reviewed on Monday 2025-03-10, the week just begun, today's 90-min run not logged yet: HRV clearly below its
 * band for 15 days by its 7-day mean (escalated) and wellness down for 5, this week's plan and next week's draft his
 * usual week of 7 sessions.
 */
function jonasMonday(): ReviewInput {
  const h = buildHistory({
    reviewDate: JONAS_THIS_MONDAY,
    days: 90,
    week: JONAS_WEEK,
    hrvDrop: { days: 17, ln: 0.3 },
    wellnessDrop: { days: 5, points: 3 },
    availability: JONAS_RED_AVAILABILITY,
  });
  return {
    ...h,
    sessions: h.sessions.filter((x) => x.date !== JONAS_THIS_MONDAY),
    currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, JONAS_WEEK),
    nextWeekDraft: planFromWeek(JONAS_NEXT_MONDAY, JONAS_WEEK),
  };
}

const total = (sessions: readonly PlannedSession[]): number =>
  sessions.reduce((t, x) => t + (x.kind === 'REST' ? 0 : x.minutes), 0);

/** The weekdays after `today` with no session but rest in `plan`. */
function restDaysAfter(plan: WeekPlan, today: number): number[] {
  const out: number[] = [];
  for (let d = today + 1; d < 7; d++)
    if (!plan.sessions.some((x) => x.day === d && x.kind !== 'REST')) out.push(d);
  return out;
}

/** The longest run of days in a row with training in `plan` (Monday to Sunday). */
function longestStreak(plan: WeekPlan): number {
  let best = 0;
  let run = 0;
  for (let d = 0; d < 7; d++) {
    run = plan.sessions.some((x) => x.day === d && x.kind !== 'REST') ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** Every figure the coach's text states of the sessions after today, checked against the plan as applied. */
function figuresMatch(now: Suggestion, plan: WeekPlan, after: WeekPlan, today: number): void {
  const byId = new Map(after.sessions.map((x) => [x.id, x]));
  const later = plan.sessions.filter((x) => x.day > today && x.kind !== 'REST');
  for (const s of later) {
    const a = byId.get(s.id);
    const name = `${weekdayName(s.day)}'s`;
    if (a === undefined) {
      // Dropped: named with its planned minutes among the drops.
      expect(now.rationale).toMatch(new RegExp(`drop[^.]*${name} [^(.]*\\(${s.minutes} min\\)`));
    } else if (a.minutes !== s.minutes) {
      expect(now.rationale).toMatch(new RegExp(`${name} [^,.]*${s.minutes} → ${a.minutes} min`));
    }
  }
  // The days after today's minutes before and after, and the week's.
  const from = total(later);
  const to = total(after.sessions.filter((x) => x.day > today));
  // ("505 min → 90 min" in the medical cut's words, "505 min, by 47 %" in the red cut's.)
  const by = Math.round(((from - to) / from) * 100);
  expect(
    now.rationale.includes(`${from} min → ${to} min`) || now.rationale.includes(`${from} min, by ${by} %`),
  ).toBe(true);
  const week = now.evidence.weekMinutes as number;
  const taken = total(plan.sessions) - total(after.sessions);
  expect(now.evidence.weekMinutesAfter).toBe(week - taken);
  expect(now.rationale).toContain(`goes from ${week} min to ${week - taken} min`);
  expect(now.athleteText).toContain(`about ${week - taken} min`);
  // The rest days the text names are the applied plan's.
  const rest = restDaysAfter(after, today).map(weekdayName);
  const names = rest.length === 1 ? rest[0] : `${rest.slice(0, -1).join(', ')} and ${rest[rest.length - 1]}`;
  expect(now.rationale).toContain(`${names} ${rest.length === 1 ? 'is a rest day' : 'are rest days'}`);
  expect(now.athleteText).toContain(rest.length === 1 ? 'is a rest day' : 'are rest days');
}

describe("this week's cut for two weeks of red readiness keeps rest days (review on a Monday)", () => {
  it("should leave Jonas rest days among the six days after a Monday's review beside the doctor's check", () => {
    // Monday's run not logged yet: left as it is (the review-day rule), the six days after it cut.
    const input = jonasMonday();
    expect(input.currentWeekPlan!.sessions.length).toBe(7);
    const r = reviewAthlete(input);
    const now = get(r, 'CURRENT_WEEK_RECOVERY');
    expect(now.evidence.medicalCut).toBe(true);
    const plan = input.currentWeekPlan!;
    const after = applied(plan, now);
    // Next week's rule pro rata: 5 days of 7 with training, so 4 of the 6 days after today; never every day.
    const rest = restDaysAfter(after, 0);
    expect(rest.length).toBe(ESCALATED_REST_DAYS);
    expect(longestStreak(after)).toBeLessThan(7);
    for (const x of after.sessions.filter((y) => y.day > 0 && y.kind !== 'REST')) {
      expect(x.minutes).toBeLessThanOrEqual(RETURN_RUN_MINUTES);
      expect(x.key === true).toBe(false);
      expect(x.intervals ?? null).toBeNull();
      expect(x.effort.value).toBeLessThanOrEqual(4);
    }
    // Today's run is left as it is.
    expect(after.sessions.find((x) => x.day === 0)?.minutes).toBe(90);
    // The easy cross-training is kept, as a non-run: the easy runs go whole first.
    const bike = after.sessions.find((x) => x.day === 5);
    expect(bike?.kind).toBe('CROSS_TRAINING');
    figuresMatch(now, plan, after, 0);
    // No sentence names a long run that the cut dropped as becoming an easy run.
    if (!after.sessions.some((x) => x.day === 6 && x.kind !== 'REST'))
      expect(now.rationale).not.toContain("Sunday's long run becomes an easy run");
  });

  it('should keep rest days in the red cut without a medical check too (the down week keeps 2 in 7)', () => {
    const input = jonasMonday();
    const now = get(reviewAthlete(input, NO_MEDICAL_CHECK), 'CURRENT_WEEK_RECOVERY');
    expect(now.evidence.medicalCut).toBeUndefined();
    const plan = input.currentWeekPlan!;
    const after = applied(plan, now);
    expect(restDaysAfter(after, 0).length).toBeGreaterThanOrEqual(ESCALATED_REST_DAYS);
    expect(longestStreak(after)).toBeLessThan(7);
    figuresMatch(now, plan, after, 0);
    expect(now.rationale).not.toContain('none is dropped before every one is at its minimum');
  });

  it("should make no rest day in a week that has its rest days already, and one of 3 days left in one without (Thursday's review)", () => {
    // Monday and Wednesday free: the week has its 2 rest days, the days after Thursday need none beyond the cap.
    const week: (DaySlot | null)[] = JONAS_WEEK.slice();
    week[0] = null;
    week[2] = null;
    const input = jonasAt('2025-03-13', week);
    const now = get(reviewAthlete(input), 'CURRENT_WEEK_RECOVERY');
    const after = applied(input.currentWeekPlan!, now);
    expect(restDaysAfter(after, 3)).toEqual([]);
    expect(now.rationale).not.toContain('rest day');
    // Every day of the plan still trains before it: 3 days left take 2 (5 × 3/7), one rest day among them.
    const busy = jonasAt('2025-03-13');
    const cut = get(reviewAthlete(busy), 'CURRENT_WEEK_RECOVERY');
    const busyAfter = applied(busy.currentWeekPlan!, cut);
    expect(restDaysAfter(busyAfter, 3).length).toBe(1);
    figuresMatch(cut, busy.currentWeekPlan!, busyAfter, 3);
  });
});

describe("the sibling current-week cut for a fever (CURRENT_WEEK_ILLNESS) keeps its rest days (a 7-session week, Monday's review)", () => {
  it('should rest today and the days after it before the short easy runs, so the week is never trained through', () => {
    const input: ReviewInput = {
      ...buildHistory({
        reviewDate: JONAS_THIS_MONDAY,
        days: 90,
        week: JONAS_WEEK,
        illness: { from: JONAS_THIS_MONDAY, status: 'BELOW_NECK_OR_FEVER' },
      }),
      currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, JONAS_WEEK),
    };
    const now = get(reviewAthlete(input), 'CURRENT_WEEK_ILLNESS');
    const after = applied(input.currentWeekPlan!, now);
    // The fever's rest (today and the days after it) is rest days at the start of the graded return.
    expect(after.sessions.some((x) => x.day === 0 && x.kind !== 'REST')).toBe(false);
    expect(restDaysAfter(after, 0).length).toBeGreaterThanOrEqual(ESCALATED_REST_DAYS);
    expect(longestStreak(after)).toBeLessThan(7);
    for (const x of after.sessions.filter((y) => y.kind !== 'REST')) {
      expect(x.minutes).toBeLessThanOrEqual(RETURN_RUN_MINUTES);
      expect(x.key === true).toBe(false);
    }
  });
});
