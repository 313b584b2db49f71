import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays } from '@app/common';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';

const FIELDS = `athleteId weekStart source minutes usualMinutes totalMinutes usualTotalMinutes note updatedAt
  days { date weekday minutes usualMinutes changed }`;
const GET = `query($athleteId: ID, $weekStart: String) { weekAvailability(athleteId: $athleteId, weekStart: $weekStart) { ${FIELDS} } }`;
const SET = `mutation($input: SetWeekAvailabilityInput!) { setWeekAvailability(input: $input) { ${FIELDS} } }`;
const CLEAR = `mutation($input: ClearWeekAvailabilityInput!) { clearWeekAvailability(input: $input) { ${FIELDS} } }`;
const REVIEW = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId, fresh: true) {
  nextWeekStart components { component status evidence { key value } } } }`;
const SAVE = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision } }`;
const TODAY = `{ athleteToday { date weekStart } }`;

/** The usual week from the athlete's intake questionnaire: 420 minutes, Friday off. */
const USUAL = [60, 75, 60, 75, 0, 150, 0];

describe('Next week’s availability from the athlete (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof createClub>>;
  let thisWeek: string;
  let nextWeek: string;

  const individualization = async (athleteId: string, token: string) => {
    const r = (await gqlOk(app, REVIEW, { athleteId }, token)).athleteReview;
    expect(r.nextWeekStart).toBe(nextWeek);
    const c = r.components.find((x: any) => x.component === 'INDIVIDUALIZATION');
    const ev = (k: string) => c.evidence.find((e: any) => e.key === k)?.value;
    return {
      status: c.status,
      availability: Number(ev('availabilityMinutes')),
      over: Number(ev('daysOverAvailability')),
    };
  };

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    club = await createClub(app, 'UTC');
    const t = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday;
    thisWeek = t.weekStart;
    nextWeek = addDays(thisWeek, 7);
    // The intake as submitted (setup: the intake flow has its own tests).
    await db.query(`UPDATE athlete SET intake = $2 WHERE id = $1`, [
      club.athlete1.athleteId,
      JSON.stringify({ availabilityMinutes: USUAL, yearsRunning: 4, strengths: [], weaknesses: [] }),
    ]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('should show the intake’s usual week for next week when the athlete set nothing', async () => {
    const w = (await gqlOk(app, GET, {}, club.athlete1.token)).weekAvailability;
    expect(w).toMatchObject({
      athleteId: club.athlete1.athleteId,
      weekStart: nextWeek,
      source: 'USUAL',
      minutes: USUAL,
      usualMinutes: USUAL,
      totalMinutes: 420,
      usualTotalMinutes: 420,
      note: null,
      updatedAt: null,
    });
    expect(w.days.every((d: any) => !d.changed)).toBe(true);
    expect(w.days.map((d: any) => d.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => addDays(nextWeek, i)));
  });

  it('should store the athlete’s week, show the coach what changed against the usual week, and replace it when set again', async () => {
    const week = [60, 0, 0, 45, 60, 120, 0];
    const set = (
      await gqlOk(
        app,
        SET,
        { input: { weekStart: nextWeek, minutes: week, note: '  Work trip Tue–Wed  ' } },
        club.athlete1.token,
      )
    ).setWeekAvailability;
    expect(set).toMatchObject({ source: 'WEEK', minutes: week, usualMinutes: USUAL, totalMinutes: 285 });
    expect(set.note).toBe('Work trip Tue–Wed');
    const seen = (await gqlOk(app, GET, { athleteId: club.athlete1.athleteId }, club.coachA.token))
      .weekAvailability;
    expect(
      seen.days.filter((d: any) => d.changed).map((d: any) => [d.weekday, d.usualMinutes, d.minutes]),
    ).toEqual([
      [1, 75, 0],
      [2, 60, 0],
      [3, 75, 45],
      [4, 0, 60],
      [5, 150, 120],
    ]);
    const again = (
      await gqlOk(
        app,
        SET,
        { input: { weekStart: nextWeek, minutes: USUAL.map((m) => m + 10) } },
        club.athlete1.token,
      )
    ).setWeekAvailability;
    expect(again.totalMinutes).toBe(490);
    expect(again.note).toBeNull();
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM week_availability WHERE athlete_id = $1`, [
      club.athlete1.athleteId,
    ]);
    expect(n).toBe(1);
  });

  it('should plan next week within the athlete’s week: the review counts its minutes and flags a draft on a day off', async () => {
    const a = club.athlete1.athleteId!;
    await gqlOk(app, CLEAR, { input: { weekStart: nextWeek } }, club.athlete1.token);
    // The coach's draft: Tuesday intervals, Saturday long run, as in a usual week.
    await gqlOk(
      app,
      SAVE,
      {
        input: {
          athleteId: a,
          weekStart: nextWeek,
          sessions: [
            { day: 1, minutes: 60, rpe: 7, purpose: 'Intervals', key: true },
            { day: 5, minutes: 120, rpe: 3, purpose: 'Long run', key: true },
          ].map((s) => ({
            date: addDays(nextWeek, s.day),
            kind: 'RUN',
            minutes: s.minutes,
            effort: { type: 'RPE', value: s.rpe },
            purpose: s.purpose,
            key: s.key,
          })),
        },
      },
      club.coachA.token,
    );
    const usual = await individualization(a, club.coachA.token);
    expect(usual.availability).toBe(420);
    expect(usual.over).toBe(0);

    // Tuesday becomes a day off: the same draft now has a session beyond what the athlete has.
    await gqlOk(
      app,
      SET,
      { input: { weekStart: nextWeek, minutes: [60, 0, 60, 75, 0, 150, 0] } },
      club.athlete1.token,
    );
    const week = await individualization(a, club.coachA.token);
    expect(week.availability).toBe(345);
    expect(week.over).toBe(1);
    expect(week.status).not.toBe('OK');

    // Cleared: back to the usual week.
    const cleared = (await gqlOk(app, CLEAR, { input: { weekStart: nextWeek } }, club.athlete1.token))
      .clearWeekAvailability;
    expect(cleared.source).toBe('USUAL');
    expect((await individualization(a, club.coachA.token)).availability).toBe(420);
  });

  it('should refuse a week that is not a Monday, is over, is too far ahead, or has the wrong number of days', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ weekStart: addDays(nextWeek, 2), minutes: USUAL }, 'WEEK_START_NOT_MONDAY'],
      [{ weekStart: addDays(thisWeek, -7), minutes: USUAL }, 'WEEK_IN_PAST'],
      [{ weekStart: addDays(thisWeek, 7 * 9), minutes: USUAL }, 'WEEK_TOO_FAR_AHEAD'],
      [{ weekStart: '2026-02-30', minutes: USUAL }, 'INVALID_DATE'],
    ];
    for (const [input, reason] of cases) {
      const res = await gql(app, SET, { input }, club.athlete1.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorReason(res)).toBe(reason);
    }
    for (const minutes of [
      [60, 60],
      [...USUAL, 30],
      [60, 60, 60, 60, 60, 60, -5],
      [60, 60, 60, 60, 60, 60, 2000],
    ]) {
      const res = await gql(app, SET, { input: { weekStart: nextWeek, minutes } }, club.athlete1.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM week_availability WHERE athlete_id = $1`, [
      club.athlete1.athleteId,
    ]);
    expect(n).toBe(0);
  });

  it('should let only the athlete and their coaches set it, and only them and admins read it', async () => {
    const input = { athleteId: club.athlete1.athleteId, weekStart: nextWeek, minutes: USUAL };
    // Another athlete of the same coach, the other coach: refused, nothing written.
    for (const token of [club.athlete2.token, club.coachB.token]) {
      expect(errorCode(await gql(app, SET, { input }, token))).toBe('FORBIDDEN');
      expect(errorCode(await gql(app, GET, { athleteId: club.athlete1.athleteId }, token))).toBe('FORBIDDEN');
    }
    // The admin reads but does not set.
    expect(errorReason(await gql(app, SET, { input }, club.admin.token))).toBe('ADMIN_READ_ONLY');
    await gqlOk(app, GET, { athleteId: club.athlete1.athleteId }, club.admin.token);
    // Another organization's coach does not even learn the athlete exists.
    const other = await createClub(app, 'UTC');
    expect(errorCode(await gql(app, GET, { athleteId: club.athlete1.athleteId }, other.coachA.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await gql(app, SET, { input }, other.admin.token))).toBe('NOT_FOUND');
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM week_availability WHERE athlete_id = $1`, [
      club.athlete1.athleteId,
    ]);
    expect(n).toBe(0);
    // Their coach may set it on the athlete's behalf (a phone call, a message).
    const byCoach = (await gqlOk(app, SET, { input }, club.coachA.token)).setWeekAvailability;
    expect(byCoach.source).toBe('WEEK');
  });
});
