/**
 * A plan designed back from a goal often shows in the weeks before it: plans the athlete did not do (issue #11,
 * coach read 1, F11: Kasper logged 194 and 221 min of 360 and 365 planned, and the backward-design warning only
 * blamed next week's plan). Written, and seen to fail, before the text changed.
 */
import { reviewAthlete } from '../src/review/review-athlete';
import type { ReviewInput } from '../src/types';
import {
  NEXT,
  buildCoachHistory,
  easy,
  long,
  quality,
  shift,
  strength,
} from './factories/coach-histories.factory';
import type { DayContext, Done, WeekShape } from './factories/coach-histories.factory';
import { loggedIn } from './factories/review-helpers';
import { TOM_WEEK } from './factories/tom.factory';

const rest = null;
// Kasper's plans: about 360 min a week; what he does is about 220.
const PLAN: WeekShape = [
  strength(30),
  quality(60, 'Steady blocks', 3, 10),
  easy(60),
  quality(50, 'Tempo', 2, 15),
  rest,
  easy(60),
  long(100),
];
// The weeks before: plans of about 220 min, done.
const USUAL: WeekShape = [
  rest,
  quality(50, 'Steady blocks', 3, 10),
  easy(40),
  rest,
  rest,
  easy(40),
  long(90),
];
const DONE_SHARE = 0.6;

const kasper = (extra: Partial<ReviewInput> = {}, more?: (c: DayContext) => Done | undefined): ReviewInput =>
  buildCoachHistory({
    athlete: {
      id: 'kasper',
      firstName: 'Kasper',
      trainingYears: 2,
      availabilityMinutes: [60, 75, 60, 60, 0, 75, 120],
    },
    weeks: 10,
    // Next week's draft and the last three weeks' plans are the big ones; the two before this week were done at 60 %.
    plan: (w) => (w <= 3 ? PLAN : USUAL),
    done: (c) =>
      more?.(c) ??
      (c.planned && c.weeksAgo >= 2 && c.weeksAgo <= 3
        ? { minutes: Math.round(c.planned.minutes * DONE_SHARE), rpe: c.planned.effort.value }
        : undefined),
    extra,
  });

describe('the backward-design warning names the plans that were not done (athlete24, coach read F11)', () => {
  it('should say two recent weeks were done at under 70 % and ask whether the plan fits the time', () => {
    const r = reviewAthlete(kasper());
    const s = r.suggestions.find((x) => x.kind === 'BACKWARD_DESIGN_WARNING');
    expect(s).toBeDefined();
    expect(s!.rationale).toContain('The plans before it went the same way: in the week of');
    expect(s!.rationale).toContain('ask Kasper whether the plan fits the time there is');
    // He reads how next week is sized and the same question, not "nothing changes … sized from your current
    // fitness" about a draft he never saw (coach read 3).
    expect(s!.athleteText).toBe(
      'Next week is sized from what you have been doing lately, not from your goal; the last plans did not fit your weeks, so tell your coach how much time you really have.',
    );
    // Each week it names is one of the compliance weeks, with its own figures: every minute logged in it.
    const input = kasper();
    for (const m of s!.rationale.matchAll(
      /in the week of (\d{4}-\d{2}-\d{2}), (\d+) min(?: done)? of (\d+) min/g,
    )) {
      const w = r.metrics.compliance.weeks.find((x) => x.weekStart === m[1])!;
      expect(loggedIn(input, m[1])).toBe(Number(m[2]));
      expect(w.plannedMinutes).toBe(Number(m[3]));
      expect(Number(m[2])).toBeLessThan(0.7 * w.plannedMinutes);
    }
  });

  it('should not blame the plans for a week a life event explains', () => {
    const r = reviewAthlete(
      kasper({
        contextEvents: [
          {
            kind: 'FAMILY',
            start: shift(NEXT, -21),
            end: shift(NEXT, -15),
            confirmed: true,
            note: 'sick child at home',
          },
        ],
      }),
    );
    const s = r.suggestions.find((x) => x.kind === 'BACKWARD_DESIGN_WARNING');
    expect(s).toBeDefined();
    expect(s!.rationale).not.toContain('The plans before it went the same way');
  });
});

