import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { addDays, localDateIn, weekStartOf } from '@app/common';
import {
  EffortType,
  IntervalStructure,
  PlannedSessionEntity,
  PlannedSessionKind,
  PlanStatus,
  WeeklyPlanEntity,
} from '@app/db';
import { createClub } from '../helpers/factories';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createTestApp } from '../helpers/test-app';

const CREATE = `mutation($input: CreateCalendarFeedInput!) { createCalendarFeed(input: $input) { url createdAt } }`;
const REVOKE = `mutation($input: RevokeCalendarFeedInput!) { revokeCalendarFeed(input: $input) }`;

interface SessionSpec {
  date: string;
  kind?: PlannedSessionKind;
  minutes?: number;
  purpose: string;
  intervals?: IntervalStructure;
  /** A zone of a 5-zone model instead of RPE 4. */
  zone5?: number;
}

describe('Calendar feed (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof createClub>>;
  let other: Awaited<ReturnType<typeof createClub>>;
  let thisWeek: string;
  const ids: Record<string, string> = {};

  /** Plans go in through the entities: the plans GraphQL API is not what this spec is about. */
  async function insertPlan(
    athleteId: string,
    weekStart: string,
    version: number,
    status: PlanStatus,
    sessions: SessionSpec[],
  ): Promise<void> {
    const plan = await db.getRepository(WeeklyPlanEntity).save({
      organizationId: club.admin.organizationId,
      athleteId,
      weekStart,
      version,
      status,
      notes: null,
      createdByUserId: club.coachA.userId,
      publishedAt: status === PlanStatus.DRAFT ? null : new Date(),
      publishedByUserId: status === PlanStatus.DRAFT ? null : club.coachA.userId,
    });
    for (const [position, s] of sessions.entries()) {
      const saved = await db.getRepository(PlannedSessionEntity).save({
        planId: plan.id,
        date: s.date,
        position,
        kind: s.kind ?? PlannedSessionKind.RUN,
        minutes: s.minutes ?? 45,
        effortType: s.zone5 ? EffortType.ZONE : EffortType.RPE,
        effortValue: s.zone5 ?? 4,
        zoneScale: s.zone5 ? 5 : null,
        intervals: s.intervals ?? null,
        purpose: s.purpose,
        key: false,
      });
      ids[s.purpose] = saved.id;
    }
  }

  const fetchFeed = (url: string) => request(app.getHttpServer()).get(new URL(url).pathname);

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    club = await createClub(app); // Europe/Oslo
    other = await createClub(app);
    thisWeek = weekStartOf(localDateIn('Europe/Oslo', new Date()));
    const a1 = club.athlete1.athleteId!;
    const wk = (n: number) => addDays(thisWeek, 7 * n);

    await insertPlan(a1, wk(0), 1, PlanStatus.SUPERSEDED, [
      { date: wk(0), purpose: 'Superseded first version' },
    ]);
    await insertPlan(a1, wk(0), 2, PlanStatus.PUBLISHED, [
      { date: wk(0), purpose: 'Easy aerobic run' },
      { date: addDays(wk(0), 1), kind: PlannedSessionKind.REST, minutes: 0, purpose: 'Rest day' },
      {
        date: addDays(wk(0), 2),
        minutes: 50,
        purpose: 'Threshold intervals',
        intervals: {
          repeats: 5,
          workSeconds: 240,
          workEffort: { type: EffortType.RPE, value: 7 },
          recoverySeconds: 120,
          recoveryEffort: { type: EffortType.RPE, value: 3 },
        },
      },
    ]);
    await insertPlan(a1, wk(1), 1, PlanStatus.DRAFT, [{ date: wk(1), purpose: 'Draft only' }]);
    await insertPlan(a1, wk(2), 1, PlanStatus.PUBLISHED, [
      { date: addDays(wk(2), 6), kind: PlannedSessionKind.STRENGTH, minutes: 30, purpose: 'Published ahead' },
    ]);
    await insertPlan(a1, wk(-4), 1, PlanStatus.PUBLISHED, [
      { date: wk(-4), purpose: 'Four weeks back', zone5: 2 },
    ]);
    await insertPlan(a1, wk(-6), 1, PlanStatus.PUBLISHED, [{ date: wk(-6), purpose: 'Six weeks back' }]);
    await insertPlan(club.athlete2.athleteId!, wk(0), 1, PlanStatus.PUBLISHED, [
      { date: wk(0), purpose: 'Another athlete’s run' },
    ]);
  });
  afterAll(() => app.close());

  it('should serve only the published versions as text/calendar when the athlete creates a feed', async () => {
    const { createCalendarFeed: feed } = await gqlOk(
      app,
      CREATE,
      { input: { athleteId: club.athlete1.athleteId } },
      club.athlete1.token,
    );
    expect(feed.url).toMatch(/^https?:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(new Date(feed.createdAt).getTime()).not.toBeNaN();

    const res = await fetchFeed(feed.url);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const body = res.text;
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('X-WR-TIMEZONE:Europe/Oslo');
    for (const included of [
      'Easy aerobic run',
      'Threshold intervals',
      'Published ahead',
      'Four weeks back',
    ]) {
      expect(body).toContain(`UID:${ids[included]}@coachline`);
    }
    for (const excluded of [
      'Superseded first version',
      'Draft only',
      'Six weeks back',
      'Rest day',
      'Another athlete’s run',
    ]) {
      expect(body).not.toContain(ids[excluded]);
    }
    expect(body).toContain('Intervals: 5 × (4 min @ RPE 7\\, 2 min @ RPE 3) — 50 min');
    expect(body).toContain('Run 45 min @ Zone 2 of 5');
    expect(body).toContain(`DTSTART;VALUE=DATE:${thisWeek.replace(/-/g, '')}`);
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    // The current week's event carries the published version as SEQUENCE.
    const currentEvent = body.split('BEGIN:VEVENT').find((e) => e.includes(ids['Easy aerobic run']))!;
    expect(currentEvent).toContain('SEQUENCE:2');

    // Stable between polls: same plan, same bytes.
    expect((await fetchFeed(feed.url)).text).toBe(body);
  });

  it('should kill the old URL when the feed is created again (rotation)', async () => {
    const input = { input: { athleteId: club.athlete1.athleteId } };
    const first = (await gqlOk(app, CREATE, input, club.athlete1.token)).createCalendarFeed.url;
    const second = (await gqlOk(app, CREATE, input, club.athlete1.token)).createCalendarFeed.url;

    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    const [{ active }] = await db.query(
      `SELECT count(*)::int AS active FROM calendar_feed WHERE athlete_id = $1 AND revoked_at IS NULL`,
      [club.athlete1.athleteId],
    );
    expect(active).toBe(1);
  });

  it('should answer 404 after revocation and report whether a feed was active', async () => {
    const input = { input: { athleteId: club.athlete1.athleteId } };
    const url = (await gqlOk(app, CREATE, input, club.athlete1.token)).createCalendarFeed.url;

    expect((await gqlOk(app, REVOKE, input, club.athlete1.token)).revokeCalendarFeed).toBe(true);
    const gone = await fetchFeed(url);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'CALENDAR_FEED_NOT_FOUND' });
    expect((await gqlOk(app, REVOKE, input, club.athlete1.token)).revokeCalendarFeed).toBe(false);
  });

  it('should let an assigned coach revoke but not create the athlete’s feed', async () => {
    const input = { input: { athleteId: club.athlete1.athleteId } };
    const url = (await gqlOk(app, CREATE, input, club.athlete1.token)).createCalendarFeed.url;

    const create = await gql(app, CREATE, input, club.coachA.token);
    expect(errorCode(create)).toBe('FORBIDDEN');
    expect(errorReason(create)).toBe('CALENDAR_FEED_ATHLETE_ONLY');
    expect((await fetchFeed(url)).status).toBe(200); // the refused create did not rotate anything

    expect((await gqlOk(app, REVOKE, input, club.coachA.token)).revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(url)).status).toBe(404);
  });

  it('should reject the wrong side: another athlete, another coach, another organization, no token', async () => {
    const input = { input: { athleteId: club.athlete1.athleteId } };
    const url = (await gqlOk(app, CREATE, input, club.athlete1.token)).createCalendarFeed.url;

    const cases: Array<[string | undefined, string]> = [
      [club.athlete2.token, 'FORBIDDEN'],
      [club.coachB.token, 'FORBIDDEN'],
      [other.athlete1.token, 'NOT_FOUND'],
      [other.admin.token, 'NOT_FOUND'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [token, code] of cases) {
      expect(errorCode(await gql(app, CREATE, input, token))).toBe(code);
      expect(errorCode(await gql(app, REVOKE, input, token))).toBe(code);
    }
    expect(errorCode(await gql(app, CREATE, { input: { athleteId: 'nope' } }, club.athlete1.token))).toBe(
      'BAD_USER_INPUT',
    );
    // None of the refused calls touched the athlete's feed.
    expect((await fetchFeed(url)).status).toBe(200);
  });

  it('should answer 404 for unknown and malformed tokens', async () => {
    const unknown = randomBytes(32).toString('base64url');
    for (const path of [`/calendar/${unknown}.ics`, '/calendar/abc.ics', `/calendar/${unknown}`]) {
      const res = await request(app.getHttpServer()).get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });
});
