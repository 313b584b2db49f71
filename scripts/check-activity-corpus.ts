/**
 * `npm run check:activity-corpus`: imports every file of the shared real-world activity corpus
 * (`../shared/fixtures/activity-corpus`, beside the clone; or ACTIVITY_CORPUS_DIR) through the real import
 * path — the HTTP upload, the import service and a migrated PostgreSQL — and compares what was stored with
 * the corpus's REFERENCE.json (values read by independent parsers):
 *
 * - `accept` files: imported, with start, elapsed time, moving (timer) time, distance and average HR within
 *   2 % (or 1 minute for times) of the reference;
 * - `reject` files: refused with BAD_USER_INPUT and the expected reason (FILE_CORRUPT for damaged files,
 *   FILE_UNSUPPORTED for files that are not a recorded activity), and nothing written;
 * - `either` files: imported within tolerance, or refused with a reason — both are fine.
 *
 * Prints a summary and every miss with its reason; exits 1 when anything misses. Without the corpus folder
 * it says so and exits 0 (the project installs and tests without it).
 *
 * Database: its own `coachline_corpus` database beside TEST_DATABASE_URL / DATABASE_URL when one is set,
 * else an embedded server (`.data/postgres-corpus`, port CORPUS_EMBEDDED_PG_PORT or 54349).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';

const ROOT = resolve(__dirname, '..');
const CORPUS = resolve(ROOT, process.env.ACTIVITY_CORPUS_DIR ?? '../shared/fixtures/activity-corpus');

/** Relative tolerance for every compared value. */
const RELATIVE = 0.02;
/** Absolute tolerance for times (s): one minute, the unit sessions are logged in. */
const TIME_SLACK_S = 60;

/**
 * Where this importer deliberately reads a file differently from REFERENCE.json, with why. A listed value is
 * excused only when it is exactly the one given here, so a change of behaviour still shows as a miss.
 */
const DELIBERATE_DIFFERENCES: Record<string, { distanceMeters: number; why: string }> = {
  'fitparse__20170518-191602-1740899583.fit': {
    distanceMeters: 6163,
    why:
      'a Concept2 PM5 row (ErgIQ app) whose developer field declared as replacing session total_distance ' +
      'holds 6163 m (native field 0); the reference parser ignores that declaration',
  },
};

interface Expect {
  outcome: 'accept' | 'reject' | 'either';
  startTime?: string;
  durationSeconds?: number;
  timerSeconds?: number | null;
  distanceMeters?: number | null;
  avgHr?: number | null;
  sport?: string | null;
  why?: string;
}

interface Reference {
  format: string;
  expect: Expect;
}

interface Outcome {
  file: string;
  expected: Expect['outcome'];
  got: 'accepted' | 'refused' | 'error';
  ok: boolean;
  problems: string[];
  detail: string;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function recreate(adminUrl: string, db: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${db}"`);
  } finally {
    await c.end();
  }
}

/** A fresh, migrated database; returns its URL and how to stop an embedded server. */
async function prepareDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  let url: string;
  let stop = async () => {};
  const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (server) {
    await recreate(withDatabase(server, 'postgres'), 'coachline_corpus');
    url = withDatabase(server, 'coachline_corpus');
  } else {
    const { startEmbeddedPostgres } = await import('../libs/db/src/embedded-postgres');
    const pg = await startEmbeddedPostgres({
      dataDir: join(ROOT, '.data', 'postgres-corpus'),
      port: Number(process.env.CORPUS_EMBEDDED_PG_PORT ?? 54349),
      database: 'postgres',
    });
    await recreate(pg.adminUrl, 'coachline_corpus');
    url = withDatabase(pg.adminUrl, 'coachline_corpus');
    stop = () => pg.stop();
  }
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
  return { url, stop };
}

/** The reason a `reject` file must be refused with: damaged files are FILE_CORRUPT, the rest unsupported. */
function expectedReason(ref: Reference, manifestWhat: string): string {
  const text = `${ref.expect.why ?? ''} ${manifestWhat}`;
  return /truncated|CRC|corrupt|cut off/i.test(text) ? 'FILE_CORRUPT' : 'FILE_UNSUPPORTED';
}

function close(actual: number | null, expected: number, absolute: number): boolean {
  if (actual === null) return false;
  return Math.abs(actual - expected) <= Math.max(absolute, Math.abs(expected) * RELATIVE);
}

