/**
 * Weekly review benchmark (issue #10): N athletes with a year of history in PostgreSQL, the week's reviews
 * generated THROUGH THE JOB QUEUE as the app runs it (an admin's `generateReviews` mutation enqueues one
 * pg-boss job per chunk of REVIEW_JOB_BATCH_SIZE athletes, the API's own workers take REVIEW_JOB_CONCURRENCY
 * chunks at once, progress is polled with `reviewGeneration`), then `reviewQueue` latency for a coach logged
 * in through the API.
 *
 *   npm run bench:reviews                                   # 10,000 athletes, rosters of 500, 200 requests
 *   npm run bench:reviews -- --athletes 1000 --roster 500 --requests 200 [--batch 100] [--concurrency 2] [--fresh]
 *   npm run bench:reviews -- --seed-only                    # create (or check) the seeded database only
 *   BENCH_ADMIN_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (default). The seeded database
 *   `coachline_reviews_bench` is kept between runs when its parameters match (recorded in COMMENT ON
 *   DATABASE); `--fresh` reseeds. Every run deletes the previous run's reviews and jobs first.
 *
 * The API runs in this process (AppModule wired as main.ts wires it) so its QueryCounter can count the SQL
 * of each request; its RSS is sampled every 100 ms and the kernel's high-water mark (VmHWM) is printed too.
 * Ceilings measured in the same run, on the same machine at the same load: a bare `SELECT 1` round-trip
 * rate, and the loader + engine alone over the same athletes (no queue, no store): the ratios say how much
 * of a slow figure is the machine rather than the code. HTTP clients share the process with the server.
 */
import 'reflect-metadata';
import { execFileSync } from 'child_process';
import { loadavg } from 'os';
import { readFileSync } from 'fs';
import { Client } from 'pg';
import { adminUrl, arg, fmt, percentile, ROOT, sleep } from './chat-bench-utils';
import { BENCH_PASSWORD, seedReviewBench } from './review-bench-data';

const ATHLETES = arg('athletes', 10_000);
const ROSTER = arg('roster', 500);
const REQUESTS = arg('requests', 200);
const BATCH = arg('batch', 100);
const CONCURRENCY = arg('concurrency', 2);
const PORT = arg('port', 3110);
const FRESH = process.argv.includes('--fresh');
const SEED_ONLY = process.argv.includes('--seed-only');
const DAYS = 365;
const DB_NAME = process.env.BENCH_REVIEWS_DB ?? 'coachline_reviews_bench';
const SMALL_ROSTER = 50;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const mb = (b: number) => `${fmt(b / 2 ** 20)} MB`;
const procStatus = (key: string) => {
  const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
};
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

function dbUrl(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

function migrate(url: string) {
  execFileSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin'),
      '-r',
      'tsconfig-paths/register',
      '--transpile-only',
      'scripts/db-cli.ts',
      'run',
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' },
  );
}

/** The seeded database, reused when its recorded parameters match (seeding 10,000 athletes takes minutes). */
async function benchDatabase(): Promise<{ url: string; today: string; seededNow: boolean }> {
  const today = new Date().toISOString().slice(0, 10);
  const params = { athletes: ATHLETES, roster: ROSTER, days: DAYS, v: 1 };
  const key = JSON.stringify(params);
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [DB_NAME],
    );
    const url = dbUrl(DB_NAME);
    const recorded = rows[0]?.comment
      ? (JSON.parse(rows[0].comment) as { key: string; today: string })
      : null;
    if (!FRESH && recorded?.key === key) {
      migrate(url); // new migrations since the seed, if any
      log(`reusing ${DB_NAME} (seeded ${recorded.today} with ${key}); --fresh reseeds`);
      return { url, today: recorded.today, seededNow: false };
    }
    await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${DB_NAME}"`);
    migrate(url);
    const t0 = Date.now();
    const data = await seedReviewBench(url, {
      athletes: ATHLETES,
      days: DAYS,
      rosterSize: ROSTER,
      today,
      log,
    });
    log(
      `seeded ${data.athletes} athletes, ${data.sessions} sessions, ${data.checkIns} check-ins in ${fmt((Date.now() - t0) / 1000)} s`,
    );
    const comment = JSON.stringify({ key, today }).replace(/'/g, "''");
    await admin.query(`COMMENT ON DATABASE "${DB_NAME}" IS '${comment}'`);
    return { url, today, seededNow: true };
  } finally {
    await admin.end();
  }
}

