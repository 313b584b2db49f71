/**
 * The admin page follows its organization's onboarding queue live: every committed change to it (an invitation sent
 * or accepted, an intake questionnaire started or submitted, a coach assigned or unassigned) is pushed as
 * `onboarding:changed` to that organization's admins, on their sockets signed in to it, and to no one else.
 */
import { INestApplication } from '@nestjs/common';
import { createTestApp } from '../helpers/test-app';
import { gqlOk } from '../helpers/graphql';
import { accept, addMember, Actor, createOrganization, invite } from '../helpers/factories';
import { baseUrl, ChatClient, connectChat, recorder, sleep } from '../helpers/socket-client';

const INTAKE = `mutation($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignAthleteInput!) { assignAthlete(input: $input) { id } }`;
const UNASSIGN = `mutation($input: UnassignAthleteInput!) { unassignAthlete(input: $input) { id } }`;
const intake = {
  yearsRunning: 3,
  typicalWeeklyHours: 4,
  longestRecentSessionMinutes: 90,
  injuryHistory: '',
  strengths: [],
  weaknesses: [],
  availabilityMinutes: [45, 45, 0, 45, 0, 90, 60],
  lifeConstraints: '',
  goals: 'A first half marathon',
  upcomingRaces: [],
};

describe('onboarding:changed (e2e)', () => {
  let app: INestApplication;
  const sockets: ChatClient[] = [];
  const connect = async (a: Actor) => {
    const s = await connectChat(baseUrl(app), a.token);
    sockets.push(s);
    return recorder(s, ['onboarding:changed']);
  };
  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await app.close();
  });

  it("should tell the organization's admins of each change to the queue, and no one else", async () => {
    const admin = await createOrganization(app);
    const admin2 = await addMember(app, admin, 'ADMIN');
    const coach = await addMember(app, admin, 'COACH');
    const other = await createOrganization(app);
    // The first admin is an athlete in the other organization too: signed in there, their socket is not told.
    const elsewhere = await accept(app, (await invite(app, other, 'ATHLETE', { email: admin.email })).token);
    expect(elsewhere.userId).toBe(admin.userId);

    const seen = await connect(admin);
    const seen2 = await connect(admin2);
    const notSeen = await Promise.all([connect(other), connect(coach), connect(elsewhere)]);
    const changes = (r: typeof seen) => r.of('onboarding:changed').map((e) => e.change);
    const next = async (change: string) => {
      for (const r of [seen, seen2]) {
        await r.waitFor('onboarding:changed', (e) => e.change === change);
      }
    };

    const inv = await invite(app, admin, 'ATHLETE', { name: 'Live Athlete' });
    await next('INVITED');
    const athlete = await accept(app, inv.token);
    await next('INVITATION_ACCEPTED');
    const START = `mutation { startIntake { id } }`;
    await gqlOk(app, START, {}, athlete.token);
    await next('INTAKE_STARTED');
    await gqlOk(app, START, {}, athlete.token); // already started: nothing changed, nothing said
    await gqlOk(app, INTAKE, { input: intake }, athlete.token);
    await next('INTAKE_SUBMITTED');
    const link = { athleteId: athlete.athleteId, coachUserId: coach.userId };
    await gqlOk(app, ASSIGN, { input: { ...link, role: 'HEAD' } }, admin.token);
    await next('ASSIGNED');
    await gqlOk(app, UNASSIGN, { input: link }, admin2.token);
    await next('UNASSIGNED');

    const all = [
      'INVITED',
      'INVITATION_ACCEPTED',
      'INTAKE_STARTED',
      'INTAKE_SUBMITTED',
      'ASSIGNED',
      'UNASSIGNED',
    ];
    expect(changes(seen)).toEqual(all);
    expect(changes(seen2)).toEqual(all);
    // Only what it says: no names, no ids.
    expect(seen.of('onboarding:changed')[0]).toEqual({ change: 'INVITED' });
    await sleep(300);
    for (const r of notSeen) expect(r.of('onboarding:changed')).toEqual([]);
  });
});
