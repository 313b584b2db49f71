import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { localDateIn, weekdayIndex } from '@app/common';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import {
  REVIEW_JOBS_OPTIONS,
  ReviewJobs,
  stepSizeOf,
} from '../../apps/api/src/modules/reviews/jobs/review-jobs.service';
import { comingWeekOf, ReviewGenerator } from '../../apps/api/src/modules/reviews/review-generator.service';
import { addMember, createClub } from '../helpers/factories';
import { sleep } from '../helpers/socket-client';

const ROOT = join(__dirname, '..', '..');

/** apps/worker as a child process, jobs of `batchSize` athletes, jobs lost after 3 s. */
function startWorker(batchSize = 1): ChildProcess {
  return spawn(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin'),
      '-r',
      'tsconfig-paths/register',
      '--transpile-only',
      'apps/worker/src/main.ts',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        REVIEW_JOB_BATCH_SIZE: String(batchSize),
        REVIEW_JOB_EXPIRE_SECONDS: '3',
      },
      stdio: 'ignore',
    },
  );
}

describe('The review worker process (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    // This API instance only enqueues: the worker processes take the jobs.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(REVIEW_JOBS_OPTIONS)
      .useValue({
        runWorkers: false,
        schedule: false,
        batchSize: 1,
        concurrency: 1,
        expireInSeconds: 3,
        maintenanceIntervalSeconds: 3,
      })
      .compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    configureApp(app);
    await app.init();
    db = app.get(DataSource);
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await app.close();
  });

  /**
   * The workers run the real clock's review tick: from the default review time (Sunday 16:00) for a day, it
   * would add the week's SCHEDULED run, with jobs of its own for the same chunks. The club's review time is
   * moved four days back, so no tick is due while the test runs (a landing CI failed on a second job).
   */
  const noTickDue = (organizationId: string) =>
    db.query(`UPDATE organization SET review_weekday = $2, review_time = '12:00' WHERE id = $1`, [
      organizationId,
      (weekdayIndex(localDateIn('UTC', new Date())) + 3) % 7,
    ]);

  const progress = async (runId: string) =>
    (
      await db.query(
        `SELECT count(*) FILTER (WHERE status <> 'PENDING')::int AS settled, count(*)::int AS total
           FROM review_generation_item WHERE run_id = $1`,
        [runId],
      )
    )[0] as { settled: number; total: number };

  it('should resume a run after its worker is killed mid-run, without duplicate reviews', async () => {
    const club = await createClub(app, 'UTC');
    for (let i = 0; i < 22; i++) {
      await addMember(app, club.admin, 'ATHLETE', { coachUserId: club.coachA.userId });
    }
    await noTickDue(club.admin.organizationId);
    const week = comingWeekOf(localDateIn('UTC', new Date()));
    const runId = (await app
      .get(ReviewJobs)
      .createRun(club.admin.organizationId, week, 'MANUAL', null, null))!;
    expect((await progress(runId)).total).toBe(25);

    const first = startWorker();
    children.push(first);
    const until = Date.now() + 150_000;
    while ((await progress(runId)).settled < 3) {
      if (Date.now() > until) throw new Error('the worker never started');
      await sleep(50);
    }
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = await progress(runId);
    expect(atKill.settled).toBeLessThan(atKill.total);

    const second = startWorker();
    children.push(second);
    while ((await progress(runId)).settled < 25) {
      if (Date.now() > until + 60_000) throw new Error('the run never finished');
      await sleep(200);
    }
    second.kill('SIGTERM');
    const reviews = await db.query(
      `SELECT athlete_id, count(*)::int AS n, max(generation) AS generation FROM weekly_review
        WHERE organization_id = $1 AND week_start = $2 GROUP BY athlete_id`,
      [club.admin.organizationId, week],
    );
    expect(reviews).toHaveLength(25);
    expect(reviews.every((r: any) => r.n === 1 && r.generation === 1)).toBe(true);
    const [{ done }] = await db.query(
      `SELECT count(*)::int AS done FROM review_generation_item WHERE run_id = $1 AND status = 'DONE'`,
      [runId],
    );
    expect(done).toBe(25);
  }, 300_000);

  it('should resume a chunk whose worker is killed half-way through it, without duplicates', async () => {
    const club = await createClub(app, 'UTC');
    for (let i = 0; i < 22; i++) {
      await addMember(app, club.admin, 'ATHLETE', { coachUserId: club.coachA.userId });
    }
    const org = club.admin.organizationId;
    await noTickDue(org);
    const week = comingWeekOf(localDateIn('UTC', new Date()));
    // This instance enqueues with jobs of 25: the club's 25 athletes are one chunk (steps of 7).
    const jobs = app.get(ReviewJobs) as unknown as { options: { batchSize: number } };
    const before = jobs.options.batchSize;
    jobs.options.batchSize = 25;
    let runId: string;
    try {
      runId = (await app.get(ReviewJobs).createRun(org, week, 'MANUAL', null, null))!;
    } finally {
      jobs.options.batchSize = before;
    }
    const chunk = async () =>
      (await db.query(
        `SELECT state, retry_count, data FROM pgboss.job WHERE name = 'review-generate' AND singleton_key LIKE $1
         UNION ALL
         SELECT state, retry_count, data FROM pgboss.archive WHERE name = 'review-generate' AND singleton_key LIKE $1`,
        [`${org}:${week}:%`],
      )) as Array<{ state: string; retry_count: number; data: { athleteIds: string[] } }>;
    const [queued] = await chunk();
    expect(queued.data.athleteIds).toHaveLength(25);

    // The first worker must die inside the chunk. Polling for its first step and killing it then raced it (a fast
    // worker settled all 25 before the kill landed): this test holds the generation lock of every athlete after
    // the first step, so the worker stores its first step (7 athletes, in id order) and its next steps wait for
    // the lock, the rest of the chunk undone, until it is killed. The lock is released once it is dead.
    const firstStep = stepSizeOf(25);
    expect(firstStep).toBe(7);
    const held = db.createQueryRunner();
    await held.connect();
    const until = Date.now() + 150_000;
    try {
      await held.startTransaction();
      // Held while a slow worker starts: not ended by the API pool's idle-in-transaction timeout (requestTimeouts).
      await held.query(`SET LOCAL idle_in_transaction_session_timeout = 0`);
      await app.get(ReviewGenerator).lock(held.manager, queued.data.athleteIds.slice(firstStep));
      const first = startWorker(25);
      children.push(first);
      while ((await progress(runId)).settled < firstStep) {
        if (Date.now() > until) throw new Error('the worker never started');
        await sleep(50);
      }
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
    } finally {
      await held.rollbackTransaction();
      await held.release();
    }
    const atKill = await progress(runId);
    expect(atKill.settled).toBe(firstStep); // killed inside the chunk: its first step is stored, the rest is not

    const second = startWorker(25);
    children.push(second);
    while ((await progress(runId)).settled < 25) {
      if (Date.now() > until + 60_000) throw new Error('the chunk never finished');
      await sleep(200);
    }
    second.kill('SIGTERM');
    const reviews = await db.query(
      `SELECT athlete_id, count(*)::int AS n, max(generation) AS generation FROM weekly_review
        WHERE organization_id = $1 AND week_start = $2 GROUP BY athlete_id`,
      [org, week],
    );
    expect(reviews).toHaveLength(25);
    expect(reviews.every((r: any) => r.n === 1 && r.generation === 1)).toBe(true);
    const [{ done }] = await db.query(
      `SELECT count(*)::int AS done FROM review_generation_item WHERE run_id = $1 AND status = 'DONE'`,
      [runId],
    );
    expect(done).toBe(25);
    // The same job, retried after it expired (not a second job for the chunk).
    const after = await chunk();
    expect(after).toHaveLength(1);
    expect(after[0].retry_count).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