/** Removes what a previous run made (reviews, runs, jobs) and adds an admin and a 50-athlete coach. */
async function prepare(url: string) {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(`DELETE FROM weekly_review`); // suggestions cascade
    await db.query(`DELETE FROM review_decision`);
    await db.query(`DELETE FROM review_generation_run`);
    await db.query(`DELETE FROM review_generation_item`);
    await db.query(`DROP SCHEMA IF EXISTS pgboss CASCADE`); // the app recreates it at start
    const [{ id: org, password_hash: hash }] = (
      await db.query(
        `SELECT o.id, u.password_hash FROM organization o JOIN membership m ON m.organization_id = o.id
           JOIN app_user u ON u.id = m.user_id WHERE o.name = 'Bench Club' AND m.role = 'COACH' LIMIT 1`,
      )
    ).rows;
    await db.query(
      `WITH u AS (INSERT INTO app_user (email, name, password_hash)
                  VALUES ('bench-admin@bench.test', 'Bench Admin', $2), ('bench-coach-small@bench.test', 'Small Coach', $2)
                  ON CONFLICT DO NOTHING RETURNING id, email)
       INSERT INTO membership (organization_id, user_id, role)
       SELECT $1, id, CASE WHEN email LIKE 'bench-admin%' THEN 'ADMIN'::role ELSE 'COACH'::role END FROM u`,
      [org, hash],
    );
    // The small coach assists the first SMALL_ROSTER athletes of coach 1.
    await db.query(
      `INSERT INTO coach_assignment (organization_id, athlete_id, coach_user_id, role)
       SELECT $1, ca.athlete_id, s.id, 'ASSISTANT'
         FROM (SELECT ca.athlete_id FROM coach_assignment ca JOIN app_user c ON c.id = ca.coach_user_id
                WHERE c.email = 'bench-coach-1@bench.test' AND ca.removed_at IS NULL
                ORDER BY ca.athlete_id LIMIT $2) ca,
              (SELECT id FROM app_user WHERE email = 'bench-coach-small@bench.test') s
       ON CONFLICT DO NOTHING`,
      [org, SMALL_ROSTER],
    );
    await db.query('VACUUM ANALYZE weekly_review');
  } finally {
    await db.end();
  }
}

