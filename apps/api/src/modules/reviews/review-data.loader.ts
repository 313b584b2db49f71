import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, localDateIn } from '@app/common';
import {
  AthleteData,
  AthleteRow,
  CheckInRow,
  ContextRow,
  PlannedRow,
  PlanRow,
  RaceRow,
  SeasonRow,
  SessionRow,
  WeekAvailabilityRow,
} from './review-input.mapper';

/** How much history a review reads: a year of load and wellness, plus slack for the 42-day CTL warm-up. */
export const HISTORY_DAYS = 400;
const PLAN_WEEKS_BACK = 8;

const d = (col: string, as = col) => `to_char(${col}, 'YYYY-MM-DD') AS ${as}`;
/**
 * A date column as its day number (days since 1970-01-01), for the rows a review reads by the hundred:
 * PostgreSQL keeps a date as a day count, so this costs the database and the driver no more than the text,
 * and spares the engine parsing it back (see `DayNumber` in the engine's types).
 */
const dayOf = (col: string) => `(${col} - DATE '1970-01-01') AS day`;

/**
 * Everything the engine needs for a set of athletes, in a fixed number of queries whatever their
 * number (one per table), so a roster of 200 costs the same round trips as one athlete.
 */
@Injectable()
export class ReviewDataLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(
    athleteIds: string[],
    now: Date,
    em: EntityManager = this.db.manager,
  ): Promise<Map<string, AthleteData>> {
    const out = new Map<string, AthleteData>();
    if (!athleteIds.length) return out;
    const today = localDateIn('UTC', now);
    const from = addDays(today, -HISTORY_DAYS);
    const plansFrom = addDays(today, -7 * (PLAN_WEEKS_BACK + 1));
    const ids = [athleteIds];
    // On the pool the queries below run side by side; on a transaction's one connection they go one
    // after another (pg 8.19+ deprecates sending a query to a client still busy with another). Once one
    // fails, the rest are not sent: the transaction is rolling back on that connection (a query sent after
    // the failure had overlapped the ROLLBACK: a CI run's database-outage spec).
    let previous: Promise<unknown> = Promise.resolve();
    let failed = false;
    const q = <T>(sql: string, params: unknown[]): Promise<T[]> => {
      if (!em.queryRunner) return em.query<T[]>(sql, params);
      const next = previous.then(() => {
        if (failed) throw new Error('not sent: an earlier query of this load failed');
        return em.query<T[]>(sql, params);
      });
      previous = next.catch(() => {
        failed = true;
      });
      return next;
    };
    const [athletes, sessions, checkIns, context, races, seasons, plans, lastMessages, availability] =
      await Promise.all([
        q<AthleteRow>(
          `SELECT a.id, a.organization_id, u.name, COALESCE(a.timezone, o.timezone) AS tz, a.intake,
                (SELECT to_char(max(c.cleared_on), 'YYYY-MM-DD') FROM medical_clearance c WHERE c.athlete_id = a.id)
                  AS medical_cleared_on
           FROM athlete a JOIN app_user u ON u.id = a.user_id JOIN organization o ON o.id = a.organization_id
          WHERE a.id = ANY($1::uuid[])`,
          ids,
        ),
        q<SessionRow>(
          `SELECT athlete_id, id, ${dayOf('date')}, kind, minutes, srpe, planned_session_id
           FROM logged_session WHERE athlete_id = ANY($1::uuid[]) AND date >= $2 ORDER BY date`,
          [athleteIds, from],
        ),
        q<CheckInRow>(
          `SELECT athlete_id, ${dayOf('date')}, sleep_hours, sleep_quality, rmssd, resting_hr, soreness, fatigue, stress,
                mood, illness
           FROM check_in WHERE athlete_id = ANY($1::uuid[]) AND date >= $2 ORDER BY date`,
          [athleteIds, from],
        ),
        q<ContextRow>(
          `SELECT athlete_id, id, kind, ${d('start_date')}, ${d('end_date')}, status, note, details
           FROM context_event
          WHERE athlete_id = ANY($1::uuid[]) AND status <> 'DISMISSED' AND (end_date IS NULL OR end_date >= $2)`,
          [athleteIds, from],
        ),
        q<RaceRow>(
          `SELECT athlete_id, id, name, ${d('date')}, priority, kind, expected_minutes
           FROM race WHERE athlete_id = ANY($1::uuid[]) AND date >= $2 ORDER BY date`,
          [athleteIds, from],
        ),
        q<SeasonRow>(
          `SELECT athlete_id, phases, mesocycles FROM season WHERE athlete_id = ANY($1::uuid[])`,
          ids,
        ),
        q<PlanRow>(
          `SELECT id, athlete_id, ${d('week_start')}, status, revision
           FROM weekly_plan
          WHERE athlete_id = ANY($1::uuid[]) AND week_start >= $2 AND status IN ('PUBLISHED', 'DRAFT')`,
          [athleteIds, plansFrom],
        ),
        q<{ athlete_id: string; tz: string; last_at: Date }>(
          `SELECT a.id AS athlete_id, COALESCE(a.timezone, o.timezone) AS tz, max(m.created_at) AS last_at
           FROM athlete a JOIN organization o ON o.id = a.organization_id
           JOIN message m ON m.sender_user_id = a.user_id
          WHERE a.id = ANY($1::uuid[]) GROUP BY a.id, o.timezone`,
          ids,
        ),
        // The athlete's own word on the weeks around the one reviewed (the mapper picks the planned week).
        q<WeekAvailabilityRow>(
          `SELECT athlete_id, ${d('week_start')}, minutes FROM week_availability
          WHERE athlete_id = ANY($1::uuid[]) AND week_start >= $2`,
          [athleteIds, addDays(today, -14)],
        ),
      ]);
    const planned = plans.length
      ? await q<PlannedRow>(
          `SELECT id, plan_id, ${d('date')}, kind, minutes, effort_type, effort_value, zone_scale, intervals, purpose, key, sport
             FROM planned_session WHERE plan_id = ANY($1::uuid[]) ORDER BY date, position`,
          [plans.map((p) => p.id)],
        )
      : [];
    for (const athlete of athletes) {
      out.set(athlete.id, {
        athlete,
        sessions: [],
        checkIns: [],
        context: [],
        races: [],
        season: null,
        plans: [],
        planned: [],
        lastMessageDate: null,
        weekAvailability: [],
      });
    }
    const each = <T extends { athlete_id: string }>(rows: T[], put: (a: AthleteData, r: T) => void) => {
      for (const r of rows) {
        const a = out.get(r.athlete_id);
        if (a) put(a, r);
      }
    };
    each(sessions, (a, r) => a.sessions.push(r));
    each(checkIns, (a, r) => a.checkIns.push(r));
    each(context, (a, r) => a.context.push(r));
    each(races, (a, r) => a.races.push(r));
    each(seasons, (a, r) => (a.season = r));
    each(plans, (a, r) => a.plans.push(r));
    each(availability, (a, r) => (a.weekAvailability ??= []).push(r));
    each(lastMessages, (a, r) => (a.lastMessageDate = localDateIn(r.tz, new Date(r.last_at))));
    const planOwner = new Map(plans.map((p) => [p.id, p.athlete_id]));
    for (const s of planned) out.get(planOwner.get(s.plan_id)!)?.planned.push(s);
    return out;
  }
}
