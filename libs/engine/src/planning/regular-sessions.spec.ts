import fc from 'fast-check';
import { resolveEngineConfig } from '../config/engine-config';
import { addDays, toDayNumber, weekdayOf } from '../dates/local-date';
import { type RecentSessions, recentSessionsOf } from '../metrics/recent-sessions';
import type { LoggedSession, PlannedSession, ReviewInput, WeekPlan, Weekday } from '../types';
import { draftWeek } from './draft-week';
import {
  type RegularSession,
  recentWeeks,
  regularSessions,
  sportOfPurpose,
  type UsualRunWeek,
  usualRunWeek,
} from './regular-sessions';

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
 * weeks: lists of minutes, efforts and plan ids for every kind and weekday seen, in the order first seen; over the
 * weeks the usual run week reads (the last 4 of the 6 weeks to next week's start that are not `unusualWeeks`, all 4
 * last weeks with fewer than 2 of them), in 3 of 4 of them (2 of 3 or 2 of 2 when fewer are read).
 */
function regularByLists(
  input: ReviewInput,
  nextWeekStart: number,
  recent: RecentSessions,
  unusualWeeks = 0,
): RegularSession[] {
  const ordinary = [0, 1, 2, 3, 4, 5].filter((k) => ((unusualWeeks >> k) & 1) === 0);
  const read = (ordinary.length >= 2 ? ordinary : [0, 1, 2, 3, 4, 5]).slice(0, 4);
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
    if ((s.kind !== 'STRENGTH' && s.kind !== 'CROSS_TRAINING') || d >= nextWeekStart || d > recent.to) return;
    const back = Math.floor((nextWeekStart - 1 - d) / 7);
    if (!read.includes(back)) return;
    let e = seen.find((x) => x.kind === s.kind && x.day === weekdayOf(d));
    if (e === undefined)
      seen.push((e = { kind: s.kind, day: weekdayOf(d), weeks: new Set(), m: [], r: [], ids: [] }));
    e.weeks.add(back);
    e.m.push(s.minutes);
    e.r.push(s.rpe);
    if (s.plannedSessionId !== undefined) e.ids.push(s.plannedSessionId);
  });
  const plans = [...(input.pastWeekPlans ?? []), ...(input.currentWeekPlan ? [input.currentWeekPlan] : [])];
  const out: RegularSession[] = [];
  for (const e of seen) {
    // 3 of 4 weeks, the same share of fewer read (at least 2).
    if (e.weeks.size < Math.max(2, Math.floor((read.length * 3) / 4))) continue;
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
            kind: fc.constantFrom(
              'RUN' as const,
              'RACE' as const,
              'STRENGTH' as const,
              'CROSS_TRAINING' as const,
            ),
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

/**
 * `usualRunWeek` as it was written before it shared its pass over the sessions: a pass of its own over the runs, on
 * the last 4 of the 6 weeks to next week's start that were not unusual weeks (blank, event or illness: `unusualWeeks`, bit k: k weeks before next
 * week's; all 4 last weeks with fewer than 2 of them), oldest first.
 */
function usualByOwnPass(
  input: ReviewInput,
  nextWeekStart: number,
  longRaceMinutes: number,
  recent: RecentSessions,
  unusualWeeks = 0,
): UsualRunWeek | undefined {
  const ordinary = [0, 1, 2, 3, 4, 5].filter((k) => ((unusualWeeks >> k) & 1) === 0);
  const read = (ordinary.length >= 2 ? ordinary : [0, 1, 2, 3, 4, 5]).slice(0, 4).reverse();
  const mins = new Array<number>(28).fill(0);
  const hard = new Array<boolean>(28).fill(false);
  const zone3 = new Array<boolean>(28).fill(false);
  const race = new Array<boolean>(28).fill(false);
  recent.sessions.forEach((s, k) => {
    const d = recent.days[k];
    if ((s.kind !== 'RUN' && s.kind !== 'RACE') || d >= nextWeekStart || d > recent.to) return;
    const w = read.indexOf(Math.floor((nextWeekStart - 1 - d) / 7));
    if (w < 0) return;
    const at = w * 7 + weekdayOf(d);
    mins[at] = Math.max(mins[at], s.minutes);
    // A race: a run of its week, never its long run nor its quality.
    if (s.kind === 'RACE') race[at] = true;
    else {
      if (s.rpe >= 6) hard[at] = true;
      if (s.rpe >= 7) zone3[at] = true;
    }
  });
  const counts: number[] = [];
  const dayWeeks = new Array<number>(7).fill(0);
  const longWeeks = new Array<number>(7).fill(0);
  const hardWeeks = new Array<number>(7).fill(0);
  let longMinutes = 0;
  let longDay = -1;
  for (let w = 0; w < 4; w++) {
    let n = 0;
    let top = -1;
    let easyTop = -1;
    for (let d = 0; d < 7; d++) {
      if (mins[w * 7 + d] <= 0) continue;
      n++;
      dayWeeks[d]++;
      if (race[w * 7 + d]) continue;
      if (top < 0 || mins[w * 7 + d] >= mins[w * 7 + top]) top = d;
      if (!zone3[w * 7 + d] && (easyTop < 0 || mins[w * 7 + d] >= mins[w * 7 + easyTop])) easyTop = d;
    }
    if (n === 0) continue;
    // A zone-3 longest run yields the long run to the longest run under zone 3 of long-run length.
    if (top >= 0 && zone3[w * 7 + top] && easyTop >= 0 && mins[w * 7 + easyTop] >= 60) top = easyTop;
    counts.push(n);
    for (let d = 0; d < 7; d++) if (hard[w * 7 + d] && d !== top) hardWeeks[d]++;
    if (top < 0) continue;
    const topMinutes = mins[w * 7 + top];
    if (topMinutes < 60) continue;
    longWeeks[top]++;
    // (Its length from the last 4 calendar weeks only.)
    if (read[w] < 4) longMinutes = Math.max(longMinutes, topMinutes);
    if (longDay < 0 || longWeeks[top] >= longWeeks[longDay]) longDay = top;
  }
  if (counts.length < 2) return undefined;
  const need = Math.max(2, Math.ceil(counts.length / 2));
  const sorted = [...counts].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    runsPerWeek: Math.round(median),
    runDays: [0, 1, 2, 3, 4, 5, 6].filter((d) => dayWeeks[d] >= need) as Weekday[],
    longDay,
    longMinutes: Math.round(longMinutes / 5) * 5,
    qualityDays: [0, 1, 2, 3, 4, 5, 6].filter((d) => hardWeeks[d] >= 2) as Weekday[],
    longRace: (input.races ?? []).some(
      (r) => r.priority !== 'C' && r.expectedMinutes >= longRaceMinutes && toDayNumber(r.date) >= recent.to,
    ),
  };
}

