import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, pendingSchemaSql } from '@app/db';

/**
 * Migrations are code: on a scratch database every migration applies, the entities then match the
 * schema exactly (generating a migration would produce nothing), every `down` reverts cleanly and
 * the chain applies again.
 */
/** The newest of the planned-session migrations the specs below take down and up. */
const PLANNED_LAST = 'PlannedSessionSportCrossTrainingOnly1796360000001';

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

  describe('planned_session: a zone scale only on a zone, a sport only on cross-training', () => {
    const checks = async () =>
      (
        await ds.query<Array<{ conname: string }>>(
          `SELECT conname FROM pg_constraint WHERE conrelid = 'planned_session'::regclass AND contype = 'c' ORDER BY conname`,
        )
      ).map((r) => r.conname);
    const column = async () =>
      (
        await ds.query(
          `SELECT 1 FROM information_schema.columns WHERE table_name = 'planned_session' AND column_name = 'zone_scale'`,
        )
      ).length;

    async function plan(): Promise<string> {
      const [org] = await ds.query(
        `INSERT INTO organization (name, timezone) VALUES ('Scale club', 'UTC') RETURNING id`,
      );
      const [user] = await ds.query(
        `INSERT INTO app_user (email, name, password_hash) VALUES ($1, 'Scale', 'x') RETURNING id`,
        [`scale-${process.pid}-${Date.now()}-${Math.random()}@example.com`],
      );
      const [athlete] = await ds.query(
        `INSERT INTO athlete (organization_id, user_id) VALUES ($1, $2) RETURNING id`,
        [org.id, user.id],
      );
      const [p] = await ds.query(
        `INSERT INTO weekly_plan (organization_id, athlete_id, week_start, version, status, created_by_user_id)
         VALUES ($1, $2, '2026-11-16', 1, 'DRAFT', $3) RETURNING id`,
        [org.id, athlete.id, user.id],
      );
      return p.id;
    }
    const session = (
      planId: string,
      row: {
        kind?: string;
        effortType?: string;
        scale?: number | null;
        intervals?: unknown;
        sport?: string | null;
      },
    ) =>
      ds.query(
        `INSERT INTO planned_session (plan_id, date, kind, minutes, effort_type, effort_value, zone_scale, intervals, sport)
         VALUES ($1, '2026-11-17', $2, 45, $3, 2, $4, $5, $6)`,
        [
          planId,
          row.kind ?? 'RUN',
          row.effortType ?? 'ZONE',
          row.scale ?? null,
          row.intervals === undefined ? null : JSON.stringify(row.intervals),
          row.sport ?? null,
        ],
      );
    const effort = (type: string, scale?: number) => ({ type, value: 2, ...(scale ? { scale } : {}) });
    const intervals = (work: unknown, recovery: unknown = effort('RPE')) => ({
      repeats: 4,
      workSeconds: 120,
      workEffort: work,
      recoverySeconds: 60,
      recoveryEffort: recovery,
    });

    it('should refuse a zone scale other than 3 or 5, on an RPE effort, and a sport on a run', async () => {
      const p = await plan();
      for (const ok of [
        { scale: 5 },
        { scale: 3 },
        {},
        { effortType: 'RPE' },
        { intervals: intervals(effort('ZONE', 5), effort('ZONE', 3)) },
        { intervals: intervals(effort('ZONE')) },
        { kind: 'CROSS_TRAINING', sport: 'BIKE' },
      ]) {
        await session(p, ok);
      }
      for (const bad of [
        { scale: 4 },
        { scale: 5, effortType: 'RPE' },
        { intervals: intervals(effort('ZONE', 4)) },
        { intervals: intervals(effort('ZONE'), effort('RPE', 5)) },
        { kind: 'RUN', sport: 'BIKE' },
        { kind: 'STRENGTH', sport: 'SWIM' },
      ]) {
        await expect(session(p, bad)).rejects.toMatchObject({ code: '23514' });
      }
    });

    /** Undoes the migrations newer than the planned-session ones (each test below then undoes those two). */
    const undoNewer = async () => {
      for (;;) {
        const [last] = await ds.query(`SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`);
        if (last.name === PLANNED_LAST) return;
        await ds.undoLastMigration({ transaction: 'each' });
      }
    };

    it('should take each migration down and up again, the constraints with it', async () => {
      await undoNewer();
      // the two newest migrations left: each `undoLastMigration` below takes one of them
      const newest = ds.migrations
        .map((m) => m.name ?? '')
        .sort((a, b) => Number(/\d+$/.exec(a)?.[0]) - Number(/\d+$/.exec(b)?.[0]))
        .filter((n) => Number(/\d+$/.exec(n)?.[0]) <= Number(/\d+$/.exec(PLANNED_LAST)?.[0]))
        .slice(-2);
      expect(newest).toEqual([
        'PlannedSessionZoneScale1796360000000',
        'PlannedSessionSportCrossTrainingOnly1796360000001',
      ]);
      const all = [
        'CHK_planned_session_intervals_zone_scale',
        'CHK_planned_session_sport_cross_training',
        'CHK_planned_session_zone_scale',
      ];
      expect(await checks()).toEqual(all);

      await ds.undoLastMigration({ transaction: 'each' });
      expect(await checks()).toEqual([all[0], all[2]]);
      const p = await plan();
      await session(p, { kind: 'RUN', sport: 'BIKE' }); // allowed before the constraint …
      await session(p, { kind: 'CROSS_TRAINING', sport: 'SWIM' });

      await ds.undoLastMigration({ transaction: 'each' });
      expect([await checks(), await column()]).toEqual([[], 0]);
      await ds.query(
        `INSERT INTO planned_session (plan_id, date, kind, minutes, effort_type, effort_value, intervals)
         VALUES ($1, '2026-11-18', 'RUN', 40, 'ZONE', 2, $2)`,
        [p, JSON.stringify(intervals(effort('ZONE')))],
      );

      await ds.runMigrations({ transaction: 'each' });
      expect([await checks(), await column()]).toEqual([all, 1]);
      // … and the run's sport is gone with it, the ride keeps its own; the old rows have no scale
      const rows = await ds.query(
        `SELECT kind, sport, zone_scale FROM planned_session WHERE plan_id = $1 ORDER BY date, kind::text DESC`,
        [p],
      );
      expect(rows).toEqual([
        { kind: 'RUN', sport: null, zone_scale: null },
        { kind: 'CROSS_TRAINING', sport: 'SWIM', zone_scale: null },
        { kind: 'RUN', sport: null, zone_scale: null },
      ]);
      await expect(session(p, { scale: 4 })).rejects.toMatchObject({ code: '23514' });
      await expect(session(p, { sport: 'BIKE' })).rejects.toMatchObject({ code: '23514' });
      expect((await pendingSchemaSql(ds)).upQueries).toEqual([]);
    });

    it('should drop the interval efforts’ scales with the column', async () => {
      const p = await plan();
      await session(p, { scale: 5, intervals: intervals(effort('ZONE', 5), effort('ZONE', 3)) });
      await undoNewer();
      await ds.undoLastMigration({ transaction: 'each' });
      await ds.undoLastMigration({ transaction: 'each' });
      const [row] = await ds.query(`SELECT intervals FROM planned_session WHERE plan_id = $1`, [p]);
      expect([row.intervals.workEffort, row.intervals.recoveryEffort]).toEqual([
        effort('ZONE'),
        effort('ZONE'),
      ]);
      await ds.runMigrations({ transaction: 'each' });
    });
  });
});
