/**
 * Issue #11, faults a coach found in the demo club's weekly review (each failed on the engine before its fix):
 * a build or hold that changes nothing says whether the plan is fine (athletes 12, 13, 14, 16, 17, 19, 20); a
 * trip with a hotel treadmill or gym is a shorter day, not a 30-min one, and keeps its quality sessions on
 * their days (athlete02); a hold the trip's caps take below its range says how far and why; a missed-session
 * move never lands beside the long run or another hard session, and leaves a session the trip already changes
 * to the trip's suggestion (athlete02).
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion, SuggestionKind, WeekPlan } from '../src';
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import { planMinutes, planMinutesByDay } from '../src/planning/plan-measures';
import { noteEquipment } from '../src/review/week-context';
import {
  USUAL_WEEK,
  buildHistory,
  mondayAfter,
  planFromWeek,
  plannedSessions,
  shift,
  steadyHistory,
  type DaySlot,
} from './factories/athlete-history.factory';
import { allInputs } from './factories/generated-athletes.factory';
import { falseClaims } from './factories/text-claims';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const REVIEW = '2025-03-16'; // a Sunday
const NEXT = mondayAfter(REVIEW);
const rpe = (value: number) => ({ type: 'RPE' as const, value });
const run = plannedSessions(NEXT);
const blocks = {
  repeats: 3,
  workSeconds: 600,
  workEffort: rpe(6),
  recoverySeconds: 120,
  recoveryEffort: rpe(3),
};
const tempo = {
  repeats: 2,
  workSeconds: 900,
  workEffort: rpe(6),
  recoverySeconds: 180,
  recoveryEffort: rpe(3),
};
const TREADMILL = 'Client visit in Hamburg, Tue–Thu. Hotel has a treadmill.';

function get(r: Review, kind: SuggestionKind): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (!s) throw new Error(`expected ${kind}, got ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}
const applied = (plan: WeekPlan, s: Suggestion): WeekPlan => {
  const a = applySuggestion(plan, s);
  if (!a.ok) throw new Error(a.reason);
  return a.plan;
};
/**
 * The plan after `s` and then `other` as the review re-derives it on the plan `s` left (what the API does before
 * each apply); the plan after `s` alone when `other` has nothing left to do there.
 */
function thenOther(input: ReviewInput, s: Suggestion, other: Suggestion): WeekPlan {
  const first = applied(input.nextWeekDraft!, s);
  const again = reviewAthlete({ ...input, nextWeekDraft: first }).suggestions.find((x) => x.id === other.id);
  return again ? applied(first, again) : first;
}
/**
 * Every claim of every suggestion of the review, held against the plan it leaves, the life event's alone, and
 * the plan with both the life event's and the volume decision's suggestions (each re-derived after the other).
 */
function claims(input: ReviewInput): string[] {
  const plan = input.nextWeekDraft!;
  const r = reviewAthlete(input);
  const life = r.suggestions.find((x) => x.kind.startsWith('LIFE_CONTEXT'));
  const volume = r.suggestions.find((x) => x.kind === r.decision.rule);
  const lifeAlone = life ? applied(plan, life) : undefined;
  const other = (s: Suggestion) => (s === life ? volume : s === volume ? life : undefined);
  return r.suggestions.flatMap((s) => {
    const o = other(s);
    const both = o ? thenOther(input, s, o) : undefined;
    return falseClaims({ input, plan, s, after: applied(plan, s), both, lifeAlone });
  });
}

/**
 * athlete02 Tom: 495 min a week stated (Monday 45, Friday none), Tuesday's steady blocks (key), Thursday's
 * tempo, Sunday's 150-min long run; a trip Tuesday–Thursday. `skip`: his Tuesday key sessions missed for 4
 * weeks (the missed-session pattern).
 */
