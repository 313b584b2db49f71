import { INestApplication } from '@nestjs/common';
import { addDays } from '@app/common';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';

const LOG = `mutation($input: LogSessionInput!) { logSession(input: $input) { id date note } }`;
const UPDATE = `mutation($input: UpdateLoggedSessionInput!) { updateLoggedSession(input: $input) { id date note minutes } }`;
const DELETE = `mutation($id: ID!) { deleteLoggedSession(id: $id) }`;
const SESSIONS = `query($athleteId: ID, $from: String, $to: String) { loggedSessions(athleteId: $athleteId, from: $from, to: $to) { id date note } }`;
const TODAY = `query { athleteToday { date } }`;

describe('Logged sessions: moving, noting and deleting one (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;
  let otherClub: Awaited<ReturnType<typeof createClub>>;
  let today: string;
  beforeAll(async () => {
    app = await createTestApp();
    club = await createClub(app, 'UTC');
    otherClub = await createClub(app, 'UTC');
    today = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday.date;
  });
  afterAll(() => app.close());

  const log = async (date: string, token = club.athlete1.token) =>
    (await gqlOk(app, LOG, { input: { kind: 'RUN', minutes: 40, srpe: 4, date, note: 'legs heavy' } }, token))
      .logSession;
  const listed = async () =>
    (
      await gqlOk(
        app,
        SESSIONS,
        { from: addDays(today, -20), to: today, athleteId: club.athlete1.athleteId },
        club.athlete1.token,
      )
    ).loggedSessions;

  it('should move a session to another day and change or clear its note', async () => {
    const s = await log(today);
    const moved = await gqlOk(
      app,
      UPDATE,
      { input: { id: s.id, date: addDays(today, -2), note: 'it was Saturday' } },
      club.athlete1.token,
    );
    expect(moved.updateLoggedSession).toMatchObject({
      date: addDays(today, -2),
      note: 'it was Saturday',
      minutes: 40,
    });
    // the assigned coach corrects too; a blank note clears it, an omitted one keeps it
    const cleared = await gqlOk(app, UPDATE, { input: { id: s.id, note: '  ' } }, club.coachA.token);
    expect(cleared.updateLoggedSession.note).toBeNull();
    await gqlOk(app, UPDATE, { input: { id: s.id, note: 'again' } }, club.athlete1.token);
    const nulled = await gqlOk(app, UPDATE, { input: { id: s.id, note: null } }, club.athlete1.token);
    expect(nulled.updateLoggedSession.note).toBeNull();
    expect((await listed()).find((r: any) => r.id === s.id)).toMatchObject({ date: addDays(today, -2) });
  });

  it('should refuse a bad date with a typed reason and leave the session as it was', async () => {
    const s = await log(addDays(today, -1));
    for (const [date, reason] of [
      [addDays(today, 1), 'DATE_IN_FUTURE'],
      ['2020-01-01', 'DATE_TOO_FAR_BACK'],
      ['2026-02-30', 'INVALID_DATE'],
    ] as const) {
      const res = await gql(app, UPDATE, { input: { id: s.id, date } }, club.athlete1.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorReason(res)).toBe(reason);
    }
    expect(
      errorCode(await gql(app, UPDATE, { input: { id: s.id, date: '7/12/2026' } }, club.athlete1.token)),
    ).toBe('BAD_USER_INPUT');
    expect((await listed()).find((r: any) => r.id === s.id)).toMatchObject({
      date: addDays(today, -1),
      note: 'legs heavy',
    });
  });

  it('should refuse moving, noting or deleting from the wrong side', async () => {
    const s = await log(addDays(today, -3));
    const move = { input: { id: s.id, date: addDays(today, -4), note: 'not yours' } };
    // another athlete of the club, a coach of the club not assigned to them
    for (const who of [club.athlete2, club.coachB]) {
      expect(errorCode(await gql(app, UPDATE, move, who.token))).toBe('FORBIDDEN');
      expect(errorCode(await gql(app, DELETE, { id: s.id }, who.token))).toBe('FORBIDDEN');
    }
    expect(errorReason(await gql(app, DELETE, { id: s.id }, club.admin.token))).toBe('ADMIN_READ_ONLY');
    // another club's coach, athlete and admin do not even learn it exists
    for (const who of [otherClub.coachA, otherClub.athlete1, otherClub.admin]) {
      expect(errorCode(await gql(app, UPDATE, move, who.token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(app, DELETE, { id: s.id }, who.token))).toBe('NOT_FOUND');
    }
    expect((await listed()).find((r: any) => r.id === s.id)).toMatchObject({
      date: addDays(today, -3),
      note: 'legs heavy',
    });
  });

  it('should delete a session as the athlete or the assigned coach', async () => {
    const mine = await log(addDays(today, -5));
    const coached = await log(addDays(today, -6));
    expect((await gqlOk(app, DELETE, { id: mine.id }, club.athlete1.token)).deleteLoggedSession).toBe(
      mine.id,
    );
    expect((await gqlOk(app, DELETE, { id: coached.id }, club.coachA.token)).deleteLoggedSession).toBe(
      coached.id,
    );
    const ids = (await listed()).map((r: any) => r.id);
    expect(ids).not.toContain(mine.id);
    expect(ids).not.toContain(coached.id);
    // gone: a second delete is NOT_FOUND; a malformed id is BAD_USER_INPUT
    expect(errorCode(await gql(app, DELETE, { id: mine.id }, club.athlete1.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, DELETE, { id: 'nope' }, club.athlete1.token))).toBe('BAD_USER_INPUT');
  });

  it('should keep a moved session on its planned session within that week, and drop the link out of it', async () => {
    const week = addDays(
      (await gqlOk(app, `{ athleteToday { weekStart } }`, {}, club.athlete2.token)).athleteToday.weekStart,
      -14,
    );
    const draft = await gqlOk(
      app,
      `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id sessions { id } } }`,
      {
        input: {
          athleteId: club.athlete2.athleteId,
          weekStart: week,
          sessions: [
            {
              date: addDays(week, 2),
              kind: 'RUN',
              minutes: 45,
              effort: { type: 'RPE', value: 3 },
              purpose: 'Easy',
              key: false,
            },
          ],
        },
      },
      club.coachA.token,
    );
    await gqlOk(
      app,
      `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { id } }`,
      { input: { planId: draft.savePlanDraft.id, expectedRevision: 1 } },
      club.coachA.token,
    );
    const planned = draft.savePlanDraft.sessions[0].id;
    const LINKED = `mutation($input: UpdateLoggedSessionInput!) { updateLoggedSession(input: $input) { date plannedSessionId } }`;
    const { logSession } = await gqlOk(
      app,
      `mutation($input: LogSessionInput!) { logSession(input: $input) { id } }`,
      { input: { kind: 'RUN', minutes: 45, srpe: 3, date: addDays(week, 2), plannedSessionId: planned } },
      club.athlete2.token,
    );
    // A day later, the same week: still that session done.
    const sameWeek = await gqlOk(
      app,
      LINKED,
      { input: { id: logSession.id, date: addDays(week, 3) } },
      club.athlete2.token,
    );
    expect(sameWeek.updateLoggedSession).toEqual({ date: addDays(week, 3), plannedSessionId: planned });
    // Into the week after: not that week's session any more.
    const nextWeek = await gqlOk(
      app,
      LINKED,
      { input: { id: logSession.id, date: addDays(week, 7) } },
      club.athlete2.token,
    );
    expect(nextWeek.updateLoggedSession).toEqual({ date: addDays(week, 7), plannedSessionId: null });
  });
  it('should refuse naming a planned session of another week than the session date (PLANNED_SESSION_OTHER_WEEK)', async () => {
    const week = addDays(
      (await gqlOk(app, `{ athleteToday { weekStart } }`, {}, club.athlete2.token)).athleteToday.weekStart,
      -28,
    );
    const draft = await gqlOk(
      app,
      `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id sessions { id } } }`,
      {
        input: {
          athleteId: club.athlete2.athleteId,
          weekStart: week,
          sessions: [
            {
              date: addDays(week, 1),
              kind: 'RUN',
              minutes: 50,
              effort: { type: 'RPE', value: 5 },
              purpose: 'Tempo',
              key: true,
            },
          ],
        },
      },
      club.coachA.token,
    );
    await gqlOk(
      app,
      `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { id } }`,
      { input: { planId: draft.savePlanDraft.id, expectedRevision: 1 } },
      club.coachA.token,
    );
    const planned = draft.savePlanDraft.sessions[0].id;
    const LINKED = `mutation($input: UpdateLoggedSessionInput!) { updateLoggedSession(input: $input) { date plannedSessionId } }`;
    const LOGLINKED = `mutation($input: LogSessionInput!) { logSession(input: $input) { id plannedSessionId } }`;
    // Logging it a week later, or before its week, against that session: refused, nothing written.
    for (const date of [addDays(week, 8), addDays(week, -1)]) {
      const res = await gql(
        app,
        LOGLINKED,
        { input: { kind: 'RUN', minutes: 50, srpe: 5, date, plannedSessionId: planned } },
        club.athlete2.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorReason(res)).toBe('PLANNED_SESSION_OTHER_WEEK');
    }
    const logged = await gqlOk(
      app,
      LOGLINKED,
      { input: { kind: 'RUN', minutes: 50, srpe: 5, date: addDays(week, 9) } },
      club.athlete2.token,
    );
    // Linking a session of the week after to it, with or without moving it: refused unless the date lands in the week.
    const stay = await gql(
      app,
      LINKED,
      { input: { id: logged.logSession.id, plannedSessionId: planned } },
      club.athlete2.token,
    );
    expect(errorReason(stay)).toBe('PLANNED_SESSION_OTHER_WEEK');
    const moveOut = await gql(
      app,
      LINKED,
      { input: { id: logged.logSession.id, date: addDays(week, 10), plannedSessionId: planned } },
      club.athlete2.token,
    );
    expect(errorReason(moveOut)).toBe('PLANNED_SESSION_OTHER_WEEK');
    const unchanged = await gqlOk(
      app,
      SESSIONS,
      { from: addDays(week, 7), to: addDays(week, 13), athleteId: club.athlete2.athleteId },
      club.athlete2.token,
    );
    expect(unchanged.loggedSessions.find((r: any) => r.id === logged.logSession.id)).toMatchObject({
      date: addDays(week, 9),
    });
    const moveIn = await gqlOk(
      app,
      LINKED,
      { input: { id: logged.logSession.id, date: addDays(week, 6), plannedSessionId: planned } },
      club.athlete2.token,
    );
    expect(moveIn.updateLoggedSession).toEqual({ date: addDays(week, 6), plannedSessionId: planned });
  });
});
