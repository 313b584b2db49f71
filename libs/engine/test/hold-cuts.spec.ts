/**
 * How a hold cuts the week (a coach's reading of the demo club's review, 2026-12-04). Each check was written,
 * and seen to fail, before the engine was changed.
 * - athlete01 Ingrid: the load-spike hold kept a 95-min Sunday long run after the flu. Its cap ("one step over
 *   the longest recent run") counted from this Sunday's long run still to come (a plan, not a run). It then
 *   counted from the longest run of any kind since the flu (a 79-min race-specific session, RPE 6: coach read 5
 *   found that no long run); it now counts from her longest long run since the flu (47 min), with this Sunday's
 *   still to come counted as one step over that at most.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { ReviewInput, WeekPlan } from '../src';
import { longRunCap } from '../src/planning/long-run';
import { percentRange, scalePercent, scaled as scaledBy } from '../src/suggestions/fit-volume';
import { SCENARIOS } from './factories/athlete-scenarios.factory';
import { HISTORIES } from './factories/coach-histories';
import { HISTORIES_2 } from './factories/coach-histories-2';
import { planMinutes } from '../src/planning/plan-measures';
import { realisticDone, withGaps } from './factories/coach-histories-2';
import { FRIDAY, ingridBackFromFlu } from './factories/ingrid.factory';
import {
  NEXT,
  REVIEW,
  type WeekShape,
  buildCoachHistory,
  easy,
  long,
  quality,
  shift,
  withDownWeeks,
} from './factories/coach-histories.factory';
import { emmaBeforeOslo } from './factories/emma.factory';
import { HENRIK_DRAFT, HENRIK_WEEK } from './factories/henrik.factory';
import { applied, get } from './factories/review-helpers';

const rest = null;

const on = (p: WeekPlan, day: number, kind = 'RUN') =>
  p.sessions.find((x) => x.day === day && x.kind === kind);

// ---------------------------------------------------------------------------------------------------------
// athlete01 Ingrid: the long-run cap of a hold reads the longest run she logged (since the flu), whatever it was
// (her history: `ingridBackFromFlu` in factories/ingrid.factory.ts).
// ---------------------------------------------------------------------------------------------------------

const ingrid = ingridBackFromFlu;

/** The longest run logged after the illness, and the longest logged against a planned long run ("Long run"). */
function sinceIllness(input: ReviewInput): { any: number; long: number } {
  const after = shift(FRIDAY, -15);
  const longIds = new Set<string>();
  for (const p of [...(input.pastWeekPlans ?? []), input.currentWeekPlan!])
    for (const x of p.sessions) if (x.purpose === 'Long run') longIds.add(x.id);
  let any = 0;
  let long = 0;
  for (const s of input.sessions) {
    if (s.kind !== 'RUN' || s.date! <= after) continue;
    any = Math.max(any, s.minutes);
    if (s.plannedSessionId !== undefined && longIds.has(s.plannedSessionId)) long = Math.max(long, s.minutes);
  }
  return { any, long };
}