const TOM_WEEK: readonly (DaySlot | null)[] = [
  null,
  { minutes: 75, rpe: 6, key: true, purpose: 'Steady blocks' },
  { minutes: 75, rpe: 3 },
  { minutes: 75, rpe: 5, purpose: 'Tempo' },
  null,
  { minutes: 75, rpe: 3 },
  { minutes: 150, rpe: 4, key: true, purpose: 'Long run' },
];
function tom(
  o: {
    note?: string | null;
    skip?: boolean;
    availability?: number[];
    growth?: number;
    /** What he logs each week, when it is not his plans' week. */
    logged?: readonly (DaySlot | null)[];
  } = {},
): ReviewInput {
  const h = buildHistory({
    reviewDate: REVIEW,
    days: 120,
    week: o.logged ?? TOM_WEEK,
    weeklyGrowth: o.growth ?? 0.01,
    downWeeks: [1, 5, 9, 13],
    availability: o.availability ?? [45, 75, 75, 75, 0, 75, 150],
    ...(o.skip ? { skip: { weekdays: [1], weeks: 4 } } : {}),
  });
  const past = [0, 1, 2, 3].map((k) => planFromWeek(shift(NEXT, -7 * (k + 1)), TOM_WEEK));
  const note = o.note === undefined ? TREADMILL : o.note;
  return {
    ...h,
    pastWeekPlans: past.slice(1),
    currentWeekPlan: past[0],
    nextWeekDraft: {
      weekStart: NEXT,
      sessions: [
        run(1, 75, 6, { key: true, intervals: blocks, purpose: 'Steady blocks: comfortably hard' }),
        run(2, 75, 3),
        run(3, 75, 5, { intervals: tempo, purpose: 'Tempo: steady and comfortably hard' }),
        run(5, 75, 3),
        run(6, 150, 4, { key: true, purpose: 'Long run' }),
      ],
    },
    contextEvents:
      note === null ? [] : [{ id: 'trip', kind: 'TRAVEL', start: shift(NEXT, 1), end: shift(NEXT, 3), note }],
  };
}

describe('texts a coach found on the demo review: builds and holds that change nothing', () => {
  it('should say the plan is inside the build’s range, how far above the base it is, and needs no change (athletes 14, 16, 17, 19, 20)', () => {
    for (const scale of [1.05, 1.15]) {
      const input = { ...steadyHistory(), nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK, scale) };
      const r = reviewAthlete(input);
      expect(r.decision.type).toBe('BUILD');
      const s = get(r, 'BUILD');
      const plan = planMinutes(input.nextWeekDraft);
      expect(s.changes).toEqual([]);
      expect(plan).toBeGreaterThanOrEqual(r.decision.minMinutes);
      expect(plan).toBeLessThanOrEqual(r.decision.maxMinutes);
      // Was: "… next week can grow to about 305 min (+7 %), staying under the +20 % ramp limit." and no word
      // on the plan.
      // Under the target within the 5-min steps a build leaves as they are (athlete14's 425 against 440), by
      // how much.
      const target = r.decision.targetMinutes;
      const under = plan < target ? `, ${target - plan} min under the target of ${target} min` : '';
      expect(scale === 1.05 ? plan < target : plan > target).toBe(true);
      // The plan kept is stated against the same base as the target's step (coach read 9, finding 11: Amelia read
      // "grow to about 405 min (+7 %)" and her plan's 425, kept, was +12 % on her 380).
      const base = Number(s.evidence.baseWeeklyMinutes);
      const step = Math.round((plan / base - 1) * 100);
      const targetStep = Math.round((target / base - 1) * 100);
      expect(s.rationale).toContain(`next week can grow to about ${target} min (+${targetStep} %)`);
      if (scale === 1.15) expect(step).toBeGreaterThan(targetStep);
      expect(
        s.rationale.endsWith(
          `The plan's ${plan} min (+${step} %) is inside the build's range (${r.decision.minMinutes}–${r.decision.maxMinutes} min)${under}: no change needed.`,
        ),
      ).toBe(true);
      expect(claims(input)).toEqual([]);
    }
  });

  it('should say a plan under the target that cannot grow stays under it, never that it needs no change (athlete07)', () => {
    const week = [
      null,
      { minutes: 70, rpe: 6, key: true },
      { minutes: 75, rpe: 3 },
      null,
      { minutes: 75, rpe: 3 },
      null,
      { minutes: 130, rpe: 4, key: true },
    ];
    const input: ReviewInput = {
      ...steadyHistory({ week, availability: [0, 75, 75, 45, 75, 45, 130] }),
      nextWeekDraft: {
        weekStart: NEXT,
        sessions: [
          run(1, 75, 6, { key: true, purpose: 'Hill repeats' }),
          run(2, 75, 3),
          run(4, 75, 3),
          run(6, 130, 4, { key: true, purpose: 'Long run' }),
        ],
      },
    };
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const s = get(r, 'BUILD');
    expect(s.rationale).toMatch(/so the week stays \d+ min under the target of \d+ min/);
    expect(s.rationale).not.toMatch(/no change needed/);
    expect(claims(input)).toEqual([]);
  });

  it('should say a hold’s plan is already within its range (athlete12 RECOVERY_HOLD, athlete13 CAUTIOUS_HOLD)', () => {
    const amber: ReviewInput = {
      ...steadyHistory({ wellnessDrop: { days: 3, points: 2 } }),
      nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK, 1),
    };
    const work: ReviewInput = {
      ...steadyHistory(),
      contextEvents: [
        { id: 'w', kind: 'WORK_STRESS', start: shift(REVIEW, -6), end: REVIEW, note: 'Quarter-end close' },
      ],
      nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK, 1.05),
    };
    for (const [input, kind] of [
      [amber, 'RECOVERY_HOLD'],
      [work, 'CAUTIOUS_HOLD'],
    ] as const) {
      const r = reviewAthlete(input);
      expect(r.decision.rule).toBe(kind);
      const s = get(r, kind);
      const plan = planMinutes(input.nextWeekDraft!);
      expect(s.changes).toEqual([]);
      // Was: "Hold next week at about 290 min instead of building, and check in on sleep and stress …" with
      // the plan's 280 min unmentioned.
      expect(
        s.rationale.endsWith(
          `The plan's ${plan} min is already within the hold's range (${r.decision.minMinutes}–${r.decision.maxMinutes} min): no change needed.`,
        ),
      ).toBe(true);
      expect(claims(input)).toEqual([]);
    }
  });

  it('should say a hold leaves a plan written below its range where it is, and how far below', () => {
    const input: ReviewInput = {
      ...steadyHistory({ wellnessDrop: { days: 3, points: 2 } }),
      nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK, 0.7),
    };
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    const s = get(r, 'RECOVERY_HOLD');
    const plan = planMinutes(input.nextWeekDraft!);
    expect(s.changes).toEqual([]);
    // Was: "Hold next week at about 280 min instead of building, …" and nothing on the plan's 195 min.
    expect(s.rationale).toContain(
      `The plan's ${plan} min is ${r.decision.minMinutes - plan} min under the hold's range (${r.decision.minMinutes}–${r.decision.maxMinutes} min); a hold grows nothing of its own, so it is left as it is.`,
    );
    expect(claims(input)).toEqual([]);
  });
});

