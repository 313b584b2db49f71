import { EntityManager } from 'typeorm';

/**
 * A new version of a week has sessions of its own (new ids). Every log of the athlete that names a session of a
 * superseded version of `weekStart` moves to the session that replaced it in the published version: the one of the
 * same day, kind and key flag (the n-th of them, in plan order), so the athlete's done sessions stay done in the
 * compliance, the engine and the web app. A log whose session has no successor (its day, kind or key flag changed,
 * or it was dropped) keeps naming it: the version is kept, superseded. An easy run dropped beside a key run of its
 * day is not the key run done. Run by a publish (PlansService.publishIn) and by a log naming a superseded session
 * (LoggedSessionsService), in their transactions; the migration LogsFollowRepublishedSessions applied it once to
 * every week.
 */
export async function moveLogsToPublished(
  em: EntityManager,
  athleteId: string,
  weekStart: string,
): Promise<void> {
  await em.query(
    `WITH numbered AS (
       SELECT ps.id, wp.status, ps.date, ps.kind, ps.key,
              row_number() OVER (PARTITION BY ps.plan_id, ps.date, ps.kind, ps.key ORDER BY ps.position) AS n
         FROM planned_session ps JOIN weekly_plan wp ON wp.id = ps.plan_id
        WHERE wp.athlete_id = $1 AND wp.week_start = $2 AND wp.status IN ('SUPERSEDED', 'PUBLISHED')
     )
     UPDATE logged_session l SET planned_session_id = cur.id, updated_at = now()
       FROM numbered old JOIN numbered cur
         ON cur.status = 'PUBLISHED' AND cur.date = old.date AND cur.kind = old.kind AND cur.key = old.key
        AND cur.n = old.n
      WHERE old.status = 'SUPERSEDED' AND l.planned_session_id = old.id AND l.athlete_id = $1`,
    [athleteId, weekStart],
  );
}
