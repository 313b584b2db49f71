/**
 * After two weeks or more of red readiness (HRV clearly below its band for 14 days or more: an escalated down week)
 * a coach returns gradually, and the season outlook projects it (red-return-outlook.spec: at most +20 % a week from
 * the down week). The review a week later, readiness back to green, had decided a build from the weeks before the down
 * week (the down week left out of its base): straight back to the usual level, contradicting the outlook. Now next
 * week's decision is that graded return (docs/coaching-domain.md, Season outlook and Severity scales with the
 * evidence): at most +20 % on the down week, up to the usual level, no build beyond it, and its texts say why.
 *
 * A two-review story on Jonas (athlete04): review 1 on Friday 2025-03-14 (red for `days` days: the down week), the
 * athlete does that down week and his HRV recovers from its Monday; review 2 on Friday 2025-03-21, a week later.
 */
import { reviewAthlete } from '../src';
import type { CheckIn, LoggedSession, OutlookWeek, Review, ReviewInput, WeekPlan } from '../src';
import { fromDayNumber, toDayNumber } from '../src/dates/local-date';
import { buildHistory, planFromWeek } from './factories/athlete-history.factory';
import { JONAS_RED_AVAILABILITY, JONAS_WEEK, jonasRed, NO_MEDICAL_CHECK } from './factories/jonas.factory';
import { applied, get } from './factories/review-helpers';

const AVAILABILITY = JONAS_RED_AVAILABILITY;
const REVIEW_1 = '2025-03-14';
const REVIEW_2 = '2025-03-21';
const AFTER_MONDAY = '2025-03-24';

/** The sessions of `plan` on its days from `from` to `to` (day numbers), logged as planned. */
function logged(plan: WeekPlan, from: number, to: number): LoggedSession[] {
  const monday = toDayNumber(plan.weekStart);
  const out: LoggedSession[] = [];
  for (const x of plan.sessions) {
    const d = monday + x.day;
    if (x.kind === 'REST' || d < from || d > to) continue;
    const rpe = x.effort.type === 'RPE' ? x.effort.value : 3;
    out.push({
      id: `l-${x.id}`,
      date: fromDayNumber(d),
      kind: x.kind === 'RUN' ? 'RUN' : x.kind === 'STRENGTH' ? 'STRENGTH' : 'CROSS_TRAINING',
      minutes: x.minutes,
      rpe,
    } as LoggedSession);
  }
  return out;
}

interface Story {
  readonly r1: Review;
  readonly r2: Review;
  /** Review 1's down week as the athlete got it (the suggestion applied to the draft), this week at review 2. */
  readonly downPlan: WeekPlan;
  readonly downMinutes: number;
}

/**
 * Review 1, then the week after it: this week's rest as review 1's current-week cut left it, the down week done as
 * planned Monday–Friday (Saturday and Sunday still to come), HRV and wellness back at their usual level from Monday
 * 2025-03-17 (`lowAfter` 2; 0: from Saturday); review 2 on Friday 2025-03-21.
 */
function story(days: number, lowAfter = 2, engineDraft = false): Story {
  const red = jonasRed(days);
  // (`engineDraft`: no draft of the coach's, the down week the engine's own draft with its suggestion applied.)
  const in1: ReviewInput = engineDraft ? { ...red, nextWeekDraft: undefined } : red;
  const r1 = reviewAthlete(in1, NO_MEDICAL_CHECK);
  const downPlan = applied(engineDraft ? r1.draft : in1.nextWeekDraft!, get(r1, 'RECOVERY_DOWN_WEEK'));
  const cut = r1.suggestions.find((s) => s.kind === 'CURRENT_WEEK_RECOVERY');
  const thisWeek = cut ? applied(in1.currentWeekPlan!, cut) : in1.currentWeekPlan!;
  const day1 = toDayNumber(REVIEW_1);
  const day2 = toDayNumber(REVIEW_2);
  // The same athlete 7 days on: his usual history up to review 1, then the weeks as he did them.
  const h = buildHistory({
    reviewDate: REVIEW_2,
    days: 97,
    week: JONAS_WEEK,
    availability: AVAILABILITY,
  });
  const sessions = [
    ...in1.sessions,
    ...logged(thisWeek, day1 + 1, day1 + 2),
    ...logged(downPlan, day1 + 3, day2),
  ];
  // HRV low for `days` days to review 1 and the `lowAfter` days after it (the weekend: back from Monday); wellness low
  // for the 5 days to review 1 and those days.
  const lowFrom = day1 - days + 1;
  const lowTo = day1 + lowAfter;
  const checkIns: CheckIn[] = h.checkIns.map((c) => {
    const d = toDayNumber(c.date as string);
    if (d < lowFrom || d > lowTo) return c;
    const worse = d > day1 - 5 ? 3 : 0;
    return {
      ...c,
      rmssd: Math.round(c.rmssd! * Math.exp(-0.3) * 10) / 10,
      sleepQuality: c.sleepQuality! - worse,
      soreness: c.soreness! + worse,
      fatigue: c.fatigue! + worse,
      stress: c.stress! + worse,
      mood: c.mood! - worse,
    };
  });
  const in2: ReviewInput = {
    ...h,
    sessions,
    checkIns,
    currentWeekPlan: downPlan,
    pastWeekPlans: [thisWeek],
    nextWeekDraft: planFromWeek(AFTER_MONDAY, JONAS_WEEK),
  };
  const r2 = reviewAthlete(in2, NO_MEDICAL_CHECK);
  const downMinutes = downPlan.sessions.reduce((t, x) => t + (x.kind === 'REST' ? 0 : x.minutes), 0);
  return { r1, r2, downPlan, downMinutes };
}

