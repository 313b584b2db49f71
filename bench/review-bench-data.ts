/**
 * Data for `npm run bench:reviews`: one organization with N athletes and a year of history each, written by
 * PostgreSQL itself (generate_series, a deterministic hash per athlete and day), so 10,000 athletes take
 * seconds to create instead of minutes of round trips. Histories look like the engine bench's: about five
 * runs a week with a long Sunday run and one hard midweek session, a down week every fourth week, 90 % of
 * mornings checked in (rMSSD around a personal baseline, 1–5 wellness scales), some athletes without an
 * HRV device, an A race for a third of them, and zones spread over three time zones.
 */
import { hash } from 'argon2';
import { Client } from 'pg';

export const BENCH_PASSWORD = 'bench-password-123';

export interface ReviewBenchData {
  organizationId: string;
  /** Coaches in creation order; each coaches `rosterSize` athletes (the last one the remainder). */
  coaches: Array<{ userId: string; email: string; athletes: number }>;
  athletes: number;
  sessions: number;
  checkIns: number;
}

export async function seedReviewBench(
  url: string,
  opts: {
    athletes: number;
    days: number;
    rosterSize: number;
    today: string;
    /** History slices (1,000 athletes each) written at once, one connection each. Default 3. */
    parallel?: number;
    log?: (s: string) => void;
  },
): Promise<ReviewBenchData> {
  const log = opts.log ?? (() => undefined);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const passwordHash = await hash(BENCH_PASSWORD);
    const [{ id: organizationId }] = (
      await db.query(
        `INSERT INTO organization (name, timezone) VALUES ('Bench Club', 'Europe/Oslo') RETURNING id`,
      )
    ).rows;
    const coachCount = Math.ceil(opts.athletes / opts.rosterSize);
    // Coaches: users + memberships.
    await db.query(
      `WITH u AS (
         INSERT INTO app_user (email, name, password_hash)
         SELECT 'bench-coach-' || n || '@bench.test', 'Coach ' || n, $2 FROM generate_series(1, $1) n
         RETURNING id)
       INSERT INTO membership (organization_id, user_id, role) SELECT $3, id, 'COACH' FROM u`,
      [coachCount, passwordHash, organizationId],
    );
    const coaches = (
      await db.query<{ id: string; email: string }>(
        `SELECT u.id, u.email FROM app_user u JOIN membership m ON m.user_id = u.id
          WHERE m.organization_id = $1 AND m.role = 'COACH'
          ORDER BY substring(u.email from 'bench-coach-(\\d+)@')::int`,
        [organizationId],
      )
    ).rows;
    // Athletes: users, memberships, athlete rows (intake with a usual week), coach assignments.
    await db.query(
      `WITH u AS (
         INSERT INTO app_user (email, name, password_hash)
         SELECT 'bench-athlete-' || n || '@bench.test', 'Athlete ' || n, $2 FROM generate_series(1, $1) n
         RETURNING id, email),
       m AS (INSERT INTO membership (organization_id, user_id, role) SELECT $3, id, 'ATHLETE' FROM u)
       INSERT INTO athlete (organization_id, user_id, timezone, intake, intake_submitted_at)
       SELECT $3, u.id,
              (ARRAY['Europe/Oslo', 'Europe/Oslo', 'America/Los_Angeles', 'Pacific/Auckland'])[1 + n % 4],
              jsonb_build_object('yearsRunning', 1 + n % 12,
                'availabilityMinutes', jsonb_build_array(60, 75, 60, 75, 0, 150, 90),
                'strengths', '[]'::jsonb, 'weaknesses', '[]'::jsonb),
              now()
         FROM (SELECT id, substring(email from 'bench-athlete-(\\d+)@')::int AS n FROM u) u`,
      [opts.athletes, passwordHash, organizationId],
    );
    await db.query(
      `INSERT INTO coach_assignment (organization_id, athlete_id, coach_user_id, role)
       SELECT $1, a.id, c.id, 'HEAD'
         FROM (SELECT a.id, substring(u.email from 'bench-athlete-(\\d+)@')::int AS n
                 FROM athlete a JOIN app_user u ON u.id = a.user_id WHERE a.organization_id = $1) a
         JOIN (SELECT id, row_number() OVER (ORDER BY substring(email from 'bench-coach-(\\d+)@')::int) AS k
                 FROM app_user WHERE email LIKE 'bench-coach-%') c
           ON c.k = 1 + (a.n - 1) / $2`,
      [organizationId, opts.rosterSize],
    );
    log(`${opts.athletes} athletes and ${coachCount} coaches created`);
    // History, a slice of athletes per statement so progress shows and no statement runs for minutes. The rows
    // point at athletes this function just created, so their foreign-key triggers are skipped (a superuser
    // setting for these connections only): they cost more than the rows themselves.
    const from = `(DATE '${opts.today}' - ${opts.days})`;
    const slice = 1000;
    let sessions = 0;
    let checkIns = 0;
    // Slices run on `parallel` connections: on a shared machine the database gets more of the CPUs.
    const los = Array.from({ length: Math.ceil(opts.athletes / slice) }, (_, i) => 1 + i * slice);
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(opts.parallel ?? 3, los.length) }, async () => {
        const conn = new Client({ connectionString: url });
        await conn.connect();
        try {
          await conn.query(`SET session_replication_role = replica`);
          while (next < los.length) {
            const lo = los[next++];
            const hi = Math.min(opts.athletes, lo + slice - 1);
            const athletesSql = `SELECT a.id, a.organization_id, a.user_id,
                                      substring(u.email from 'bench-athlete-(\\d+)@')::int AS n
                                 FROM athlete a JOIN app_user u ON u.id = a.user_id
                                WHERE a.organization_id = '${organizationId}'
                                  AND substring(u.email from 'bench-athlete-(\\d+)@')::int BETWEEN ${lo} AND ${hi}`;
            const s = await conn.query(
              `INSERT INTO logged_session (organization_id, athlete_id, date, kind, minutes, srpe, source, logged_by_user_id)
             SELECT a.organization_id, a.id, d,
                    CASE WHEN h % 23 = 0 THEN 'STRENGTH'::session_kind ELSE 'RUN'::session_kind END,
                    round((CASE WHEN dow = 7 THEN 90 + h % 60 WHEN dow = 3 THEN 50 + h % 20 ELSE 30 + h % 35 END)
                          * CASE WHEN (d - DATE '2000-01-03') / 7 % 4 = 3 THEN 0.7 ELSE 1 END)::int,
                    CASE WHEN dow = 3 THEN 7 + h % 2 ELSE 2 + h % 3 END,
                    'MANUAL', a.user_id
               FROM (${athletesSql}) a
               CROSS JOIN generate_series(${from}, DATE '${opts.today}' - 1, '1 day') g(day)
               CROSS JOIN LATERAL (SELECT g.day::date AS d, extract(isodow FROM g.day)::int AS dow,
                                          abs(hashtext(a.n || '/' || g.day::date::text)) AS h) x
              WHERE dow IN (3, 7) OR h % 5 < 3`,
            );
            const ci = await conn.query(
              `INSERT INTO check_in (organization_id, athlete_id, date, sleep_hours, sleep_quality, rmssd, resting_hr,
                                   soreness, fatigue, stress, mood, illness)
             SELECT a.organization_id, a.id, d,
                    6 + (h % 30) / 10.0, 2 + h % 4,
                    CASE WHEN a.n % 5 = 0 THEN NULL ELSE 40 + a.n % 40 + (h % 15) - 7 END,
                    CASE WHEN h % 11 = 0 THEN NULL ELSE 45 + a.n % 12 + h % 5 END,
                    2 + h % 4, 2 + (h / 7) % 4, 2 + (h / 13) % 4, 2 + (h / 17) % 4,
                    CASE WHEN h % 997 = 0 THEN 'BELOW_NECK_OR_FEVER'::illness_status ELSE 'NONE'::illness_status END
               FROM (${athletesSql}) a
               CROSS JOIN generate_series(${from}, DATE '${opts.today}' - 1, '1 day') g(day)
               CROSS JOIN LATERAL (SELECT g.day::date AS d, abs(hashtext(a.n || 'c' || g.day::date::text)) AS h) x
              WHERE h % 10 < 9`,
            );
            await conn.query(
              `INSERT INTO race (organization_id, athlete_id, name, date, priority, kind, expected_minutes)
             SELECT a.organization_id, a.id, 'Spring marathon', DATE '${opts.today}' + 10 + a.n % 60, 'A', 'Marathon', 210
               FROM (${athletesSql}) a WHERE a.n % 3 = 0`,
            );
            sessions += s.rowCount ?? 0;
            checkIns += ci.rowCount ?? 0;
            log(`history ${lo}–${hi}/${opts.athletes}: ${sessions} sessions, ${checkIns} check-ins`);
          }
        } finally {
          await conn.end();
        }
      }),
    );
    // As autovacuum would leave them: hint bits set and the visibility map written, so the first run after
    // seeding does not pay for writing every page it reads (a third of its loader time when measured).
    log('VACUUM ANALYZE');
    await db.query('VACUUM ANALYZE');
    return {
      organizationId,
      coaches: coaches.map((c, i) => ({
        userId: c.id,
        email: c.email,
        athletes: Math.min(opts.rosterSize, opts.athletes - i * opts.rosterSize),
      })),
      athletes: opts.athletes,
      sessions,
      checkIns,
    };
  } finally {
    await db.end();
  }
}
