/**
 * One way to count a week (coach read of the demo club, review 2026-12-04): the base that sizes next week and the
 * backward-design warning count the same weeks, this week the same way, and the texts say why a week is left out
 * by the rule that leaves it out. Written, and seen to fail, before the engine changed.
 * - Sofia (athlete03): the minutes base counted this week's days to come at the 71 % of its plan done so far
 *   (Thursday's tempo missed), the load average "its days to come as planned": +11 % in load, not about +16 %.
 * - Kasper (athlete24): the minutes left this week aside as a down week (255 min planned), the load average
 *   counted it: two bases in one text.
 * - The base left a week out for a drop in its load and called it "done well short of its plan", while weeks done
 *   under 70 % of their plans without such a drop stayed counted (Kasper's 221 of 365 min, "your last regular
 *   training week").
 */
import { reviewAthlete } from '../src';
import type { ReviewInput } from '../src';
import { scaled } from './factories/coach-histories.factory';
import type { DayContext, Done, WeekShape } from './factories/coach-histories.factory';
import { get, loggedIn } from './factories/review-helpers';
import {
  SOFIA_TEMPO_WEEK as WEEK,
  SOFIA_THIS_WEEK as THIS_WEEK,
  sofiaOnFriday,
} from './factories/sofia.factory';

// Next week's draft, designed back from a goal: 40 % above her weeks.
const DRAFT = scaled(WEEK, 1.4);
// Reviewed on Friday: Saturday's easy run (30 min, RPE 3) and Sunday's long run (80 min, RPE 4) to come.
const TO_COME_MINUTES = 30 + 80;
const TO_COME_LOAD = 30 * 3 + 80 * 4;

function athlete(
  plan: (weeksAgo: number) => WeekShape,
  done?: (c: DayContext) => Done | null | undefined,
): ReviewInput {
  return sofiaOnFriday((w) => (w === 0 ? DRAFT : plan(w)), done);
}

describe("the backward-design load counts this week's days to come as the base does (athlete03 Sofia)", () => {
  // Down weeks two and six weeks ago; this week's Tuesday steady blocks and Wednesday easy run were not run: two days
  // missed more than a day before the Friday review, 105 of the week's 295 planned min, Monday and Thursday logged, so
  // the share done projects the rest (our rule since the midweek change, `projectsThisWeek`: Thursday's tempo alone,
  // as this case first had it, now leaves the days to come as planned).
  const input = athlete(
    (w) => (w === 2 || w === 6 ? scaled(WEEK, 0.7) : WEEK),
    // Thursday's tempo run long (90 min instead of 50), so that this week's load falls less than 25 % and the base
    // keeps the week.
    (c) =>
      c.weeksAgo === 1 && (c.weekday === 1 || c.weekday === 2)
        ? null
        : c.weeksAgo === 1 && c.weekday === 3
          ? { minutes: 90, rpe: 5 }
          : undefined,
  );

  it('should average the load of the weeks the base counts, this week with its days to come at the share done', () => {
    const r = reviewAthlete(input);
    const w = r.metrics.weeks;
    const bd = get(r.suggestions, 'BACKWARD_DESIGN_WARNING');
    const done = loggedIn(input, THIS_WEEK);
    const share = done / 185;
    expect(share).toBeLessThan(0.7);
    // This week's load in the metrics counts the days to come as planned; the base counts them at `share`.
    const thisWeek = w[0].load - TO_COME_LOAD + TO_COME_LOAD * share;
    const avg = Math.round((w[2].load + thisWeek) / 2);
    // Was: the four weeks' loads with this week's days to come as planned, the down week left out.
    expect(bd.evidence.baseWeeklyLoad).toBe(avg);
    expect(bd.rationale).toContain(
      `${THIS_WEEK} (${Math.round(thisWeek)}, this week, its days to come at that ${Math.round(share * 100)} %: ${Math.round(TO_COME_MINUTES * share)} of their ${TO_COME_MINUTES} min)`,
    );
    expect(bd.rationale).not.toContain('its days to come as planned');
  });
});

