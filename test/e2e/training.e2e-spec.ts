import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays } from '@app/common';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { addMember, createClub, createOrganization } from '../helpers/factories';

const CHECK_IN = `mutation($input: UpsertCheckInInput!) { upsertCheckIn(input: $input) { id date rmssd restingHr sleepHours soreness illness note } }`;
const CHECK_INS = `query($athleteId: ID, $from: String, $to: String) { checkIns(athleteId: $athleteId, from: $from, to: $to) { date rmssd illness } }`;
const LOG = `mutation($input: LogSessionInput!) { logSession(input: $input) { id date kind minutes srpe load } }`;
const SESSIONS = `query($athleteId: ID, $from: String, $to: String) { loggedSessions(athleteId: $athleteId, from: $from, to: $to) { id date minutes load } }`;
const UPDATE_SESSION = `mutation($input: UpdateLoggedSessionInput!) { updateLoggedSession(input: $input) { id srpe load } }`;
const TODAY = `query($athleteId: ID) { athleteToday(athleteId: $athleteId) { timezone date weekStart } }`;
const ADD_CONTEXT = `mutation($input: AddContextEventInput!) { addContextEvent(input: $input) { id kind startDate endDate status source } }`;
const CONTEXTS = `query($athleteId: ID, $status: ContextEventStatus) { contextEvents(athleteId: $athleteId, status: $status) { id kind status } }`;
const ADD_RACE = `mutation($input: AddRaceInput!) { addRace(input: $input) { id name date priority expectedMinutes resultMinutes } }`;
const UPDATE_RACE = `mutation($input: UpdateRaceInput!) { updateRace(input: $input) { id resultMinutes resultNote } }`;
const RACES = `query($athleteId: ID) { races(athleteId: $athleteId) { id name priority } }`;

/** Local date at a fixed UTC offset, computed independently of the app's Intl-based helper. */
const dateAtOffset = (hours: number, now = Date.now()) =>
  new Date(now + hours * 3_600_000).toISOString().slice(0, 10);

