import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { localDateIn } from '@app/common';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import { REVIEW_JOBS_OPTIONS, ReviewJobs } from '../../apps/api/src/modules/reviews/jobs/review-jobs.service';
import { comingWeekOf } from '../../apps/api/src/modules/reviews/review-generator.service';
import { addMember, createClub } from '../helpers/factories';
import { sleep } from '../helpers/socket-client';

const ROOT = join(__dirname, '..', '..');

/** apps/worker as a child process, one job per fetch, jobs lost after 3 s. */
function startWorker(): ChildProcess {
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
        REVIEW_JOB_BATCH_SIZE: '1',
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
      .useValue({ runWorkers: false, batchSize: 1, expireInSeconds: 3, maintenanceIntervalSeconds: 3 })
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
});