describe('texts a coach found on the demo review: a trip with a treadmill or gym (athlete02)', () => {
  it('should read a treadmill, gym or fitness centre in the note, and not one the note says is missing', () => {
    expect(noteEquipment(TREADMILL)).toBe('treadmill');
    expect(noteEquipment('Conference in Lyon, hotel gym')).toBe('hotel gym');
    expect(noteEquipment('Away with work. The Fitness Centre opens at 6.')).toBe('fitness centre');
    expect(noteEquipment('Sales trip, GYM in the hotel')).toBe('gym');
    expect(noteEquipment('Client visit, no gym at the hotel')).toBeNull();
    expect(noteEquipment('Hotel without a treadmill')).toBeNull();
    expect(noteEquipment('Client visit in Hamburg')).toBeNull();
    expect(noteEquipment(undefined)).toBeNull();
  });

  it('should cap a trip with a hotel treadmill at 60 min a day and keep its quality sessions on their days', () => {
    const input = tom();
    const r = reviewAthlete(input);
    const s = get(r, 'LIFE_CONTEXT_REDUCTION');
    // Was: "plan at most 30 min a day on Tuesday, Wednesday, Thursday; no free day fits Tuesday's steady blocks
    // (75 min) …; Thursday's tempo (75 min) …, so they stay as easy sessions under the cap …, the week 450 → 315
    // min (-30 %)".
    expect(s.rationale).toContain(
      'plan at most 60 min a day on Tuesday, Wednesday, Thursday (with a treadmill there: our cap for a trip with a treadmill or gym, 30 min without one)',
    );
    expect(s.rationale).toContain(
      "Tuesday's steady blocks (75 min) and Thursday's tempo (75 min) fit the cap as shorter quality sessions and stay on their days",
    );
    expect(s.rationale).toContain('the week 450 → 405 min (-10 %)');
    const after = applied(input.nextWeekDraft!, s);
    expect(planMinutesByDay(after)).toEqual([0, 60, 60, 60, 0, 75, 150]);
    const tue = after.sessions.find((x) => x.day === 1)!;
    const thu = after.sessions.find((x) => x.day === 3)!;
    expect([tue.key, tue.effort.value, tue.intervals?.repeats]).toEqual([true, 6, 3]);
    expect([thu.effort.value, thu.intervals?.repeats]).toEqual([5, 2]);
    expect(s.changes.some((c) => c.type === 'REPLACE_INTENSITY' || c.type === 'MOVE_SESSION')).toBe(false);
    // The volume decision sizes the week from the same caps: 60 min a day leaves room to build.
    expect(r.decision.ruledOut.join(' ')).not.toMatch(/30 min a day/);
    expect(claims(input)).toEqual([]);
  });

  it('should not build in a week with a trip, whatever the hotel has (coach read 2: Tom built to 405 min)', () => {
    const r = reviewAthlete(tom());
    expect(r.decision.type).toBe('HOLD');
    expect(r.decision.ruledOut.join(' ')).toContain('is confirmed for next week');
    expect(r.suggestions.map((x) => x.kind)).not.toContain('BUILD');
    // The trip still caps its days at the treadmill's 60 min, quality kept on its day.
    expect(get(r, 'LIFE_CONTEXT_REDUCTION').rationale).toContain('the week 450 → 405 min');
    // Here the trip's caps alone bring the week into the hold: the hold changes nothing and names no minutes.
    const hold = get(r, 'CAUTIOUS_HOLD');
    expect(hold.changes).toEqual([]);
    expect(hold.athleteText).toBe(
      'Nothing changes in your plan for this: your week holds rather than builds, to be on the safe side for now.',
    );
    // Without the trip the same history builds.
    expect(reviewAthlete(tom({ note: null })).decision.type).toBe('BUILD');
  });

  it('should take the equipped cap from the engine config, next to travel’s default', () => {
    expect(DEFAULT_ENGINE_CONFIG.context.TRAVEL.maxMinutesPerDay).toBe(30);
    expect(DEFAULT_ENGINE_CONFIG.context.TRAVEL.equippedMaxMinutesPerDay).toBe(60);
    const r = reviewAthlete(tom(), {
      context: { TRAVEL: { maxMinutesPerDay: 30, equippedMaxMinutesPerDay: 45, volumeFactor: 1 } },
    });
    expect(get(r, 'LIFE_CONTEXT_REDUCTION').rationale).toContain('plan at most 45 min a day on Tuesday');
    // No equipment in the note: travel's default.
    const bare = get(
      reviewAthlete(tom({ note: 'Client visit in Hamburg, no gym.' })),
      'LIFE_CONTEXT_REDUCTION',
    );
    expect(bare.rationale).toMatch(/plan at most 30 min a day on Tuesday, Wednesday, Thursday;/);
  });

  it('should give the hold’s reason and its text the same cap figures as the trip’s suggestion', () => {
    // Monday off: with Tuesday–Thursday at 60 min the week has 405 min, no room to build on the recent weeks.
    const input = tom({ availability: [0, 75, 75, 75, 0, 75, 150] });
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const cap = 'caps Tuesday–Thursday at 60 min a day (our cap for travel with a treadmill to train on)';
    // Was: "caps Tuesday–Thursday at 30 min a day (the default cap for travel)" in both.
    expect(r.decision.ruledOut.join('; ')).toContain(cap);
    expect(get(r, 'CAUTIOUS_HOLD').rationale).toContain(cap);
    expect(get(r, 'LIFE_CONTEXT_REDUCTION').rationale).toContain('plan at most 60 min a day');
    expect(r.decision.targetMinutes).toBe(405);
    expect(claims(input)).toEqual([]);
  });

  it('should say how far below the hold’s range the trip’s caps take the week, and why', () => {
    const input = tom({ note: 'Client visit in Hamburg, Tue–Thu.' });
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const s = get(r, 'CAUTIOUS_HOLD');
    const life = applied(input.nextWeekDraft!, get(r, 'LIFE_CONTEXT_REDUCTION'));
    const week = planMinutes(life);
    expect(week).toBeLessThan(r.decision.minMinutes);
    // Was: "Capping the days of the life event, its own suggestion, takes the plan's 450 min to 315 min." with
    // the hold at "about 360 min" and nothing on the 5 min under its range.
    expect(s.rationale).toContain(
      `The trip's caps (its own suggestion: at most 30 min a day on Tuesday, Wednesday and Thursday) take the week to ${week} min, ${r.decision.minMinutes - week} min under the hold's range (${r.decision.minMinutes}–${r.decision.maxMinutes} min); the other days stay as planned.`,
    );
    expect(s.changes).toEqual([]);
    expect(claims(input)).toEqual([]);
  });
});

