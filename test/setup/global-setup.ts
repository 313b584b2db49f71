/**
 * Once per e2e run: a fresh database with every migration applied.
 * - TEST_DATABASE_URL: used as is (its public schema is reset).
 * - else DATABASE_URL: a sibling database `coachline_e2e` on the same server is recreated.
 * - else (a fresh machine with no PostgreSQL): the embedded server is started from `.data/postgres-test`.
 * Specs then create their own organizations with unique emails, so they never collide.
 */
import { execFileSync } from 'child_process';
import { createConnection } from 'net';
import { join } from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../libs/db/src/embedded-postgres';

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
    const pg = await startEmbeddedPostgres({
      dataDir: join(ROOT, '.data', 'postgres-test'),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
      database: 'postgres',
    });
    (globalThis as { __embeddedPg?: { stop(): Promise<void> } }).__embeddedPg = pg;
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
