import { resolveEngineConfig } from '../config/engine-config';
import { addDays, toDayNumber } from '../dates/local-date';
import { recentSessionsOf } from '../metrics/recent-sessions';
import type { LoggedSession, PlannedSession, ReviewInput, WeekPlan } from '../types';
import { draftWeek } from './draft-week';
import { regularSessions, sportOfPurpose } from './regular-sessions';

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
    expect(strength).not.toHaveProperty('sport');
  });

  it('should read the sport from a purpose only when it names one', () => {
    expect([
      sportOfPurpose('Cycling endurance'),
      sportOfPurpose('Pool session'),
      sportOfPurpose('Elliptical'),
    ]).toEqual(['BIKE', 'SWIM', undefined]);
  });
});