describe('texts a coach found on the demo review: the missed-session move (athlete02)', () => {
  it('should never move a missed key session to the day before the long run; with no good day, ask for a talk', () => {
    const input = tom({ note: null, skip: true });
    const r = reviewAthlete(input);
    const s = get(r, 'MISSED_SESSIONS_PATTERN');
    // Was: "Move Tuesday's steady blocks (75 min) to Saturday (… % completed), a day that works for you." with
    // Sunday's 150-min long run the day after.
    expect(s.changes).toEqual([]);
    expect(s.severity).toBe('INFO');
    expect(s.rationale).toContain(
      "Every day with time for Tuesday's steady blocks (75 min) next week is the day before or after another hard session or the long run, so it stays where it is rather than make two hard days in a row.",
    );
    expect(s.rationale).toContain('The Tuesday pattern is worth a talk with Sam');
    expect(claims(input)).toEqual([]);
    // Nothing moves, so the athlete is not told that it does (was "Nothing changes in your plan for this: …, so
    // your key session goes to a day that works better for you").
    expect(s.athleteText).toBe(
      'Nothing changes in your plan for this: Tuesday has been hard to fit (4 key sessions missed in the last 4 weeks); tell your coach what gets in the way that day, and which day would work better.',
    );
  });

  it('should move a missed key session to a day away from the hard sessions and the long run when there is one', () => {
    const input = tom({ note: null, skip: true, availability: [45, 75, 75, 75, 90, 75, 150] });
    // Thursday easy: Friday is then away from every hard session and the long run.
    const draft = input.nextWeekDraft!;
    const easyThursday: ReviewInput = {
      ...input,
      nextWeekDraft: {
        ...draft,
        sessions: draft.sessions.map((x) => (x.day === 3 ? run(3, 75, 3) : x)),
      },
    };
    const s = get(reviewAthlete(easyThursday), 'MISSED_SESSIONS_PATTERN');
    expect(s.severity).toBe('ATTENTION');
    const move = s.changes.find((c) => c.type === 'MOVE_SESSION');
    if (move?.type !== 'MOVE_SESSION') throw new Error(`no move: ${s.rationale}`);
    // Wednesday or Friday (each between easy days), never Saturday (the day before the long run) nor Monday
    // (the day after this week's).
    expect([2, 4]).toContain(move.toDay);
    const day = ['Wednesday', 'Friday'][move.toDay === 2 ? 0 : 1];
    expect(s.rationale).toContain(`Move Tuesday's steady blocks (75 min) to ${day}`);
    expect(s.rationale).toMatch(
      /, a day that works for Sam, away from the other hard sessions and the long run\./,
    );
    expect(claims(easyThursday)).toEqual([]);
    // With Thursday's tempo, Friday is beside it: no move.
    expect(get(reviewAthlete(input), 'MISSED_SESSIONS_PATTERN').changes).toEqual([]);
  });

  it('should leave a session the trip already changes to the trip’s suggestion, and compose with it', () => {
    const input = tom({ skip: true });
    const r = reviewAthlete(input);
    const missed = get(r, 'MISSED_SESSIONS_PATTERN');
    const life = get(r, 'LIFE_CONTEXT_REDUCTION');
    // Was: the trip made Tuesday's steady blocks an easy 30-min run while this moved them (as key steady blocks)
    // to the Saturday before the long run: two suggestions prescribing one session two ways.
    expect(missed.changes).toEqual([]);
    expect(missed.rationale).toContain(
      "Next week, the suggestion for the trip already keeps Tuesday's steady blocks (75 min) on Tuesday, 60 min long, so nothing moves here.",
    );
    expect(missed.rationale).toContain('The Tuesday pattern is worth a talk with Sam');
    expect(life.changes.some((c) => 'sessionId' in c && c.sessionId === `${NEXT}-x1RUN`)).toBe(false);
    // Applied, the trip leaves a plan on which the missed-session suggestion (re-derived, as the API does)
    // still makes no move beside the long run or a hard session, and says only what that plan bears out.
    const afterLife = applied(input.nextWeekDraft!, life);
    const again: ReviewInput = { ...input, nextWeekDraft: afterLife };
    const missedAgain = get(reviewAthlete(again), 'MISSED_SESSIONS_PATTERN');
    for (const c of missedAgain.changes) if (c.type === 'MOVE_SESSION') expect([4, 5]).not.toContain(c.toDay);
    expect(claims(again)).toEqual([]);
    expect(claims(input)).toEqual([]);
  });
});

