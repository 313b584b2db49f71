/**
 * Once per e2e run: a fresh database with every migration applied.
 * - TEST_DATABASE_URL: used as is (its public schema is reset).
 * - else DATABASE_URL: a sibling database `coachline_e2e` on the same server is recreated.
 * - else (a fresh machine with no PostgreSQL): an embedded server of its own, in a folder of its own
 *   (`.data/postgres-test-<run>`, removed by the teardown) on a free port (TEST_EMBEDDED_PG_PORT to pin
 *   one), so two runs on one machine never share a port or a data folder.
 * Specs then create their own organizations with unique emails, so they never collide.
 */
import { execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import { rmSync } from 'fs';
import { createConnection } from 'net';
import { join } from 'path';
import { Client } from 'pg';
import { freePort, startEmbeddedPostgres } from '../../libs/db/src/embedded-postgres';

const ROOT = join(__dirname, '..', '..');

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function recreate(adminUrl: string, db: string) {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${db}"`);
  } finally {
    await c.end();
  }
}

/** Whether something answers on the Redis port (the scale-out e2e needs Redis). */
function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export default async function globalSetup() {
  process.env.E2E_REDIS_AVAILABLE = (await reachable(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'))
    ? '1'
    : '0';
  const t0 = Date.now();
  let url: string;
  if (process.env.TEST_DATABASE_URL) {
    url = process.env.TEST_DATABASE_URL;
    const c = new Client({ connectionString: url });
    await c.connect();
    await c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE');
    await c.end();
  } else if (process.env.DATABASE_URL) {
    await recreate(withDatabase(process.env.DATABASE_URL, 'postgres'), 'coachline_e2e');
    url = withDatabase(process.env.DATABASE_URL, 'coachline_e2e');
  } else {
    const dataDir = join(ROOT, '.data', `postgres-test-${process.pid}-${randomBytes(3).toString('hex')}`);
    const pinned = process.env.TEST_EMBEDDED_PG_PORT ? Number(process.env.TEST_EMBEDDED_PG_PORT) : undefined;
    let pg: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
    // A free port can be taken by someone else between the probe and PostgreSQL's bind: try another.
    for (let attempt = 1; !pg; attempt++) {
      try {
        pg = await startEmbeddedPostgres({
          dataDir,
          port: pinned ?? (await freePort()),
          database: 'postgres',
        });
      } catch (e) {
        if (pinned || attempt >= 3 || !/already in use/i.test((e as Error).message)) {
          rmSync(dataDir, { recursive: true, force: true });
          throw e;
        }
      }
    }
    const stop = pg.stop;
    (globalThis as { __embeddedPg?: { stop(): Promise<void> } }).__embeddedPg = {
      stop: async () => {
        await stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
    await recreate(pg.adminUrl, 'coachline_e2e');
    url = withDatabase(pg.adminUrl, 'coachline_e2e');
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
  process.env.DATABASE_URL = url;
  process.env.E2E_DATABASE_URL = url;
  console.log(`\n[e2e] database ready in ${Date.now() - t0} ms`);
}