interface StoredSession {
  startedAt: string | null;
  minutes: number;
  elapsedSeconds?: number | null;
  movingSeconds?: number | null;
  distanceMeters: number | null;
  averageHr: number | null;
  kind: string;
}

/** Every difference between a stored session and the reference, as readable problems. */
function compare(session: StoredSession, e: Expect): string[] {
  const problems: string[] = [];
  if (e.startTime) {
    const delta = session.startedAt ? Math.abs(Date.parse(session.startedAt) - Date.parse(e.startTime)) : NaN;
    if (!(delta <= TIME_SLACK_S * 1000)) {
      problems.push(`start ${session.startedAt} vs ${e.startTime}`);
    }
  }
  const elapsed = session.elapsedSeconds ?? session.minutes * 60;
  if (e.durationSeconds != null && !close(elapsed, e.durationSeconds, TIME_SLACK_S)) {
    problems.push(`elapsed ${elapsed} s vs ${round(e.durationSeconds)} s`);
  }
  if (e.timerSeconds != null) {
    const moving = session.movingSeconds ?? session.minutes * 60;
    if (!close(moving, e.timerSeconds, TIME_SLACK_S)) {
      problems.push(`moving ${moving} s vs ${round(e.timerSeconds)} s`);
    }
  }
  // The session's minutes are the moving time (what its load is computed from).
  const movingRef = e.timerSeconds ?? e.durationSeconds;
  if (movingRef != null && !close(session.minutes * 60, movingRef, TIME_SLACK_S)) {
    problems.push(`minutes ${session.minutes} vs ${round(movingRef / 60)} min of moving time`);
  }
  if (e.distanceMeters !== undefined) {
    if (e.distanceMeters === null || e.distanceMeters === 0) {
      if (session.distanceMeters !== null && session.distanceMeters !== 0) {
        problems.push(`distance ${session.distanceMeters} m vs none`);
      }
    } else if (!close(session.distanceMeters, e.distanceMeters, 1)) {
      problems.push(`distance ${session.distanceMeters} m vs ${round(e.distanceMeters)} m`);
    }
  }
  if (e.avgHr !== undefined) {
    if (e.avgHr === null) {
      if (session.averageHr !== null) problems.push(`average HR ${session.averageHr} vs none`);
    } else if (!close(session.averageHr, e.avgHr, 1)) {
      problems.push(`average HR ${session.averageHr} vs ${round(e.avgHr)}`);
    }
  }
  return problems;
}

const round = (n: number): number => Math.round(n * 10) / 10;