describe('a hold caps the long run from the longest long run logged (athlete01)', () => {
  it('should count Sunday’s long run from her longest long run since the flu, not from a longer quality session', () => {
    const input = ingrid();
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('HOLD');
    expect(r.decision.rule).toBe('LOAD_SPIKE_WARNING');
    const s = get(r, 'LOAD_SPIKE_WARNING');
    const after = applied(input.nextWeekDraft!, s);
    const { any, long } = sinceIllness(input);
    // The 75-min race-specific run of this week is the longest run since the flu; her long run is 45-odd min.
    expect(any).toBeGreaterThan(70);
    expect(long).toBeGreaterThan(40);
    expect(long).toBeLessThan(50);
    // This Sunday's 90 min still to come counts as one step over her long run at most; next Sunday one step more.
    const thisSunday = Math.floor(longRunCap(long) / 5) * 5;
    const cap = Math.floor(longRunCap(thisSunday) / 5) * 5;
    expect(cap).toBeLessThan(65);
    expect(on(after, 6)!.minutes).toBe(cap);
    expect(s.rationale).toContain(`Sunday's long run comes down to ${cap} min`);
    expect(s.rationale).toContain(
      `the longest long run Ingrid logged since the illness of ${shift(FRIDAY, -20)} to ${shift(FRIDAY, -15)} (a longer run of ${any} min aside: not planned or run as a long run) was ${long} min, and this week's long run, still to come, counts as one step over it at most (${thisSunday} of its planned 90 min)`,
    );
    expect(s.rationale).not.toContain(`was ${any} min`);
    expect(s.rationale).not.toMatch(/the longest run Ingrid logged/);
    // The step it takes is said as a step (coach read 14: "a long run grows by one step at most … even in a week
    // that builds; this one does not", beside a long run grown 50 → 55, read as a contradiction).
    expect(s.rationale).toContain(
      `a long run grows by one step a week at most (about 10 %, at most 15 min), in a hold or a down week as in a build: ${cap} min is within that step over ${thisSunday} min.`,
    );
    expect(s.rationale).not.toContain('this one does not');
  });

  // Merged with the long-run reference: the long run's 40 min and then a base week's tempo (its hard share) took
  // the week to 270 min, under the hold's own range (280–325) and its "about 310 min".
  it('should leave the held week inside the hold’s range when the long run’s cut has taken most of the cut', () => {
    const base = ingrid();
    // The demo's draft: shorter easy runs and two strength sessions beside the hills, the tempo and the 95-min
    // long run (355 min, every day within her time).
    const draft = base.nextWeekDraft!;
    // (the demo's Thursday tempo is not a key session: a base week's hard share may drop it).
    const sessions = draft.sessions.map((x) =>
      x.purpose.startsWith('Easy')
        ? { ...x, minutes: 35 }
        : x.purpose === 'Tempo'
          ? { ...x, key: false, effort: { type: 'RPE' as const, value: 5 } }
          : x,
    );
    for (const [day, minutes] of [
      [0, 25],
      [3, 25],
    ] as const)
      sessions.push({
        id: `strength-${day}`,
        day,
        kind: 'STRENGTH',
        minutes,
        effort: { type: 'RPE', value: 5 },
        purpose: 'Strength',
      });
    const input: ReviewInput = { ...base, nextWeekDraft: { ...draft, sessions } };
    expect(planMinutes(input.nextWeekDraft!)).toBe(355);
    const r = reviewAthlete(input);
    const s = get(r, 'LOAD_SPIKE_WARNING');
    const after = applied(input.nextWeekDraft!, s);
    const total = planMinutes(after);
    expect(total).toBeGreaterThanOrEqual(r.decision.minMinutes);
    expect(total).toBeLessThanOrEqual(r.decision.maxMinutes + 5);
    expect(s.rationale).toContain(`to ${total} min.`);
    expect(s.athleteText).toContain(`Next week is about ${total} min`);
  });
});

// ---------------------------------------------------------------------------------------------------------
// athlete10 Henrik: in a hills and strength block a hold's cut takes the easy filler, not a strength session,
// as far as the run days a marathon build keeps allow (three: MIN_RUN_DAYS_LONG_RACE, our threshold).
// ---------------------------------------------------------------------------------------------------------

/**
 * Henrik in a hills and strength block: strength on Monday and Thursday, hills on Tuesday, an easy run on
 * Thursday, a long run on Sunday; no check-in for the last 6 days (a cautious hold). Next week's draft: 275 min
 * with a 105-min long run. With `marathon`, an A marathon 14 weeks away; else a 10k.
 */
