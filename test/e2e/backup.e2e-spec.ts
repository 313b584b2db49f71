import { execFile } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/db';
import { seedDemo } from '../../scripts/seed/demo-seed';

const ROOT = join(__dirname, '..', '..');

/** Runs an npm script's command as `npm run` does (ts-node), against `databaseUrl`. */
function run(script: string, args: string[], databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [
        require.resolve('ts-node/dist/bin'),
        '-r',
        'tsconfig-paths/register',
        '--transpile-only',
        script,
        ...args,
      ],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Exit code 0; on a failure the assertion shows what the script printed on stderr. */
function expectSucceeded(res: { code: number; stderr: string }) {
  expect({ code: res.code, stderr: res.code ? res.stderr : '' }).toEqual({ code: 0, stderr: '' });
}

// Each test starts Node processes (ts-node, a whole app): slow on a busy machine, never timed.
jest.setTimeout(180_000);

/**
 * The demo club kept safe: seed, back up (npm run db:backup), wipe, restore (npm run db:restore), and
 * every row of every table is back, the migrations table included.
 */
describe('Backup and restore (e2e)', () => {
  const base = new URL(process.env.E2E_DATABASE_URL!);
  const dbName = `coachline_backup_${process.pid}`;
  const url = (db: string) => {
    const u = new URL(base.toString());
    u.pathname = `/${db}`;
    return u.toString();
  };
  const sql = async (db: string, text: string) => {
    const c = new Client({ connectionString: url(db) });
    await c.connect();
    try {
      return (await c.query(text)).rows as Array<Record<string, unknown>>;
    } finally {
      await c.end();
    }
  };
  /** Every table's rows, as text, in a stable order: equal snapshots mean the same data. */
  const snapshot = async () => {
    const tables = await sql(
      dbName,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    const out: Record<string, string[]> = {};
    for (const { table_name } of tables) {
      const rows = await sql(dbName, `SELECT t::text AS r FROM "${String(table_name)}" t ORDER BY 1`);
      out[String(table_name)] = rows.map((r) => String(r.r));
    }
    return out;
  };
  const folder = mkdtempSync(join(tmpdir(), 'coachline-backup-'));
  let seeded: Record<string, string[]>;
  let file: string;

  beforeAll(async () => {
    await sql('postgres', `DROP DATABASE IF EXISTS "${dbName}"`);
    await sql('postgres', `CREATE DATABASE "${dbName}"`);
    const ds = new DataSource(buildDataSourceOptions(url(dbName), { poolSize: 2 }));
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await seedDemo(ds, { now: new Date('2025-11-20T12:00:00Z') });
    await ds.destroy();
    seeded = await snapshot();
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await sql('postgres', `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });

  it('should back up every row to a timestamped file', async () => {
    expect(seeded.athlete.length).toBe(24);
    const res = await run('scripts/db-backup.ts', ['backup', '--out', folder], url(dbName));
    expectSucceeded(res);
    const files = readdirSync(folder);
    expect(files).toEqual([expect.stringMatching(/^coachline-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.jsonl\.gz$/)]);
    file = join(folder, files[0]);
    const total = Object.values(seeded).reduce((n, rows) => n + rows.length, 0) - seeded.migrations.length;
    expect(res.stdout).toContain(`backed up database ${dbName} (DATABASE_URL): ${total} rows`);
  });

  it('should restore the same rows into the wiped database', async () => {
    await sql(dbName, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    expect(await snapshot()).toEqual({});
    const res = await run('scripts/db-backup.ts', ['restore', file], url(dbName));
    expectSucceeded(res);
    expect(await snapshot()).toEqual(seeded);
  });

  it('should refuse to restore over data unless replacing is confirmed, and then replace it', async () => {
    await sql(dbName, `UPDATE organization SET name = 'Changed after the backup'`);
    const refused = await run('scripts/db-backup.ts', ['restore', file], url(dbName));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty .*--replace/);
    expect((await sql(dbName, `SELECT DISTINCT name FROM organization`)).map((r) => r.name)).toEqual([
      'Changed after the backup',
    ]);

    const replaced = await run('scripts/db-backup.ts', ['restore', file, '--replace'], url(dbName));
    expectSucceeded(replaced);
    expect(await snapshot()).toEqual(seeded);
  });

  it('should refuse to restore while another session uses the database, and change nothing', async () => {
    await sql(dbName, `UPDATE organization SET name = 'In use'`);
    const other = new Client({ connectionString: url(dbName) });
    await other.connect();
    try {
      const res = await run('scripts/db-backup.ts', ['restore', file, '--replace'], url(dbName));
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/1 other session\(s\) use this database: stop the app/);
    } finally {
      await other.end();
    }
    expect((await sql(dbName, `SELECT DISTINCT name FROM organization`)).map((r) => r.name)).toEqual([
      'In use',
    ]);
    // Right after the other session has gone, a restore goes through.
    const res = await run('scripts/db-backup.ts', ['restore', file, '--replace'], url(dbName));
    expectSucceeded(res);
    expect(await snapshot()).toEqual(seeded);
  });

  it('should leave the database untouched when the backup file is cut short', async () => {
    const cut = join(folder, 'cut.jsonl.gz');
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await sql(dbName, `UPDATE organization SET name = 'Kept'`);
    const res = await run('scripts/db-backup.ts', ['restore', cut, '--replace'], url(dbName));
    expect(res.code).toBe(1);
    expect((await sql(dbName, `SELECT DISTINCT name FROM organization`)).map((r) => r.name)).toEqual([
      'Kept',
    ]);
  });
});