async function main(): Promise<number> {
  if (!existsSync(join(CORPUS, 'REFERENCE.json'))) {
    console.log(
      `check:activity-corpus: skipped, no corpus at ${CORPUS} (it lives in ../shared beside the clone; set ACTIVITY_CORPUS_DIR to point elsewhere).`,
    );
    return 0;
  }
  const t0 = Date.now();
  const references = JSON.parse(readFileSync(join(CORPUS, 'REFERENCE.json'), 'utf8')) as Record<
    string,
    Reference
  >;
  const manifest = new Map<string, string>();
  if (existsSync(join(CORPUS, 'MANIFEST.tsv'))) {
    for (const line of readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1)) {
      const cols = line.split('\t');
      if (cols.length >= 9) manifest.set(cols[0], cols[8]);
    }
  }

  const db = await prepareDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  process.env.JWT_SECRET = process.env.JWT_SECRET ?? 'coachline-corpus-check-secret-0123456789abcdef';
  process.env.LOGIN_MAX_ATTEMPTS_PER_IP = process.env.LOGIN_MAX_ATTEMPTS_PER_IP ?? '1000000';

  // Loaded after the environment is set: the app reads it at import time.
  const { createTestApp } = await import('../test/helpers/test-app');
  const { createClub } = await import('../test/helpers/factories');
  const { DataSource } = await import('typeorm');
  const app = await createTestApp();
  const outcomes: Outcome[] = [];
  try {
    const dataSource = app.get(DataSource);
    const club = await createClub(app, 'UTC');
    const athlete = club.athlete1;
    const count = async (): Promise<number> =>
      Number(
        (
          await dataSource.query(`SELECT count(*)::int AS n FROM logged_session WHERE athlete_id = $1`, [
            athlete.athleteId,
          ])
        )[0].n,
      );

    for (const [file, ref] of Object.entries(references)) {
      const path = join(CORPUS, file);
      if (!existsSync(path)) {
        outcomes.push({
          file,
          expected: ref.expect.outcome,
          got: 'error',
          ok: false,
          problems: ['missing from the corpus folder'],
          detail: '',
        });
        continue;
      }
      const before = await count();
      const res = await request(app.getHttpServer())
        .post(`/athletes/${athlete.athleteId}/activity-files`)
        .set('authorization', `Bearer ${athlete.token}`)
        .attach('file', readFileSync(path), file);
      const after = await count();
      const e = ref.expect;
      const problems: string[] = [];
      let got: Outcome['got'];
      let detail: string;

      if (res.status === 201 || res.status === 200) {
        got = 'accepted';
        const s = res.body.session as StoredSession;
        const notes = (res.body.notes ?? []) as string[];
        detail = `${s.kind}, ${s.minutes} min moving, ${s.elapsedSeconds ?? '?'} s elapsed, ${s.distanceMeters ?? '-'} m, HR ${s.averageHr ?? '-'}${notes.length ? ` (${notes.join(' ')})` : ''}`;
        if (res.status !== 201) problems.push(`answered ${res.status} (duplicate) for a new file`);
        if (after !== before + 1) problems.push(`${after - before} rows written instead of 1`);
        const deliberate = DELIBERATE_DIFFERENCES[file];
        if (e.outcome === 'reject') problems.push(`accepted, should be refused (${e.why ?? ''})`);
        else if (deliberate && s.distanceMeters === deliberate.distanceMeters) {
          problems.push(...compare(s, { ...e, distanceMeters: deliberate.distanceMeters }));
          detail += ` [differs from the reference by design: ${deliberate.why}]`;
        } else problems.push(...compare(s, e));
      } else if (res.status === 400 && res.body?.error?.code === 'BAD_USER_INPUT') {
        got = 'refused';
        const reason = String(res.body.error.reason);
        detail = `${reason}: ${res.body.error.message}`;
        if (after !== before) problems.push(`refused but ${after - before} rows written`);
        if (e.outcome === 'accept') problems.push(`refused, should be imported`);
        if (e.outcome === 'reject') {
          const want = expectedReason(ref, manifest.get(file) ?? '');
          if (reason !== want) problems.push(`reason ${reason}, expected ${want} (${e.why ?? ''})`);
        }
        if (!String(res.body.error.message ?? '').includes(file)) {
          problems.push('the message does not name the file');
        }
      } else {
        got = 'error';
        detail = `HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
        problems.push(`unexpected answer ${res.status}`);
      }
      outcomes.push({ file, expected: e.outcome, got, ok: problems.length === 0, problems, detail });
    }
  } finally {
    await app.close();
    await db.stop();
  }

  const accepted = outcomes.filter((o) => o.got === 'accepted');
  const refused = outcomes.filter((o) => o.got === 'refused');
  const misses = outcomes.filter((o) => !o.ok);
  const width = Math.max(...outcomes.map((o) => o.file.length));
  console.log(`\nActivity corpus (${CORPUS}): ${outcomes.length} files`);
  for (const o of outcomes) {
    console.log(
      `${o.ok ? ' ok ' : 'MISS'} ${o.file.padEnd(width)} ${o.expected.padEnd(6)} → ${o.got.padEnd(8)} ${o.detail}`,
    );
  }
  const byExpect = (kind: Expect['outcome']) => outcomes.filter((o) => o.expected === kind);
  console.log(
    `\nSummary: ${accepted.length} accepted, ${refused.length} refused, ${outcomes.length - accepted.length - refused.length} errors; ` +
      `accept files within tolerance ${byExpect('accept').filter((o) => o.ok).length}/${byExpect('accept').length}, ` +
      `reject files refused with the right reason and nothing written ${byExpect('reject').filter((o) => o.ok).length}/${byExpect('reject').length}, ` +
      `either files fine ${byExpect('either').filter((o) => o.ok).length}/${byExpect('either').length} ` +
      `(${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  if (misses.length > 0) {
    console.log(`\n${misses.length} misses:`);
    for (const m of misses) console.log(`- ${m.file} (${m.expected}): ${m.problems.join('; ')}`);
    return 1;
  }
  const deliberate = outcomes.filter((o) => o.detail.includes('by design'));
  if (deliberate.length > 0) {
    console.log(`\nRead differently from REFERENCE.json by design (not misses):`);
    for (const o of deliberate) console.log(`- ${o.file}: ${DELIBERATE_DIFFERENCES[o.file].why}`);
  }
  console.log('All files as expected.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
