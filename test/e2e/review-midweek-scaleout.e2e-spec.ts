import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import { REVIEW_JOBS_OPTIONS } from '../../apps/api/src/modules/reviews/jobs/review-jobs.service';
import { REVIEW_RERUN_QUEUE } from '../../apps/api/src/modules/reviews/jobs/review-rerun.service';
import { AthleteChangeHooks } from '../../apps/api/src/modules/training/athlete-change-hooks';
import { gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';
import { baseUrl, connectChat, recorder, sleep } from '../helpers/socket-client';
import { writeSteadyHistory } from '../helpers/training-history';

const ROOT = join(__dirname, '..', '..');

/** apps/worker as a child process: it takes the re-run jobs; this API instance takes none. */
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
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }, stdio: 'ignore' },
  );
}

describe('Mid-week re-runs across processes (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let worker: ChildProcess;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(REVIEW_JOBS_OPTIONS)
      .useValue({
        runWorkers: false,
        schedule: false,
        batchSize: 10,
        expireInSeconds: 60,
        maintenanceIntervalSeconds: 60,
      })
      .compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    db = app.get(DataSource);
    worker = startWorker();
  });
  afterAll(async () => {
    if (worker.exitCode === null) worker.kill('SIGKILL');
    await app.close();
  });

  it('should re-run once for a burst of triggers, in the worker, and push review:updated to a coach on the API', async () => {
    const club = await createClub(app, 'UTC');
    const a = club.athlete1;
    const today = (await gqlOk(app, `{ athleteToday { date } }`, {}, a.token)).athleteToday.date;
    await writeSteadyHistory(
      db,
      { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
      today,
    );
    // The worker generates the week's review (this API instance runs no jobs).
    await gqlOk(app, `mutation { generateReviews(input: { wait: true }) { done } }`, {}, club.coachA.token);
    const coach = await connectChat(baseUrl(app), club.coachA.token);
    const seen = recorder(coach, ['review:updated']);
    try {
      await gqlOk(
        app,
        `mutation { upsertCheckIn(input: { illness: BELOW_NECK_OR_FEVER, fatigue: 1, note: "fever" }) { id } }`,
        {},
        a.token,
      );
      // A burst: more changes of the same athlete while the re-run waits.
      const hooks = app.get(AthleteChangeHooks);
      for (let i = 0; i < 4; i++) hooks.changed(a.athleteId!, { kind: 'ILLNESS_CHECK_IN' });

      const event = await seen.waitFor('review:updated', undefined, 30_000);
      expect(event).toMatchObject({ athleteId: a.athleteId, status: 'URGENT' });
      expect(event.newlyUrgent.some((id: string) => id.startsWith('ILLNESS_REST:'))).toBe(true);

      const jobs = async () =>
        db.query<Array<{ state: string }>>(
          `SELECT state FROM pgboss.job WHERE name = $1 AND singleton_key = $2`,
          [REVIEW_RERUN_QUEUE, a.athleteId],
        );
      for (let i = 0; i < 100 && (await jobs()).some((j) => j.state !== 'completed'); i++) await sleep(200);
      expect(await jobs()).toEqual([{ state: 'completed' }]);
      expect(seen.of('review:updated')).toHaveLength(1);
    } finally {
      coach.close();
    }
  });
});