describe('recentWeeks, for any logs', () => {
  it('should find the regular sessions and the usual run week that a pass of their own each found', () => {
    const next = toDayNumber(NEXT_WEEK);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: next - 42, max: next - 1 }),
            kind: fc.constantFrom(
              'RUN' as const,
              'RACE' as const,
              'STRENGTH' as const,
              'CROSS_TRAINING' as const,
            ),
            // From 0 min: a run of 0 min is no run day (but its effort still marks the day hard).
            minutes: fc.integer({ min: 0, max: 24 }).map((m) => m * 5),
            rpe: fc.integer({ min: 1, max: 9 }),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 63 }),
        (logs, reviewBack, longRace, unusualWeeks) => {
          const sessions: LoggedSession[] = logs.map((l) => ({ ...l }));
          const reviewDay = next - reviewBack;
          const input = {
            reviewDate: addDays(NEXT_WEEK, -reviewBack),
            athlete: { id: 'a', availabilityMinutes: [60, 60, 60, 60, 60, 60, 60] },
            sessions,
            checkIns: [],
            races: longRace ? [{ date: addDays(NEXT_WEEK, 20), priority: 'A', expectedMinutes: 200 }] : [],
          } as ReviewInput;
          const recent = recentSessionsOf(sessions, reviewDay);
          expect(recentWeeks(input, next, 150, recent, unusualWeeks)).toEqual({
            regular: regularByLists(input, next, recent, unusualWeeks),
            usual: usualByOwnPass(input, next, 150, recent, unusualWeeks),
          });
          // Each alone, after the shared pass, as before.
          expect(usualRunWeek(input, next, 150, recent)).toEqual(usualByOwnPass(input, next, 150, recent));
          expect(usualRunWeek(input, next, 150, recent, unusualWeeks)).toEqual(
            usualByOwnPass(input, next, 150, recent, unusualWeeks),
          );
          expect(regularSessions(input, next, recent)).toEqual(regularByLists(input, next, recent));
          expect(regularSessions(input, next, recent, unusualWeeks)).toEqual(
            regularByLists(input, next, recent, unusualWeeks),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('a race in the usual run week', () => {
  /** Four weeks of Tuesday 45, Thursday 50 (RPE 6) and a Sunday long run of 80 min; `sunday` replaces one Sunday's. */
  function weeks(sunday: LoggedSession): UsualRunWeek | undefined {
    const next = toDayNumber(NEXT_WEEK);
    const sessions: LoggedSession[] = [];
    for (let w = 1; w <= 4; w++) {
      const monday = next - 7 * w;
      sessions.push(
        { day: monday + 1, kind: 'RUN', minutes: 45, rpe: 4 },
        { day: monday + 3, kind: 'RUN', minutes: 50, rpe: 6 },
        w === 2 ? { ...sunday, day: monday + 6 } : { day: monday + 6, kind: 'RUN', minutes: 80, rpe: 4 },
      );
    }
    const input = {
      reviewDate: REVIEW,
      athlete: { id: 'a' },
      sessions,
      checkIns: [],
    } as unknown as ReviewInput;
    return usualRunWeek(input, next, 150, recentSessionsOf(sessions, next - 1));
  }

  it.each([
    ['a marathon at RPE 9', { kind: 'RACE', minutes: 215, rpe: 9 }],
    ['a 5 km at RPE 9', { kind: 'RACE', minutes: 20, rpe: 9 }],
    ['an easy 100-min race', { kind: 'RACE', minutes: 100, rpe: 5 }],
  ] as const)('should count %s as a run of its week, not as its long run or a quality day', (_, race) => {
    const usual = weeks({ day: 0, ...race });
    expect(usual).toMatchObject({
      runsPerWeek: 3,
      runDays: [1, 3, 6],
      longDay: 6,
      longMinutes: 80,
      qualityDays: [3],
    });
  });
});

describe('a run logged against a planned long run in the usual run week', () => {
  /**
   * Four weeks of Tuesday's 80-min intervals at RPE 6 (a planned key session with intervals), an easy Thursday of 45
   * and Sunday's run of `sunday` min logged against a planned 60-min long run (Hanna's weeks; Maya's Sundays of 53–57).
   */
  function weeks(sunday: number): UsualRunWeek | undefined {
    const next = toDayNumber(NEXT_WEEK);
    const sessions: LoggedSession[] = [];
    const plans: WeekPlan[] = [];
    for (let w = 1; w <= 4; w++) {
      const monday = next - 7 * w;
      const start = addDays(NEXT_WEEK, -7 * w);
      plans.push({
        weekStart: start,
        phase: 'PREPARATORY',
        focus: 'AEROBIC_VOLUME',
        sessions: [
          {
            id: `${start}-tue`,
            day: 1,
            kind: 'RUN',
            minutes: 75,
            effort: { type: 'RPE', value: 7 },
            intervals: {
              repeats: 5,
              workSeconds: 300,
              workEffort: { type: 'RPE', value: 7 },
              recoverySeconds: 120,
              recoveryEffort: { type: 'RPE', value: 2 },
            },
            purpose: 'Threshold intervals',
            key: true,
          },
          {
            id: `${start}-sun`,
            day: 6,
            kind: 'RUN',
            minutes: 60,
            effort: { type: 'RPE', value: 4 },
            purpose: 'Long run',
            key: true,
          },
        ] as PlannedSession[],
      });
      sessions.push(
        { day: monday + 1, kind: 'RUN', minutes: 80, rpe: 6, plannedSessionId: `${start}-tue` },
        { day: monday + 3, kind: 'RUN', minutes: 45, rpe: 3 },
        { day: monday + 6, kind: 'RUN', minutes: sunday, rpe: 4, plannedSessionId: `${start}-sun` },
      );
    }
    const input = {
      reviewDate: REVIEW,
      athlete: { id: 'a' },
      sessions,
      checkIns: [],
      pastWeekPlans: plans,
    } as unknown as ReviewInput;
    return usualRunWeek(input, next, 150, recentSessionsOf(sessions, next - 1));
  }

  it('should make it the long run at any length: the Sunday, not the longer Tuesday intervals', () => {
    expect(weeks(55)).toMatchObject({ longDay: 6, longMinutes: 55, qualityDays: [1] });
  });

  it('should make it the long run under 60 min, where an unlinked run would not count', () => {
    // (A Sunday of 50 min, under the 60 min a run logged without that link needs to be a week's long run.)
    expect(weeks(50)).toMatchObject({ longDay: 6, longMinutes: 50 });
  });
});

describe('a linked run whose planned session was no long run in the usual run week', () => {
  /**
   * Four weeks of Tuesday's continuous tempo (a planned key run without intervals, at RPE 7), logged at `tempo` min
   * against it, an easy Thursday of 45 and Sunday's 55 min logged against a planned 60-min long run. Only a run logged
   * against a planned long run is its week's long run at any length: a tempo is a key run without intervals too, and
   * had made Tuesday the long-run day once it outlasted the Sunday.
   */
  function weeks(
    tempo: number,
    purpose = 'Tempo run: comfortably hard, continuous',
  ): UsualRunWeek | undefined {
    const next = toDayNumber(NEXT_WEEK);
    const sessions: LoggedSession[] = [];
    const plans: WeekPlan[] = [];
    for (let w = 1; w <= 4; w++) {
      const monday = next - 7 * w;
      const start = addDays(NEXT_WEEK, -7 * w);
      plans.push({
        weekStart: start,
        phase: 'PREPARATORY',
        focus: 'THRESHOLD',
        sessions: [
          {
            id: `${start}-tue`,
            day: 1,
            kind: 'RUN',
            minutes: 60,
            effort: { type: 'RPE', value: 7 },
            purpose,
            key: true,
          },
          {
            id: `${start}-sun`,
            day: 6,
            kind: 'RUN',
            minutes: 60,
            effort: { type: 'RPE', value: 4 },
            purpose: 'Long run',
            key: true,
          },
        ] as PlannedSession[],
      });
      sessions.push(
        { day: monday + 1, kind: 'RUN', minutes: tempo, rpe: 7, plannedSessionId: `${start}-tue` },
        { day: monday + 3, kind: 'RUN', minutes: 45, rpe: 3 },
        { day: monday + 6, kind: 'RUN', minutes: 55, rpe: 4, plannedSessionId: `${start}-sun` },
      );
    }
    const input = {
      reviewDate: REVIEW,
      athlete: { id: 'a' },
      sessions,
      checkIns: [],
      pastWeekPlans: plans,
    } as unknown as ReviewInput;
    return usualRunWeek(input, next, 150, recentSessionsOf(sessions, next - 1));
  }

  it('should keep the Sunday long run when a linked tempo without intervals outlasts it', () => {
    expect(weeks(65)).toMatchObject({ longDay: 6, longMinutes: 55, qualityDays: [1] });
  });

  it('should still count a key run its plan names a long run, whatever effort it was prescribed at', () => {
    // (A long run with a steady finish at RPE 7 is still the plan's long run.)
    expect(weeks(65, 'Long run with a steady finish')).toMatchObject({ longDay: 1, longMinutes: 65 });
  });
});

describe('the regular sessions come from the weeks the usual run week reads', () => {
  /**
   * Runs on Tuesday, Thursday and Sunday in each of the 4 weeks before a silence of `silent` weeks (nothing logged:
   * down weeks) to next week's start, and strength on Monday and Thursday in 3 of them (not the second oldest): coach
   * read of the demo club, next Monday: Henrik, Oskar and Lea, silent for a week or two, were drafted no strength and
   * the whole week in running.
   */
  function lifterThenSilent(silent: number): {
    input: ReviewInput;
    recent: RecentSessions;
    unusualWeeks: number;
  } {
    const next = toDayNumber(NEXT_WEEK);
    const sessions: LoggedSession[] = [];
    for (let k = silent; k < silent + 4; k++) {
      const monday = next - 7 * (k + 1);
      sessions.push(
        { day: monday + 1, kind: 'RUN', minutes: 45, rpe: 4 },
        { day: monday + 3, kind: 'RUN', minutes: 40, rpe: 4 },
        { day: monday + 6, kind: 'RUN', minutes: 80, rpe: 4 },
      );
      if (k !== silent + 2)
        sessions.push(
          { day: monday, kind: 'STRENGTH', minutes: 30, rpe: 5 },
          { day: monday + 3, kind: 'STRENGTH', minutes: 30, rpe: 5 },
        );
    }
    const input = {
      reviewDate: REVIEW,
      athlete: { id: 'a', availabilityMinutes: [60, 60, 60, 60, 60, 120, 120] },
      sessions,
      checkIns: [],
    } as ReviewInput;
    let unusualWeeks = 0;
    for (let k = 0; k < silent; k++) unusualWeeks |= 1 << k;
    return { input, recent: recentSessionsOf(sessions, toDayNumber(REVIEW)), unusualWeeks };
  }

  it.each([1, 2])('should keep Monday’s and Thursday’s strength after %i silent week(s)', (silent) => {
    const { input, recent, unusualWeeks } = lifterThenSilent(silent);
    const next = toDayNumber(NEXT_WEEK);
    const weeks = recentWeeks(input, next, 150, recent, unusualWeeks);
    expect(weeks.usual?.runDays).toEqual([1, 3, 6]);
    expect(weeks.regular.map((r) => [r.kind, r.day, r.minutes])).toEqual([
      ['STRENGTH', 0, 30],
      ['STRENGTH', 3, 30],
    ]);
    expect(regularSessions(input, next, recent, unusualWeeks)).toEqual(weeks.regular);
  });
});
