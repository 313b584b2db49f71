import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import { AppConfigService } from '../../apps/api/src/config/app-config.service';
import {
  chunkKeyOf,
  PGBOSS_SCHEMA,
  REVIEW_JOBS_OPTIONS,
  REVIEW_TICK_QUEUE,
  ReviewJobs,
  reviewJobsOptionsFrom,
} from '../../apps/api/src/modules/reviews/jobs/review-jobs.service';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { ReviewGenerator } from '../../apps/api/src/modules/reviews/review-generator.service';
import { WeeklyReviewStore } from '../../apps/api/src/modules/reviews/weekly-review.store';
import { createTestApp } from '../helpers/test-app';
import { gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';
import { sleep } from '../helpers/socket-client';

const PROGRESS = `query($runId: ID!) { reviewGeneration(runId: $runId) { runId weekStart total done kept failed finished } }`;
const GENERATE = `mutation { generateReviews { runId weekStart total finished } }`;

/** Waits until every item of the organization's runs for the week is settled. */
async function settled(db: DataSource, organizationId: string, weekStart: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [{ pending, total }] = await db.query(
      `SELECT count(*) FILTER (WHERE i.status = 'PENDING')::int AS pending, count(*)::int AS total
         FROM review_generation_run r JOIN review_generation_item i ON i.run_id = r.id
        WHERE r.organization_id = $1 AND r.week_start = $2`,
      [organizationId, weekStart],
    );
    if (total > 0 && pending === 0) return;
    if (Date.now() > until)
      throw new Error(`generation of ${weekStart} not settled (${pending}/${total} pending)`);
    await sleep(200);
  }
}

