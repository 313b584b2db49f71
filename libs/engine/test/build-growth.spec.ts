/**
 * How a build grows a plan, and what it says of the long run (issue #11, coach read 1: F5 and F7).
 * - F5 (athlete08 Maya): a build doubled a 30-min Saturday easy run to 60 the day before a 60-min long run, left
 *   the long run where it was with 150 min free on Sunday, and said "No session can grow further where the day has
 *   time (easy runs stop at the long run's length …)", false of Sunday.
 * - F7 (athletes 13 Lea, 15 Hanna): "the longest long run of the last 4 weeks was 70 min" quoted the planned figure
 *   (she ran 66); the projection took a step next week that Lea's held plan does not take; Hanna, 145 of 150 min
 *   projected with 14 weeks left, was told to consider a later marathon.
 */
import { reviewAthlete } from '../src';
import type { ReviewInput, WeekPlan } from '../src';
import { LATER_RACE_LEADS_SHARE, longRunCap, longRunStep } from '../src/planning/long-run';
import { easyRunCap } from '../src/suggestions/fit-volume';
import { planMinutes } from '../src/planning/plan-measures';
import {
  type DayContext,
  type Done,
  type Slot,
  type WeekShape,
  buildCoachHistory,
  easy,
  long,
  quality,
  shift,
  strength,
  withDownWeeks,
} from './factories/coach-histories.factory';
import { falseClaims } from './factories/text-claims';
import { applied, get } from './factories/review-helpers';

/** A Friday review: next week starts on Monday 2025-10-13, this Sunday's long run is still to come. */
const FRIDAY = '2025-10-10';
const NEXT = '2025-10-13';

const bike = (minutes: number): Slot => ({
  minutes,
  rpe: 4,
  kind: 'CROSS_TRAINING',
  sport: 'BIKE',
  purpose: 'Easy spin on the bike',
});

const on = (p: WeekPlan, day: number) => p.sessions.find((x) => x.day === day && x.kind === 'RUN')!;

/**
 * What the athlete logged: the long run a few minutes short of the plan (`longRun`), easy runs about as planned
 * (31–33 min for a 30), the rest as planned. Logged without a link to the plan, as many watches upload.
 */
const logged =
  (longRun: number) =>
  (c: DayContext): Done | null | undefined => {
    const p = c.planned;
    if (!p || p.kind === 'REST') return undefined;
    if (p.key === true && p.intervals === undefined && p.kind === 'RUN') return { minutes: longRun, rpe: 4 };
    if (p.kind === 'RUN' && p.effort.value <= 4) return { minutes: p.minutes + (c.day % 4), rpe: 3 };
    return {
      minutes: p.minutes,
      rpe: p.effort.value,
      kind: p.kind === 'CROSS_TRAINING' ? 'CROSS_TRAINING' : undefined,
    };
  };

// ---------------------------------------------------------------------------------------------------------
// F5: Maya. Her weeks: easy 30s, steady blocks, a tempo, a Friday ride, a 60-min Sunday long run she logs at 57.
// Next week's draft has no ride (Friday has no time now), so the build has 60+ min to find.
// ---------------------------------------------------------------------------------------------------------

const MAYA_WEEK: WeekShape = [
  easy(30),
  quality(55, 'Steady blocks', 3, 10),
  easy(30),
  quality(50, 'Tempo', 2, 15),
  bike(60),
  easy(30),
  long(60),
];
const MAYA_DRAFT: WeekShape = [...MAYA_WEEK.slice(0, 4), null, ...MAYA_WEEK.slice(5)];

const maya = (): ReviewInput =>
  buildCoachHistory({
    athlete: {
      id: 'maya',
      firstName: 'Maya',
      trainingYears: 3,
      availabilityMinutes: [45, 75, 30, 75, 0, 75, 150],
    },
    reviewDate: FRIDAY,
    weeks: 10,
    plan: (w) => (w === 0 ? MAYA_DRAFT : withDownWeeks(MAYA_WEEK, [1, 5])(w)),
    done: logged(57),
  });