async function main() {
  const load0 = load();
  log(
    `reviews bench: ${ATHLETES} athletes, rosters of ${ROSTER}, ${REQUESTS} queue requests, jobs of ${BATCH} athletes, ${CONCURRENCY} at once`,
  );
  log(`load average at start: ${load0} (2 cores shared: every figure below is a lower bound)`);
  const { url } = await benchDatabase();
  if (SEED_ONLY) return;
  await prepare(url);

  Object.assign(process.env, {
    NODE_ENV: 'production',
    PORT: String(PORT),
    DATABASE_URL: url,
    REDIS_URL: '',
    JWT_SECRET: 'coachline-bench-secret-0123456789abcdef0123',
    LOG_LEVEL: 'warn',
    REVIEW_JOBS_IN_API: 'true',
    REVIEW_JOB_BATCH_SIZE: String(BATCH),
    REVIEW_JOB_CONCURRENCY: String(CONCURRENCY),
  });
  // Loaded only now: the app reads its environment when its modules are built.
  const { NestFactory } = require('@nestjs/core') as typeof import('@nestjs/core');
  const { AppModule, queryCounter } =
    require('../apps/api/src/app.module') as typeof import('../apps/api/src/app.module');
  const { configureApp } = require('../apps/api/src/app.setup') as typeof import('../apps/api/src/app.setup');
  const { ReviewJobs, stepSizeOf } =
    require('../apps/api/src/modules/reviews/jobs/review-jobs.service') as typeof import('../apps/api/src/modules/reviews/jobs/review-jobs.service');
  const { ReviewGenerator } =
    require('../apps/api/src/modules/reviews/review-generator.service') as typeof import('../apps/api/src/modules/reviews/review-generator.service');
  const { ReviewDataLoader } =
    require('../apps/api/src/modules/reviews/review-data.loader') as typeof import('../apps/api/src/modules/reviews/review-data.loader');
  const { WeeklyReviewStore } =
    require('../apps/api/src/modules/reviews/weekly-review.store') as typeof import('../apps/api/src/modules/reviews/weekly-review.store');
  const { toReviewInput } =
    require('../apps/api/src/modules/reviews/review-input.mapper') as typeof import('../apps/api/src/modules/reviews/review-input.mapper');
  const { reviewAthlete } = require('@app/engine') as typeof import('@app/engine');
  const { localDateIn, addDays } = require('@app/common') as typeof import('@app/common');

  const app = await NestFactory.create(AppModule, { bufferLogs: true, logger: ['error', 'warn'] });
  configureApp(app);
  await app.listen(PORT, '127.0.0.1');
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const gql = async <T>(token: string | null, query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    };
    /** Setup calls (logins) retried while the API says it is busy (a loaded machine). */
    const gqlRetry = async <T>(
      token: string | null,
      query: string,
      variables: Record<string, unknown> = {},
    ) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await gql<T>(token, query, variables);
        } catch (e) {
          if (attempt >= 10 || !String(e).includes('"retryable":true')) throw e;
          log(`  busy, retrying: ${String(e).slice(0, 120)}`);
          await sleep(1000);
        }
      }
    };
    const login = async (email: string) =>
      (
        await gqlRetry<{ login: { accessToken: string } }>(
          null,
          `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email, password: BENCH_PASSWORD } },
        )
      ).login.accessToken;

    // --- where generation time goes: wrap the app's own instances (timing only, behaviour unchanged) ---
    // With REVIEW_JOB_CONCURRENCY > 1 the async figures (loader, store, handler) are busy times summed over
    // the concurrent jobs, so they overlap; the engine's is synchronous CPU time on the event loop.
    const timers = {
      chunks: 0,
      handlerMs: 0,
      loadMs: 0,
      loads: 0,
      engineMs: 0,
      reviewed: 0,
      saveMs: 0,
      saves: 0,
      saved: 0,
    };
    const jobs = app.get(ReviewJobs);
    const loader = app.get(ReviewDataLoader);
    const store = app.get(WeeklyReviewStore);
    const generator = app.get(ReviewGenerator);
    const wrap = <O extends object, K extends keyof O>(
      o: O,
      k: K,
      done: (ms: number, args: unknown[]) => void,
    ) => {
      const orig = (o[k] as (...a: unknown[]) => Promise<unknown>).bind(o);
      (o as Record<K, unknown>)[k] = async (...a: unknown[]) => {
        const t = performance.now();
        try {
          return await orig(...a);
        } finally {
          done(performance.now() - t, a);
        }
      };
    };
    wrap(jobs, 'generate', (ms, a) => {
      timers.chunks += (a[0] as unknown[]).length;
      timers.handlerMs += ms;
    });
    wrap(loader, 'load', (ms) => {
      timers.loadMs += ms;
      timers.loads++;
    });
    wrap(store, 'saveMany', (ms, a) => {
      timers.saveMs += ms;
      timers.saves++;
      timers.saved += (a[1] as unknown[]).length;
    });
    const reviewOne = generator.reviewOne.bind(generator);
    generator.reviewOne = (...a: Parameters<typeof reviewOne>) => {
      const t = performance.now();
      try {
        return reviewOne(...a);
      } finally {
        timers.engineMs += performance.now() - t;
        timers.reviewed++;
      }
    };
    // pg-boss's own statements (its pool, not TypeORM's): fetches, completions, maintenance.
    let bossStatements = 0;
    const bossDb = (
      jobs as unknown as { boss: { getDb(): { executeSql: (...a: unknown[]) => unknown } } }
    ).boss.getDb();
    const executeSql = bossDb.executeSql.bind(bossDb);
    bossDb.executeSql = (...a: unknown[]) => {
      bossStatements++;
      return executeSql(...a);
    };

    // --- generation through the queue ---
    const adminToken = await login('bench-admin@bench.test');
    let peakRss = process.memoryUsage().rss;
    const rssStart = peakRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const q0 = queryCounter.count;
    const boss0 = bossStatements;
    let polls = 0;
    const started = await gqlRetry<{ generateReviews: { runId: string; weekStart: string; total: number } }>(
      adminToken,
      `mutation { generateReviews(input: { wait: false }) { runId weekStart total } }`,
    );
    const { runId, weekStart, total } = started.generateReviews;
    const enqueuedMs = performance.now() - t0;
    log(`run ${runId}: ${total} athletes enqueued for the week of ${weekStart} in ${fmt(enqueuedMs, 0)} ms`);
    type Progress = { total: number; done: number; kept: number; failed: number; finished: boolean };
    let p: Progress = { total, done: 0, kept: 0, failed: 0, finished: false };
    let lastLog = 0;
    for (;;) {
      polls++;
      try {
        p = (
          await gql<{ reviewGeneration: Progress }>(
            adminToken,
            `query($id: ID!) { reviewGeneration(runId: $id) { total done kept failed finished } }`,
            { id: runId },
          )
        ).reviewGeneration;
      } catch (e) {
        // A poll the API could not answer (SERVICE_UNAVAILABLE under load) is reported, not fatal.
        log(`  progress poll failed: ${String(e).slice(0, 200)}`);
        await sleep(1000);
        continue;
      }
      if (p.finished) break;
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(
          `  ${p.done + p.kept + p.failed}/${p.total} (${fmt((performance.now() - t0) / 1000)} s, load ${load()})`,
        );
      }
      await sleep(250);
    }
    const e2eMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const runStatements = queryCounter.count - q0;
    const runBossStatements = bossStatements - boss0;
    clearInterval(sampler);
    // What one progress poll costs (auth + progress), to leave the polls out of the per-athlete count.
    queryCounter.reset();
    await gql(adminToken, `query($id: ID!) { reviewGeneration(runId: $id) { finished } }`, { id: runId });
    const perPoll = queryCounter.count;
    const [{ stored }] = (
      await db.query(`SELECT count(*)::int AS stored FROM weekly_review WHERE week_start = $1`, [weekStart])
    ).rows;
    const perS = stored / (e2eMs / 1000);
    // The generateReviews mutation's own few statements (auth, roster, run and items) stay in: once per run.
    const genStatements = runStatements - polls * perPoll;

    console.log('');
    console.log(`GENERATION (through pg-boss: jobs of ${BATCH} athletes, ${CONCURRENCY} at once)`);
    console.log(
      `  stored          ${stored}/${ATHLETES} reviews (done ${p.done}, kept ${p.kept}, failed ${p.failed})`,
    );
    console.log(
      `  end-to-end      ${fmt(e2eMs / 1000, 2)} s (mutation → reviewGeneration finished), target < 60 s`,
    );
    console.log(`  throughput      ${fmt(perS)} athletes/s`);
    console.log(
      `  memory          RSS ${mb(rssStart)} before → peak ${mb(peakRss)} sampled every 100 ms; VmHWM ${mb(procStatus('VmHWM'))} (the API process, which runs the workers)`,
    );
    console.log(
      `  node CPU        ${fmt(cpuMs / 1000, 2)} s over ${fmt(e2eMs / 1000, 2)} s (${fmt((cpuMs / e2eMs) * 100)} % of one core; ${fmt(cpuMs / stored, 2)} ms/athlete): the API process's share`,
    );
    console.log(
      `  SQL statements  ${fmt(genStatements / stored, 3)} per athlete through TypeORM (${genStatements} for ${timers.chunks} chunks, ${fmt(genStatements / Math.max(1, timers.chunks))} per chunk; ${polls} progress polls of ${perPoll} left out) + ${fmt(runBossStatements / stored, 3)} per athlete by pg-boss (${runBossStatements})`,
    );
    console.log(
      `  where the time goes (busy time summed over ${CONCURRENCY} concurrent jobs, so the async parts overlap each other and the engine):`,
    );
    const share = (ms: number) =>
      `${fmt(ms / 1000, 2)} s  ${fmt((ms / e2eMs) * 100)} % of e2e  ${fmt(ms / stored, 2)} ms/athlete`;
    console.log(`    loader queries      ${share(timers.loadMs)}  (${timers.loads} loads)`);
    console.log(
      `    engine + mapping    ${share(timers.engineMs)}  (CPU on the event loop, ${timers.reviewed} reviews)`,
    );
    console.log(
      `    store writes        ${share(timers.saveMs)}  (${timers.saves} saveMany of ${fmt(timers.saved / Math.max(1, timers.saves))} reviews)`,
    );
    console.log(`    inside job handlers ${share(timers.handlerMs)}  (${timers.chunks} chunks)`);
    console.log(
      `    no job handler running (pg-boss fetch, polling, enqueue) ≈ ${share(Math.max(0, e2eMs - timers.handlerMs / CONCURRENCY))} (e2e − handler time / concurrency)`,
    );

    // --- ceilings: same machine, same moment ---
    const ids = (await db.query<{ id: string }>(`SELECT id FROM athlete ORDER BY id LIMIT 1000`)).rows.map(
      (r) => r.id,
    );
    const now = new Date();
    let ceilLoadMs = 0;
    let ceilEngineMs = 0;
    let ceilMapMs = 0;
    let n = 0;
    const orig = Object.getPrototypeOf(loader) as InstanceType<typeof ReviewDataLoader>;
    const step = stepSizeOf(BATCH);
    for (let i = 0; i < ids.length; i += step) {
      const l0 = performance.now();
      const data = await orig.load.call(loader, ids.slice(i, i + step), now);
      ceilLoadMs += performance.now() - l0;
      const e0 = performance.now();
      for (const d of data.values()) {
        const today = localDateIn(d.athlete.tz, now);
        const reviewDate = addDays(weekStart, -1) < today ? addDays(weekStart, -1) : today;
        const m0 = performance.now();
        const input = toReviewInput(d, reviewDate);
        ceilMapMs += performance.now() - m0;
        reviewAthlete(input);
        n++;
      }
      ceilEngineMs += performance.now() - e0;
    }
    const s1 = performance.now();
    let selects = 0;
    while (performance.now() - s1 < 2000) {
      await db.query('SELECT 1');
      selects++;
    }
    const select1PerS = selects / ((performance.now() - s1) / 1000);
    const engineOnlyPerS = n / (ceilEngineMs / 1000);
    const loadEnginePerS = n / ((ceilLoadMs + ceilEngineMs) / 1000);
    console.log('');
    console.log(
      `CEILINGS (same run, ${n} athletes, loads of ${stepSizeOf(BATCH)} as a job's steps, one after another, no queue, no store)`,
    );
    console.log(
      `  engine alone          ${fmt(engineOnlyPerS)} athletes/s  → queue run reaches ${fmt((perS / engineOnlyPerS) * 100)} % of it`,
    );
    console.log(
      `  loader + engine       ${fmt(loadEnginePerS)} athletes/s  → queue run reaches ${fmt((perS / loadEnginePerS) * 100)} % of it`,
    );
    console.log(
      `  of which the mapper   ${fmt((ceilMapMs / ceilEngineMs) * 100)} % (toReviewInput; the rest is reviewAthlete, cold: no warm-up)`,
    );
    console.log(`  SELECT 1 round trips  ${fmt(select1PerS)} /s (${fmt(1000 / select1PerS, 2)} ms each)`);
    console.log(
      `  10,000 athletes at the engine-alone rate would take ${fmt(10_000 / engineOnlyPerS)} s; at loader+engine ${fmt(10_000 / loadEnginePerS)} s`,
    );

    // --- reviewQueue for a coach, through the API ---
    // prepare() analysed weekly_review empty; 10,000 rows later the planner needs to know (autovacuum would
    // do this in its own time, which a loaded machine delays).
    await db.query('ANALYZE weekly_review, weekly_review_suggestion');
    const QUEUE = `query($after: String) { reviewQueue(after: $after) { weekStart finished
        counts { todo } items { id athleteId athleteName workflowStatus }
        pageInfo { endCursor hasNextPage } } }`;
    type Page = {
      reviewQueue: { items: unknown[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    };
    const queueRun = async (email: string, requests: number) => {
      const token = await login(email);
      const cursors: Array<string | null> = [null];
      for (let k = 0; k < 3; k++) {
        const page = await gql<Page>(token, QUEUE, { after: cursors[cursors.length - 1] });
        if (!page.reviewQueue.pageInfo.hasNextPage || !page.reviewQueue.pageInfo.endCursor) break;
        cursors.push(page.reviewQueue.pageInfo.endCursor);
      }
      for (let w = 0; w < 10; w++) await gql<Page>(token, QUEUE, { after: cursors[w % cursors.length] }); // warm-up
      const ms: number[] = [];
      const counts = new Map<string, Map<number, number>>();
      let items = 0;
      for (let i = 0; i < requests; i++) {
        const which = i % cursors.length;
        queryCounter.reset();
        const r0 = performance.now();
        const page = await gql<Page>(token, QUEUE, { after: cursors[which] });
        ms.push(performance.now() - r0);
        const label = which === 0 ? 'default page' : `keyset page ${which + 1}`;
        const byCount = counts.get(label) ?? new Map<number, number>();
        byCount.set(queryCounter.count, (byCount.get(queryCounter.count) ?? 0) + 1);
        counts.set(label, byCount);
        items = Math.max(items, page.reviewQueue.items.length);
      }
      ms.sort((a, b) => a - b);
      return { ms, counts, pages: cursors.length, items };
    };
    const trivial: number[] = [];
    for (let i = 0; i < 60; i++) {
      const r0 = performance.now();
      await gql<unknown>(null, `{ __typename }`);
      if (i >= 10) trivial.push(performance.now() - r0);
    }
    trivial.sort((a, b) => a - b);
    const big = await queueRun('bench-coach-1@bench.test', REQUESTS);
    const small = await queueRun('bench-coach-small@bench.test', Math.min(REQUESTS, 50));
    const rosterOf1 = Math.min(ROSTER, ATHLETES);
    const fmtCounts = (c: Map<string, Map<number, number>>) =>
      [...c].map(([k, v]) => `${k}: ${[...v].map(([q, times]) => `${q} (×${times})`).join(' ')}`).join(', ');
    console.log('');
    console.log(
      `REVIEW QUEUE (coach logged in through the API, ${REQUESTS} requests over ${big.pages} pages of ≤${big.items})`,
    );
    console.log(
      `  ${rosterOf1}-athlete roster  p50 ${fmt(percentile(big.ms, 50))} ms  p95 ${fmt(percentile(big.ms, 95))} ms  max ${fmt(big.ms[big.ms.length - 1])} ms  (target p95 < 50 ms)`,
    );
    console.log(
      `  ceiling: \`{ __typename }\` through the same HTTP + GraphQL stack p50 ${fmt(percentile(trivial, 50))} ms  p95 ${fmt(percentile(trivial, 95))} ms`,
    );
    console.log(`  SQL queries per request, ${rosterOf1}-athlete roster: ${fmtCounts(big.counts)}`);
    console.log(
      `  SQL queries per request, ${SMALL_ROSTER}-athlete roster:  ${fmtCounts(small.counts)}  (p50 ${fmt(percentile(small.ms, 50))} ms, ${small.ms.length} requests)`,
    );
    const load1 = load();
    console.log('');
    console.log(
      `load average: start ${load0}, end ${load1} (2 cores; the machine is shared, figures are noisy)`,
    );
    console.log(
      `\nJSON ${JSON.stringify({
        athletes: ATHLETES,
        stored,
        batch: BATCH,
        e2eSeconds: e2eMs / 1000,
        athletesPerSecond: perS,
        peakRssMB: peakRss / 2 ** 20,
        vmHwmMB: procStatus('VmHWM') / 2 ** 20,
        concurrency: CONCURRENCY,
        nodeCpuSeconds: cpuMs / 1000,
        sqlPerAthlete: genStatements / stored,
        pgBossSqlPerAthlete: runBossStatements / stored,
        loaderSeconds: timers.loadMs / 1000,
        engineSeconds: timers.engineMs / 1000,
        storeSeconds: timers.saveMs / 1000,
        insideHandlersSeconds: timers.handlerMs / 1000,
        engineAlonePerSecond: engineOnlyPerS,
        loaderEnginePerSecond: loadEnginePerS,
        select1PerSecond: select1PerS,
        queueP50ms: percentile(big.ms, 50),
        queueP95ms: percentile(big.ms, 95),
        trivialGraphqlP50ms: percentile(trivial, 50),
        mapperShareOfEngine: ceilMapMs / ceilEngineMs,
        queriesPerRequest: Object.fromEntries([...big.counts].map(([k, v]) => [k, Object.fromEntries(v)])),
        queriesPerRequestSmall: Object.fromEntries(
          [...small.counts].map(([k, v]) => [k, Object.fromEntries(v)]),
        ),
        loadStart: load0,
        loadEnd: load1,
      })}`,
    );
  } finally {
    await db.end();
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