/**
 * athlete02 as the demo has him: plans of 450 min, about 370 min logged, so the hold sizes the week below what
 * the trip's caps leave (450 → 405 min) and cuts Saturday and Sunday of its own.
 */
const TOM_LOGGED: readonly (DaySlot | null)[] = [
  null,
  { minutes: 60, rpe: 6, key: true, purpose: 'Steady blocks' },
  { minutes: 60, rpe: 3 },
  { minutes: 60, rpe: 5, purpose: 'Tempo' },
  null,
  { minutes: 60, rpe: 3 },
  { minutes: 130, rpe: 4, key: true, purpose: 'Long run' },
];
/** Figures a text gives for next week as a whole ("Next week is lighter: about 365 min"). */
const weekFigures = (t: string): number[] =>
  [...t.matchAll(/Next week (?:is|stays)[^.]*? about (\d+) min/g)].map((m) => Number(m[1]));

describe('the trip and the hold each say the week both leave (athlete02, coach read 4 finding 4)', () => {
  const input = tom({ logged: TOM_LOGGED });

  it('should state, in each of the two, the week with the other applied, as applying both in either order gives it', () => {
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const hold = get(r, 'CAUTIOUS_HOLD');
    const life = get(r, 'LIFE_CONTEXT_REDUCTION');
    expect(hold.changes.length).toBeGreaterThan(0);
    expect(life.rationale).toContain('the week 450 → 405 min');
    const lo = r.decision.minMinutes;
    const hi = r.decision.maxMinutes;
    // What the coach gets: either applied first, the other re-derived on the plan it left (as the API does).
    const week = planMinutes(thenOther(input, life, hold));
    expect(planMinutes(thenOther(input, hold, life))).toBe(week);
    expect(week).toBeGreaterThanOrEqual(lo);
    expect(week).toBeLessThanOrEqual(hi);
    expect(Math.abs(week - r.decision.targetMinutes)).toBeLessThanOrEqual(5);
    // Was: "… to 410 min. Capping the days of the life event, its own suggestion, takes another 45 min off the
    // plan as it is now." beside the trip's "the week 450 → 405 min", and 365 said nowhere.
    const range = `inside the hold's range (${lo}–${hi} min)`;
    expect(hold.rationale).toContain(
      `With the trip's caps (its own suggestion: at most 60 min a day on Tuesday, Wednesday and Thursday), the week comes to ${week} min, ${range}.`,
    );
    expect(hold.rationale).not.toContain('takes another');
    expect(life.rationale).toContain(
      `With the cautious hold's changes on Saturday and Sunday (its own suggestion), the week comes to ${week} min, ${range}.`,
    );
    // Last week (2025-03-03) was a down week, lighter in load than the build weeks: the backward-design average
    // leaves it out, as the load-spike reference does (coach read 7, finding 8), and on the three build weeks the
    // plan is less than 30 % above them: no warning (was "+X % above the recent weekly average of 1404", the down
    // week counted).
    expect(r.suggestions.some((s) => s.kind === 'BACKWARD_DESIGN_WARNING')).toBe(false);
    // With the long run's effort raised (the same minutes, more load), the warning names the week both leave.
    const harder: ReviewInput = {
      ...input,
      nextWeekDraft: {
        ...input.nextWeekDraft!,
        sessions: input.nextWeekDraft!.sessions.map((x) =>
          x.day === 6 ? { ...x, effort: { type: 'RPE' as const, value: 7 } } : x,
        ),
      },
    };
    const rh = reviewAthlete(harder);
    const weekH = planMinutes(thenOther(harder, get(rh, 'LIFE_CONTEXT_REDUCTION'), get(rh, 'CAUTIOUS_HOLD')));
    expect(get(rh, 'BACKWARD_DESIGN_WARNING').rationale).toContain(
      `The cautious hold suggestion, with the trip's caps (its own suggestion), sizes the week at about ${weekH} min.`,
    );
    expect(claims(input)).toEqual([]);
  });

  it('should give the athlete one figure for next week, the week both leave (was "about 405 min" and "about 410 min")', () => {
    const r = reviewAthlete(input);
    const week = planMinutes(thenOther(input, get(r, 'LIFE_CONTEXT_REDUCTION'), get(r, 'CAUTIOUS_HOLD')));
    const figures = r.suggestions.flatMap((s) => weekFigures(s.athleteText));
    expect(figures).toEqual([week]);
    expect(get(r, 'CAUTIOUS_HOLD').athleteText).toMatch(
      new RegExp(
        `^Next week is (lighter: )?about ${week} min with Tuesday, Wednesday and Thursday shortened`,
      ),
    );
    expect(get(r, 'LIFE_CONTEXT_REDUCTION').athleteText).toBe(
      "You have less time on Tuesday, Wednesday and Thursday (about 60 min a day), so those days fit the time you have. Tuesday's steady blocks, Wednesday's easy run and Thursday's tempo are shorter.",
    );
  });

  it('should say the hold’s week counts the trip’s shorter days, which the hold alone does not take (coach read 12)', () => {
    const r = reviewAthlete(input);
    const hold = get(r, 'CAUTIOUS_HOLD');
    const week = planMinutes(thenOther(input, get(r, 'LIFE_CONTEXT_REDUCTION'), hold));
    const alone = planMinutes(applied(input.nextWeekDraft!, hold));
    expect(alone).toBeGreaterThan(week);
    // (The cut's notes on the long run stand between the two: coach read 18.)
    const at = hold.rationale.indexOf(`to ${alone} min.`);
    expect(at).toBeGreaterThan(0);
    expect(hold.rationale.indexOf(" With the trip's caps", at)).toBeGreaterThan(at);
    // Was: "Next week is about 365 min.", the hold alone leaving 410 min: the athlete reads what the coach does,
    // the week with the trip's days shortened too.
    expect(hold.athleteText).toMatch(
      new RegExp(
        `^Next week is (lighter: )?about ${week} min with Tuesday, Wednesday and Thursday shortened to the time you have\\.`,
      ),
    );
  });

  it('should say the same week after one is applied and the other re-derived on the plan it left', () => {
    const r = reviewAthlete(input);
    const hold = get(r, 'CAUTIOUS_HOLD');
    const life = get(r, 'LIFE_CONTEXT_REDUCTION');
    const week = planMinutes(thenOther(input, life, hold));
    // The trip first: the hold, re-derived, cuts to that week and says it; nothing is left for the trip.
    const afterLife: ReviewInput = { ...input, nextWeekDraft: applied(input.nextWeekDraft!, life) };
    const r1 = reviewAthlete(afterLife);
    expect(r1.suggestions.some((x) => x.kind.startsWith('LIFE_CONTEXT'))).toBe(false);
    expect(get(r1, 'CAUTIOUS_HOLD').rationale).toContain(`to ${week} min.`);
    expect(r1.suggestions.flatMap((s) => weekFigures(s.athleteText))).toEqual([week]);
    expect(claims(afterLife)).toEqual([]);
    // The hold first: the trip, re-derived, caps its days to that week; the hold has nothing left to change.
    const afterHold: ReviewInput = { ...input, nextWeekDraft: applied(input.nextWeekDraft!, hold) };
    const r2 = reviewAthlete(afterHold);
    expect(get(r2, 'LIFE_CONTEXT_REDUCTION').rationale).toContain(`→ ${week} min (`);
    expect(get(r2, 'CAUTIOUS_HOLD').changes).toEqual([]);
    expect(r2.suggestions.flatMap((s) => weekFigures(s.athleteText))).toEqual([week]);
    expect(claims(afterHold)).toEqual([]);
  });
});