describe('the plans not done, counted as a coach counts them (athlete02 Tom, athlete03 Sofia: coach read 4, finding 7)', () => {
  const week2 = shift(NEXT, -14);

  it('should count every minute logged in the week, a bike commute on the rest day too (Tom: "264 min done" left out 30 min)', () => {
    // A 30-min bike commute on Friday, his rest day, in one of the weeks done at 60 %.
    const input = kasper({}, (c) =>
      c.weeksAgo === 2 && c.weekday === 4 ? { minutes: 30, rpe: 3, kind: 'CROSS_TRAINING' } : undefined,
    );
    const s = reviewAthlete(input).suggestions.find((x) => x.kind === 'BACKWARD_DESIGN_WARNING')!;
    const done = loggedIn(input, week2);
    expect(input.sessions.some((x) => x.date === shift(week2, 4) && x.kind === 'CROSS_TRAINING')).toBe(true);
    // Was: "in the week of …, 186 min of 360 min" (the runs and strength only).
    expect(s.rationale).toContain(`in the week of ${week2}, ${done} min of 360 min`);
    expect(s.rationale).toContain('ask Kasper whether the plan fits the time there is');
  });

  it('should judge a week a life event covers in part on its other days, and ask (Sofia: 65 %, and 52 % in a week with a sick child)', () => {
    // Thursday–Saturday of a week done at 60 % went to a sick child; the week before was done at 60 % too.
    const input = kasper({
      contextEvents: [
        {
          kind: 'FAMILY',
          start: shift(week2, 3),
          end: shift(week2, 5),
          confirmed: true,
          note: 'sick child at home',
        },
      ],
    });
    const s = reviewAthlete(input).suggestions.find((x) => x.kind === 'BACKWARD_DESIGN_WARNING')!;
    // The plan's minutes on Monday–Wednesday and Sunday (Thursday's 50 and Saturday's 60 left out of 360).
    const planned = 360 - 50 - 60;
    const done = loggedIn(input, week2, [0, 1, 2, 6]);
    expect(done).toBeLessThan(0.7 * planned);
    // Was: no question at all, the week left out as the event's.
    expect(s.rationale).toContain(
      `in the week of ${week2}, ${done} min of ${planned} min, the days of the family commitment (Thursday–Saturday) left out`,
    );
    expect(s.rationale).toContain('ask Kasper whether the plan fits the time there is');
    expect(s.athleteText).toContain('the last plans did not fit your weeks');
  });

  it('should leave a week to the life event when its days hold most of the plan', () => {
    const input = kasper({
      contextEvents: [
        {
          kind: 'FAMILY',
          start: shift(week2, 1),
          end: shift(week2, 6),
          confirmed: true,
          note: 'sick child at home',
        },
      ],
    });
    const s = reviewAthlete(input).suggestions.find((x) => x.kind === 'BACKWARD_DESIGN_WARNING')!;
    expect(s.rationale).not.toContain('The plans before it went the same way');
  });
});