/** An outlook week's middle (its range is ±10 % of it, each end rounded down to 5 min). */
const mid = (w: OutlookWeek): number => (w.minMinutes + w.maxMinutes) / 2;

describe('the decision after an escalated red down week is a graded return, as the outlook projects it', () => {
  it('should grade next week at most +20 % on the down week, toward the usual level, and say why', () => {
    const { r1, r2, downMinutes } = story(16);
    // Review 1: escalated red, the down week.
    expect(r1.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    expect(get(r1, 'RECOVERY_DOWN_WEEK').evidence.lowReadinessDays).toBeGreaterThanOrEqual(14);
    expect(downMinutes).toBeLessThanOrEqual(r1.decision.targetMinutes);
    // Review 2: readiness back, no build, a graded return from the down week's minutes.
    expect(r2.metrics.readiness).not.toBe('RED');
    expect(r2.metrics.readiness).not.toBe('AMBER');
    expect(r2.decision.type).toBe('HOLD');
    expect(r2.decision.rule).toBe('CAUTIOUS_HOLD');
    const target = r2.decision.targetMinutes;
    expect(target).toBeLessThanOrEqual(downMinutes * 1.2);
    expect(target).toBeGreaterThan(downMinutes);
    expect(r2.decision.maxMinutes).toBeLessThanOrEqual(downMinutes * 1.2);
    // Consistent with review 1's outlook of that week.
    const projected = r1.outlook[0];
    expect(projected.weekStart).toBe(AFTER_MONDAY);
    expect(target).toBeGreaterThanOrEqual(projected.minMinutes);
    expect(target).toBeLessThanOrEqual(projected.maxMinutes);
    // (The outlook grows from review 1's target, the decision from the down week as done, here under that target
    // by its rest days: no more than the outlook projected.)
    expect(target).toBeLessThanOrEqual(mid(projected) + 5);

    // The texts say why, with true numbers: the days, the down week's minutes, the usual level (review 1's cut of its
    // own week, a rest day among its two days left, makes that week a down week too: the usual level is then the last
    // week of ordinary training's, "back toward 595 min (the week of 2025-03-03, …)").
    const clause =
      /a graded return after (\d+) days of red readiness \(the HRV 7-day mean below its band from (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)\) and the down week for it: at most \+20 % on the (\d+) min of this week, back toward (?:the usual )?(\d+) min/;
    const m = clause.exec(r2.decision.reason);
    expect(m).not.toBeNull();
    const [, n, since, until, from, usual] = m!;
    expect(Number(n)).toBeGreaterThanOrEqual(14);
    expect(toDayNumber(until) - toDayNumber(since) + 1).toBe(Number(n));
    // The spell is the one review 1 read, gone on over the weekend after it.
    // (Each day read against its own band, as its review would have: within a day or two of review 1's start.)
    const since1 = String(get(r1, 'RECOVERY_DOWN_WEEK').evidence.lowReadinessSince);
    expect(Math.abs(toDayNumber(since) - toDayNumber(since1))).toBeLessThanOrEqual(2);
    expect(toDayNumber(until)).toBeGreaterThan(toDayNumber(REVIEW_1));
    expect(Number(from)).toBe(downMinutes);
    expect(target).toBe(Math.floor((Number(from) * 1.2) / 5) * 5);
    expect(Number(usual)).toBeGreaterThan(target);
    const s = get(r2, 'CAUTIOUS_HOLD');
    expect(s.rationale).toMatch(clause);
    expect(s.rationale).toContain(`about ${target} min`);
    // The suggestion's week is at or under the target: no build beyond it.
    const week = applied(
      r2.suggestionsTarget === 'NEXT_WEEK_DRAFT' ? planFromWeek(AFTER_MONDAY, JONAS_WEEK) : r2.draft,
      s,
    );
    const total = week.sessions.reduce((t, x) => t + (x.kind === 'REST' ? 0 : x.minutes), 0);
    expect(total).toBeLessThanOrEqual(target + 5);
    // The outlook after it goes on growing within the ramp limit.
    expect(mid(r2.outlook[0])).toBeLessThanOrEqual(target * 1.2 + 5);
  });

  it('should not ask whether capped days have more time in the graded return (review of the day: mayUseMoreTime)', () => {
    // A graded return is a cautious hold, but its purpose is to bring load back slowly: "ask whether those days have
    // more time" there reads as wanting more training, as it did in the down week before it.
    const { r2 } = story(16);
    expect(r2.decision.rule).toBe('CAUTIOUS_HOLD');
    for (const s of r2.suggestions)
      expect(s.rationale).not.toMatch(
        /ask whether (those days have|that day has) more time|trained longer than the time given/,
      );
  });

  it("should grade the week after the engine's own draft of the escalated down week too", () => {
    const { r1, r2, downMinutes } = story(16, 2, true);
    expect(r1.suggestionsTarget).toBe('ENGINE_DRAFT');
    expect(r2.decision.reason).toMatch(
      new RegExp(
        `a graded return after \\d+ days of red readiness .*at most \\+20 % on the ${downMinutes} min of this week`,
      ),
    );
    expect(r2.decision.targetMinutes).toBe(Math.floor((downMinutes * 1.2) / 5) * 5);
  });

  // The spell is read again from HRV alone (the engine keeps nothing between reviews): 16 days of HRV clearly below
  // its band with wellness as usual are amber readiness, not red; with a down week due it is the down week (−30 %: a
  // planned dip, not lost fitness), not the escalated red one (it had been a hold at the usual volume, and the down
  // week came the week after). Its week after goes back to the usual level by the usual rules, not graded from the dip
  // (docs/coaching-domain.md §2, Microcycle).
  it('should leave the week after the down week that amber readiness on low HRV took to the usual rules', () => {
    const day1 = toDayNumber(REVIEW_1);
    const day2 = toDayNumber(REVIEW_2);
    const lowFrom = day1 - 16 + 1;
    // Review 1: HRV below its band for 16 days, wellness as usual: amber readiness, and a down week due.
    const h1 = buildHistory({
      reviewDate: REVIEW_1,
      days: 90,
      week: JONAS_WEEK,
      hrvDrop: { days: 16, ln: 0.3 },
      availability: AVAILABILITY,
    });
    const usualThisWeek = planFromWeek('2025-03-10', JONAS_WEEK);
    const r1 = reviewAthlete({
      ...h1,
      currentWeekPlan: usualThisWeek,
      nextWeekDraft: planFromWeek('2025-03-17', JONAS_WEEK),
    });
    expect(r1.metrics.readiness).toBe('AMBER');
    expect(r1.metrics.hrv.below?.days).toBeGreaterThanOrEqual(14);
    expect(r1.decision.type).toBe('DOWN');
    expect(r1.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    // Not the escalated red spell's down week.
    expect(get(r1, 'RECOVERY_DOWN_WEEK').evidence.lowReadinessDays).toBeUndefined();
    // The week after: the down week (the usual week −30 %), done as planned Monday–Friday, HRV back from
    // Monday; review 2 a week later.
    const downPlan = planFromWeek('2025-03-17', JONAS_WEEK, 0.7);
    const h = buildHistory({ reviewDate: REVIEW_2, days: 97, week: JONAS_WEEK, availability: AVAILABILITY });
    const sessions = [
      ...h.sessions.filter((x) => toDayNumber(x.date as string) < day1 + 3),
      ...logged(downPlan, day1 + 3, day2),
    ];
    const checkIns = h.checkIns.map((c) => {
      const d = toDayNumber(c.date as string);
      return d < lowFrom || d > day1 + 2
        ? c
        : { ...c, rmssd: Math.round(c.rmssd! * Math.exp(-0.3) * 10) / 10 };
    });
    const r2 = reviewAthlete({
      ...h,
      sessions,
      checkIns,
      currentWeekPlan: downPlan,
      pastWeekPlans: [usualThisWeek],
      nextWeekDraft: planFromWeek(AFTER_MONDAY, JONAS_WEEK),
    });
    expect(r2.metrics.weeks[0].isDownWeek).toBe(true);
    expect(r2.metrics.readiness).not.toBe('RED');
    expect(r2.metrics.readiness).not.toBe('AMBER');
    const downMinutes = downPlan.sessions.reduce((t, x) => t + x.minutes, 0);
    expect(r2.decision.reason).not.toMatch(/graded return/);
    expect(r2.decision.targetMinutes).toBeGreaterThan(downMinutes * 1.2);
  });

  it('should leave the week after an ordinary red down week (under two weeks) to the usual rules', () => {
    // Low for 10 days to review 1 and back from the next day: the 7-day mean is below its band for under two weeks.
    const { r1, r2, downMinutes } = story(10, 0);
    expect(r1.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    expect(get(r1, 'RECOVERY_DOWN_WEEK').evidence.lowReadinessDays).toBeUndefined();
    // The usual rules: back at the usual level (here held at the athlete's availability), not graded from the down week.
    expect(r2.decision.reason).not.toMatch(/graded return/);
    expect(r2.decision.targetMinutes).toBeGreaterThan(downMinutes * 1.2);
  });
});