describe('a hold that takes minutes from the long run says why (athlete02, coach read 18)', () => {
  const input = tom({ logged: TOM_LOGGED });

  it('should say the long run gives last, once the easy run in reach is at its floor and the trip’s days are its own', () => {
    const r = reviewAthlete(input);
    const hold = get(r, 'CAUTIOUS_HOLD');
    const plan = input.nextWeekDraft!;
    const after = applied(plan, hold);
    const long = plan.sessions.find((x) => x.day === 6)!;
    const easy = plan.sessions.find((x) => x.day === 5)!;
    const longAfter = after.sessions.find((x) => x.id === long.id)!.minutes;
    const easyAfter = after.sessions.find((x) => x.id === easy.id)!.minutes;
    // The trip's days are the trip's: the hold cuts Saturday's easy run to its floor, then the long run.
    expect(easyAfter).toBeLessThan(easy.minutes);
    expect(longAfter).toBeLessThan(long.minutes);
    // Was: "… Sunday's long run 150 → 140 min (-7 %), to 410 min." and nothing on why the key session gave: its step
    // over his longest recent long run (130 min) takes it to 145 first, said only where the long run ended there.
    expect(hold.rationale).toContain(
      "Sunday's long run comes down to 145 min first: the longest long run Sam logged in the last 4 weeks was 130 min, and a long run grows by one step a week at most",
    );
    expect(hold.rationale).toContain(
      `Sunday's long run then gives another ${145 - longAfter} min: a cut takes from the key sessions and the long run last, once the other sessions in its reach have given what it takes from them (Saturday's easy run is at its easy floor (${easyAfter} min); the days of the life event are left to its own suggestion) (our cut order).`,
    );
    expect(claims(input)).toEqual([]);
  });

  it('should say it in the other order too: the trip applied first, the hold re-derived, its days out of reach', () => {
    const r = reviewAthlete(input);
    const afterLife: ReviewInput = {
      ...input,
      nextWeekDraft: applied(input.nextWeekDraft!, get(r, 'LIFE_CONTEXT_REDUCTION')),
    };
    const hold = get(reviewAthlete(afterLife), 'CAUTIOUS_HOLD');
    const after = applied(afterLife.nextWeekDraft!, hold);
    // Wednesday's easy run stays at the trip's 60 min: the hold leaves the trip's days alone, and says so.
    expect(after.sessions.find((x) => x.day === 2)?.minutes).toBe(60);
    expect(after.sessions.find((x) => x.day === 6)?.minutes).toBe(140);
    expect(hold.rationale).toContain(
      "Sunday's long run then gives another 5 min: a cut takes from the key sessions and the long run last, once the other sessions in its reach have given what it takes from them (Saturday's easy run is at its easy floor (45 min); the days of the life event keep what its caps leave them) (our cut order).",
    );
    expect(claims(afterLife)).toEqual([]);
  });
});