describe('F5 (athlete08): a build grows the long run one step and each easy run one step at most', () => {
  it('should grow Sunday 60 → 65 (one step on the 57 min she ran), no easy run past 45, and say each real limit', () => {
    const input = maya();
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const b = get(r, 'BUILD');
    const plan = input.nextWeekDraft!;
    const after = applied(plan, b);
    // The long run takes its step over the 57 min she ran (about 10 %: 62.7, on the 5-min grid 65).
    expect(on(after, 6).minutes).toBe(65);
    // Each easy run grows one step at most over the ~33-min easy runs she ran: 45, never 60.
    for (const d of [0, 5]) expect(on(after, d).minutes).toBe(45);
    expect(on(after, 2).minutes).toBe(30);
    expect(planMinutes(after)).toBe(planMinutes(plan) + 15 + 15 + 5);
    // Each session's own limit, true of it; not "easy runs stop at the long run's length".
    expect(b.rationale).not.toContain("easy runs stop at the long run's length");
    expect(b.rationale).toContain(
      "No session can grow further: Monday's and Saturday's easy runs are at 45 min, one easy-run step (15 min or 50 %, whichever is less; our rule) over the longest easy run Maya ran in the last 4 weeks (33 min)",
    );
    // The step it takes, as the plan and her runs have it (coach read of the demo club, 2026-12-05: "about 10 %" of a
    // +14 % step, 57 → 65 min; written, and seen to fail, before the text changed; then "+8 min, +14 %: 10 % more"
    // read as "14 % is 10 %": the rule in plain words, 10 % more than 57 rounded to 65; seen to fail before).
    let ran = 0;
    for (const x of input.sessions) if (x.kind === 'RUN' && x.minutes > ran) ran = x.minutes;
    const long = on(after, 6).minutes;
    expect(ran).toBe(57);
    expect(b.rationale).toContain(
      `Sunday's long run is at ${long} min, one step over the longest long run Maya ran in the last 4 weeks (${ran} min): 10 % more than ${ran} min, ${Math.round(ran * 1.1 * 10) / 10}, rounded to the nearest 5 min, is ${Math.round((ran * 1.1) / 5) * 5} min (+${long - ran} min)`,
    );
    expect(b.rationale).toContain(
      'Wednesday has no time left for its easy run (30 min planned, 30 min available)',
    );
    // Every claim of the text true of the applied plan (text-claims reads the limits back).
    expect(falseClaims({ input, plan, s: b, after })).toEqual([]);
    const wrong = {
      ...b,
      rationale: b.rationale.replace("Sunday's long run is at 65 min", "Sunday's long run is at 70 min"),
    };
    // (Both the minutes and the step on them: 70 min is no +8 min over 57.)
    expect(falseClaims({ input, plan, s: wrong, after })).toHaveLength(2);
    const short = r.decision.targetMinutes - planMinutes(after);
    // (Maya's plan has no strength session: "quality and strength keep their size" had named one; 2026-12-06.)
    expect(after.sessions.some((x) => x.kind === 'STRENGTH')).toBe(false);
    expect(b.rationale).toContain(
      `quality keeps its size, so the week stays ${short} min under the target of ${r.decision.targetMinutes} min`,
    );
  });

  it('should not grow the applied week again at the next review (the limits are minutes, not shares)', () => {
    const input = maya();
    const r = reviewAthlete(input);
    const after = applied(input.nextWeekDraft!, get(r, 'BUILD'));
    const again = reviewAthlete({ ...input, nextWeekDraft: after });
    expect(again.suggestions.find((x) => x.kind === 'BUILD')?.changes ?? []).toEqual([]);
  });

  it('should take one step on the grid: 57 → 65 for a long run, 33 → 45 and 20 → 30 for an easy run', () => {
    expect(longRunCap(57)).toBe(65);
    expect(longRunCap(60)).toBe(70);
    expect(longRunCap(63)).toBe(70);
    expect(longRunCap(66)).toBe(75);
    expect(longRunCap(125)).toBe(140);
    expect(easyRunCap(33, 15, 50)).toBe(45);
    expect(easyRunCap(20, 15, 50)).toBe(30);
    expect(easyRunCap(60, 15, 50)).toBe(75);
    expect(easyRunCap(0, 15, 50)).toBe(Infinity);
  });
});

// ---------------------------------------------------------------------------------------------------------
// F7: Lea (a held week before a marathon 7 weeks away) and Hanna (a build, 14 weeks away).
// ---------------------------------------------------------------------------------------------------------