function henrik(focus: 'HILLS_STRENGTH' | 'AEROBIC_VOLUME', marathon: boolean): ReviewInput {
  const WEEK = HENRIK_WEEK;
  const DRAFT_H = HENRIK_DRAFT;
  const race = marathon
    ? {
        id: 'cph',
        name: 'Copenhagen Marathon',
        date: shift(NEXT, 97),
        priority: 'A' as const,
        expectedMinutes: 235,
      }
    : { id: 'fjord', name: 'Fjord 10k', date: shift(NEXT, 97), priority: 'A' as const, expectedMinutes: 45 };
  const input = buildCoachHistory({
    athlete: {
      id: 'henrik',
      firstName: 'Henrik',
      trainingYears: 4,
      availabilityMinutes: [45, 75, 45, 90, 45, 60, 150],
    },
    weeks: 10,
    plan: (w) => (w === 0 ? DRAFT_H : withDownWeeks(WEEK, [3, 7])(w)),
    done: realisticDone,
    checkIn: (c, u) => (c.daysAgo < 6 ? null : withGaps(c, u)),
    planMeta: { focus },
    extra: { races: [race] },
  });
  // Thursday has a strength session too, after the easy run.
  const draft = input.nextWeekDraft!;
  const thu: WeekPlan['sessions'][number] = { ...draft.sessions[0], id: 'thu-strength', day: 3 };
  return {
    ...input,
    season: { ...input.season!, mesocycle: { ...input.season!.mesocycle!, focus } },
    nextWeekDraft: { ...draft, sessions: [...draft.sessions, thu] },
  };
}

const holdOf = (input: ReviewInput) => {
  const r = reviewAthlete(input);
  expect(r.decision.type).toBe('HOLD');
  const s = get(r, 'CAUTIOUS_HOLD');
  const after = applied(input.nextWeekDraft!, s);
  return { r, s, after, strength: after.sessions.filter((x) => x.kind === 'STRENGTH') };
};

describe('a hold in a hills and strength block keeps the strength whole (athlete10)', () => {
  it('should drop the easy run rather than a strength session, and say why', () => {
    const { r, s, after, strength: str } = holdOf(henrik('HILLS_STRENGTH', false));
    expect(r.decision.focus).toBe('HILLS_STRENGTH');
    expect(str.map((x) => [x.day, x.minutes])).toEqual([
      [0, 30],
      [3, 30],
    ]);
    expect(on(after, 3)).toBeUndefined();
    expect(on(after, 1)!.minutes).toBe(65);
    expect(planMinutes(after)).toBeLessThanOrEqual(r.decision.maxMinutes + 5);
    expect(planMinutes(after)).toBeGreaterThanOrEqual(r.decision.minMinutes);
    expect(s.rationale).toContain(
      "Monday's and Thursday's strength are kept whole: in a hills and strength block the strength sessions stay",
    );
    expect(s.rationale).not.toMatch(/strength is dropped/i);
  });

  it('should keep a marathoner’s third run day and say that is why a strength session goes', () => {
    const { s, after, strength: str } = holdOf(henrik('HILLS_STRENGTH', true));
    // Hills, the easy run and the long run: the three run days a marathon build keeps.
    expect(after.sessions.filter((x) => x.kind === 'RUN').length).toBe(3);
    expect(str.length).toBe(1);
    expect(s.rationale).toContain(
      "In a hills and strength block the strength sessions stay while the easy running can give, but Thursday's easy run is one of the 3 run days a marathon build keeps (our threshold), so strength gives way.",
    );
  });

  it('should still shorten strength before dropping the easy run, and say nothing of the block, in an aerobic-volume block', () => {
    const { s, after, strength: str } = holdOf(henrik('AEROBIC_VOLUME', false));
    expect(on(after, 3)).toBeDefined();
    expect(str.some((x) => x.minutes < 30)).toBe(true);
    expect(s.rationale).not.toContain('in a hills and strength block');
    expect(s.rationale).not.toContain('In a hills and strength block');
  });
});

// ---------------------------------------------------------------------------------------------------------
// athlete05 Emma: "the longest run of the last 4 weeks (race aside) was 49 min" with a 50-min race-specific
// session in those weeks. The figure is right (the longest long run: a key session with intervals is not one);
// the words were not.
// ---------------------------------------------------------------------------------------------------------