describe('Weekly review generation on the job queue (e2e)', () => {
  let a: INestApplication;
  let b: INestApplication;
  let db: DataSource;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestApp(), createTestApp()]);
    db = a.get(DataSource);
  });
  afterAll(async () => {
    for (const app of [a, b]) app?.get(ReviewClock).set(null);
    await Promise.all([a?.close(), b?.close()]);
  });

  const at = (iso: string) => {
    for (const app of [a, b]) app.get(ReviewClock).set(new Date(iso));
    return new Date(iso);
  };

  it('should generate the week’s reviews at the organization’s review time in its own zone, not before', async () => {
    const club = await createClub(a, 'Europe/Oslo'); // default: Sunday 16:00 (UTC+1 in winter)
    const org = club.admin.organizationId;
    const runs = () =>
      db.query(`SELECT week_start::text, trigger FROM review_generation_run WHERE organization_id = $1`, [
        org,
      ]);
    await a.get(ReviewJobs).tick(at('2026-11-29T14:59:00Z'));
    expect(await runs()).toEqual([]);
    await a.get(ReviewJobs).tick(at('2026-11-29T15:00:00Z'));
    expect(await runs()).toEqual([{ week_start: '2026-11-30', trigger: 'SCHEDULED' }]);
    await settled(db, org, '2026-11-30');
    const reviews = await db.query(
      `SELECT r.athlete_id, r.status, r.generation FROM weekly_review r WHERE r.organization_id = $1 AND r.week_start = '2026-11-30'`,
      [org],
    );
    expect(reviews.map((r: any) => r.athlete_id).sort()).toEqual(
      [club.athlete1.athleteId, club.athlete2.athleteId, club.athlete3.athleteId].sort(),
    );
    expect(reviews.every((r: any) => r.status === 'PENDING' && r.generation === 1)).toBe(true);
    // The next tick the same afternoon changes nothing.
    await a.get(ReviewJobs).tick(at('2026-11-29T16:00:00Z'));
    expect(await runs()).toHaveLength(1);
  });

  it('should follow the organization’s own review day and time', async () => {
    const club = await createClub(a, 'America/Los_Angeles');
    const org = club.admin.organizationId;
    await db.query(`UPDATE organization SET review_weekday = 4, review_time = '07:30' WHERE id = $1`, [org]);
    await a.get(ReviewJobs).tick(at('2026-12-04T15:29:00Z')); // Friday 07:29 in Los Angeles
    await a.get(ReviewJobs).tick(at('2026-11-29T15:00:00Z')); // Sunday 07:00 there: not its time
    expect(await db.query(`SELECT 1 FROM review_generation_run WHERE organization_id = $1`, [org])).toEqual(
      [],
    );
    await a.get(ReviewJobs).tick(at('2026-12-04T15:30:00Z'));
    await settled(db, org, '2026-12-07');
  });

  it('should generate once when two instances reach the review time together', async () => {
    const club = await createClub(a, 'UTC');
    const org = club.admin.organizationId;
    const now = at('2026-12-06T16:00:00Z');
    await Promise.all([
      a.get(ReviewJobs).tick(now),
      b.get(ReviewJobs).tick(now),
      a.get(ReviewJobs).tick(now),
    ]);
    const runs = await db.query(`SELECT id FROM review_generation_run WHERE organization_id = $1`, [org]);
    expect(runs).toHaveLength(1);
    await settled(db, org, '2026-12-07');
    const reviews = await db.query(
      `SELECT athlete_id, generation FROM weekly_review WHERE organization_id = $1 AND week_start = '2026-12-07'`,
      [org],
    );
    expect(reviews).toHaveLength(3);
    expect(reviews.every((r: any) => r.generation === 1)).toBe(true);
    // One job for the organization's one chunk (its three athletes in id order), enqueued once.
    const jobs = await db.query(
      `SELECT singleton_key, data, count(*) OVER ()::int AS n FROM (
         SELECT singleton_key, data FROM pgboss.job WHERE name = 'review-generate' AND singleton_key LIKE $1
         UNION ALL
         SELECT singleton_key, data FROM pgboss.archive WHERE name = 'review-generate' AND singleton_key LIKE $1
       ) j`,
      [`${org}:2026-12-07:%`],
    );
    const ids = [club.athlete1, club.athlete2, club.athlete3].map((x) => x.athleteId!).sort();
    expect(jobs).toEqual([
      {
        singleton_key: chunkKeyOf(org, '2026-12-07', ids),
        data: { weekStart: '2026-12-07', athleteIds: ids },
        n: 1,
      },
    ]);
  });

  it('should not count as missing an athlete still in the week before in their own zone, and make theirs from their Monday', async () => {
    const club = await createClub(a, 'Europe/Oslo');
    const la = club.athlete2.athleteId!;
    await db.query(`UPDATE athlete SET timezone = 'America/Los_Angeles' WHERE id = $1`, [la]);
    const QUEUE = `{ reviewQueue { weekStart counts { athletes missing notYetDue } } }`;
    const WAIT = `mutation { generateReviews(input: { wait: true }) { weekStart total done failed } }`;
    const queue = async () => (await gqlOk(a, QUEUE, {}, club.coachA.token)).reviewQueue;
    // Monday 00:30 in Oslo, still Sunday 15:30 in Los Angeles: the club's coming week is 14 December, the
    // athlete's is 7 December.
    at('2026-12-06T23:30:00Z');
    const before = await queue();
    expect(before.weekStart).toBe('2026-12-14');
    const athletes = before.counts.athletes;
    expect(athletes).toBeGreaterThanOrEqual(2);
    expect(before.counts).toEqual({ athletes, missing: athletes - 1, notYetDue: 1 });
    const made = (await gqlOk(a, WAIT, {}, club.coachA.token)).generateReviews;
    expect(made).toMatchObject({ weekStart: '2026-12-14', done: athletes - 1, failed: 1 });
    // Nothing left to generate today: the Generate button (missing > 0) does not stay for an athlete it cannot make.
    expect((await queue()).counts).toEqual({ athletes, missing: 0, notYetDue: 1 });
    // Monday 00:30 in Los Angeles: theirs can be made now.
    at('2026-12-07T08:30:00Z');
    expect((await queue()).counts).toEqual({ athletes, missing: 1, notYetDue: 0 });
    expect((await gqlOk(a, WAIT, {}, club.coachA.token)).generateReviews).toMatchObject({ failed: 0 });
    expect((await queue()).counts).toEqual({ athletes, missing: 0, notYetDue: 0 });
  });

  it('should make the scheduled review of an athlete still in the week before in their own zone from their Monday, not fail it', async () => {
    const club = await createClub(a, 'Europe/Oslo');
    const org = club.admin.organizationId;
    const la = club.athlete2.athleteId!;
    await db.query(`UPDATE athlete SET timezone = 'America/Los_Angeles' WHERE id = $1`, [la]);
    // The club reviews on Monday at 07:00 (Oslo): Sunday 22:00 in Los Angeles.
    await db.query(`UPDATE organization SET review_weekday = 0, review_time = '07:00' WHERE id = $1`, [org]);
    const items = async () =>
      new Map<string, string>(
        (
          await db.query(
            `SELECT i.athlete_id, i.status FROM review_generation_item i JOIN review_generation_run r ON r.id = i.run_id
              WHERE r.organization_id = $1 AND r.week_start = '2026-12-14'`,
            [org],
          )
        ).map((r: any) => [r.athlete_id, r.status]),
      );
    const laJobs = () =>
      db.query(
        `SELECT state, data, round(extract(epoch FROM start_after - created_on))::int AS delay
           FROM pgboss.job WHERE name = 'review-generate' AND data->'athleteIds' = $1::jsonb`,
        [JSON.stringify([la])],
      );
    const reviewOf = (athleteId: string) =>
      db.query(`SELECT status FROM weekly_review WHERE athlete_id = $1 AND week_start = '2026-12-14'`, [
        athleteId,
      ]);
    await a.get(ReviewJobs).tick(at('2026-12-07T06:00:00Z'));
    expect((await items()).size).toBeGreaterThanOrEqual(3);
    let st = await items();
    for (let i = 0; i < 300 && [...st].some(([id, s]) => id !== la && s === 'PENDING'); i++) {
      await sleep(200);
      st = await items();
    }
    const others = [...st.keys()].filter((id) => id !== la);
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const id of others) expect(st.get(id)).toBe('DONE');
    // Not FAILED: pending, with a job of its own for Monday 00:00 in Los Angeles (08:00 UTC, two hours on).
    expect(st.get(la)).toBe('PENDING');
    const [job] = await laJobs();
    expect(job).toMatchObject({ state: 'created', data: { weekStart: '2026-12-14', athleteIds: [la] } });
    expect(job.delay).toBeGreaterThanOrEqual(7200);
    expect(job.delay).toBeLessThanOrEqual(7202);
    expect(await reviewOf(la)).toEqual([]);
    // Their Monday has come: the job runs and makes the review of the club's week.
    at('2026-12-07T08:00:30Z');
    await db.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'review-generate' AND data->'athleteIds' = $1::jsonb`,
      [JSON.stringify([la])],
    );
    await settled(db, org, '2026-12-14');
    expect((await items()).get(la)).toBe('DONE');
    expect(await reviewOf(la)).toEqual([{ status: expect.any(String) }]);
  });

  it('should refuse, not defer, a week asked for further ahead than the athletes’ coming week', async () => {
    const club = await createClub(a, 'UTC');
    at('2026-12-09T10:00:00Z'); // a Wednesday: the coming week starts 2026-12-14; the week after is days away
    const started = (
      await gqlOk(
        a,
        `mutation { generateReviews(input: { weekStart: "2026-12-21" }) { runId weekStart total } }`,
        {},
        club.coachA.token,
      )
    ).generateReviews;
    expect(started).toMatchObject({ weekStart: '2026-12-21', total: 2 });
    let p: any;
    for (let i = 0; i < 200; i++) {
      p = (await gqlOk(a, PROGRESS, { runId: started.runId }, club.coachA.token)).reviewGeneration;
      if (p.finished) break;
      await sleep(200);
    }
    expect(p).toMatchObject({ total: 2, done: 0, failed: 2, finished: true });
    const deferred = await db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'review-generate' AND state = 'created'
          AND data->>'weekStart' = '2026-12-21' AND data->'athleteIds' ?| $1::text[]`,
      [[club.athlete1.athleteId, club.athlete2.athleteId]],
    );
    expect(deferred).toEqual([{ n: 0 }]);
  });

  it('should run generateReviews on the queue and report its progress', async () => {
    const club = await createClub(a, 'UTC');
    at('2026-12-09T10:00:00Z'); // a Wednesday: the coming week starts 2026-12-14
    const started = (await gqlOk(a, GENERATE, {}, club.coachA.token)).generateReviews;
    expect(started).toMatchObject({ weekStart: '2026-12-14', total: 2 });
    expect(started.runId).toBeTruthy();
    let p: any;
    for (let i = 0; i < 200; i++) {
      p = (await gqlOk(a, PROGRESS, { runId: started.runId }, club.coachA.token)).reviewGeneration;
      if (p.finished) break;
      await sleep(200);
    }
    expect(p).toMatchObject({ total: 2, done: 2, failed: 0, finished: true });
  });

  describe('one athlete failing inside a chunk', () => {
    afterEach(() => jest.restoreAllMocks());

    /** Both instances work jobs: the failure is injected in both. */
    const spyOnBoth = <T extends object>(
      token: new (...a: never[]) => T,
      method: keyof T & string,
      impl: (orig: (...a: any[]) => any, ...a: any[]) => any,
    ) => {
      for (const app of [a, b]) {
        const target = app.get(token) as any;
        const orig = target[method].bind(target);
        jest.spyOn(target, method as any).mockImplementation((...args: any[]) => impl(orig, ...args));
      }
    };

    const runOf = async (runId: string) => {
      const rows = await db.query(
        `SELECT i.athlete_id, i.status FROM review_generation_item i WHERE i.run_id = $1`,
        [runId],
      );
      return new Map<string, string>(rows.map((r: any) => [r.athlete_id, r.status]));
    };
    const waitSettled = async (runId: string) => {
      for (let i = 0; i < 300; i++) {
        const items = await runOf(runId);
        if ([...items.values()].every((st) => st !== 'PENDING')) return items;
        await sleep(200);
      }
      throw new Error('the run never settled');
    };
    const chunkJob = async (org: string, week: string) =>
      (
        await db.query(
          `SELECT state, retry_count FROM pgboss.job WHERE name = 'review-generate' AND singleton_key LIKE $1
           UNION ALL
           SELECT state, retry_count FROM pgboss.archive WHERE name = 'review-generate' AND singleton_key LIKE $1`,
          [`${org}:${week}:%`],
        )
      )[0] as { state: string; retry_count: number };

    it('should mark only the athlete whose review throws FAILED, store the others, and not retry the chunk', async () => {
      const club = await createClub(a, 'UTC');
      const org = club.admin.organizationId;
      const bad = club.athlete2.athleteId!;
      at('2026-12-16T10:00:00Z'); // the coming week starts 2026-12-21
      spyOnBoth(ReviewGenerator, 'reviewOne', (orig, d, ...rest) => {
        if (d.athlete.id === bad) throw new Error('the engine choked on this athlete');
        return orig(d, ...rest);
      });
      const started = (await gqlOk(a, GENERATE, {}, club.admin.token)).generateReviews;
      expect(started.total).toBe(3);
      const items = await waitSettled(started.runId);
      expect(items.get(bad)).toBe('FAILED');
      expect(items.get(club.athlete1.athleteId!)).toBe('DONE');
      expect(items.get(club.athlete3.athleteId!)).toBe('DONE');
      const stored = await db.query(
        `SELECT athlete_id FROM weekly_review WHERE organization_id = $1 AND week_start = '2026-12-21'`,
        [org],
      );
      expect(stored.map((r: any) => r.athlete_id).sort()).toEqual(
        [club.athlete1.athleteId, club.athlete3.athleteId].sort(),
      );
      const p = (await gqlOk(a, PROGRESS, { runId: started.runId }, club.admin.token)).reviewGeneration;
      expect(p).toMatchObject({ total: 3, done: 2, failed: 1, finished: true });
      // The chunk's job completed on its first attempt: one bad athlete is not retried with the others.
      for (let i = 0; i < 50 && (await chunkJob(org, '2026-12-21')).state !== 'completed'; i++)
        await sleep(100);
      expect(await chunkJob(org, '2026-12-21')).toEqual({ state: 'completed', retry_count: 0 });
    });

    it('should write each athlete alone when the chunk’s writes are refused, failing only the one refused', async () => {
      const club = await createClub(a, 'UTC');
      const org = club.admin.organizationId;
      const bad = club.athlete3.athleteId!;
      at('2026-12-23T10:00:00Z'); // the coming week starts 2026-12-28
      spyOnBoth(WeeklyReviewStore, 'saveMany', (orig, em, batch: any[]) => {
        // Not a database outage: a row the database refuses (as a constraint or a bad value would).
        if (batch.some((r) => r.athleteId === bad))
          return Promise.reject(Object.assign(new Error('value out of range'), { code: '22003' }));
        return orig(em, batch);
      });
      const started = (await gqlOk(a, GENERATE, {}, club.admin.token)).generateReviews;
      const items = await waitSettled(started.runId);
      expect(Object.fromEntries(items)).toEqual({
        [club.athlete1.athleteId!]: 'DONE',
        [club.athlete2.athleteId!]: 'DONE',
        [bad]: 'FAILED',
      });
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM weekly_review WHERE organization_id = $1 AND week_start = '2026-12-28'`,
        [org],
      );
      expect(n).toBe(2);
      for (let i = 0; i < 50 && (await chunkJob(org, '2026-12-28')).state !== 'completed'; i++)
        await sleep(100);
      expect(await chunkJob(org, '2026-12-28')).toEqual({ state: 'completed', retry_count: 0 });
    });

    it('should retry the chunk when the database is unavailable, and then store every athlete once', async () => {
      const club = await createClub(a, 'UTC');
      const org = club.admin.organizationId;
      at('2026-12-30T10:00:00Z'); // the coming week starts 2027-01-04
      let outages = 1;
      // The outage hits this club's chunk: a write of a re-run left over from an earlier test (its club's athlete,
      // retried by the queue) had taken it once, and the chunk then ran on its first attempt (landing CI).
      const ours = new Set([club.athlete1.athleteId, club.athlete2.athleteId, club.athlete3.athleteId]);
      spyOnBoth(WeeklyReviewStore, 'saveMany', (orig, em, batch: any[]) => {
        if (batch.length === ours.size && batch.every((r) => ours.has(r.athleteId)) && outages-- > 0)
          return Promise.reject(Object.assign(new Error('Connection terminated unexpectedly')));
        return orig(em, batch);
      });
      const started = (await gqlOk(a, GENERATE, {}, club.admin.token)).generateReviews;
      const items = await waitSettled(started.runId);
      expect([...items.values()]).toEqual(['DONE', 'DONE', 'DONE']);
      const reviews = await db.query(
        `SELECT generation FROM weekly_review WHERE organization_id = $1 AND week_start = '2027-01-04'`,
        [org],
      );
      expect(reviews.map((r: any) => r.generation)).toEqual([1, 1, 1]);
      expect((await chunkJob(org, '2027-01-04')).retry_count).toBe(1);
    });
  });

  /**
   * The per-minute tick creates each organization's weekly run at its review time on the real clock. The
   * tests run with REVIEW_SCHEDULE=false (test/setup/env.ts) and call `tick()` with the time they mean: a
   * tick of their own, on a Sunday afternoon, would add runs and jobs to the clubs they count.
   */
  describe('REVIEW_SCHEDULE', () => {
    /** Queues one tick job as pg-boss's schedule does, and says what became of it within `ms`. */
    async function tickJobAfter(ms: number): Promise<string> {
      const boss = new PgBoss({
        connectionString: a.get(AppConfigService).databaseUrl,
        schema: PGBOSS_SCHEMA,
        max: 1,
        schedule: false,
        supervise: false,
      });
      await boss.start();
      try {
        const id = await boss.send(REVIEW_TICK_QUEUE, {});
        expect(id).toBeTruthy();
        const until = Date.now() + ms;
        let state = 'created';
        while (Date.now() < until) {
          [{ state }] = await db.query(`SELECT state FROM ${PGBOSS_SCHEMA}.job WHERE id = $1`, [id]);
          if (state !== 'created') break;
          await sleep(250);
        }
        await boss.deleteJob(REVIEW_TICK_QUEUE, id!);
        return state;
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    }

    it('should be off in the tests (test/setup/env.ts)', () => {
      expect(a.get(AppConfigService).reviewJobs.schedule).toBe(false);
    });

    it('off: a process working the review jobs leaves the tick alone; on: it runs it', async () => {
      // The test apps (schedule off) work the generation jobs but never take a tick.
      expect(await tickJobAfter(7_000)).toBe('created');
      // An instance with the schedule on takes it within its polling interval (5 s) and runs the tick. Its
      // tick is counted, not run: on the real clock it would make runs for every club in the database.
      const tick = jest.spyOn(ReviewJobs.prototype, 'tick').mockResolvedValue([]);
      const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
        .overrideProvider(REVIEW_JOBS_OPTIONS)
        .useFactory({
          inject: [AppConfigService],
          factory: (c: AppConfigService) => ({ ...reviewJobsOptionsFrom(c), schedule: true }),
        })
        .compile();
      const on = moduleRef.createNestApplication({ bufferLogs: true });
      configureApp(on);
      try {
        await on.init();
        const calls = tick.mock.calls.length;
        expect(await tickJobAfter(15_000)).not.toBe('created');
        expect(tick.mock.calls.length).toBeGreaterThan(calls);
        // Its pg-boss schedule is what sends a tick each minute.
        const [row] = await db.query(`SELECT cron FROM ${PGBOSS_SCHEMA}.schedule WHERE name = $1`, [
          REVIEW_TICK_QUEUE,
        ]);
        expect(row).toEqual({ cron: '* * * * *' });
      } finally {
        tick.mockRestore();
        await on.close();
        // Leave no schedule behind for another test process's timekeeper.
        await db.query(`DELETE FROM ${PGBOSS_SCHEMA}.schedule WHERE name = $1`, [REVIEW_TICK_QUEUE]);
      }
    }, 60_000);
  });
});