const LEA_WEEK: WeekShape = [
  strength(30),
  quality(60, 'Hill repeats', 10, 1.5),
  null,
  easy(45),
  null,
  null,
  long(70),
];
const LEA_DRAFT: WeekShape = [...LEA_WEEK.slice(0, 6), long(75)];

/** Lea's history, her marathon `raceWeeks` weeks after next Monday's week (6: the demo's, 7 weeks from the review). */
const lea = (raceWeeks = 6): ReviewInput =>
  buildCoachHistory({
    athlete: {
      id: 'lea',
      firstName: 'Lea',
      trainingYears: 3,
      availabilityMinutes: [45, 75, 45, 75, 0, 45, 150],
    },
    reviewDate: FRIDAY,
    weeks: 10,
    plan: (w) => (w === 0 ? LEA_DRAFT : withDownWeeks(LEA_WEEK, [3, 7])(w)),
    done: logged(66),
    extra: {
      races: [
        {
          id: 'oslo',
          name: 'Oslo Marathon',
          date: shift(NEXT, 7 * raceWeeks + 6),
          priority: 'A',
          expectedMinutes: 203,
        },
      ],
      contextEvents: [
        {
          kind: 'WORK_STRESS',
          start: shift(FRIDAY, -4),
          end: shift(FRIDAY, 2),
          note: 'Quarter-end close at work',
        },
      ],
    },
  });

describe('F7 (athlete13): the longest long run is what she ran, and the projection starts from next week', () => {
  it("should quote 66 min (not the 70 planned) and project from the held week's 75-min long run", () => {
    const input = lea();
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('HOLD');
    const note = get(r, 'LONG_RACE_PREPARATION');
    expect(note.rationale).toContain(
      "the longest long run of the last 4 weeks was 66 min, and this week's, still to come, is planned at 70 min",
    );
    expect(note.rationale).not.toContain('the longest long run of the last 4 weeks was 70 min');
    expect(note.evidence.longestRecentRun).toBe(66);
    // Next week's long run as the hold leaves it (75), then one step a week but the outlook's down weeks.
    const after = r.suggestions.some((x) => x.kind === 'CAUTIOUS_HOLD' && x.changes.length > 0)
      ? applied(input.nextWeekDraft!, get(r, 'CAUTIOUS_HOLD'))
      : input.nextWeekDraft!;
    expect(on(after, 6).minutes).toBe(75);
    const m = /it reaches about (\d+) min by the week of (\d{4}-\d{2}-\d{2}), short of 150 min/.exec(
      note.rationale,
    );
    expect(m).not.toBeNull();
    const downs = r.outlook.filter((w) => w.note?.startsWith('down week')).map((w) => w.weekStart);
    let reach = 75;
    for (let ws = shift(NEXT, 7); ws <= m![2]; ws = shift(ws, 7))
      if (!downs.includes(ws)) reach += longRunStep(reach);
    expect(Number(m![1])).toBe(reach);
    expect(note.rationale).toContain("from next week's long run of 75 min");
  });

  // Coach read 4: Nora's projection "by the week of 2027-01-04" read as stopping a week before the outlook's
  // biggest week; Lea read only "the long run grows first" while her coach was told to talk about the race.
  it("should date the peak long run (the peak week's Sunday, 3 weeks before the race) and tell Lea about the talk", () => {
    const r = reviewAthlete(lea());
    const note = get(r, 'LONG_RACE_PREPARATION');
    const m = /by the week of (\d{4}-\d{2}-\d{2}), short of 150 min/.exec(note.rationale);
    expect(m).not.toBeNull();
    const sunday = shift(m![1], 6);
    const race = shift(NEXT, 7 * 6 + 6);
    expect(shift(sunday, 21)).toBe(race);
    expect(note.rationale).toContain(`That peak is Sunday's long run of ${sunday}, 3 weeks before the race.`);
    expect(note.rationale).toContain('talk with Lea about the race');
    const reach = /it reaches about (\d+) min/.exec(note.rationale)![1];
    expect(note.athleteText).toContain(`your long run can grow to about ${reach} min by ${sunday}, short of`);
    expect(note.athleteText).toContain("let's talk about choosing a later marathon");
    expect(note.athleteText).not.toContain('talk with');
  });
});

