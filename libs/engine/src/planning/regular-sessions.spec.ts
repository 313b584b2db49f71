import fc from 'fast-check';
import { resolveEngineConfig } from '../config/engine-config';
import { addDays, toDayNumber, weekdayOf } from '../dates/local-date';
import { type RecentSessions, recentSessionsOf } from '../metrics/recent-sessions';
import type { LoggedSession, PlannedSession, ReviewInput, WeekPlan, Weekday } from '../types';
import { draftWeek } from './draft-week';
import { type RegularSession, regularSessions, sportOfPurpose } from './regular-sessions';

/** Four weeks of a Wednesday cross-training session (plans that give no sport) and a Friday strength session. */
const MONDAY = '2025-03-03';
const NEXT_WEEK = addDays(MONDAY, 28);
const REVIEW = addDays(NEXT_WEEK, -1);

function input(purpose: string, sport?: PlannedSession['sport']): ReviewInput {
  const sessions: LoggedSession[] = [];
  const plans: WeekPlan[] = [];
  for (let w = 0; w < 4; w++) {
    const weekStart = addDays(MONDAY, 7 * w);
    sessions.push(
      { date: addDays(weekStart, 2), kind: 'CROSS_TRAINING', minutes: 60, rpe: 4, plannedSessionId: `x${w}` },
      { date: addDays(weekStart, 4), kind: 'STRENGTH', minutes: 30, rpe: 5 },
    );
    plans.push({
      weekStart,
      sessions: [
        {
          id: `x${w}`,
          day: 2,
          kind: 'CROSS_TRAINING',
          minutes: 60,
          effort: { type: 'RPE', value: 4 },
          purpose,
          ...(sport ? { sport } : {}),
        },
      ],
    });
  }
  return {
    reviewDate: REVIEW,
    athlete: { id: 'a', availabilityMinutes: [60, 60, 90, 60, 60, 180, 90] },
    sessions,
    checkIns: [],
    pastWeekPlans: plans,
  } as ReviewInput;
}

function drafted(i: ReviewInput): PlannedSession[] {
  const next = toDayNumber(NEXT_WEEK);
  const regular = regularSessions(i, next, recentSessionsOf(i.sessions, toDayNumber(REVIEW)));
  const plan = draftWeek(
    {
      weekStart: NEXT_WEEK,
      phase: 'PREPARATORY',
      focus: 'AEROBIC_VOLUME',
      decision: 'HOLD',
      targetMinutes: 300,
      availability: [60, 60, 90, 60, 60, 180, 90],
      runsPerWeek: 4,
      reliability: [1, 1, 1, 1, 1, 1, 1],
      races: [],
      restThroughDay: -1,
      easyOnly: false,
      qualityVolumeFactor: 1,
      regular,
    },
    resolveEngineConfig().draft,
  );
  return plan.sessions.filter((s) => s.kind !== 'RUN' && s.kind !== 'REST');
}

describe("the engine's own draft gives a cross-training session its sport", () => {
  it.each([
    ['Spin bike 60′', 'BIKE'],
    ['Easy ride', 'BIKE'],
    ['Turbo trainer', 'BIKE'],
    ['Swim technique', 'SWIM'],
    ['Rowing machine', 'OTHER'],
  ] as const)('should draft “%s” as %s', (purpose, sport) => {
    const cross = drafted(input(purpose)).find((s) => s.kind === 'CROSS_TRAINING');
    expect(cross).toMatchObject({ day: 2, kind: 'CROSS_TRAINING', purpose, sport });
  });

  it('should keep the sport the plans gave it over the one its purpose names', () => {
    const cross = drafted(input('Aerobic cross-training', 'SWIM')).find((s) => s.kind === 'CROSS_TRAINING');
    expect(cross?.sport).toBe('SWIM');
  });

  it('should give a strength session no sport', () => {
    const strength = drafted(input('Spin bike')).find((s) => s.kind === 'STRENGTH');
    expect(strength).toBeDefined();
    // (Every session the engine makes has every field, one object shape: as JSON, an unset one is left out.)
    expect(strength?.sport).toBeUndefined();
    expect(JSON.parse(JSON.stringify(strength))).not.toHaveProperty('sport');
  });

  it('should read the sport from a purpose only when it names one', () => {
    expect([
      sportOfPurpose('Cycling endurance'),
      sportOfPurpose('Pool session'),
      sportOfPurpose('Elliptical'),
    ]).toEqual(['BIKE', 'SWIM', undefined]);
  });
});

