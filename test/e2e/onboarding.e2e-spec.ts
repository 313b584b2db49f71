import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlCounted, gqlOk } from '../helpers/graphql';
import {
  accept,
  addMember,
  createClub,
  createOrganization,
  invite,
  PASSWORD,
  uniqueEmail,
} from '../helpers/factories';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token acceptUrl invitation { id email role expiresAt } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken me { roles athleteId } } }`;
const QUEUE = `{ onboardingQueue { invited { email role } intakePending { id name } unassigned { id name } } }`;
const INTAKE = `mutation($input: SubmitIntakeInput!) { submitIntake(input: $input) { id timezone intakeSubmittedAt intake { yearsRunning availabilityMinutes upcomingRaces { name priority } } } }`;
const ASSIGN = `mutation($input: AssignAthleteInput!) { assignAthlete(input: $input) { id coaches { userId name role } } }`;
const UNASSIGN = `mutation($input: UnassignAthleteInput!) { unassignAthlete(input: $input) { id coaches { userId } } }`;
const ATHLETE = `query($id: ID!) { athlete(id: $id) { id name email timezone intake { goals } coaches { name role } } }`;
const ROSTER = `query($first: Int, $after: String, $coachUserId: ID) { roster(first: $first, after: $after, coachUserId: $coachUserId) { totalCount pageInfo { endCursor hasNextPage } nodes { id name coaches { name } } } }`;

const intake = (over: Record<string, unknown> = {}) => ({
  yearsRunning: 6,
  typicalWeeklyHours: 5.5,
  longestRecentSessionMinutes: 110,
  injuryHistory: 'Achilles tendinopathy 2023',
  strengths: ['aerobic durability'],
  weaknesses: ['downhill running'],
  availabilityMinutes: [45, 60, 0, 60, 30, 120, 90],
  lifeConstraints: 'Two kids, travel monthly',
  goals: 'Sub-3:30 marathon in autumn',
  upcomingRaces: [{ name: 'Oslo Marathon', date: '2027-09-19', priority: 'A' }],
  ...over,
});

describe('Onboarding, roster and athletes (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('should run the whole onboarding: invite, accept, intake, assign, queue', async () => {
    const admin = await createOrganization(app, 'America/New_York');
    const coach = await addMember(app, admin, 'COACH', { name: 'Carla Coach' });
    const inv = await invite(app, admin, 'ATHLETE', { name: 'Ann Runner' });
    let queue = await gqlOk(app, QUEUE, {}, admin.token);
    expect(queue.onboardingQueue.invited.map((i: any) => i.email)).toContain(inv.email);

    const athlete = await accept(app, inv.token);
    expect(athlete.athleteId).toBeTruthy();
    queue = await gqlOk(app, QUEUE, {}, admin.token);
    expect(queue.onboardingQueue.invited.map((i: any) => i.email)).not.toContain(inv.email);
    expect(queue.onboardingQueue.intakePending.map((a: any) => a.id)).toContain(athlete.athleteId);
    expect(queue.onboardingQueue.unassigned.map((a: any) => a.id)).toContain(athlete.athleteId);

    const submitted = await gqlOk(
      app,
      INTAKE,
      { input: intake({ timezone: 'Europe/Berlin' }) },
      athlete.token,
    );
    expect(submitted.submitIntake.timezone).toBe('Europe/Berlin');
    expect(submitted.submitIntake.intake.availabilityMinutes).toEqual([45, 60, 0, 60, 30, 120, 90]);

    const assigned = await gqlOk(
      app,
      ASSIGN,
      { input: { athleteId: athlete.athleteId, coachUserId: coach.userId, role: 'HEAD' } },
      admin.token,
    );
    expect(assigned.assignAthlete.coaches).toEqual([
      { userId: coach.userId, name: 'Carla Coach', role: 'HEAD' },
    ]);
    queue = await gqlOk(app, QUEUE, {}, admin.token);
    expect(queue.onboardingQueue.intakePending.map((a: any) => a.id)).not.toContain(athlete.athleteId);
    expect(queue.onboardingQueue.unassigned.map((a: any) => a.id)).not.toContain(athlete.athleteId);

    const seen = await gqlOk(app, ATHLETE, { id: athlete.athleteId }, coach.token);
    expect(seen.athlete).toMatchObject({
      name: 'Ann Runner',
      timezone: 'Europe/Berlin',
      intake: { goals: 'Sub-3:30 marathon in autumn' },
    });
  });

  it("should tell the intake's real state, each with its date: sent, started, submitted; only the athlete starts it", async () => {
    const admin = await createOrganization(app);
    const coach = await addMember(app, admin, 'COACH');
    const otherCoach = await addMember(app, admin, 'COACH');
    const athlete = await addMember(app, admin, 'ATHLETE', { name: 'Ina Intake', coachUserId: coach.userId });
    const STATE = `query($id: ID!) { athlete(id: $id) { intakeStatus createdAt intakeStartedAt intakeSubmittedAt } }`;
    const START = `mutation { startIntake { id intakeStatus intakeStartedAt } }`;
    const state = async (token = coach.token) =>
      (await gqlOk(app, STATE, { id: athlete.athleteId }, token)).athlete;
    const rosterRow = async () =>
      (
        await gqlOk(
          app,
          `{ roster(first: 50) { nodes { id intakeStatus intakeStartedAt intakeSubmittedAt } } }`,
          {},
          coach.token,
        )
      ).roster.nodes.find((n: any) => n.id === athlete.athleteId);

    // Joined: the questionnaire was put to them then, nothing answered yet.
    const joined = await state();
    expect(joined).toMatchObject({ intakeStatus: 'SENT', intakeStartedAt: null, intakeSubmittedAt: null });

    // Nobody but the athlete starts it (there is no id to pass: it is always the caller's own): refused, nothing written.
    for (const staff of [coach, admin]) {
      const refused = await gql(app, START, {}, staff.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(errorReason(refused)).toBe('NOT_AN_ATHLETE');
    }
    expect(await state()).toEqual(joined);

    const started = (await gqlOk(app, START, {}, athlete.token)).startIntake;
    expect(started).toMatchObject({ id: athlete.athleteId, intakeStatus: 'STARTED' });
    expect(Date.parse(started.intakeStartedAt)).toBeGreaterThanOrEqual(Date.parse(joined.createdAt));
    // The first start is kept.
    expect((await gqlOk(app, START, {}, athlete.token)).startIntake.intakeStartedAt).toBe(
      started.intakeStartedAt,
    );
    expect(await rosterRow()).toMatchObject({
      intakeStatus: 'STARTED',
      intakeStartedAt: started.intakeStartedAt,
      intakeSubmittedAt: null,
    });
    // A coach of someone else reads none of it.
    const stranger = await gql(app, STATE, { id: athlete.athleteId }, otherCoach.token);
    expect(stranger.data?.athlete ?? null).toBeNull();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(stranger));

    await gqlOk(app, INTAKE, { input: intake() }, athlete.token);
    const submitted = await state();
    expect(submitted).toMatchObject({ intakeStatus: 'SUBMITTED', intakeStartedAt: started.intakeStartedAt });
    expect(Date.parse(submitted.intakeSubmittedAt)).toBeGreaterThanOrEqual(
      Date.parse(started.intakeStartedAt),
    );
    // Started again after it was sent (to answer anew): still submitted, and the start stays the first one.
    expect((await gqlOk(app, START, {}, athlete.token)).startIntake).toMatchObject({
      intakeStatus: 'SUBMITTED',
      intakeStartedAt: started.intakeStartedAt,
    });

    // Sent straight away by another client, never started: begun when it was sent.
    const direct = await addMember(app, admin, 'ATHLETE', { coachUserId: coach.userId });
    const sent = (
      await gqlOk(
        app,
        `${INTAKE.replace('intakeSubmittedAt', 'intakeSubmittedAt intakeStartedAt intakeStatus')}`,
        {
          input: intake(),
        },
        direct.token,
      )
    ).submitIntake;
    expect(sent.intakeStatus).toBe('SUBMITTED');
    expect(sent.intakeStartedAt).toBe(sent.intakeSubmittedAt);
  });

  it('should reject a reused invitation and an expired one', async () => {
    const admin = await createOrganization(app);
    const inv = await invite(app, admin, 'COACH');
    await accept(app, inv.token);
    const reused = await gql(app, ACCEPT, { input: { token: inv.token, password: PASSWORD } });
    expect(errorCode(reused)).toBe('CONFLICT');
    expect(errorReason(reused)).toBe('INVITATION_ALREADY_USED');

    const late = await invite(app, admin, 'ATHLETE');
    await app
      .get(DataSource)
      .query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        late.invitationId,
      ]);
    const expired = await gql(app, ACCEPT, { input: { token: late.token, password: PASSWORD } });
    expect(errorCode(expired)).toBe('BAD_USER_INPUT');
    expect(errorReason(expired)).toBe('INVITATION_EXPIRED');
    const unknown = await gql(app, ACCEPT, { input: { token: 'x'.repeat(43), password: PASSWORD } });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('should never let an invitation take over an existing account', async () => {
    const victimOrg = await createOrganization(app);
    const attacker = await createOrganization(app);
    // The attacker invites the victim's e-mail into their own organization and accepts it themselves.
    const inv = await gqlOk(
      app,
      INVITE,
      { input: { email: victimOrg.email, name: 'V', role: 'COACH' } },
      attacker.token,
    );
    const takeover = await gql(app, ACCEPT, {
      input: { token: inv.inviteMember.token, password: 'attacker-chosen-pw' },
    });
    expect(errorCode(takeover)).toBe('UNAUTHENTICATED');
    expect(errorReason(takeover)).toBe('EXISTING_ACCOUNT_PASSWORD_REQUIRED');
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    expect(
      errorCode(await gql(app, LOGIN, { input: { email: victimOrg.email, password: 'attacker-chosen-pw' } })),
    ).toBe('UNAUTHENTICATED');
    expect(
      (await gqlOk(app, LOGIN, { input: { email: victimOrg.email, password: PASSWORD } })).login.accessToken,
    ).toBeTruthy();
    // The invitation is still usable by its rightful owner, with their own password.
    const own = await gqlOk(app, ACCEPT, { input: { token: inv.inviteMember.token, password: PASSWORD } });
    expect(own.acceptInvitation.me.roles).toEqual(['COACH']);
  });

  it('should answer CONFLICT, not an internal error, when the same coach is assigned twice at once', async () => {
    const admin = await createOrganization(app);
    const coach = await addMember(app, admin, 'COACH');
    const athlete = await addMember(app, admin, 'ATHLETE');
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        gql(
          app,
          ASSIGN,
          { input: { athleteId: athlete.athleteId, coachUserId: coach.userId, role: 'HEAD' } },
          admin.token,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => x.errors)) expect(errorCode(r)).toBe('CONFLICT');
    const seen = await gqlOk(app, ATHLETE, { id: athlete.athleteId }, admin.token);
    expect(seen.athlete.coaches).toHaveLength(1);
  });

  it('should replace a pending invitation when the admin invites the same person again', async () => {
    const admin = await createOrganization(app);
    const email = uniqueEmail('twice');
    const first = await invite(app, admin, 'ATHLETE', { email });
    const second = await invite(app, admin, 'ATHLETE', { email });
    expect(errorCode(await gql(app, ACCEPT, { input: { token: first.token, password: PASSWORD } }))).toBe(
      'NOT_FOUND',
    );
    await accept(app, second.token);
    const again = await gql(app, INVITE, { input: { email, name: 'X', role: 'ATHLETE' } }, admin.token);
    expect(errorReason(again)).toBe('ALREADY_MEMBER');
  });

  it('should reject bad invitation input with BAD_USER_INPUT and write nothing', async () => {
    const admin = await createOrganization(app);
    const bad = [
      { email: 'nope', name: 'A', role: 'COACH' },
      { email: uniqueEmail('x'), name: 'A', role: 'SUPERHERO' },
      { email: uniqueEmail('x'), name: 'A'.repeat(201), role: 'COACH' },
      { email: uniqueEmail('x'), name: 'A', role: 'COACH', coachUserId: admin.userId },
      { email: uniqueEmail('x'), name: 'A', role: 'ATHLETE', coachUserId: admin.userId },
    ];
    for (const input of bad) {
      expect(errorCode(await gql(app, INVITE, { input }, admin.token))).toBe('BAD_USER_INPUT');
    }
    const queue = await gqlOk(app, QUEUE, {}, admin.token);
    expect(queue.onboardingQueue.invited).toEqual([]);
  });

  it('should let only admins invite, assign and read the onboarding queue', async () => {
    const { coachA, athlete1, athlete3 } = await createClub(app);
    for (const actor of [coachA, athlete1]) {
      const r = await gql(
        app,
        INVITE,
        { input: { email: uniqueEmail('x'), name: 'X', role: 'ATHLETE' } },
        actor.token,
      );
      expect(errorCode(r)).toBe('FORBIDDEN');
      expect(errorCode(await gql(app, QUEUE, {}, actor.token))).toBe('FORBIDDEN');
      const a = await gql(
        app,
        ASSIGN,
        { input: { athleteId: athlete3.athleteId, coachUserId: coachA.userId } },
        actor.token,
      );
      expect(errorCode(a)).toBe('FORBIDDEN');
    }
  });

  it('should validate the intake questionnaire and only accept it from athletes', async () => {
    const { coachA, athlete1 } = await createClub(app);
    const cases = [
      intake({ availabilityMinutes: [60, 60, 60] }),
      intake({ availabilityMinutes: [60, 60, 60, 60, 60, 60, 2000] }),
      intake({ upcomingRaces: [{ name: 'R', date: '2027-02-30', priority: 'A' }] }),
      intake({ upcomingRaces: [{ name: 'R', date: '2027-05-01', priority: 'D' }] }),
      intake({ goals: 'x'.repeat(4001) }),
      intake({ timezone: 'Not/AZone' }),
    ];
    for (const input of cases) {
      expect(errorCode(await gql(app, INTAKE, { input }, athlete1.token))).toBe('BAD_USER_INPUT');
    }
    const seen = await gqlOk(app, ATHLETE, { id: athlete1.athleteId }, athlete1.token);
    expect(seen.athlete.intake).toBeNull();
    expect(errorReason(await gql(app, INTAKE, { input: intake() }, coachA.token))).toBe('NOT_AN_ATHLETE');
  });

  it('should keep athletes private: another athlete, another coach’s athlete, another organization', async () => {
    const club = await createClub(app);
    const other = await createClub(app);
    // an athlete reading another athlete
    expect(errorCode(await gql(app, ATHLETE, { id: club.athlete2.athleteId }, club.athlete1.token))).toBe(
      'FORBIDDEN',
    );
    // a coach reading another coach's athlete
    expect(errorCode(await gql(app, ATHLETE, { id: club.athlete3.athleteId }, club.coachA.token))).toBe(
      'FORBIDDEN',
    );
    // anyone reading another organization: not even its existence leaks
    for (const actor of [other.admin, other.coachA, other.athlete1]) {
      expect(errorCode(await gql(app, ATHLETE, { id: club.athlete1.athleteId }, actor.token))).toBe(
        'NOT_FOUND',
      );
    }
    // allowed: self, assigned coach, admin
    for (const actor of [club.athlete1, club.coachA, club.admin]) {
      expect((await gqlOk(app, ATHLETE, { id: club.athlete1.athleteId }, actor.token)).athlete.id).toBe(
        club.athlete1.athleteId,
      );
    }
    // assigning across organizations is impossible
    const cross = await gql(
      app,
      ASSIGN,
      { input: { athleteId: other.athlete1.athleteId, coachUserId: club.coachA.userId } },
      club.admin.token,
    );
    expect(errorCode(cross)).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, ATHLETE, { id: 'not-a-uuid' }, club.admin.token))).toBe('BAD_USER_INPUT');
  });

  it('should remove a coach’s access the moment they are unassigned', async () => {
    const club = await createClub(app);
    await gqlOk(
      app,
      UNASSIGN,
      { input: { athleteId: club.athlete1.athleteId, coachUserId: club.coachA.userId } },
      club.admin.token,
    );
    expect(errorCode(await gql(app, ATHLETE, { id: club.athlete1.athleteId }, club.coachA.token))).toBe(
      'FORBIDDEN',
    );
    const again = await gql(
      app,
      UNASSIGN,
      { input: { athleteId: club.athlete1.athleteId, coachUserId: club.coachA.userId } },
      club.admin.token,
    );
    expect(errorCode(again)).toBe('NOT_FOUND');
  });

  it('should page a roster by name with a stable cursor and no N+1 on coaches', async () => {
    const admin = await createOrganization(app);
    const coach = await addMember(app, admin, 'COACH', { name: 'Coach Roster' });
    const names = ['Eve', 'Dan', 'Cid', 'Bea', 'Abe'];
    for (const name of names) await addMember(app, admin, 'ATHLETE', { name, coachUserId: coach.userId });
    await addMember(app, admin, 'ATHLETE', { name: 'Zed Unassigned' });

    const page1 = await gqlOk(app, ROSTER, { first: 2 }, coach.token);
    expect(page1.roster.totalCount).toBe(5);
    expect(page1.roster.nodes.map((n: any) => n.name)).toEqual(['Abe', 'Bea']);
    expect(page1.roster.pageInfo.hasNextPage).toBe(true);
    const page2 = await gqlOk(app, ROSTER, { first: 2, after: page1.roster.pageInfo.endCursor }, coach.token);
    expect(page2.roster.nodes.map((n: any) => n.name)).toEqual(['Cid', 'Dan']);
    const page3 = await gqlOk(app, ROSTER, { first: 2, after: page2.roster.pageInfo.endCursor }, coach.token);
    expect(page3.roster.nodes.map((n: any) => n.name)).toEqual(['Eve']);
    expect(page3.roster.pageInfo.hasNextPage).toBe(false);

    // Admin without coachUserId sees the whole organization, with every athlete's coaches in one batch.
    const { data: all, queries } = await gqlCounted(app, ROSTER, { first: 50 }, admin.token);
    expect(all.roster.totalCount).toBe(6);
    expect(all.roster.nodes.find((n: any) => n.name === 'Abe').coaches).toEqual([{ name: 'Coach Roster' }]);
    // auth context (1) + page (1) + count (1) + one batched coaches query (1), however many athletes.
    expect(queries).toBeLessThanOrEqual(4);

    expect(errorCode(await gql(app, ROSTER, { first: 2, after: 'garbage' }, coach.token))).toBe(
      'BAD_USER_INPUT',
    );
    const forged = Buffer.from(JSON.stringify(['Abe', 'not-a-uuid'])).toString('base64url');
    expect(errorReason(await gql(app, ROSTER, { first: 2, after: forged }, coach.token))).toBe(
      'INVALID_CURSOR',
    );
    expect(errorCode(await gql(app, ROSTER, { first: 500 }, coach.token))).toBe('BAD_USER_INPUT');
    const other = await addMember(app, admin, 'COACH');
    expect(errorCode(await gql(app, ROSTER, { coachUserId: coach.userId }, other.token))).toBe('FORBIDDEN');
  });
});
