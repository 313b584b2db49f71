/**
 * Generated athletes of the property tests (judgement-properties.spec.ts, athlete-text.spec.ts): a history with
 * growth, down weeks, spikes, HRV and wellness drops, silence, illness and a race, next week's plan scaled from
 * the usual week; and composed with a life event next week and a missed-day pattern.
 */
import fc from 'fast-check';
import type { PlannedSession, ReviewInput, WeekPlan } from '../../src';
import { toDayNumber } from '../../src/dates/local-date';
import { USUAL_WEEK, buildHistory, planFromWeek, shift } from './athlete-history.factory';
import { SCENARIOS } from './athlete-scenarios.factory';

export const REVIEW = '2025-03-16';
export const NEXT = '2025-03-17';

export const athleteArb = fc.record({
  days: fc.integer({ min: 10, max: 140 }),
  weeklyGrowth: fc.double({ min: -0.05, max: 0.08, noNaN: true }),
  downWeeks: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8]),
  spike: fc.option(fc.double({ min: 0.3, max: 2, noNaN: true }), { nil: undefined }),
  hrvDrop: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: undefined }),
  wellness: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  silentDays: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  illDaysAgo: fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
  race: fc.option(
    fc.record({ inDays: fc.integer({ min: 1, max: 20 }), priority: fc.constantFrom('A', 'B', 'C') }),
    {
      nil: undefined,
    },
  ),
  strength: fc.boolean(),
  draftScale: fc.double({ min: 0.4, max: 2, noNaN: true }),
});
export type Athlete = typeof athleteArb extends fc.Arbitrary<infer T> ? T : never;

export function build(a: Athlete): ReviewInput {
  const h = buildHistory({
    reviewDate: REVIEW,
    days: a.days,
    weeklyGrowth: a.weeklyGrowth,
    downWeeks: a.downWeeks,
    lastDays: a.spike === undefined ? undefined : { days: 7, factor: a.spike },
    hrvDrop: a.hrvDrop === undefined ? undefined : { days: 7, ln: a.hrvDrop },
    wellnessDrop: a.wellness === undefined ? undefined : { days: 3, points: a.wellness },
    silentDays: a.silentDays,
  });
  const review = toDayNumber(REVIEW);
  const checkIns =
    a.illDaysAgo === undefined
      ? h.checkIns
      : h.checkIns.map((c) => {
          const d = toDayNumber(c.date as string);
          const ago = a.illDaysAgo as number;
          return d >= review - ago - 3 && d <= review - ago
            ? { ...c, illness: 'BELOW_NECK_OR_FEVER' as const }
            : c;
        });
  const plan = planFromWeek(NEXT, USUAL_WEEK, a.draftScale);
  const sessions: PlannedSession[] = [...plan.sessions];
  if (a.strength) {
    sessions.push({
      id: `${NEXT}-strength`,
      day: 0,
      kind: 'STRENGTH',
      minutes: 30,
      effort: { type: 'RPE', value: 5 },
      purpose: 'Strength: squats, lunges',
    });
  }
  const raceDate = a.race ? shift(REVIEW, a.race.inDays) : undefined;
  const raceDay = raceDate ? toDayNumber(raceDate) - toDayNumber(NEXT) : -1;
  if (a.race && raceDay >= 0 && raceDay <= 6) {
    for (let i = sessions.length - 1; i >= 0; i--) if (sessions[i].day === raceDay) sessions.splice(i, 1);
    sessions.push({
      id: `${NEXT}-race`,
      day: raceDay as PlannedSession['day'],
      kind: 'RACE',
      minutes: 100,
      effort: { type: 'RPE', value: 9 },
      purpose: 'Race',
      key: true,
    });
  }
  const draft: WeekPlan = { ...plan, sessions };
  return {
    ...h,
    checkIns,
    ...(a.silentDays !== undefined ? { lastContactDate: shift(REVIEW, -a.silentDays) } : {}),
    races:
      a.race && raceDate
        ? [
            {
              id: 'r',
              name: 'Test race',
              date: raceDate,
              priority: a.race.priority as 'A',
              expectedMinutes: 100,
            },
          ]
        : [],
    nextWeekDraft: draft,
  };
}

/** Generated athletes with what makes suggestions meet: a life event next week, a missed-day pattern. */
export const composeArb = fc.record({
  athlete: athleteArb,
  event: fc.option(
    fc.record({
      from: fc.integer({ min: 0, max: 6 }),
      days: fc.integer({ min: 0, max: 3 }),
      cap: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      kind: fc.constantFrom('TRAVEL' as const, 'WORK_STRESS' as const, 'FAMILY' as const),
    }),
    { nil: undefined },
  ),
  skip: fc.option(fc.subarray([1, 3, 5], { minLength: 1 }), { nil: undefined }),
});

export function buildComposed(c: typeof composeArb extends fc.Arbitrary<infer T> ? T : never): ReviewInput {
  const input = build(c.athlete);
  const skipped =
    c.skip === undefined
      ? input.sessions
      : input.sessions.filter((l) => {
          const d = toDayNumber(l.date as string);
          const weekday = (((d + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
          return !(toDayNumber(REVIEW) - d < 28 && c.skip!.includes(weekday));
        });
  const pastWeekPlans: WeekPlan[] =
    c.skip === undefined ? [] : [1, 2, 3, 4].map((k) => planFromWeek(shift(NEXT, -7 * k), USUAL_WEEK, 1));
  return {
    ...input,
    sessions: skipped,
    pastWeekPlans,
    contextEvents: c.event
      ? [
          {
            id: 'ev',
            kind: c.event.kind,
            start: shift(NEXT, c.event.from),
            end: shift(NEXT, Math.min(6, c.event.from + c.event.days)),
            note: 'work trip',
            ...(c.event.cap !== undefined ? { availableMinutesPerDay: c.event.cap } : {}),
          },
        ]
      : [],
  };
}

export function allInputs(): ReviewInput[] {
  const named = Object.values(SCENARIOS).map((f) => f());
  const generated = fc.sample(composeArb, { numRuns: 250, seed: 1011 }).map(buildComposed);
  return [...named, ...generated];
}

/** `runs` generated athletes and `runs` composed ones (seeds `seed` and `seed + 1`): the property specs' usual sample. */
export function generatedInputs(runs: number, seed: number): ReviewInput[] {
  return [
    ...fc.sample(athleteArb, { numRuns: runs, seed }).map(build),
    ...fc.sample(composeArb, { numRuns: runs, seed: seed + 1 }).map(buildComposed),
  ];
}