describe('the long-race note says "long run" of the figure it quotes (athlete05)', () => {
  it('should call 45-odd min the longest long run when a race-specific session ran longer', () => {
    const WEEK: WeekShape = [
      rest,
      quality(55, 'Race-specific', 3, 10),
      easy(35),
      easy(35),
      rest,
      easy(35),
      long(45),
    ];
    const input = emmaBeforeOslo(WEEK);
    const from = shift(REVIEW, -27);
    let longestRun = 0;
    for (const x of input.sessions)
      if (x.kind === 'RUN' && (x.date ?? '') >= from) longestRun = Math.max(longestRun, x.minutes);
    const note = get(reviewAthlete(input), 'LONG_RACE_PREPARATION');
    const longest = Number((note.evidence as Record<string, number>).longestRecentRun);
    // A longer run (the race-specific session) is in those weeks: the figure is the longest long run.
    expect(longestRun).toBeGreaterThan(longest);
    expect(note.rationale).toContain(
      `the longest long run of the last 4 weeks (Lake Run Half on ${shift(NEXT, -13)} aside) was ${longest} min`,
    );
    expect(note.rationale).not.toContain('the longest run of the last 4 weeks');
    expect(note.athleteText).toContain(
      `your longest long run of the last 4 weeks (${longest} min, races aside)`,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// The text and the change, each true of its own use: the text says the real change of the minutes it states
// ("45 → 20 min (-56 %)", Lukas's shake-out), and the change carries a percentage that lands on those minutes
// under the apply step's rounding to 5 min (-55: -56 % of 45 is 19.8, rounded down to 15). Before, the fever
// return run's change landed a 65-min run on 25 min, not 30, and a 75 → 60-min trip day carried -19 (a float a
// hair above -20); when the text quoted the change's percentage instead, a coach read "150 → 95 min (-36 %)" as
// wrong arithmetic (coach read 4).
// ---------------------------------------------------------------------------------------------------------

describe('a scaled session: the text says the real change, the change lands on its minutes', () => {
  it('should give the nearest percentage to the real change that lands on the minutes', () => {
    // The real change, rounded to a whole percentage, lands on the minutes (the apply step's cut rounds down to
    // the 5-min grid unless within a minute of the point above): the text's percentage and the change's are one
    // (coach read 6 found "45 → 20 min (-56 %)" beside a change of −55 %, which floored to 15 min).
    expect(scalePercent(45, 20)).toBe(-56);
    expect(scalePercent(150, 95)).toBe(-37);
    expect(scalePercent(150, 140)).toBe(-7);
    expect(scalePercent(95, 85)).toBe(-11);
    expect(scalePercent(60, 65)).toBe(8);
    expect(scalePercent(75, 60)).toBe(-20);
    expect(scalePercent(65, 30)).toBe(-54);
    for (let from = 20; from <= 200; from += 5)
      for (let to = 10; to <= 200; to += 5) {
        if (to === from) continue;
        const real = Math.round((to / from - 1) * 100);
        expect(scalePercent(from, to)).toBe(real);
        expect(scaledBy(from, real)).toBe(to);
        expect(percentRange(from, to)).not.toBeNull();
      }
  });

  /**
   * Every "A → B min (P %)" of a rationale is the real change of A → B, and a session the rationale names by its
   * day ("Sunday's long run 95 → 85 min") lands on B under the percentage its change carries.
   */
  function mismatches(input: ReviewInput): string[] {
    const out: string[] = [];
    const r = reviewAthlete(input);
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    for (const s of r.suggestions) {
      for (const m of s.rationale.matchAll(/(?<!\d)(\d+) → (\d+) min \(([+-]?\d+) %\)/g)) {
        const real = Math.round((Number(m[2]) / Number(m[1]) - 1) * 100);
        if (Number(m[3]) !== real) out.push(`${s.kind}: "${m[0]}" is not the real change (${real} %)`);
      }
      const plan =
        s.planWeekStart === input.nextWeekDraft?.weekStart ? input.nextWeekDraft : input.currentWeekPlan;
      if (plan === undefined) continue;
      const landed = new Map<string, number>();
      for (const c of s.changes)
        if (c.type === 'SCALE_VOLUME' && c.sessionIds !== undefined)
          for (const id of c.sessionIds) {
            const x = plan.sessions.find((y) => y.id === id);
            if (x !== undefined) landed.set(id, scaledBy(x.minutes, c.percent));
          }
      const named =
        /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s [^()→,;']+? (\d+) → (\d+) min/g;
      for (const m of s.rationale.matchAll(named)) {
        const day = days.indexOf(m[1]);
        const scaled = plan.sessions.filter(
          (x) => x.day === day && x.minutes === Number(m[2]) && landed.has(x.id),
        );
        if (scaled.length > 0 && !scaled.some((x) => landed.get(x.id) === Number(m[3])))
          out.push(`${s.kind}: "${m[0]}", but its change lands on ${landed.get(scaled[0].id)} min`);
      }
    }
    return out;
  }

  it('should land every scaled session on the minutes its text states, and state the real change', () => {
    const found: string[] = [];
    const all: Record<string, () => ReviewInput> = { ...SCENARIOS, ...HISTORIES_2 };
    for (const [k, f] of Object.entries(HISTORIES)) all[`h-${k}`] = () => f();
    all.ingrid = ingrid;
    for (const [name, f] of Object.entries(all)) for (const m of mismatches(f())) found.push(`${name}: ${m}`);
    expect(found).toEqual([]);
  });
});

// "give 20 of the 95 min Monday loses": Monday had lost 5 min to her time that day; the 90 others were the long
// run's cut and a dropped tempo. Minutes given back are counted from where they come from.
describe('minutes given back: the text says where they come from', () => {
  const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  function claims(input: ReviewInput): { found: number; wrong: string[] } {
    const wrong: string[] = [];
    let found = 0;
    const r = reviewAthlete(input);
    for (const s of r.suggestions) {
      const plan =
        s.planWeekStart === input.nextWeekDraft?.weekStart ? input.nextWeekDraft : input.currentWeekPlan;
      if (plan === undefined || s.changes.length === 0) continue;
      const res = applySuggestion(plan, s);
      if (!res.ok) continue;
      const byDay = (p: WeekPlan, d: number) =>
        p.sessions.reduce((t, x) => t + (x.day === d && x.kind !== 'REST' ? x.minutes : 0), 0);
      for (const m of s.rationale.matchAll(
        /give (\d+) of the (\d+) min ((?:[A-Z][a-z]+day(?:, | and )?)+) loses? to/g,
      )) {
        found++;
        const days = m[3].split(/, | and /).map((d) => DAYS.indexOf(d));
        const lost = days.reduce((t, d) => t + byDay(plan, d) - byDay(res.plan, d), 0);
        if (lost !== Number(m[2])) wrong.push(`${s.kind}: "${m[0]}", but those days lose ${lost} min`);
      }
      for (const m of s.rationale.matchAll(/give (\d+) of the dropped (\d+) min/g)) {
        found++;
        let dropped = 0;
        for (const c of s.changes)
          if (c.type === 'DROP_SESSION')
            dropped += plan.sessions.find((x) => x.id === c.sessionId)?.minutes ?? 0;
        if (dropped < Number(m[2])) wrong.push(`${s.kind}: "${m[0]}", but ${dropped} min are dropped`);
      }
    }
    return { found, wrong };
  }

  it('should count the minutes a capped day loses, and a dropped session’s, each as what it is', () => {
    const wrong: string[] = [];
    let found = 0;
    const all: Record<string, () => ReviewInput> = { ...SCENARIOS, ...HISTORIES_2 };
    for (const [k, f] of Object.entries(HISTORIES)) all[`h-${k}`] = () => f();
    all.ingrid = ingrid;
    for (const [name, f] of Object.entries(all)) {
      const c = claims(f());
      found += c.found;
      for (const w of c.wrong) wrong.push(`${name}: ${w}`);
    }
    // The scenarios hold one such text today (a capped day's); the claim is checked wherever one appears.
    expect(found).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

export const HOLD_INPUTS = { ingrid, henrik };
