import { execFileSync } from 'child_process';
import { join } from 'path';
import { Client } from 'pg';
import { startAppProcess } from '../helpers/app-process';

// Each test starts Node processes (ts-node, a whole app): slow on a busy machine, never timed.
jest.setTimeout(180_000);

/**
 * An upgrade that is rolled back in code but not in the database: the app (and `migration:run`) must
 * refuse a database that has migrations the code does not know, and say what to do.
 */
describe('Database ahead of the code (e2e)', () => {
  const base = new URL(process.env.E2E_DATABASE_URL!);
  const dbName = `coachline_ahead_${process.pid}`;
  const url = (db: string) => {
    const u = new URL(base.toString());
    u.pathname = `/${db}`;
    return u.toString();
  };
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: url('postgres') });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const migrate = () =>
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
      { cwd: join(__dirname, '..', '..'), env: { ...process.env, DATABASE_URL: url(dbName) }, stdio: 'pipe' },
    ).toString();

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${dbName}"`);
    await admin(`CREATE DATABASE "${dbName}"`);
    migrate();
    const c = new Client({ connectionString: url(dbName) });
    await c.connect();
    await c.query(
      `INSERT INTO migrations (timestamp, name) VALUES (4102444800000, 'FromTheFuture4102444800000')`,
    );
    await c.end();
  });

  afterAll(() => admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));

  it('should refuse to start, naming the unknown migration and what to do, when the database is ahead of the code', async () => {
    const app = startAppProcess({ DATABASE_URL: url(dbName), PORT: '0', LOG_LEVEL: 'warn' });
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain(
      'a migration this version of Coachline does not know (FromTheFuture4102444800000)',
    );
    expect(app.stderr()).toMatch(/Refusing to start.*npm run db:restore/s);
    expect(app.stdout()).not.toMatch(/Coachline is ready/);
  });

  it('should refuse migration:run on that database too', () => {
    let output = '';
    try {
      migrate();
    } catch (e) {
      output = String((e as { stderr?: Buffer }).stderr);
    }
    expect(output).toContain('FromTheFuture4102444800000');
  });
});