/**
 * `regularSessions` as it was written before it gathered minutes only for the kinds and weekdays logged in enough
 * weeks: lists of minutes, efforts and plan ids for every kind and weekday seen, in the order first seen.
 */
function regularByLists(input: ReviewInput, nextWeekStart: number, recent: RecentSessions): RegularSession[] {
  const from = nextWeekStart - 28;
  const median = (values: number[]): number => {
    const v = [...values].sort((a, b) => a - b);
    const mid = v.length >> 1;
    return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  };
  const seen: {
    kind: 'STRENGTH' | 'CROSS_TRAINING';
    day: number;
    weeks: Set<number>;
    m: number[];
    r: number[];
    ids: string[];
  }[] = [];
  recent.sessions.forEach((s, k) => {
    const d = recent.days[k];
    if ((s.kind !== 'STRENGTH' && s.kind !== 'CROSS_TRAINING') || d < from || d > recent.to) return;
    let e = seen.find((x) => x.kind === s.kind && x.day === weekdayOf(d));
    if (e === undefined)
      seen.push((e = { kind: s.kind, day: weekdayOf(d), weeks: new Set(), m: [], r: [], ids: [] }));
    e.weeks.add(Math.floor((d - from) / 7));
    e.m.push(s.minutes);
    e.r.push(s.rpe);
    if (s.plannedSessionId !== undefined) e.ids.push(s.plannedSessionId);
  });
  const plans = [...(input.pastWeekPlans ?? []), ...(input.currentWeekPlan ? [input.currentWeekPlan] : [])];
  const out: RegularSession[] = [];
  for (const e of seen) {
    if (e.weeks.size < 3) continue;
    let purpose = e.kind === 'STRENGTH' ? 'Strength' : 'Cross-training';
    let sport: PlannedSession['sport'];
    for (const p of plans) {
      const x = p.sessions.find((ps) => e.ids.includes(ps.id) || (ps.kind === e.kind && ps.day === e.day));
      if (x) {
        purpose = x.purpose;
        sport = x.kind === 'CROSS_TRAINING' ? x.sport : undefined;
      }
    }
    const session = {
      day: e.day as Weekday,
      kind: e.kind,
      minutes: Math.max(5, Math.round(median(e.m) / 5) * 5),
      effort: { type: 'RPE', value: Math.round(median(e.r)) } as const,
      purpose,
    };
    out.push(
      e.kind === 'CROSS_TRAINING'
        ? { ...session, sport: sport ?? sportOfPurpose(purpose) ?? 'OTHER' }
        : session,
    );
  }
  return out.sort((a, b) => a.day - b.day);
}

describe('regularSessions, for any logs', () => {
  it('should find the sessions, minutes, efforts and purposes the lists of every kind and weekday found', () => {
    const next = toDayNumber(NEXT_WEEK);
    const plan: WeekPlan = {
      weekStart: addDays(NEXT_WEEK, -7),
      sessions: [
        {
          id: 'p1',
          day: 2,
          kind: 'CROSS_TRAINING',
          minutes: 45,
          effort: { type: 'RPE', value: 3 },
          purpose: 'Spin bike',
        },
        {
          id: 'p2',
          day: 4,
          kind: 'STRENGTH',
          minutes: 30,
          effort: { type: 'RPE', value: 5 },
          purpose: 'Gym: legs',
        },
      ],
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: next - 42, max: next - 1 }),
            kind: fc.constantFrom('RUN' as const, 'STRENGTH' as const, 'CROSS_TRAINING' as const),
            minutes: fc.integer({ min: 1, max: 12 }).map((m) => m * 10),
            rpe: fc.integer({ min: 1, max: 9 }),
            link: fc.constantFrom(undefined, 'p1', 'p2'),
          }),
          { maxLength: 60 },
        ),
        (logs) => {
          const sessions: LoggedSession[] = logs.map((l) => ({
            day: l.day,
            kind: l.kind,
            minutes: l.minutes,
            rpe: l.rpe,
            plannedSessionId: l.link,
          }));
          const input = {
            reviewDate: REVIEW,
            athlete: { id: 'a', availabilityMinutes: [60, 60, 60, 60, 60, 60, 60] },
            sessions,
            checkIns: [],
            currentWeekPlan: plan,
          } as ReviewInput;
          const recent = recentSessionsOf(sessions, next - 1);
          expect(regularSessions(input, next, recent)).toEqual(regularByLists(input, next, recent));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
