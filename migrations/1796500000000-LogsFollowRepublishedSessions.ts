import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A log that names a session of a superseded version of its week moves to the session that replaced it in the
 * published version: same day, kind and key flag, the n-th of them in plan order (moveLogsToPublished in the API, which
 * does this on every publish from now on). Before, a week published again mid-week left its logs naming the old
 * version's sessions, and they counted as not done. Logs whose session has no successor keep their link.
 *
 * `down` changes nothing: a moved link names the same session of the version in force, and which version a log named
 * before is not kept (the superseded versions are).
 */
export class LogsFollowRepublishedSessions1796500000000 implements MigrationInterface {
  name = 'LogsFollowRepublishedSessions1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `WITH numbered AS (
         SELECT ps.id, wp.athlete_id, wp.week_start, wp.status, ps.date, ps.kind, ps.key,
                row_number() OVER (PARTITION BY ps.plan_id, ps.date, ps.kind, ps.key ORDER BY ps.position) AS n
           FROM "planned_session" ps JOIN "weekly_plan" wp ON wp.id = ps.plan_id
          WHERE wp.status IN ('SUPERSEDED', 'PUBLISHED')
       )
       UPDATE "logged_session" l SET "planned_session_id" = cur.id, "updated_at" = now()
         FROM numbered old JOIN numbered cur
           ON cur.status = 'PUBLISHED' AND cur.athlete_id = old.athlete_id AND cur.week_start = old.week_start
          AND cur.date = old.date AND cur.kind = old.kind AND cur.key = old.key AND cur.n = old.n
        WHERE old.status = 'SUPERSEDED' AND l.planned_session_id = old.id AND l.athlete_id = old.athlete_id`,
    );
  }

  public async down(): Promise<void> {
    // Nothing to undo (see above).
  }
}