describe('Training data: check-ins, sessions, context, races (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;
  let today: string;
  beforeAll(async () => {
    app = await createTestApp();
    club = await createClub(app, 'UTC');
    today = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday.date;
  });
  afterAll(() => app.close());

  it('should upsert one check-in per local date', async () => {
    const first = await gqlOk(
      app,
      CHECK_IN,
      { input: { rmssd: 62.5, restingHr: 48, sleepHours: 7.5, soreness: 4, illness: 'NONE' } },
      club.athlete1.token,
    );
    expect(first.upsertCheckIn).toMatchObject({ date: today, rmssd: 62.5, restingHr: 48, sleepHours: 7.5 });
    const second = await gqlOk(
      app,
      CHECK_IN,
      { input: { rmssd: 55, illness: 'ABOVE_NECK', note: 'sniffles', restingHr: null } },
      club.athlete1.token,
    );
    expect(second.upsertCheckIn.id).toBe(first.upsertCheckIn.id);
    // Sent fields change (null clears), the others keep their saved values.
    expect(second.upsertCheckIn).toMatchObject({
      rmssd: 55,
      illness: 'ABOVE_NECK',
      restingHr: null,
      sleepHours: 7.5,
      soreness: 4,
    });
    const list = await gqlOk(app, CHECK_INS, {}, club.athlete1.token);
    expect(list.checkIns).toEqual([{ date: today, rmssd: 55, illness: 'ABOVE_NECK' }]);
    // the coach reads them; a past date is fine
    await gqlOk(
      app,
      CHECK_IN,
      { input: { date: addDays(today, -3), rmssd: 70, illness: 'NONE' } },
      club.athlete1.token,
    );
    const seen = await gqlOk(app, CHECK_INS, { athleteId: club.athlete1.athleteId }, club.coachA.token);
    expect(seen.checkIns.map((c: any) => c.date)).toEqual([addDays(today, -3), today]);
  });

  it('should reject out-of-range check-ins with BAD_USER_INPUT and write nothing', async () => {
    const a = club.athlete2;
    const bad = [
      { rmssd: 4 },
      { rmssd: 301 },
      { restingHr: 24 },
      { restingHr: 121 },
      { sleepHours: 25 },
      { sleepHours: -1 },
      { mood: 6 },
      { fatigue: 0 },
      { illness: 'PLAGUE' },
      { date: addDays(today, 1) },
      { date: '2026-02-30' },
      { date: addDays(today, -800) },
      { note: 'x'.repeat(2001) },
    ];
    for (const input of bad) {
      const res = await gql(app, CHECK_IN, { input: { illness: 'NONE', ...input } }, a.token);
      expect([input, errorCode(res)]).toEqual([input, 'BAD_USER_INPUT']);
    }
    expect((await gqlOk(app, CHECK_INS, {}, a.token)).checkIns).toEqual([]);
  });

  it('should change only the fields sent when a check-in is updated, keeping the saved answers', async () => {
    const a = (await createClub(app, 'UTC')).athlete1;
    const ALL = `mutation($input: UpsertCheckInInput!) { upsertCheckIn(input: $input) { id sleepHours sleepQuality fatigue soreness stress mood illness rmssd restingHr note } }`;
    const first = await gqlOk(
      app,
      ALL,
      {
        input: {
          sleepHours: 5,
          sleepQuality: 2,
          fatigue: 2,
          soreness: 2,
          stress: 2,
          mood: 2,
          illness: 'NONE',
          rmssd: 40,
          note: 'tired',
        },
      },
      a.token,
    );
    // Only the illness is sent: everything else stays as saved (it used to become null).
    const second = await gqlOk(app, ALL, { input: { illness: 'ABOVE_NECK' } }, a.token);
    const kept = {
      id: first.upsertCheckIn.id,
      sleepHours: 5,
      sleepQuality: 2,
      fatigue: 2,
      soreness: 2,
      stress: 2,
      mood: 2,
      rmssd: 40,
      restingHr: null,
      note: 'tired',
    };
    expect(second.upsertCheckIn).toEqual({ ...kept, illness: 'ABOVE_NECK' });
    // A rating sent alone leaves the illness as saved (no default NONE for an omitted illness).
    const third = await gqlOk(app, ALL, { input: { mood: 4 } }, a.token);
    expect(third.upsertCheckIn).toEqual({ ...kept, mood: 4, illness: 'ABOVE_NECK' });
    // An explicit null clears one answer; illness cannot be null.
    const fourth = await gqlOk(app, ALL, { input: { note: null, rmssd: null } }, a.token);
    expect(fourth.upsertCheckIn).toEqual({
      ...kept,
      mood: 4,
      illness: 'ABOVE_NECK',
      note: null,
      rmssd: null,
    });
    expect(errorCode(await gql(app, ALL, { input: { illness: null } }, a.token))).toBe('BAD_USER_INPUT');
    const [row] = await app
      .get(DataSource)
      .query(
        `SELECT sleep_hours, sleep_quality, fatigue, soreness, stress, mood, illness FROM check_in WHERE athlete_id = $1`,
        [a.athleteId],
      );
    expect(row).toEqual({
      sleep_hours: '5.00',
      sleep_quality: 2,
      fatigue: 2,
      soreness: 2,
      stress: 2,
      mood: 4,
      illness: 'ABOVE_NECK',
    });
  });

  it('should refuse a check-in with no answer with BAD_USER_INPUT / CHECK_IN_EMPTY and store nothing', async () => {
    const a = (await createClub(app, 'UTC')).athlete1;
    const rows = async () =>
      app
        .get(DataSource)
        .query(`SELECT sleep_hours, mood, note FROM check_in WHERE athlete_id = $1`, [a.athleteId]);
    for (const input of [
      {},
      { illness: 'NONE' },
      { sleepHours: null, mood: null, note: null, illness: 'NONE' },
      { note: '   ' },
    ]) {
      const res = await gql(app, CHECK_IN, { input }, a.token);
      expect([input, errorCode(res), errorReason(res)]).toEqual([input, 'BAD_USER_INPUT', 'CHECK_IN_EMPTY']);
    }
    expect(await rows()).toEqual([]);
    // Clearing every answer of a saved check-in is refused too, and the saved answers stay.
    await gqlOk(app, CHECK_IN, { input: { sleepHours: 6.5, mood: 3 } }, a.token);
    const res = await gql(app, CHECK_IN, { input: { sleepHours: null, mood: null } }, a.token);
    expect(errorReason(res)).toBe('CHECK_IN_EMPTY');
    expect(await rows()).toEqual([{ sleep_hours: '6.50', mood: 3, note: null }]);
    // An illness sent to a saved check-in is an answer: a cold reported alone can be set back to healthy.
    const b = (await createClub(app, 'UTC')).athlete1;
    await gqlOk(app, CHECK_IN, { input: { illness: 'ABOVE_NECK' } }, b.token);
    await gqlOk(app, CHECK_IN, { input: { illness: 'NONE' } }, b.token);
    expect(
      await app.get(DataSource).query(`SELECT illness FROM check_in WHERE athlete_id = $1`, [b.athleteId]),
    ).toEqual([{ illness: 'NONE' }]);
  });

  it('should keep check-ins private and athlete-only', async () => {
    const res = await gql(app, CHECK_INS, { athleteId: club.athlete1.athleteId }, club.athlete2.token);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(
      errorCode(await gql(app, CHECK_INS, { athleteId: club.athlete1.athleteId }, club.coachB.token)),
    ).toBe('FORBIDDEN');
    const other = await createClub(app);
    expect(
      errorCode(await gql(app, CHECK_INS, { athleteId: club.athlete1.athleteId }, other.coachA.token)),
    ).toBe('NOT_FOUND');
    // coaches read but do not fill in an athlete's check-in
    expect(errorReason(await gql(app, CHECK_IN, { input: { illness: 'NONE' } }, club.coachA.token))).toBe(
      'ATHLETE_ID_REQUIRED',
    );
  });

  it('should log sessions for oneself or as the assigned coach, with load = sRPE × minutes', async () => {
    const mine = await gqlOk(app, LOG, { input: { kind: 'RUN', minutes: 50, srpe: 4 } }, club.athlete1.token);
    expect(mine.logSession).toMatchObject({ date: today, kind: 'RUN', minutes: 50, srpe: 4, load: 200 });
    const byCoach = await gqlOk(
      app,
      LOG,
      {
        input: {
          athleteId: club.athlete1.athleteId,
          date: addDays(today, -1),
          kind: 'STRENGTH',
          minutes: 30,
          srpe: 6.5,
        },
      },
      club.coachA.token,
    );
    expect(byCoach.logSession.load).toBe(195);
    const rated = await gqlOk(
      app,
      UPDATE_SESSION,
      { input: { id: mine.logSession.id, srpe: 5 } },
      club.athlete1.token,
    );
    expect(rated.updateLoggedSession.load).toBe(250);
    const list = await gqlOk(app, SESSIONS, { athleteId: club.athlete1.athleteId }, club.coachA.token);
    expect(list.loggedSessions.map((s: any) => s.load)).toEqual([195, 250]);
  });

  it('should refuse session logging from the wrong side and on bad input', async () => {
    const target = { athleteId: club.athlete1.athleteId, kind: 'RUN', minutes: 30, srpe: 3 };
    expect(errorCode(await gql(app, LOG, { input: target }, club.athlete2.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, LOG, { input: target }, club.coachB.token))).toBe('FORBIDDEN');
    expect(errorReason(await gql(app, LOG, { input: target }, club.admin.token))).toBe('ADMIN_READ_ONLY');
    const other = await createOrganization(app);
    expect(errorCode(await gql(app, LOG, { input: target }, other.token))).toBe('NOT_FOUND');
    const before = (await gqlOk(app, SESSIONS, {}, club.athlete2.token)).loggedSessions.length;
    for (const bad of [
      { kind: 'SWIM', minutes: 30, srpe: 3 },
      { kind: 'RUN', minutes: 0, srpe: 3 },
      { kind: 'RUN', minutes: 30, srpe: 11 },
      { kind: 'RUN', minutes: 30, srpe: 3, date: addDays(today, 2) },
      { kind: 'RUN', minutes: 30, srpe: 3, plannedSessionId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      expect(errorCode(await gql(app, LOG, { input: bad }, club.athlete2.token))).toBe('BAD_USER_INPUT');
    }
    expect((await gqlOk(app, SESSIONS, {}, club.athlete2.token)).loggedSessions.length).toBe(before);
    expect(
      errorCode(await gql(app, SESSIONS, { from: '2026-01-01', to: '2027-12-31' }, club.athlete2.token)),
    ).toBe('BAD_USER_INPUT');
  });

  it('should record confirmed context events with date ranges, checked', async () => {
    const trip = await gqlOk(
      app,
      ADD_CONTEXT,
      {
        input: {
          kind: 'TRAVEL',
          startDate: addDays(today, 3),
          endDate: addDays(today, 6),
          note: 'Conference in Lisbon',
        },
      },
      club.athlete1.token,
    );
    expect(trip.addContextEvent).toMatchObject({ kind: 'TRAVEL', status: 'CONFIRMED', source: 'ENTERED' });
    const byCoach = await gqlOk(
      app,
      ADD_CONTEXT,
      { input: { athleteId: club.athlete1.athleteId, kind: 'ILLNESS', startDate: today } },
      club.coachA.token,
    );
    expect(byCoach.addContextEvent.endDate).toBeNull();
    const list = await gqlOk(
      app,
      CONTEXTS,
      { athleteId: club.athlete1.athleteId, status: 'CONFIRMED' },
      club.coachA.token,
    );
    expect(list.contextEvents.map((e: any) => e.kind).sort()).toEqual(['ILLNESS', 'TRAVEL']);
    for (const input of [
      { kind: 'TRAVEL', startDate: addDays(today, 5), endDate: addDays(today, 2) },
      { kind: 'HOLIDAY', startDate: today },
      { kind: 'TRAVEL', startDate: addDays(today, 1000) },
    ]) {
      expect(errorCode(await gql(app, ADD_CONTEXT, { input }, club.athlete1.token))).toBe('BAD_USER_INPUT');
    }
    expect(
      errorCode(await gql(app, CONTEXTS, { athleteId: club.athlete1.athleteId }, club.athlete2.token)),
    ).toBe('FORBIDDEN');
  });

  it('should keep races with priority and results after race day', async () => {
    const race = await gqlOk(
      app,
      ADD_RACE,
      {
        input: {
          name: 'Berlin Marathon',
          date: addDays(today, 60),
          priority: 'A',
          kind: 'marathon',
          expectedMinutes: 215,
        },
      },
      club.athlete1.token,
    );
    const early = await gql(
      app,
      UPDATE_RACE,
      { input: { id: race.addRace.id, resultMinutes: 210 } },
      club.athlete1.token,
    );
    expect(errorReason(early)).toBe('RACE_NOT_RUN_YET');
    const past = await gqlOk(
      app,
      ADD_RACE,
      {
        input: { name: 'Parkrun', date: addDays(today, -2), priority: 'C', kind: '5k', expectedMinutes: 22 },
      },
      club.athlete1.token,
    );
    const result = await gqlOk(
      app,
      UPDATE_RACE,
      { input: { id: past.addRace.id, resultMinutes: 21, resultNote: 'PB' } },
      club.athlete1.token,
    );
    expect(result.updateRace).toMatchObject({ resultMinutes: 21, resultNote: 'PB' });
    const list = await gqlOk(app, RACES, { athleteId: club.athlete1.athleteId }, club.coachA.token);
    expect(list.races.map((r: any) => r.name)).toEqual(['Parkrun', 'Berlin Marathon']);
    expect(
      errorCode(
        await gql(
          app,
          ADD_RACE,
          { input: { name: 'X', date: today, priority: 'D', kind: '5k', expectedMinutes: 20 } },
          club.athlete1.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await gql(app, UPDATE_RACE, { input: { id: race.addRace.id, name: 'Hijack' } }, club.coachB.token),
      ),
    ).toBe('FORBIDDEN');
  });

  it('should count days and weeks in the athlete’s own zone (UTC+13 and UTC−10)', async () => {
    // Fixed-offset zones with no DST: Pacific/Tongatapu is UTC+13, Pacific/Honolulu UTC−10.
    const admin = await createOrganization(app, 'UTC');
    const tonga = await addMember(app, admin, 'ATHLETE');
    const hawaii = await addMember(app, admin, 'ATHLETE');
    const intake = (timezone: string) => ({
      yearsRunning: 1,
      typicalWeeklyHours: 3,
      longestRecentSessionMinutes: 60,
      injuryHistory: '',
      strengths: [],
      weaknesses: [],
      availabilityMinutes: [60, 60, 60, 60, 60, 60, 60],
      lifeConstraints: '',
      goals: '',
      upcomingRaces: [],
      timezone,
    });
    const SUBMIT = `mutation($input: SubmitIntakeInput!) { submitIntake(input: $input) { timezone } }`;
    await gqlOk(app, SUBMIT, { input: intake('Pacific/Tongatapu') }, tonga.token);
    await gqlOk(app, SUBMIT, { input: intake('Pacific/Honolulu') }, hawaii.token);
    const t = (await gqlOk(app, TODAY, {}, tonga.token)).athleteToday;
    const h = (await gqlOk(app, TODAY, {}, hawaii.token)).athleteToday;
    expect(t.date).toBe(dateAtOffset(13));
    expect(h.date).toBe(dateAtOffset(-10));
    expect(new Date(`${t.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(t.weekStart <= t.date && addDays(t.weekStart, 6) >= t.date).toBe(true);
    // A check-in without a date lands on each athlete's own local today…
    const ct = await gqlOk(app, CHECK_IN, { input: { sleepHours: 7 } }, tonga.token);
    const ch = await gqlOk(app, CHECK_IN, { input: { sleepHours: 7 } }, hawaii.token);
    expect(ct.upsertCheckIn.date).toBe(dateAtOffset(13));
    expect(ch.upsertCheckIn.date).toBe(dateAtOffset(-10));
    // …and "tomorrow" for Honolulu can be "today" in Tonga: the future check follows the athlete's zone.
    const tongaToday = dateAtOffset(13);
    const r = await gql(app, CHECK_IN, { input: { sleepHours: 7, date: tongaToday } }, hawaii.token);
    if (tongaToday > dateAtOffset(-10)) expect(errorReason(r)).toBe('DATE_IN_FUTURE');
    else expect(r.errors).toBeUndefined();
  });

  it('should store nothing when a check-in is rejected mid-way (no partial rows)', async () => {
    const count = async () =>
      Number(
        (
          await app
            .get(DataSource)
            .query(`SELECT count(*) FROM check_in WHERE athlete_id = $1`, [club.athlete3.athleteId])
        )[0].count,
      );
    const before = await count();
    await gql(app, CHECK_IN, { input: { illness: 'NONE', rmssd: 1000 } }, club.athlete3.token);
    expect(await count()).toBe(before);
  });
});