/**
 * The stop-40 diff review of the key session's sentence: "Saturday's easy run is at its easy floor (40 min)" was said
 * of an easy run its day's time held under the floor the others were cut to (45 min), and "a cut takes from the key
 * sessions and the long run last" beside a session the same cut then took further (its last step) or dropped.
 */
describe('where the other sessions stand when a key session gives, and what the cut takes after it', () => {
  it('should say an easy run its day holds under the easy floor is at the time its day has, not at its easy floor', () => {
    const logged = TOM_LOGGED.map((x) => (x ? { ...x, minutes: Math.round((x.minutes * 0.85) / 5) * 5 } : x));
    const input = tom({ logged, note: null, availability: [45, 75, 75, 75, 0, 40, 150] });
    const r = reviewAthlete(input);
    const build = get(r, 'BUILD');
    const after = applied(input.nextWeekDraft!, build);
    const on = (d: number) => after.sessions.find((x) => x.day === d)!.minutes;
    expect(on(5)).toBe(40);
    expect(on(2)).toBe(45);
    expect(build.rationale).toContain(
      `once the other sessions in its reach have given what it takes from them (Wednesday's easy run is at its easy floor (45 min); Saturday's easy run is at the time its day has (40 min); Thursday's tempo is at its useful dose (${on(3)} min)) (our cut order).`,
    );
    expect(build.rationale).not.toMatch(/Saturday's easy run (is|are) at (its|their) easy floor/);
    expect(claims(input)).toEqual([]);
  });

  it('should never say the key sessions gave last where the cut then took another session further or dropped it', () => {
    // The generated athletes of the claims property (seed 1011): each such sentence names what came after, true of
    // the applied plan; none of them said it before (they read "… and the long run last").
    let after = 0;
    for (const input of allInputs()) {
      const plan = input.nextWeekDraft;
      if (plan === undefined) continue;
      for (const s of reviewAthlete(input).suggestions) {
        const m = / ([^.:]*?): a cut takes from the key sessions and the long run ([^.]*)\./.exec(
          s.rationale,
        );
        if (m === null) continue;
        const then = /the cut then (takes|drops) (\w+)'s/.exec(m[2]);
        if (then === null) continue;
        after++;
        expect(m[2]).not.toMatch(/^last/);
        const a = applySuggestion(plan, s);
        if (!a.ok) continue;
        const d = WEEKDAY_NAMES.indexOf(then[2]);
        const had = plan.sessions.filter((x) => x.day === d && x.key !== true);
        const has = a.plan.sessions.filter((x) => x.day === d);
        // Taken further or dropped: that day keeps less than the plan had on it.
        expect(has.reduce((t, x) => t + x.minutes, 0)).toBeLessThan(had.reduce((t, x) => t + x.minutes, 0));
        expect(falseClaims({ input, plan, s, after: a.plan })).toEqual([]);
      }
    }
    expect(after).toBeGreaterThanOrEqual(5);
  });
});
