import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { ReviewClock } from '../review-clock';
import { GenerationOutcome, ReviewGenerator } from '../review-generator.service';

export const REVIEW_RERUN_QUEUE = 'review-rerun';
/** PostgreSQL NOTIFY channel: every API instance LISTENs and pushes to the coach sockets it holds. */
export const REVIEW_UPDATED_CHANNEL = 'coachline_review_updated';
/** A re-run starts this long after the first trigger; triggers meanwhile are the same re-run. */
export const REVIEW_RERUN_DEBOUNCE_SECONDS = 1;
/** A key session is noticed as missed up to this many days after its day ended (instances were down). */
export const MISSED_KEY_SESSION_CATCH_UP_DAYS = 2;

export interface RerunJob {
  athleteId: string;
}

/** What a re-run that brought something urgent publishes (the coaches are looked up by the listener). */
export interface ReviewUpdatedNotice {
  athleteId: string;
  weekStart: string;
  reviewId: string;
  status: string;
  urgency: number;
  newlyUrgent: string[];
}

/**
 * What `review:updated` says of a generation that stored a review (created or changed it), read from the review's row
 * as stored; null when the generation stored nothing.
 */
export async function updatedNotice(
  db: Pick<EntityManager, 'query'>,
  athleteId: string,
  o: GenerationOutcome | undefined,
): Promise<ReviewUpdatedNotice | null> {
  if (!o?.reviewId || (o.result !== 'CREATED' && o.result !== 'UPDATED')) return null;
  const [row] = await db.query<Array<{ engine_status: string; priority: number }>>(
    `SELECT engine_status, priority FROM weekly_review WHERE id = $1`,
    [o.reviewId],
  );
  if (!row) return null;
  return {
    athleteId,
    weekStart: o.weekStart,
    reviewId: o.reviewId,
    status: row.engine_status,
    urgency: row.priority,
    newlyUrgent: o.newlyUrgent,
  };
}

export interface MissedKeySession {
  athleteId: string;
  date: string;
  plannedSessionId: string;
}

/**
 * Mid-week re-runs of one athlete's review, across processes. A trigger (an illness check-in, a confirmed
 * context event, a proposal, an availability change, a missed key session) enqueues a `review-rerun` job
 * with the athlete as singleton key on a `stately` queue, starting a second later: while one is waiting,
 * further triggers add nothing (debounced per athlete, whichever instance they happen on); while one runs,
 * one more may wait, so a change during a run is never lost. Whichever process takes the job (the API, or
 * apps/worker) re-runs the review and, when something urgent appeared, NOTIFYs `coachline_review_updated`;
 * every API instance listens (ReviewPushes) and pushes `review:updated` to the coaches it holds sockets of.
 */
