import { randomBytes } from 'crypto';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { QueueDb } from '../../apps/api/src/modules/reviews/jobs/queue-db';
import { sleep } from '../helpers/socket-client';
import { TcpProxy } from '../helpers/tcp-proxy';

/**
 * The job queue's connections (QueueDb) when the database goes away just as a worker has finished a job.
 * pg-boss 10 writes that outcome without awaiting it: through its own pool, the failed write rejected with no
 * handler, which ends a Node process (and, here, fails the spec as an unhandled rejection). The queue runs
 * in a schema of its own, through a TCP proxy the spec cuts, so the shared PostgreSQL is never touched.
 */
describe('Job queue: a job finished while the database is away (e2e)', () => {
  const schema = `pgboss_outage_${randomBytes(3).toString('hex')}`;
  let proxy: TcpProxy;
  let db: Client;
  const bosses: PgBoss[] = [];

  beforeAll(async () => {
    const target = new URL(process.env.DATABASE_URL as string);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    db = new Client({ connectionString: target.toString() });
    await db.connect();
  });
  afterEach(async () => {
    proxy.up();
    for (const boss of bosses.splice(0)) await boss.stop({ graceful: false, wait: true });
  });
  afterAll(async () => {
    await db?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db?.end();
    await proxy?.close();
  });

  const failures: { message: string; willRetry: boolean }[] = [];
  async function startQueue(retryDelaysMs: number[]) {
    failures.length = 0;
    const queueDb = new QueueDb({
      connectionString: proxy.url(process.env.DATABASE_URL as string),
      schema,
      max: 2,
      applicationName: 'coachline-queue-outage-spec',
      outcomeRetryDelaysMs: retryDelaysMs,
      onOutcomeWriteFailed: (e, willRetry) => failures.push({ message: e.message, willRetry }),
    });
    const boss = new PgBoss({
      db: queueDb,
      schema,
      supervise: true,
      maintenanceIntervalSeconds: 1,
      schedule: false,
    });
    boss.on('error', () => undefined); // fetches fail while the proxy is down: pg-boss reports them here
    bosses.push(boss);
    await boss.start();
    return boss;
  }
  const stateOf = async (id: string) =>
    (await db.query(`SELECT state FROM ${schema}.job WHERE id = $1`, [id])).rows[0]?.state as
      string | undefined;
  async function until(what: () => Promise<boolean>, ms: number) {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await what()) return true;
      await sleep(100);
    }
    return false;
  }

  it('should record a job completed during an outage once the database is back, without running it again', async () => {
    const boss = await startQueue([300, 300, 300, 300, 300, 300, 300, 300, 300, 300]);
    await boss.createQueue('outage-complete', {
      name: 'outage-complete',
      retryLimit: 2,
      expireInSeconds: 60,
    });
    let runs = 0;
    await boss.work('outage-complete', { pollingIntervalSeconds: 0.5 }, async () => {
      runs++;
      proxy.down(); // the job is done; its outcome is written as the database goes away
      setTimeout(() => proxy.up(), 1_200);
    });
    const id = (await boss.send('outage-complete', {})) as string;

    expect(await until(async () => (await stateOf(id)) === 'completed', 15_000)).toBe(true);
    expect(runs).toBe(1);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f.willRetry)).toBe(true);
  });

  it('should leave a job that failed during an outage to expire (its failure never tried twice), then run it again', async () => {
    const boss = await startQueue([300, 300, 300, 300, 300, 300, 300, 300, 300, 300]);
    await boss.createQueue('outage-fail', { name: 'outage-fail', retryLimit: 2, expireInSeconds: 1 });
    let runs = 0;
    await boss.work('outage-fail', { pollingIntervalSeconds: 0.5 }, async () => {
      runs++;
      if (runs > 1) return;
      proxy.down();
      throw new Error('the job failed');
    });
    const id = (await boss.send('outage-fail', {})) as string;

    expect(await until(async () => failures.length > 0, 10_000)).toBe(true);
    // A failure is written once: a second try could fail an attempt another worker has taken since.
    await sleep(700);
    expect(failures.map((f) => f.willRetry)).toEqual([false]);
    proxy.up();
    expect(await stateOf(id)).toBe('active');
    expect(await until(async () => (await stateOf(id)) === 'completed', 20_000)).toBe(true);
    expect(runs).toBe(2);
  });

  it('should give the write up after its tries, leaving the job to expire and run again once the database is back', async () => {
    const boss = await startQueue([100]);
    await boss.createQueue('outage-expire', { name: 'outage-expire', retryLimit: 2, expireInSeconds: 1 });
    let runs = 0;
    await boss.work('outage-expire', { pollingIntervalSeconds: 0.5 }, async () => {
      runs++;
      if (runs === 1) proxy.down();
    });
    const id = (await boss.send('outage-expire', {})) as string;

    expect(await until(async () => failures.some((f) => !f.willRetry), 10_000)).toBe(true);
    expect(failures.map((f) => f.willRetry)).toEqual([true, false]);
    proxy.up();
    expect(await stateOf(id)).toBe('active'); // its outcome was never written
    // pg-boss's maintenance fails it by timeout (1 s), and it runs again.
    expect(await until(async () => (await stateOf(id)) === 'completed', 20_000)).toBe(true);
    expect(runs).toBe(2);
  });
});
