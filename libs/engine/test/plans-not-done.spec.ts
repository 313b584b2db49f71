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