@Injectable()
export class ReviewRerun {
  private readonly logger = new Logger(ReviewRerun.name);
  private boss: PgBoss | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly generator: ReviewGenerator,
    private readonly clock: ReviewClock,
  ) {}

  /** Called by ReviewJobs once pg-boss is started (its queue exists; the worker only where jobs run). */
  async start(boss: PgBoss, runWorkers: boolean, ensureQueue: (q: PgBoss.Queue) => Promise<void>) {
    await ensureQueue({ name: REVIEW_RERUN_QUEUE, policy: 'stately', retryLimit: 3, retryDelay: 1 });
    this.boss = boss;
    if (runWorkers) {
      await boss.work<RerunJob>(
        REVIEW_RERUN_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          await this.rerun(job.data.athleteId);
        },
      );
    }
  }

  stop(): void {
    this.boss = null;
  }

  /** Asks for a re-run of the athlete's review (debounced per athlete across instances). */
  async request(athleteId: string): Promise<void> {
    const boss = this.boss;
    if (!boss) throw new Error('review jobs are not started');
    await boss.send(
      REVIEW_RERUN_QUEUE,
      { athleteId },
      { singletonKey: athleteId, startAfter: REVIEW_RERUN_DEBOUNCE_SECONDS },
    );
  }

  /** Re-runs the review now; NOTIFYs the API instances when it brought a new URGENT suggestion. */
  async rerun(athleteId: string): Promise<ReviewUpdatedNotice | null> {
    return (await this.regenerate(athleteId)).notice;
  }

  /**
   * The same re-run, for a caller that waits for it (a clearance): what was stored, and what was NOTIFYed.
   * Any error is thrown (nothing was stored then).
   */
  async regenerate(
    athleteId: string,
  ): Promise<{ outcome: GenerationOutcome | undefined; notice: ReviewUpdatedNotice | null }> {
    const [outcome] = await this.generator.generate([athleteId], this.clock.now());
    // The review is stored: a lost push is logged, not the caller's error (the queue shows it anyway).
    const notice = await this.notifyUrgent(athleteId, outcome).catch((e: unknown) => {
      this.logger.error(`review:updated notice for ${athleteId} failed: ${String(e)}`);
      return null;
    });
    return { outcome, notice };
  }

  private async notifyUrgent(
    athleteId: string,
    o: GenerationOutcome | undefined,
  ): Promise<ReviewUpdatedNotice | null> {
    if (!o?.newlyUrgent.length) return null;
    const notice = await updatedNotice(this.db, athleteId, o);
    if (!notice) return null;
    await this.db.query(`SELECT pg_notify($1, $2)`, [REVIEW_UPDATED_CHANNEL, JSON.stringify(notice)]);
    return notice;
  }

  /**
   * One statement for the whole database: the planned key sessions (of published plans) whose day has
   * ended in the athlete's zone, within the catch-up window, with nothing logged for them (linked to the
   * session, or an unlinked log of its kind on its day of at least half its minutes, as the engine counts
   * completion) and not on a day a confirmed illness or travel event excuses. Each athlete-day is recorded
   * once (`missed_key_session`, ON CONFLICT DO NOTHING), so concurrent ticks on several instances and
   * later ticks notice it exactly once; the athletes returned get a re-run.
   */
  async missedKeySessions(now: Date = this.clock.now()): Promise<MissedKeySession[]> {
    const rows: Array<{ athlete_id: string; date: string; planned_session_id: string }> = await this.db.query(
      `WITH local AS (
         SELECT a.id AS athlete_id, ($1::timestamptz AT TIME ZONE COALESCE(a.timezone, o.timezone))::date AS today
           FROM athlete a JOIN organization o ON o.id = a.organization_id
          WHERE EXISTS (SELECT 1 FROM coach_assignment ca WHERE ca.athlete_id = a.id AND ca.removed_at IS NULL)
       ), missed AS (
         SELECT DISTINCT ON (p.athlete_id, ps.date) p.athlete_id, ps.date, ps.id AS planned_session_id
           FROM local l
           JOIN weekly_plan p ON p.athlete_id = l.athlete_id AND p.status = 'PUBLISHED'
                             AND p.week_start BETWEEN l.today - ($2::int + 7) AND l.today
           JOIN planned_session ps ON ps.plan_id = p.id AND ps.key AND ps.kind <> 'REST'
                                  AND ps.date < l.today AND ps.date >= l.today - $2::int
          WHERE NOT EXISTS (
                  SELECT 1 FROM logged_session s
                   WHERE s.athlete_id = p.athlete_id
                     AND (s.planned_session_id = ps.id
                          OR (s.date = ps.date AND s.planned_session_id IS NULL
                              AND (s.kind::text = ps.kind::text OR (s.kind = 'RACE' AND ps.kind = 'RUN'))
                              AND s.minutes >= 0.5 * ps.minutes)))
            AND NOT EXISTS (
                  SELECT 1 FROM context_event e
                   WHERE e.athlete_id = p.athlete_id AND e.status = 'CONFIRMED'
                     AND e.kind IN ('ILLNESS', 'TRAVEL')
                     AND e.start_date <= ps.date AND (e.end_date IS NULL OR e.end_date >= ps.date))
          ORDER BY p.athlete_id, ps.date, ps.position
       )
       INSERT INTO missed_key_session (athlete_id, date, planned_session_id)
       SELECT athlete_id, date, planned_session_id FROM missed
       ON CONFLICT (athlete_id, date) DO NOTHING
       RETURNING athlete_id, to_char(date, 'YYYY-MM-DD') AS date, planned_session_id`,
      [now, MISSED_KEY_SESSION_CATCH_UP_DAYS],
    );
    const out = rows.map((r) => ({
      athleteId: r.athlete_id,
      date: r.date,
      plannedSessionId: r.planned_session_id,
    }));
    for (const athleteId of new Set(out.map((m) => m.athleteId))) {
      await this.request(athleteId).catch((e: unknown) =>
        this.logger.error(`re-run after a missed key session of ${athleteId} failed: ${String(e)}`),
      );
    }
    return out;
  }
}
