/**
 * Issue #11, property test over generated athletes: no BUILD beside a rule-out, no applied suggestion
 * deletes a race or changes a session's kind, and the numbers a rationale states about its own change are
 * the numbers of the plan that change produces.
 */
import fc from 'fast-check';
import { applySuggestion, reviewAthlete } from '../src';
import type { PlannedSession, ReviewInput, WeekPlan } from '../src';
import { toDayNumber } from '../src/dates/local-date';
import { planMinutes, raceMinutes } from '../src/planning/plan-measures';
import { USUAL_WEEK, buildHistory, planFromWeek, shift } from './factories/athlete-history.factory';

const REVIEW = '2025-03-16';
const NEXT = '2025-03-17';

const athleteArb = fc.record({
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
type Athlete = typeof athleteArb extends fc.Arbitrary<infer T> ? T : never;

function build(a: Athlete): ReviewInput {
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

describe('engine judgement properties (issue #11)', () => {
  it('should never decide BUILD when readiness is unknown, contact is old, the athlete was ill or a B/A race is near', () => {
    fc.assert(
      fc.property(athleteArb, (a) => {
        const input = build(a);
        const r = reviewAthlete(input);
        if (r.decision.type !== 'BUILD') return;
        expect(r.metrics.readiness).not.toBe('UNKNOWN');
        expect(r.metrics.daysSinceContact.value ?? Infinity).toBeLessThan(5);
        const review = toDayNumber(REVIEW);
        const ill = input.checkIns.some(
          (c) =>
            c.illness !== 'NONE' && c.illness !== undefined && toDayNumber(c.date as string) >= review - 21,
        );
        expect(ill).toBe(false);
        // Next week starts the day after this Sunday review: a B/A race in the fortnight from it rules BUILD out.
        if (a.race && a.race.priority !== 'C') expect(a.race.inDays).toBeGreaterThan(14);
        expect(r.suggestions.map((x) => x.kind)).toContain('BUILD');
      }),
      { numRuns: 150 },
    );
  });

  it('should keep every race and every session kind when any suggestion is applied', () => {
    fc.assert(
      fc.property(athleteArb, (a) => {
        const input = build(a);
        const plan = input.nextWeekDraft!;
        const r = reviewAthlete(input);
        for (const s of r.suggestions) {
          const applied = applySuggestion(plan, s);
          if (!applied.ok) continue;
          const after = new Map(applied.plan.sessions.map((x) => [x.id, x]));
          for (const x of plan.sessions) {
            const y = after.get(x.id);
            if (x.kind === 'RACE') expect(y?.kind).toBe('RACE');
            if (y) expect(y.kind).toBe(x.kind);
            if (y && y.kind !== 'REST') expect(y.minutes).toBeGreaterThanOrEqual(10);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it("should state the plan's minutes before and after a volume change as they are", () => {
    fc.assert(
      fc.property(athleteArb, (a) => {
        const input = build(a);
        const plan = input.nextWeekDraft!;
        const r = reviewAthlete(input);
        for (const s of r.suggestions) {
          const m =
            /The plan has (\d+) min( besides the race)?: (?:rest on those days, )?scale .*, to (\d+) min\./.exec(
              s.rationale,
            );
          if (!m) {
            // A volume change is always described.
            if (s.changes.some((c) => c.type === 'SCALE_VOLUME') && s.kind !== 'LIFE_CONTEXT_REDUCTION') {
              throw new Error(`undescribed volume change: ${s.kind}: ${s.rationale}`);
            }
            continue;
          }
          const applied = applySuggestion(plan, s);
          if (!applied.ok) throw new Error(`${s.kind} does not apply to its own plan: ${applied.reason}`);
          const races = m[2] ? raceMinutes(plan) : 0;
          // Earlier changes of the same suggestion (easy instead of hard) keep minutes: "has" is the plan's.
          expect(Number(m[1])).toBe(planMinutes(plan) - races);
          expect(Number(m[3])).toBe(planMinutes(applied.plan) - races);
        }
      }),
      { numRuns: 120 },
    );
  });
});