// Coach read of the demo club (athlete13): Lea's long run can reach about 95 min by the peak week, well short of
// the 150 min a peak starts at, and the note led with "run it for time on feet, not a goal pace, or choose a later
// marathon". Under two thirds of the peak's start (`LATER_RACE_LEADS_SHARE`: 100 of 150 min), the later marathon
// leads, as it does in Emma's urgent note; from there to on track, time on feet leads.
describe('the long-race note leads with a later marathon when the reachable peak is far short (athlete13)', () => {
  it('should lead with a later marathon, to the coach and to Lea, when the long run reaches under 100 min', () => {
    const note = get(reviewAthlete(lea()), 'LONG_RACE_PREPARATION');
    const reach = Number(note.evidence.reachableLongRun);
    expect(reach).toBeLessThan(150 * LATER_RACE_LEADS_SHARE);
    expect(note.rationale).toContain(
      `talk with Lea about the race: a later marathon is the safer choice (${reach} min is under two thirds of the 150 min a peak long run starts at, our threshold); if Lea starts this one, run it for time on feet, not a goal pace.`,
    );
    expect(note.rationale).not.toContain('or choose a later marathon');
    expect(note.athleteText).toContain(
      "let's talk about choosing a later marathon, the safer choice; if you start this one, run it for time on feet rather than a goal pace",
    );
    expect(note.athleteText).not.toContain('or a later marathon');
  });

  it('should lead with time on feet when the long run reaches two thirds of 150 min or more, still short of on track', () => {
    const note = get(reviewAthlete(lea(8)), 'LONG_RACE_PREPARATION');
    const reach = Number(note.evidence.reachableLongRun);
    expect(reach).toBeGreaterThanOrEqual(150 * LATER_RACE_LEADS_SHARE);
    expect(150 - reach).toBeGreaterThan(longRunStep(reach));
    expect(note.rationale).toContain(
      'talk with Lea about the race: run it for time on feet, not a goal pace, or choose a later marathon.',
    );
    expect(note.athleteText).toContain(
      "let's talk about how you run the race: for time on feet rather than a goal pace, or a later marathon",
    );
  });
});

const HANNA_WEEK: WeekShape = [
  strength(30),
  quality(55, 'Steady blocks', 3, 10),
  easy(30),
  quality(50, 'Tempo', 2, 15),
  null,
  easy(30),
  long(60),
];

const hanna = (): ReviewInput =>
  buildCoachHistory({
    athlete: {
      id: 'hanna',
      firstName: 'Hanna',
      trainingYears: 3,
      availabilityMinutes: [45, 75, 75, 75, 0, 75, 150],
    },
    reviewDate: FRIDAY,
    weeks: 10,
    plan: withDownWeeks(HANNA_WEEK, [2, 6]),
    done: logged(57),
    extra: {
      races: [
        {
          id: 'oslo',
          name: 'Oslo Marathon',
          date: shift(NEXT, 7 * 13 + 6),
          priority: 'A',
          expectedMinutes: 188,
        },
      ],
    },
  });

