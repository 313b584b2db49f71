import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReviewJobs } from '../../apps/api/src/modules/reviews/jobs/review-jobs.service';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { addMember, createClub } from '../helpers/factories';

const SETTINGS = `query { organization { id timezone reviewWeekday reviewTime } }`;
const UPDATE = `mutation($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) { id timezone reviewWeekday reviewTime }
}`;
const COACHES = `query($first: Int) { coaches(first: $first) { userId name email athleteCount isAdmin } }`;

describe('Organization settings and coaches, for admins (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;
  let other: Awaited<ReturnType<typeof createClub>>;

  beforeAll(async () => {
    app = await createTestApp();
    [club, other] = [await createClub(app, 'Europe/Oslo'), await createClub(app, 'UTC')];
  });
  afterAll(async () => {
    app?.get(ReviewClock).set(null);
    await app?.close();
  });

  describe('coaches', () => {
    it('should list the organization’s coaches by name with their current athlete counts', async () => {
      const { coaches } = await gqlOk(app, COACHES, {}, club.admin.token);
      expect(coaches).toEqual([
        {
          userId: club.coachA.userId,
          name: 'Coach Alpha',
          email: club.coachA.email,
          athleteCount: 2,
          isAdmin: false,
        },
        {
          userId: club.coachB.userId,
          name: 'Coach Bravo',
          email: club.coachB.email,
          athleteCount: 1,
          isAdmin: false,
        },
      ]);
    });

    it('should include a coach without athletes and honour first', async () => {
      const admin = (await gqlOk(app, COACHES, {}, other.admin.token)).coaches;
      const fresh = await addMember(app, other.admin, 'COACH', { name: 'Aaron New' });
      const after = (await gqlOk(app, COACHES, {}, other.admin.token)).coaches;
      expect(after).toHaveLength(admin.length + 1);
      expect(after[0]).toMatchObject({ userId: fresh.userId, name: 'Aaron New', athleteCount: 0 });
      expect((await gqlOk(app, COACHES, { first: 1 }, other.admin.token)).coaches).toHaveLength(1);
    });

    it('should never list another organization’s coaches', async () => {
      const ids = (await gqlOk(app, COACHES, {}, other.admin.token)).coaches.map((c: any) => c.userId);
      expect(ids).not.toContain(club.coachA.userId);
      expect(ids).not.toContain(club.coachB.userId);
    });

    it.each([
      ['a coach', () => club.coachA.token],
      ['an athlete', () => club.athlete1.token],
    ])('should refuse %s with FORBIDDEN / ROLE_REQUIRED', async (_who, token) => {
      const res = await gql(app, COACHES, {}, token());
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(errorReason(res)).toBe('ROLE_REQUIRED');
      expect(res.data).toBeNull();
    });

    it('should refuse a page size out of range with a typed error', async () => {
      for (const first of [0, 201]) {
        const res = await gql(app, COACHES, { first }, club.admin.token);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('updateOrganizationSettings', () => {
    it('should change the time zone and the weekly review day and time, only the fields given', async () => {
      const changed = (
        await gqlOk(
          app,
          UPDATE,
          { input: { timezone: 'America/Los_Angeles', reviewWeekday: 4, reviewTime: '07:30' } },
          club.admin.token,
        )
      ).updateOrganizationSettings;
      expect(changed).toEqual({
        id: club.admin.organizationId,
        timezone: 'America/Los_Angeles',
        reviewWeekday: 4,
        reviewTime: '07:30',
      });
      const partial = (await gqlOk(app, UPDATE, { input: { reviewTime: '08:15' } }, club.admin.token))
        .updateOrganizationSettings;
      expect(partial).toMatchObject({
        timezone: 'America/Los_Angeles',
        reviewWeekday: 4,
        reviewTime: '08:15',
      });
      expect((await gqlOk(app, SETTINGS, {}, club.coachA.token)).organization).toEqual(partial);
    });

    it('should be what the weekly review schedule follows', async () => {
      const org = other.admin.organizationId;
      await gqlOk(
        app,
        UPDATE,
        { input: { timezone: 'America/Los_Angeles', reviewWeekday: 4, reviewTime: '07:30' } },
        other.admin.token,
      );
      const runs = () =>
        app
          .get(DataSource)
          .query(`SELECT week_start::text, trigger FROM review_generation_run WHERE organization_id = $1`, [
            org,
          ]);
      const tick = (iso: string) => {
        app.get(ReviewClock).set(new Date(iso));
        return app.get(ReviewJobs).tick(new Date(iso));
      };
      await tick('2026-12-04T15:29:00Z'); // Friday 07:29 in Los Angeles: not yet
      await tick('2026-12-06T16:00:00Z'); // Sunday 08:00 there: the old default (UTC Sunday 16:00) is gone
      expect(await runs()).toEqual([]);
      await tick('2026-12-04T15:30:00Z');
      expect(await runs()).toEqual([{ week_start: '2026-12-07', trigger: 'SCHEDULED' }]);
    });

    it.each([
      [{ timezone: 'Mars/Olympus' }, 'INVALID_TIMEZONE'],
      [{ timezone: '+01:00' }, 'INVALID_TIMEZONE'],
      [{ timezone: '' }, 'INVALID_TIMEZONE'],
      [{ reviewWeekday: 7 }, 'INVALID_REVIEW_WEEKDAY'],
      [{ reviewWeekday: -1 }, 'INVALID_REVIEW_WEEKDAY'],
      [{ reviewTime: '24:00' }, 'INVALID_REVIEW_TIME'],
      [{ reviewTime: '7:30' }, 'INVALID_REVIEW_TIME'],
      [{ reviewTime: '07:60' }, 'INVALID_REVIEW_TIME'],
      [{}, 'NOTHING_TO_UPDATE'],
    ])('should refuse %j with BAD_USER_INPUT / %s and change nothing', async (input, reason) => {
      const before = (await gqlOk(app, SETTINGS, {}, club.admin.token)).organization;
      const res = await gql(app, UPDATE, { input }, club.admin.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorReason(res)).toBe(reason);
      expect(res.errors![0].message).toMatch(/timezone|reviewWeekday|reviewTime/);
      expect((await gqlOk(app, SETTINGS, {}, club.admin.token)).organization).toEqual(before);
    });

    it.each([
      ['a coach', () => club.coachA.token],
      ['an athlete', () => club.athlete1.token],
    ])('should refuse %s with FORBIDDEN and change nothing', async (_who, token) => {
      const before = (await gqlOk(app, SETTINGS, {}, club.admin.token)).organization;
      const res = await gql(app, UPDATE, { input: { reviewTime: '05:00' } }, token());
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(errorReason(res)).toBe('ROLE_REQUIRED');
      expect((await gqlOk(app, SETTINGS, {}, club.admin.token)).organization).toEqual(before);
    });

    it('should only ever change the caller’s own organization (another organization’s admin)', async () => {
      const before = (await gqlOk(app, SETTINGS, {}, club.admin.token)).organization;
      const res = (await gqlOk(app, UPDATE, { input: { reviewTime: '05:45' } }, other.admin.token))
        .updateOrganizationSettings;
      expect(res.id).toBe(other.admin.organizationId);
      expect((await gqlOk(app, SETTINGS, {}, club.admin.token)).organization).toEqual(before);
    });

    it('should refuse anonymous callers', async () => {
      const res = await gql(app, UPDATE, { input: { reviewTime: '05:00' } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });
  });
});
