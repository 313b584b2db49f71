/**
 * The week the review falls in, and the week after it, as the volume decision's texts state them (issue #11,
 * coach read of the demo club). Written, and seen to fail, before the engine changed.
 * - Sofia (athlete03): the base that sizes next week counted this week's days still to come at their full plan
 *   while she had already missed Thursday's tempo this week. (Since the midweek rule, `projectsThisWeek`, one missed
 *   day, or yesterday's, no longer projects the rest: the scenario misses Tuesday's steady blocks and Wednesday's easy
 *   run, 105 of her 295 planned min, more than a day before the Friday review, with Monday and Thursday logged.)
 * - Emma (athlete05): back from an A race's transition, the hold "at most +20 % a week from the 176 min of this
 *   week" was left at 215 min (+22 %) as "within rounding of the range's top", and she read "Next week is
 *   lighter: about 215 min": lighter than her usual week, but more than this week.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { ReviewInput } from '../src';
import { planMinutes } from '../src/planning/plan-measures';
import { buildHistory, mondayAfter, planFromWeek } from './factories/athlete-history.factory';
import {
  buildCoachHistory,
  easy,
  long,
  quality,
  shift,
  withDownWeeks,
} from './factories/coach-histories.factory';
import type { Done, DayContext, WeekShape } from './factories/coach-histories.factory';
import { get, loggedIn } from './factories/review-helpers';
import { SOFIA_TEMPO_WEEK, SOFIA_THIS_WEEK as THIS_WEEK, sofiaOnFriday } from './factories/sofia.factory';

describe("this week's days to come in the base, when sessions of this week were already missed (athlete03)", () => {
  // Reviewed on Friday 2025-10-10: Saturday's easy run and Sunday's long run are still to come. Down weeks two and
  // six weeks ago: the week before this one was a down week, as Sofia's was.
  const sofia = (done?: (c: DayContext) => Done | null | undefined, extra: Partial<ReviewInput> = {}) =>
    sofiaOnFriday(withDownWeeks(SOFIA_TEMPO_WEEK, [2, 6]), done, extra);
  // This week's Tuesday steady blocks and Wednesday easy run were not run: two days missed more than a day before
  // the Friday review, 105 of the week's 295 planned min (a third at least), Monday and Thursday logged (our rule,
  // `projectsThisWeek`: enough of the week missed for its share done to project the rest). Thursday's tempo was run
  // long, 90 min instead of 50, so that this week's load falls less than 25 % and the base keeps the week (a week
  // whose load fell that far is left out of it altogether, and its share with it).
  const missedTueWed = (c: DayContext): Done | null | undefined =>
    c.weeksAgo === 1 && (c.weekday === 1 || c.weekday === 2)
      ? null
      : c.weeksAgo === 1 && c.weekday === 3
        ? { minutes: 90, rpe: 5 }
        : undefined;

  it("should count this week's days to come at the share of its plan done so far, and say so", () => {
    const input = sofia(missedTueWed);
    const r = reviewAthlete(input);
    const s = get(r.suggestions, r.decision.rule);
    expect(r.decision.rule).toBe('BUILD');
    // Monday and Thursday done (about 120 min) of the 185 min planned to Thursday: Saturday's easy run and Sunday's
    // long run (110 min) count at that share, not in full. (Last week was a down week: the base is this week and
    // the week before it.)
    const done = loggedIn(input, THIS_WEEK);
    const share = done / 185;
    expect(share).toBeLessThan(0.7);
    const counted = Math.round(110 * share);
    const before = loggedIn(input, shift(THIS_WEEK, -14));
    expect(s.evidence.baseWeeklyMinutes).toBe(Math.round((before + done + counted) / 2));
    expect(s.rationale).not.toContain('its days to come as planned');
    expect(s.rationale).toContain(
      `those of ${shift(THIS_WEEK, -14)} and ${THIS_WEEK} (this week: Tuesday's steady blocks and Wednesday's easy run missed, ${done} min done of 185 planned to Thursday, so its days to come count at that ${Math.round(share * 100)} %: ${counted} of their 110 min)`,
    );
  });

  it('should still count this week with its days to come as planned when nothing of it was missed', () => {
    const r = reviewAthlete(sofia());
    const s = get(r.suggestions, r.decision.rule);
    expect(r.decision.rule).toBe('BUILD');
    expect(s.rationale).toContain(
      `those of ${shift(THIS_WEEK, -14)} and ${THIS_WEEK} (this week, its days to come as planned)`,
    );
  });

  it("should not count a session missed on a life event's day against this week", () => {
    // The same two days missed, Wednesday's on a life event's day: one day missed is left, too little of the week to
    // project the rest (without the event the share projects it: the first case).
    const input = sofia(missedTueWed, {
      contextEvents: [
        {
          id: 'e1',
          kind: 'FAMILY',
          start: '2025-10-08',
          end: '2025-10-08',
          confirmed: true,
          note: 'Sick child',
        },
      ],
    });
    const r = reviewAthlete(input);
    const s = get(r.suggestions, r.decision.rule);
    // This week counts with Saturday's and Sunday's 110 min as planned.
    const week = loggedIn(input, THIS_WEEK) + 110;
    expect(s.evidence.baseWeeklyMinutes).toBe(
      Math.round((loggedIn(input, shift(THIS_WEEK, -14)) + week) / 2),
    );
  });
});

describe('a return from a race\'s transition "at most +20 % a week" from this week (athlete05)', () => {
  const REVIEW = '2025-03-16';
  const NEXT = mondayAfter(REVIEW);
  // The week the coach drafted (180 min): the hold's top is 170 min (+20 % on this week's 144 min).
  const DRAFT = [
    null,
    { minutes: 50, rpe: 7, key: true, purpose: 'Threshold intervals' },
    { minutes: 30, rpe: 3 },
    null,
    null,
    { minutes: 30, rpe: 3 },
    { minutes: 70, rpe: 4, key: true, purpose: 'Long run' },
  ];
  const input: ReviewInput = {
    ...buildHistory({
      reviewDate: REVIEW,
      days: 120,
      weeklyGrowth: 0.01,
      downWeeks: [4, 8, 12],
      lastDays: { days: 14, factor: 0.5 },
    }),
    races: [
      { id: 'r1', name: 'Spring Marathon', date: shift(NEXT, -17), priority: 'A', expectedMinutes: 200 },
    ],
    nextWeekDraft: planFromWeek(NEXT, DRAFT),
  };

  it('should not leave the week above the ramp limit it states, as "within rounding"', () => {
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const week = Number(/from the (\d+) min of this week/.exec(r.decision.reason)![1]);
    const s = get(r.suggestions, 'CAUTIOUS_HOLD');
    const applied = applySuggestion(input.nextWeekDraft!, s);
    if (!applied.ok) throw new Error(applied.reason);
    expect(planMinutes(applied.plan)).toBeLessThanOrEqual(r.decision.maxMinutes);
    expect(planMinutes(applied.plan)).toBeLessThanOrEqual(week * 1.2);
    expect(s.rationale).not.toContain('within rounding');
  });

  it('should not call a week lighter that is more than this week', () => {
    const r = reviewAthlete(input);
    const s = get(r.suggestions, 'CAUTIOUS_HOLD');
    const applied = applySuggestion(input.nextWeekDraft!, s);
    if (!applied.ok) throw new Error(applied.reason);
    const after = planMinutes(applied.plan);
    const week = Number(/from the (\d+) min of this week/.exec(r.decision.reason)![1]);
    expect(after).toBeGreaterThan(week);
    expect(s.athleteText).not.toContain('lighter');
    expect(s.athleteText).toMatch(
      new RegExp(
        `^Next week is about ${after} min, up from this week's ${week} min and still under your last week that was not a race week or a drop of 25 % or more in training load on the three weeks before it \\(that of \\d{4}-\\d\\d-\\d\\d: \\d+ min\\)\\. `,
      ),
    );
  });
});

describe('a build whose long run grows first for a marathon, above its target (athlete15)', () => {
  // Hanna, once her base came down for this week's missed sessions: "next week can grow to about 315 min", and the
  // plan grown to 335 min by the long run's step with no word on why.
  const WEEK: WeekShape = [
    easy(45),
    quality(60, 'Steady blocks', 3, 10),
    easy(45),
    { minutes: 50, rpe: 5, purpose: 'Tempo' },
    null,
    easy(45),
    long(60),
  ];
  const DRAFT: WeekShape = [
    easy(45),
    quality(75, 'Steady blocks', 3, 10),
    easy(45),
    { minutes: 60, rpe: 5, purpose: 'Tempo' },
    null,
    easy(45),
    long(60),
  ];
  const input = buildCoachHistory({
    athlete: {
      id: 'hanna',
      firstName: 'Hanna',
      trainingYears: 4,
      availabilityMinutes: [90, 90, 90, 90, 0, 90, 180],
    },
    reviewDate: '2025-10-10',
    weeks: 8,
    plan: (w) => (w === 0 ? DRAFT : withDownWeeks(WEEK, [2, 6])(w)),
    extra: {
      races: [
        {
          id: 'm',
          name: 'City Marathon',
          date: shift('2025-10-13', 7 * 13 + 6),
          priority: 'A',
          expectedMinutes: 200,
        },
      ],
    },
  });

  it('should say the long run grows first, and where that leaves the week against the target', () => {
    const r = reviewAthlete(input);
    const b = get(r.suggestions, 'BUILD');
    const applied = applySuggestion(input.nextWeekDraft!, b);
    if (!applied.ok) throw new Error(applied.reason);
    const after = planMinutes(applied.plan);
    expect(after).toBeGreaterThan(r.decision.targetMinutes + 4);
    expect(b.rationale).toContain(
      `The long run grows first, by its step, as the note on City Marathon asks, so the week comes to ${after} min, above the target and within the range (${r.decision.minMinutes}–${r.decision.maxMinutes} min).`,
    );
  });
});