describe('F7 (athlete15): a projection within one step of 150 min is on track, with a date to decide by', () => {
  it('should say she is on track if the long run grows every build week, and decide 4 weeks before the peak week', () => {
    const input = hanna();
    const r = reviewAthlete(input);
    const note = get(r, 'LONG_RACE_PREPARATION');
    const m = /it reaches about (\d+) min by the week of (\d{4}-\d{2}-\d{2}), short of 150 min/.exec(
      note.rationale,
    );
    expect(m).not.toBeNull();
    const reach = Number(m![1]);
    expect(150 - reach).toBeLessThanOrEqual(longRunStep(reach));
    expect(note.rationale).toContain('Hanna is on track if the long run grows in every build week');
    expect(note.rationale).toContain(
      `decide with Hanna by ${shift(m![2], -28)} (4 weeks before that peak week)`,
    );
    expect(note.rationale).not.toContain('choose a later marathon');
    // She reads it too: on track, and the same date (coach read 2: her text had dropped "on track").
    expect(note.athleteText).toContain('you are on track if it grows in every build week');
    expect(note.athleteText).toContain(`we decide together by ${shift(m![2], -28)}`);
    // What she ran is quoted, never the planned 60.
    expect(note.rationale).toContain('the longest long run of the last 4 weeks was 57 min');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Coach finding 3 (athlete24 Kasper): "Your recent build weeks (the down week aside) averaged 221 min" was one
// week: this week is a planned down week and the week before last a dip (half the plan done), so the base is
// last week alone. The text names the week it counts and the weeks it leaves aside, and never "averaged" one.
// ---------------------------------------------------------------------------------------------------------

const KASPER_WEEK: WeekShape = [
  strength(30),
  quality(60, 'Steady blocks', 3, 10),
  easy(60),
  quality(50, 'Tempo', 2, 15),
  null,
  easy(60),
  long(95),
];

const kasper = (): ReviewInput =>
  buildCoachHistory({
    athlete: {
      id: 'kasper',
      firstName: 'Kasper',
      trainingYears: 3,
      availabilityMinutes: [45, 75, 75, 75, 0, 75, 120],
    },
    reviewDate: FRIDAY,
    weeks: 10,
    // This week (1) is a down week in the plan; the week before last (3) was planned in full, half done.
    plan: (w) => (w === 0 ? KASPER_WEEK : withDownWeeks(KASPER_WEEK, [1, 5])(w)),
    done: (c) => (c.weeksAgo === 3 && c.weekday <= 3 ? null : undefined),
  });

describe('coach finding 3 (athlete24): the weeks a build grows from are named, one week never "averaged"', () => {
  // Coach read 6: "The build suggestion sizes the week at about 235 min" when the build trims the plan to its
  // range's top, 250 min: the warning says where the week lands, and the target beside it.
  it('should say in the backward-design warning the week the build lands on, not only its target', () => {
    // His coach's plan as the demo has it, half as long again as what he does (380 min against about 250).
    const base = kasper();
    const draft = base.nextWeekDraft!;
    const input: ReviewInput = {
      ...base,
      nextWeekDraft: {
        ...draft,
        sessions: draft.sessions.map((x) => ({ ...x, minutes: Math.round((x.minutes * 1.5) / 5) * 5 })),
      },
    };
    const r = reviewAthlete(input);
    const b = get(r, 'BUILD');
    const w = get(r, 'BACKWARD_DESIGN_WARNING');
    const landed = planMinutes(applied(input.nextWeekDraft!, b));
    // A build trims such a plan to its target now (athletes 09 and 21): the warning names the target it lands on.
    // This one lands on its target (the other case, landing above it, is build-trim.spec's Kasper-like plan).
    expect(landed).toBe(r.decision.targetMinutes);
    expect(w.rationale).toContain(
      `The build suggestion sizes the week at about ${r.decision.targetMinutes} min.`,
    );
  });

  it('should name the one build week it counts, with its minutes, and the down weeks it leaves aside', () => {
    const input = kasper();
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const b = get(r, 'BUILD');
    const lastWeek = r.metrics.weeks[1];
    const weekBefore = r.metrics.weeks[2];
    expect(r.metrics.weeks[0].isDownWeek).toBe(true);
    expect(lastWeek.isDownWeek).toBe(false);
    expect(weekBefore.isDownWeek).toBe(true);
    expect(b.rationale).not.toMatch(/averaged/);
    expect(b.rationale).toContain(
      `Kasper's last build week, that of ${lastWeek.start}, was ${Math.round(lastWeek.minutes)} min`,
    );
    expect(b.rationale).toContain(
      `this week (a down week, ${r.metrics.weeks[0].plannedMinutes} min planned)`,
    );
    // Planned in full and half done: not a down week by its plan (coach read 6: "a down week, 194 min done of 360
    // planned" beside weeks planned at 365 and 350), but its load fell, which is what left it out, and the text
    // says that, its plan beside it (not "done well short of its plan": weeks done under 70 % of their plans
    // without such a fall are counted; coach read of 2026-12-04).
    expect(weekBefore.minutes).toBeLessThan(0.7 * weekBefore.plannedMinutes!);
    const w = r.metrics.weeks;
    const ref = (w[3].load + w[4].load + w[5].load) / 3;
    expect(b.rationale).toContain(
      `the week of ${weekBefore.start} (its load fell ${Math.round((1 - weekBefore.load / ref) * 100)} % below the three weeks before it (${Math.round(weekBefore.load)} against about ${Math.round(ref)} a week): ${Math.round(weekBefore.minutes)} min done of ${weekBefore.plannedMinutes} planned)`,
    );
    expect(b.rationale).not.toContain('done well short');
    expect(b.evidence.baseWeeklyMinutes).toBe(Math.round(lastWeek.minutes));
    const fitness = r.components.find((c) => c.component === 'CURRENT_FITNESS')!;
    expect(fitness.summary).toContain(
      `sized from the ${Math.round(lastWeek.minutes)} min of the week of ${lastWeek.start}, the last build week,`,
    );
    // The athlete is not told one week is their "usual week" either.
    expect(b.athleteText).not.toContain('usual week');
    expect(b.athleteText).toContain(
      `(your last week that was not a planned cutback, that of ${lastWeek.start}: ${Math.round(lastWeek.minutes)} min)`,
    );
  });

  // Issue #11: the backward-design warning on minutes said "(the last build week, the down weeks aside" when what
  // it left aside was this week's down week and a week done well short of its plan.
  it('should name the weeks the backward-design warning leaves aside as the build does, each with its reason', () => {
    const base = kasper();
    const draft = base.nextWeekDraft!;
    // Longer and easier: the minutes far above his weeks, the load (mostly easy now) not.
    const input: ReviewInput = {
      ...base,
      nextWeekDraft: {
        ...draft,
        sessions: draft.sessions.map((x) =>
          x.kind === 'RUN' && x.intervals !== undefined
            ? {
                ...x,
                intervals: undefined,
                key: false,
                effort: { type: 'RPE' as const, value: 2 },
                purpose: 'Easy run',
                minutes: Math.round((x.minutes * 1.4) / 5) * 5,
              }
            : {
                ...x,
                minutes: Math.round((x.minutes * 1.4) / 5) * 5,
                ...(x.kind === 'RUN' ? { effort: { type: 'RPE' as const, value: 2 } } : {}),
              },
        ),
      },
    };
    const r = reviewAthlete(input);
    const w = get(r, 'BACKWARD_DESIGN_WARNING');
    const ev = w.evidence as Record<string, number>;
    expect(ev.overPct).toBeLessThanOrEqual(30);
    expect(ev.overMinutesPct).toBeGreaterThan(30);
    const weeks = r.metrics.weeks;
    const lastWeek = weeks[1];
    const weekBefore = weeks[2];
    const ref = (weeks[3].load + weeks[4].load + weeks[5].load) / 3;
    expect(w.rationale).toContain(
      `above the ${Math.round(lastWeek.minutes)} min of the week of ${lastWeek.start} (the last build week, with this week (a down week, ${weeks[0].plannedMinutes} min planned) and the week of ${weekBefore.start} (its load fell ${Math.round((1 - weekBefore.load / ref) * 100)} % below the three weeks before it (${Math.round(weekBefore.load)} against about ${Math.round(ref)} a week): ${Math.round(weekBefore.minutes)} min done of ${weekBefore.plannedMinutes} planned) left aside): it looks designed back from a goal rather than from current fitness. In load it is about`,
    );
    // The load on the same week as the minutes (the base's one week): this week's down week is not counted in it.
    expect(ev.baseWeeklyLoad).toBe(Math.round(lastWeek.load));
    expect(w.rationale).toContain(`the same week's ${Math.round(lastWeek.load)} load units.`);
    expect(w.rationale).not.toContain('the down weeks aside');
  });

  it('should say "averaged" of two build weeks and name them', () => {
    // Without the dip the week before last is a build week too: two weeks, averaged, named.
    const input = buildCoachHistory({
      athlete: {
        id: 'kasper',
        firstName: 'Kasper',
        trainingYears: 3,
        availabilityMinutes: [45, 75, 75, 75, 0, 75, 120],
      },
      reviewDate: FRIDAY,
      weeks: 10,
      plan: (w) => (w === 0 ? KASPER_WEEK : withDownWeeks(KASPER_WEEK, [1, 5])(w)),
    });
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const b = get(r, 'BUILD');
    const [, w1, w2] = r.metrics.weeks;
    expect(b.rationale).toContain(`Kasper's build weeks, those of ${w2.start} and ${w1.start}, averaged`);
    expect(b.athleteText).toContain('(your usual week: about');
  });
});
