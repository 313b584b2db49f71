import { toDayNumber } from '@app/engine';
import { AthleteData, CheckInRow, focusOf, toReviewInput, UNRATED_SESSION_RPE } from './review-input.mapper';

const base = (): AthleteData => ({
  athlete: { id: 'a1', name: 'Ann Runner', tz: 'Europe/Oslo', intake: null },
  sessions: [],
  checkIns: [],
  context: [],
  races: [],
  season: null,
  plans: [],
  planned: [],
  lastMessageDate: null,
});

/** A check-in row on `date` with every reading missing. */
const emptyCheckIn = (date: string): CheckInRow => ({
  athlete_id: 'a1',
  day: toDayNumber(date),
  sleep_hours: null,
  sleep_quality: null,
  rmssd: null,
  resting_hr: null,
  soreness: null,
  fatigue: null,
  stress: null,
  mood: null,
  illness: 'NONE',
});

describe(toReviewInput.name, () => {
  const today = '2026-11-19'; // Thursday; this week starts 2026-11-16, next week 2026-11-23

  it('should turn our 1–5 "5 = best" check-in scales into the engine’s orientation', () => {
    const d = base();
    d.checkIns.push({
      athlete_id: 'a1',
      day: toDayNumber(today),
      sleep_hours: '7.5',
      sleep_quality: 5,
      rmssd: '61.2',
      resting_hr: 48,
      soreness: 5,
      fatigue: 1,
      stress: 3,
      mood: 4,
      illness: 'NONE',
    });
    const [c] = toReviewInput(d, today).checkIns;
    expect(c).toMatchObject({
      sleepHours: 7.5,
      rmssd: 61.2,
      sleepQuality: 10,
      mood: 8,
      soreness: 2,
      fatigue: 10,
      stress: 6,
    });
  });

  it('should pass each row’s day number to the engine, with one object shape per list', () => {
    const d = base();
    for (const [id, date, planned] of [
      ['s1', '2026-11-17', 'p1'],
      ['s2', '2026-11-18', null],
    ] as const) {
      d.sessions.push({
        athlete_id: 'a1',
        id,
        day: toDayNumber(date),
        kind: 'RUN',
        minutes: 40,
        srpe: 3,
        planned_session_id: planned,
      });
      d.checkIns.push(
        id === 's1' ? { ...emptyCheckIn(date), sleep_quality: 4, rmssd: '55.1' } : emptyCheckIn(date),
      );
    }
    const { sessions, checkIns } = toReviewInput(d, today);
    expect(sessions.map((s) => [s.day, s.plannedSessionId])).toEqual([
      [toDayNumber('2026-11-17'), 'p1'],
      [toDayNumber('2026-11-18'), undefined],
    ]);
    expect(checkIns.map((c) => c.day)).toEqual([toDayNumber('2026-11-17'), toDayNumber('2026-11-18')]);
    expect(Object.keys(sessions[1])).toEqual(Object.keys(sessions[0]));
    expect(Object.keys(checkIns[1])).toEqual(Object.keys(checkIns[0]));
  });

  it('should count unrated sessions at a moderate RPE and default availability without intake', () => {
    const d = base();
    d.sessions.push({
      athlete_id: 'a1',
      id: 's1',
      day: toDayNumber(today),
      kind: 'RUN',
      minutes: 40,
      srpe: null,
      planned_session_id: null,
    });
    const input = toReviewInput(d, today);
    expect(input.sessions[0].rpe).toBe(UNRATED_SESSION_RPE);
    expect(input.athlete.availabilityMinutes).toHaveLength(7);
    expect(input.athlete.firstName).toBe('Ann');
  });

  it('should carry open-ended context through next week, unconfirmed proposals as unconfirmed, dismissed not at all', () => {
    const d = base();
    d.context.push(
      {
        athlete_id: 'a1',
        id: 'e1',
        kind: 'ILLNESS',
        start_date: today,
        end_date: null,
        status: 'CONFIRMED',
        note: 'flu',
        details: { severity: 'ABOVE_NECK' },
      },
      {
        athlete_id: 'a1',
        id: 'e2',
        kind: 'TRAVEL',
        start_date: today,
        end_date: '2026-11-25',
        status: 'PROPOSED',
        note: null,
        details: null,
      },
      {
        athlete_id: 'a1',
        id: 'e3',
        kind: 'FAMILY',
        start_date: today,
        end_date: today,
        status: 'DISMISSED',
        note: null,
        details: null,
      },
    );
    const events = toReviewInput(d, today).contextEvents!;
    expect(events).toEqual([
      expect.objectContaining({ id: 'e1', end: '2026-11-29', confirmed: true, illness: 'ABOVE_NECK' }),
      expect.objectContaining({ id: 'e2', end: '2026-11-25', confirmed: false }),
    ]);
  });

  it('should pick this week’s published plan, next week’s draft over its published version, and past plans', () => {
    const d = base();
    d.plans.push(
      { id: 'p0', athlete_id: 'a1', week_start: '2026-11-09', status: 'PUBLISHED', revision: 1 },
      { id: 'p1', athlete_id: 'a1', week_start: '2026-11-16', status: 'PUBLISHED', revision: 1 },
      { id: 'p2', athlete_id: 'a1', week_start: '2026-11-23', status: 'PUBLISHED', revision: 1 },
      { id: 'p3', athlete_id: 'a1', week_start: '2026-11-23', status: 'DRAFT', revision: 2 },
    );
    d.planned.push({
      id: 'x',
      plan_id: 'p3',
      date: '2026-11-25',
      kind: 'RUN',
      minutes: 50,
      effort_type: 'RPE',
      effort_value: 4,
      intervals: null,
      purpose: 'Easy',
      key: false,
    });
    const input = toReviewInput(d, today);
    expect(input.currentWeekPlan?.weekStart).toBe('2026-11-16');
    expect(input.nextWeekDraft?.sessions).toEqual([
      expect.objectContaining({ id: 'x', day: 2, minutes: 50 }),
    ]);
    expect(input.pastWeekPlans?.map((p) => p.weekStart)).toEqual(['2026-11-09']);
  });

  it('should give the engine a cross-training session’s sport, and no sport to a session of another kind', () => {
    const d = base();
    d.plans.push({ id: 'p', athlete_id: 'a1', week_start: '2026-11-23', status: 'DRAFT', revision: 1 });
    const row = (id: string, kind: 'RUN' | 'CROSS_TRAINING', sport: 'BIKE' | null, day: number) => ({
      id,
      plan_id: 'p',
      date: `2026-11-2${3 + day}`,
      kind,
      minutes: 60,
      effort_type: 'RPE' as const,
      effort_value: 6,
      intervals: null,
      purpose: 'Tempo',
      key: false,
      sport,
    });
    d.planned.push(row('ride', 'CROSS_TRAINING', 'BIKE', 1), row('old', 'CROSS_TRAINING', null, 2));
    d.planned.push(row('run', 'RUN', 'BIKE', 3));
    const sessions = toReviewInput(d, today).nextWeekDraft?.sessions ?? [];
    expect(sessions.map((s) => [s.id, s.sport])).toEqual([
      ['ride', 'BIKE'],
      ['old', undefined],
      ['run', undefined],
    ]);
    expect(sessions[1]).not.toHaveProperty('sport');
  });

  it('should give the engine a zone’s scale (Z2 of 5 is easy, Z2 of 3 moderate), and none when the plan does not say', () => {
    const d = base();
    d.plans.push({ id: 'p', athlete_id: 'a1', week_start: '2026-11-23', status: 'DRAFT', revision: 1 });
    const row = (id: string, type: 'RPE' | 'ZONE', scale: number | null, day: number) => ({
      id,
      plan_id: 'p',
      date: `2026-11-2${3 + day}`,
      kind: 'RUN' as const,
      minutes: 45,
      effort_type: type,
      effort_value: 2,
      zone_scale: scale,
      intervals: null,
      purpose: 'Easy',
      key: false,
    });
    d.planned.push(row('z5', 'ZONE', 5, 0), row('z3', 'ZONE', 3, 1), row('z', 'ZONE', null, 2));
    d.planned.push(row('rpe', 'RPE', null, 3));
    const sessions = toReviewInput(d, today).nextWeekDraft?.sessions ?? [];
    expect(sessions.map((s) => s.effort)).toEqual([
      { type: 'ZONE', value: 2, scale: 5 },
      { type: 'ZONE', value: 2, scale: 3 },
      { type: 'ZONE', value: 2 },
      { type: 'RPE', value: 2 },
    ]);
  });

  it('should plan next week within the athlete’s own minutes for it, and keep the usual week for other weeks', () => {
    const d = base();
    d.athlete.intake = { availabilityMinutes: [60, 60, 60, 60, 0, 120, 0] };
    d.weekAvailability = [
      { athlete_id: 'a1', week_start: '2026-11-16', minutes: [1, 1, 1, 1, 1, 1, 1] },
      { athlete_id: 'a1', week_start: '2026-11-30', minutes: [2, 2, 2, 2, 2, 2, 2] },
    ];
    expect(toReviewInput(d, today).athlete.availabilityMinutes).toEqual([60, 60, 60, 60, 0, 120, 0]);
    d.weekAvailability.push({
      athlete_id: 'a1',
      week_start: '2026-11-23',
      minutes: [45, 0, 0, 60, 30, 90, 0],
    });
    expect(toReviewInput(d, today).athlete.availabilityMinutes).toEqual([45, 0, 0, 60, 30, 90, 0]);
    // Reviewed on Sunday the 29th, the week planned is the one starting the 30th.
    expect(toReviewInput(d, '2026-11-29').athlete.availabilityMinutes).toEqual([2, 2, 2, 2, 2, 2, 2]);
  });

  it('should give the engine the intake’s usual week in minutes, and no field without one', () => {
    // What a week with no training logged yet starts from (a new athlete had been held at half her availability).
    expect('typicalWeeklyMinutes' in toReviewInput(base(), today).athlete).toBe(false);
    const d = base();
    d.athlete.intake = { typicalWeeklyHours: 4.5 };
    expect(toReviewInput(d, today).athlete.typicalWeeklyMinutes).toBe(270);
    d.athlete.intake = { typicalWeeklyHours: 0 };
    expect('typicalWeeklyMinutes' in toReviewInput(d, today).athlete).toBe(false);
  });

  it('should give the engine the latest doctor’s clearance, and no field at all without one', () => {
    expect('medicalClearedOn' in toReviewInput(base(), today).athlete).toBe(false);
    const d = base();
    d.athlete.medical_cleared_on = '2026-11-17';
    expect(toReviewInput(d, today).athlete.medicalClearedOn).toBe('2026-11-17');
  });

  it('should take the last contact from check-ins or messages, whichever is newer', () => {
    const d = base();
    d.checkIns.push(emptyCheckIn('2026-11-10'));
    expect(toReviewInput(d, today).lastContactDate).toBe('2026-11-10');
    d.lastMessageDate = '2026-11-18';
    expect(toReviewInput(d, today).lastContactDate).toBe('2026-11-18');
  });

  it('should give the engine a race’s distance when its kind names one (an ultra is judged by it)', () => {
    const d = base();
    const race = { athlete_id: 'a1', date: '2027-01-31', priority: 'A' as const, expected_minutes: 330 };
    d.races.push({ ...race, id: 'r1', name: 'Ecotrail 50k', kind: 'trail 50k' });
    d.races.push({ ...race, id: 'r2', name: 'Oslo Marathon', kind: 'marathon', expected_minutes: 310 });
    d.races.push({ ...race, id: 'r3', name: 'Club race', kind: 'fun run' });
    const races = toReviewInput(d, today).races ?? [];
    expect(races[0].distanceKm).toBe(50);
    expect(races[1].distanceKm).toBeCloseTo(42.195, 3);
    expect(races[2]).not.toHaveProperty('distanceKm');
  });
});

describe(focusOf.name, () => {
  it.each([
    ['aerobic volume', 'AEROBIC_VOLUME'],
    ['Hills/strength', 'HILLS_STRENGTH'],
    ['threshold', 'THRESHOLD'],
    ['VO2max intervals', 'VO2MAX'],
    ['race-specific', 'RACE_SPECIFIC'],
    ['something else', undefined],
  ])('should map "%s" to %s', (text, focus) => {
    expect(focusOf(text)).toBe(focus);
  });
});