describe('the backward-design load leaves out the weeks the base leaves out (athlete24 Kasper)', () => {
  // This week planned as a down week; the week before it done at half of each session (a drop in load).
  const input = athlete(
    (w) => (w === 1 || w === 6 ? scaled(WEEK, 0.7) : WEEK),
    (c) =>
      c.weeksAgo === 2 && c.planned !== null
        ? { minutes: Math.round(c.planned.minutes * 0.5), rpe: c.planned.effort.value }
        : undefined,
  );

  it('should compare next week with the load of the one week the base counts, and name it', () => {
    const r = reviewAthlete(input);
    const w = r.metrics.weeks;
    expect(r.decision.rule).toBe('BUILD');
    const bd = get(r.suggestions, 'BACKWARD_DESIGN_WARNING');
    // The base: the week three weeks ago only (this week a down week, last week a drop in load).
    expect(bd.evidence.baseWeeklyMinutes).toBe(loggedIn(input, w[2].start));
    // Was: the mean of this week's and the week three weeks ago's and four weeks ago's loads.
    expect(bd.evidence.baseWeeklyLoad).toBe(Math.round(w[2].load));
    // Over in load: the load leads, on the week the minutes count, with the weeks left aside named.
    expect(bd.rationale).toContain(
      `above the ${Math.round(w[2].load)} load units of the week of ${w[2].start} (the last build week, with this week (a down week, 205 min planned) and the week of ${w[1].start} (its load fell`,
    );
    expect(bd.rationale).not.toContain('this week, its days to come');
  });

  it('should state the minutes too, on the same week, when the plan is over in load and in minutes', () => {
    const r = reviewAthlete(input);
    const w = r.metrics.weeks;
    const bd = get(r.suggestions, 'BACKWARD_DESIGN_WARNING');
    // Next week's draft against the one week the base counts, in minutes, computed here from the inputs.
    let planned = 0;
    for (const x of input.nextWeekDraft!.sessions) planned += x.minutes;
    const base = loggedIn(input, w[2].start);
    const overMinutes = Math.round((planned / base - 1) * 100);
    const overLoad = Math.round((Number(bd.evidence.planLoad) / Math.round(w[2].load) - 1) * 100);
    // Over the 30 % in both (the load leads the text), so the minutes follow as a sentence of their own (059966c:
    // Kasper's "+72 % above the 221 min" had been dropped once the load led on his one base week).
    expect(overMinutes).toBeGreaterThan(30);
    expect(overLoad).toBeGreaterThan(30);
    expect(bd.rationale).toContain(
      `it looks designed back from a goal rather than from current fitness. In minutes it is +${overMinutes} % above the same week's ${base} min.`,
    );
  });

  it('should say a week left out for a drop in its load is left out for that, with its plan beside it', () => {
    const r = reviewAthlete(input);
    const w = r.metrics.weeks;
    const build = get(r.suggestions, 'BUILD');
    const ref = (w[2].load + w[3].load + w[4].load) / 3;
    const drop = Math.round((1 - w[1].load / ref) * 100);
    // Was: "the week of … (done well short of its plan: 148 min of 295 planned)", while a week done under 70 %
    // of its plan without such a drop stays counted.
    const words = `the week of ${w[1].start} (its load fell ${drop} % below the three weeks before it (${Math.round(w[1].load)} against about ${Math.round(ref)} a week): ${loggedIn(input, w[1].start)} min done of 295 planned)`;
    expect(build.rationale).toContain(words);
    expect(build.rationale).not.toContain('done well short');
    expect(get(r.suggestions, 'BACKWARD_DESIGN_WARNING').rationale).toContain(words);
    // The athlete reads what the week counted was, not "your last regular training week", by what the weeks after
    // it were: this week planned as a cutback, last week a drop in its load.
    expect(build.athleteText).toContain(
      `(your last week that was not a planned cutback or a drop of 25 % or more in training load on the three weeks before it, that of ${w[2].start}: ${loggedIn(input, w[2].start)} min)`,
    );
  });
});

// Coach read of the demo club (2026-12-05): Kasper read "your last week without a cutback or a drop in training, that
// of 2026-11-23: 221 min" of a week done at 61 % of its plan, 21 % under the minutes of the three weeks before it. The
// base counts that week (its load fell less than 25 %: the athlete's level, our rule); the athlete reads it named by
// what the weeks after it were. Written, and seen to fail, before the text changed.
describe('the athlete reads the one week the base counts as what it was (athlete24 Kasper)', () => {
  // This week planned as a down week; last week done at 65 % of each session; the week before at half (a drop).
  const input = athlete(
    (w) => (w === 1 || w === 6 ? scaled(WEEK, 0.7) : WEEK),
    (c) =>
      (c.weeksAgo === 2 || c.weeksAgo === 3) && c.planned !== null
        ? {
            minutes: Math.round(c.planned.minutes * (c.weeksAgo === 2 ? 0.65 : 0.5)),
            rpe: c.planned.effort.value,
          }
        : undefined,
  );

  it('should not say the base week was without a drop in training when it trained less than the weeks before it', () => {
    const r = reviewAthlete(input);
    const w = r.metrics.weeks;
    const build = get(r.suggestions, 'BUILD');
    const base = loggedIn(input, w[1].start);
    // The base is last week alone: done at 65 % of its plan, its load less than 25 % under the three weeks before.
    expect(build.evidence.baseWeeklyMinutes).toBe(base);
    expect(w[1].isDownWeek).toBe(false);
    const before =
      (loggedIn(input, w[2].start) + loggedIn(input, w[3].start) + loggedIn(input, w[4].start)) / 3;
    expect(base).toBeLessThan(0.85 * before);
    if (/without a cutback or a drop in training/.test(build.athleteText))
      expect(base).toBeGreaterThanOrEqual(before);
    // This week, the only week after it, was planned as a cutback; last week was not.
    expect(w[0].isDownWeek).toBe(true);
    expect(w[1].plannedMinutes).toBeGreaterThan(w[0].plannedMinutes as number);
    expect(build.athleteText).toContain(
      `(your last week that was not a planned cutback, that of ${w[1].start}: ${base} min)`,
    );
  });
});
