import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, pendingSchemaSql } from '@app/db';

/**
 * Migrations are code: on a scratch database every migration applies, the entities then match the
 * schema exactly (generating a migration would produce nothing), every `down` reverts cleanly and
 * the chain applies again.
 */
describe('Migrations (e2e)', () => {
  const base = new URL(process.env.E2E_DATABASE_URL!);
  const dbName = `coachline_migrations_${process.pid}`;
  const admin = () => {
    const u = new URL(base.toString());
    u.pathname = '/postgres';
    return new Client({ connectionString: u.toString() });
  };
  let ds: DataSource;

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${dbName}"`);
    await c.query(`CREATE DATABASE "${dbName}"`);
    await c.end();
    const url = new URL(base.toString());
    url.pathname = `/${dbName}`;
    ds = new DataSource(buildDataSourceOptions(url.toString(), { poolSize: 2 }));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await c.end();
  });

  const tables = async () =>
    (
      await ds.query<Array<{ table_name: string }>>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      )
    ).map((r) => r.table_name);

  it('should apply every migration and leave nothing for migration:generate to produce', async () => {
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.length).toBe(ds.migrations.length);
    const diff = await pendingSchemaSql(ds);
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('should revert every migration with its down and apply them all again', async () => {
    for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    const types = await ds.query(`SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                                   WHERE n.nspname = 'public' AND t.typtype = 'e'`);
    expect(types).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    expect((await tables()).length).toBeGreaterThan(10);
    expect((await pendingSchemaSql(ds)).upQueries).toEqual([]);
  });

  it('should refuse rows that point at no athlete, organization or user, and remove an athlete’s data with them', async () => {
    const [org] = await ds.query(
      `INSERT INTO organization (name, timezone) VALUES ('FK club', 'UTC') RETURNING id`,
    );
    const [user] = await ds.query(
      `INSERT INTO app_user (email, name, password_hash) VALUES ($1, 'FK', 'x') RETURNING id`,
      [`fk-${process.pid}-${Date.now()}@example.com`],
    );
    const [athlete] = await ds.query(
      `INSERT INTO athlete (organization_id, user_id) VALUES ($1, $2) RETURNING id`,
      [org.id, user.id],
    );
    const nobody = '00000000-0000-4000-8000-000000000000';
    const checkIn = `INSERT INTO check_in (organization_id, athlete_id, date) VALUES ($1, $2, '2026-11-20')`;
    const note = `INSERT INTO note (organization_id, athlete_id, author_user_id, visibility, body, version)
                  VALUES ($1, $2, $3, 'SHARED', 'x', 1)`;
    for (const [sql, params] of [
      [checkIn, [org.id, nobody]],
      [checkIn, [nobody, athlete.id]],
      [note, [org.id, athlete.id, nobody]],
    ] as const) {
      await expect(ds.query(sql, [...params])).rejects.toMatchObject({ code: '23503' });
    }
    await ds.query(checkIn, [org.id, athlete.id]);
    await ds.query(note, [org.id, athlete.id, user.id]);
    await ds.query(`DELETE FROM athlete WHERE id = $1`, [athlete.id]);
    const [left] = await ds.query(
      `SELECT (SELECT count(*) FROM check_in WHERE athlete_id = $1)::int
            + (SELECT count(*) FROM note WHERE athlete_id = $1)::int AS n`,
      [athlete.id],
    );
    expect(left.n).toBe(0);
  });
});