describe('plans not done when next week is not far above the base: a note of its own (athlete02 Tom, task plansfit)', () => {
  // Tom's plans: 450 min a week; done at about 66 % in two of the last four weeks, in full in the others, so the
  // base (about 400 min) leaves next week's 450 under the backward-design threshold (+30 %).
  const SMALLER: WeekShape = [
    rest,
    quality(60, 'Steady blocks', 3, 10),
    easy(60),
    quality(60, 'Tempo', 2, 15),
    rest,
    easy(60),
    long(120),
  ];
  /** Tom's history: `plan` gives each week's plan (weeks back from next week, 0), the 2nd and 4th done at `share`. */
  const tomWith = (
    plan: (weeksAgo: number) => WeekShape,
    extra: Partial<ReviewInput> = {},
    share = 0.66,
  ): ReviewInput =>
    buildCoachHistory({
      athlete: {
        id: 'tom',
        firstName: 'Tom',
        trainingYears: 3,
        availabilityMinutes: [0, 90, 90, 90, 0, 90, 180],
      },
      weeks: 10,
      plan,
      done: (c) =>
        c.planned && (c.weeksAgo === 2 || c.weeksAgo === 4)
          ? { minutes: Math.round(c.planned.minutes * share), rpe: c.planned.effort.value }
          : undefined,
      extra,
    });
  const tom = (next: WeekShape = TOM_WEEK, extra: Partial<ReviewInput> = {}, share = 0.66): ReviewInput =>
    tomWith((w) => (w === 0 ? next : TOM_WEEK), extra, share);
  const week2 = shift(NEXT, -14);
  const week3 = shift(NEXT, -21);
  const week4 = shift(NEXT, -28);
  const week5 = shift(NEXT, -35);

  it('should say the plans of this size were done under 70 % and ask whether they fit the time, when the backward-design warning does not fire', () => {
    const input = tom();
    const r = reviewAthlete(input);
    // Was: nothing said (the warning, +13 % in minutes, does not fire, and the question went with it).
    expect(r.suggestions.map((x) => x.kind)).not.toContain('BACKWARD_DESIGN_WARNING');
    const s = r.suggestions.find((x) => x.kind === 'PLANS_NOT_DONE');
    expect(s).toBeDefined();
    const d4 = loggedIn(input, week4);
    const d2 = loggedIn(input, week2);
    expect(d4).toBeLessThan(0.7 * 450);
    expect(d2).toBeLessThan(0.7 * 450);
    // The count of the last four plans, and the two that were done (coach read 11: "Tom's last plans were done well
    // short" left out his plan done at 423 of 450 min between the two short ones).
    const d5 = loggedIn(input, week5);
    const d3 = loggedIn(input, week3);
    expect(d5).toBeGreaterThanOrEqual(0.7 * 450);
    expect(d3).toBeGreaterThanOrEqual(0.7 * 450);
    expect(s!.rationale).toContain(
      `2 of Tom's last 4 plans were done well short: in the week of ${week4}, ${d4} min done of 450 min planned and in the week of ${week2}, ${d2} min of 450 min (under 70 %, our threshold); the others were done: the week of ${week5}'s (${d5} min of 450 min) and the week of ${week3}'s (${d3} min of 450 min). Next week's plan has 450 min, the same size again: those plans did not fit Tom's weeks, so ask Tom whether the plan fits the time there is before it is published.`,
    );
    expect(s!.rationale).not.toContain("Tom's last plans were done well short");
    // The build grows next week (its second short week left out of the base for its fall in load): that does not
    // answer whether plans that size fit, so the note asks before the plan is published, at attention, ahead of it.
    expect(r.decision.type).toBe('BUILD');
    expect(s!.severity).toBe('ATTENTION');
    expect(r.suggestions.map((x) => x.kind).slice(0, 2)).toEqual(['PLANS_NOT_DONE', 'BUILD']);
    expect(s!.components).toEqual(['INDIVIDUALIZATION', 'EXTERNAL_EYES']);
    expect(s!.changes).toEqual([]);
    expect(s!.athleteText).toBe(
      'Nothing changes in your plan for this: two of your last four weekly plans did not fit your weeks, so tell your coach how much time you really have.',
    );
  });

  it('should follow the volume decision that makes next week smaller, at its severity, and say what it brings the week to (a down week)', () => {
    const r = reviewAthlete(
      tom(
        TOM_WEEK,
        {
          contextEvents: [
            {
              kind: 'TRAVEL',
              start: shift(NEXT, 1),
              end: shift(NEXT, 3),
              confirmed: true,
              note: 'Client visit in Hamburg, Tue–Thu. Hotel has a treadmill.',
            },
          ],
          // Done at 69 %: those weeks stay in the base (no fall in load of 25 %), so the hold cuts the plan.
        },
        0.69,
      ),
    );
    const kinds = r.suggestions.map((x) => x.kind);
    const s = r.suggestions.find((x) => x.kind === 'PLANS_NOT_DONE')!;
    // Three build weeks since the last down week: the down week cuts the plan to 325 min (its own text says so), the
    // top of its size (280 min) with the 45 min the life event's own suggestion takes off (no longer 5 min above it).
    expect(r.decision.type).toBe('DOWN');
    const down = r.suggestions.find((x) => x.kind === 'SCHEDULED_DOWN_WEEK')!;
    expect(down.changes.length).toBeGreaterThan(0);
    expect(down.rationale).toContain('to 325 min');
    expect(kinds.indexOf('PLANS_NOT_DONE')).toBe(kinds.indexOf('SCHEDULED_DOWN_WEEK') + 1);
    expect(s.severity).toBe(down.severity);
    expect(s.rationale).toContain(
      "Next week's plan has 450 min, the same size again; the scheduled down week suggestion brings the week to 325 min (its target: about 280 min), but the plans that did not fit Tom's weeks were of 450 min: ask Tom whether plans of that size fit the time there is.",
    );
    // Not "plans that size have not fitted": that size would be the 325 min the week is brought to (coach read 11).
    expect(s.rationale).not.toContain('plans that size have not fitted');
  });

  it('should count the plans as they were, of different sizes, with a week a life event took left aside (coach read 11)', () => {
    // The week of the 4th week back was a smaller plan (360 min), done short too; the 5th a family week.
    const input = tomWith((w) => (w === 4 ? SMALLER : TOM_WEEK), {
      contextEvents: [
        {
          kind: 'FAMILY',
          start: shift(week5, 1),
          end: shift(week5, 6),
          confirmed: true,
          note: 'sick child at home',
        },
      ],
    });
    const r = reviewAthlete(input);
    const s = r.suggestions.find((x) => x.kind === 'PLANS_NOT_DONE')!;
    expect(s).toBeDefined();
    const d4 = loggedIn(input, week4);
    const d3 = loggedIn(input, week3);
    const d2 = loggedIn(input, week2);
    expect(s.rationale).toContain(
      `2 of Tom's last 3 plans were done well short (not counting the week of ${week5}, most of its plan on the days of the family commitment): in the week of ${week4}, ${d4} min done of 360 min planned and in the week of ${week2}, ${d2} min of 450 min (under 70 %, our threshold); the other, the week of ${week3}'s (${d3} min of 450 min), was done. Next week's plan has 450 min, as big as the biggest of them`,
    );
    expect(s.athleteText).toBe(
      'Nothing changes in your plan for this: two of your last three weekly plans did not fit your weeks, so tell your coach how much time you really have.',
    );
  });

  it('should say nothing when next week is smaller than the plans that were not done', () => {
    const r = reviewAthlete(tom(SMALLER));
    expect(r.suggestions.map((x) => x.kind)).not.toContain('PLANS_NOT_DONE');
    expect(r.suggestions.map((x) => x.kind)).not.toContain('BACKWARD_DESIGN_WARNING');
  });

  it('should leave the question inside the backward-design warning when it fires (Kasper), not say it twice', () => {
    const r = reviewAthlete(kasper());
    expect(r.suggestions.find((x) => x.kind === 'BACKWARD_DESIGN_WARNING')!.rationale).toContain(
      'The plans before it went the same way',
    );
    expect(r.suggestions.map((x) => x.kind)).not.toContain('PLANS_NOT_DONE');
  });

  it('should not blame the plans for weeks a life event explains', () => {
    const r = reviewAthlete(
      tom(TOM_WEEK, {
        contextEvents: [
          {
            kind: 'FAMILY',
            start: shift(week2, 1),
            end: shift(week2, 6),
            confirmed: true,
            note: 'sick child at home',
          },
        ],
      }),
    );
    expect(r.suggestions.map((x) => x.kind)).not.toContain('PLANS_NOT_DONE');
  });
});
