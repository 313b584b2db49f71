import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays } from '@app/common';
import { createTestApp } from '../helpers/test-app';
import { gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';
import { baseUrl, connectChat, recorder } from '../helpers/socket-client';

const GENERATE = `mutation { generateReviews(input: { wait: true }) { done } }`;
const QUEUE = `{ reviewQueue { items { athleteId status suggestions { id kind severity } } } }`;

async function history(db: DataSource, athleteId: string, orgId: string, today: string, userId: string) {
  for (let i = 28; i >= 1; i--) {
    const date = addDays(today, -i);
    await db.query(
      `INSERT INTO check_in (organization_id, athlete_id, date, sleep_hours, sleep_quality, rmssd, resting_hr,
         soreness, fatigue, stress, mood, illness)
       VALUES ($1, $2, $3, 7.5, 4, $4, 48, 4, 4, 4, 4, 'NONE')`,
      [orgId, athleteId, date, 60 + (i % 5)],
    );
    if (i % 7 !== 3) {
      await db.query(
        `INSERT INTO logged_session (organization_id, athlete_id, date, kind, minutes, srpe, source, logged_by_user_id)
         VALUES ($1, $2, $3, 'RUN', 45, 3, 'MANUAL', $4)`,
        [orgId, athleteId, date, userId],
      );
    }
  }
}

describe('Mid-week: the review queue reacts to life (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    const db = app.get(DataSource);
    club = await createClub(app, 'UTC');
    const today = (await gqlOk(app, `{ athleteToday { date } }`, {}, club.athlete1.token)).athleteToday.date;
    for (const a of [club.athlete1, club.athlete2]) {
      await history(db, a.athleteId!, a.organizationId, today, a.userId);
    }
    await gqlOk(app, GENERATE, {}, club.coachA.token);
  });
  afterAll(() => app.close());

  it('should push review:updated to the coach’s socket when a fever check-in makes the review urgent', async () => {
    const before = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue.items;
    expect(before.find((i: any) => i.athleteId === club.athlete1.athleteId).status).not.toBe('URGENT');
    const coach = await connectChat(baseUrl(app), club.coachA.token);
    const other = await connectChat(baseUrl(app), club.coachB.token);
    const seen = recorder(coach, ['review:updated']);
    const notSeen = recorder(other, ['review:updated']);
    try {
      await gqlOk(
        app,
        `mutation { upsertCheckIn(input: { illness: BELOW_NECK_OR_FEVER, fatigue: 1, note: "fever 38.7" }) { id } }`,
        {},
        club.athlete1.token,
      );
      const event = await seen.waitFor('review:updated', undefined, 20_000);
      expect(event).toMatchObject({ athleteId: club.athlete1.athleteId, status: 'URGENT' });
      expect(event.newlyUrgent.some((id: string) => id.startsWith('ILLNESS_REST:'))).toBe(true);
      const after = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue.items;
      expect(after[0]).toMatchObject({ athleteId: club.athlete1.athleteId, status: 'URGENT' });
      expect(after[0].suggestions[0]).toMatchObject({ kind: 'ILLNESS_REST', severity: 'URGENT' });
      expect(notSeen.of('review:updated')).toEqual([]);
    } finally {
      coach.close();
      other.close();
    }
  });

  it('should push context:proposed to the coach when the athlete’s message carries life context', async () => {
    const coach = await connectChat(baseUrl(app), club.coachA.token);
    const seen = recorder(coach, ['context:proposed']);
    try {
      const conversations = (await gqlOk(app, `{ conversations { id kind } }`, {}, club.athlete2.token))
        .conversations;
      const direct = conversations.find((c: any) => c.kind === 'DIRECT');
      await gqlOk(
        app,
        `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
        {
          input: {
            conversationId: direct.id,
            clientMessageId: '3f0b6a4e-1111-4c1e-9a59-0d5a1e7f2a10',
            body: 'I have to travel for work from Tuesday to Thursday next week',
          },
        },
        club.athlete2.token,
      );
      const event = await seen.waitFor('context:proposed', undefined, 10_000);
      expect(event.athleteId).toBe(club.athlete2.athleteId);
      expect(event.contextEventIds.length).toBeGreaterThan(0);
    } finally {
      coach.close();
    }
  });
});
