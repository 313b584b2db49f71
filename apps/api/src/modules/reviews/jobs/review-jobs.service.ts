import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfigService } from '../../../config/app-config.service';
import { ReviewClock } from '../review-clock';
import { ReviewGenerator } from '../review-generator.service';
import { ReviewRerun } from './review-rerun.service';
import { dueReviewWeek } from './review-schedule';

export const REVIEW_GENERATE_QUEUE = 'review-generate';
export const REVIEW_TICK_QUEUE = 'review-tick';
export const PGBOSS_SCHEMA = 'pgboss';

export interface ReviewJobsOptions {
  /** Run the workers and the weekly schedule in this process (the API by default, or apps/worker). */
  runWorkers: boolean;
  batchSize: number;
  /** An active job not finished within this is given up (its worker died) and retried. */
  expireInSeconds: number;
  /** How often pg-boss looks for expired jobs (its maintenance). */
  maintenanceIntervalSeconds: number;
}

export const REVIEW_JOBS_OPTIONS = Symbol('REVIEW_JOBS_OPTIONS');

export const reviewJobsOptionsFrom = (
  config: AppConfigService,
  role: 'api' | 'worker' = 'api',
): ReviewJobsOptions => ({
  runWorkers: role === 'worker' || config.reviewJobs.runInApi,
  batchSize: config.reviewJobs.batchSize,
  expireInSeconds: config.reviewJobs.expireInSeconds,
  maintenanceIntervalSeconds: Math.min(60, config.reviewJobs.expireInSeconds),
});

export interface GenerateJob {
  athleteId: string;
  weekStart: string;
}

export interface RunProgress {
  runId: string;
  weekStart: string;
  total: number;
  done: number;
  kept: number;
  failed: number;
  finished: boolean;
}

/** pg-boss statements inside a TypeORM transaction: jobs are enqueued with the run that needs them. */
const inTransaction = (em: EntityManager): PgBoss.Db => ({
  executeSql: async (text: string, values: unknown[]) => {
    const rows: unknown = await em.query(text, values);
    return { rows: Array.isArray(rows) ? rows : [] };
  },
});

/**
 * Weekly review generation on a job queue in PostgreSQL (pg-boss, its own schema `pgboss`, created at
 * start). A run records which athletes a generation covers; one `review-generate` job per athlete and
 * week (singleton key `<athleteId>:<weekStart>`, queue policy `stately`: at most one queued and one
 * running per key) is inserted in the same transaction, so a run and its jobs exist together or not at
 * all. Workers take jobs in batches (one transaction and a fixed number of queries per batch) and mark
 * the run's items in the same transaction as the reviews: progress counts each athlete once, however
 * often a job is retried. A job whose worker died expires and is retried by another worker; the
 * review's own unique key (athlete, week) and input digest make a repeated generation harmless.
 * Every minute a `review-tick` (pg-boss cron, sent once per minute whatever the number of instances)
 * creates the week's scheduled run for organizations whose review time has come (at most one per
 * organization and week: a unique index decides between instances).
 */
@Injectable()
export class ReviewJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReviewJobs.name);
  private boss: PgBoss | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfigService,
    private readonly generator: ReviewGenerator,
    private readonly clock: ReviewClock,
    @Inject(REVIEW_JOBS_OPTIONS) private readonly options: ReviewJobsOptions,
    private readonly rerun: ReviewRerun,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: PGBOSS_SCHEMA,
      max: 3,
      application_name: 'coachline-review-jobs',
      schedule: this.options.runWorkers,
      supervise: this.options.runWorkers,
      maintenanceIntervalSeconds: this.options.maintenanceIntervalSeconds,
    });
    boss.on('error', (e) => this.logger.error(`review jobs: ${e.message}`));
    await boss.start();
    await this.ensureQueue(boss, {
      name: REVIEW_GENERATE_QUEUE,
      policy: 'stately',
      retryLimit: 4,
      retryDelay: 2,
      retryBackoff: true,
      expireInSeconds: this.options.expireInSeconds,
    });
    await this.ensureQueue(boss, { name: REVIEW_TICK_QUEUE, policy: 'stately', retryLimit: 1 });
    await this.rerun.start(boss, this.options.runWorkers, (q) => this.ensureQueue(boss, q));
    this.boss = boss;
    if (this.options.runWorkers) {
      await boss.work<GenerateJob>(
        REVIEW_GENERATE_QUEUE,
        { batchSize: this.options.batchSize, pollingIntervalSeconds: 1, includeMetadata: true },
        (jobs) => this.generate(jobs),
      );
      await boss.work(REVIEW_TICK_QUEUE, { pollingIntervalSeconds: 5 }, () => this.tick());
      await boss.schedule(REVIEW_TICK_QUEUE, '* * * * *');
    }
  }

  /** Creating a queue makes tables: instances starting together may deadlock on it, so the loser retries. */
  private async ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await boss.getQueue(queue.name)) return;
      try {
        await boss.createQueue(queue.name, queue);
        return;
      } catch (e) {
        if (attempt >= 5) throw e;
        await new Promise((r) => setTimeout(r, 100 * attempt + Math.random() * 200));
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    this.rerun.stop();
    await boss?.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  /**
   * A batch of generation jobs: the athletes' reviews and every pending run item they settle, in one
   * transaction. A failure fails the batch (pg-boss retries it); on the last attempt the items say FAILED.
   */
  async generate(jobs: PgBoss.JobWithMetadata<GenerateJob>[]): Promise<void> {
    const byWeek = new Map<string, string[]>();
    for (const j of jobs)
      byWeek.set(j.data.weekStart, [...(byWeek.get(j.data.weekStart) ?? []), j.data.athleteId]);
    try {
      for (const [week, ids] of byWeek) {
        await this.db.transaction(async (em) => {
          const outcomes = await this.generator.generateIn(em, ids, this.clock.now(), week);
          const status = new Map(ids.map((id) => [id, 'FAILED']));
          for (const o of outcomes) {
            status.set(
              o.athleteId,
              o.result === 'NOT_COMING_WEEK' ? 'FAILED' : o.result === 'KEPT_DONE' ? 'KEPT' : 'DONE',
            );
          }
          await this.settle(em, week, status);
        });
      }
    } catch (e) {
      const last = jobs.filter((j) => j.retryCount >= j.retryLimit);
      for (const j of last) {
        await this.settle(this.db.manager, j.data.weekStart, new Map([[j.data.athleteId, 'FAILED']]));
      }
      throw e;
    }
  }

  private async settle(em: EntityManager, weekStart: string, status: Map<string, string>) {
    await em.query(
      `UPDATE review_generation_item i SET status = v.status::review_run_item_status, finished_at = now()
         FROM unnest($2::uuid[], $3::text[]) AS v(athlete_id, status), review_generation_run r
        WHERE i.athlete_id = v.athlete_id AND i.status = 'PENDING' AND r.id = i.run_id AND r.week_start = $1`,
      [weekStart, [...status.keys()], [...status.values()]],
    );
  }

  /**
   * Records a run and enqueues its jobs in one transaction. `athleteIds` null: every athlete of the
   * organization with an active coach. A SCHEDULED run exists at most once per organization and week;
   * a second attempt (another instance) returns null and enqueues nothing.
   */
  async createRun(
    organizationId: string,
    weekStart: string,
    trigger: 'SCHEDULED' | 'MANUAL',
    requestedByUserId: string | null,
    athleteIds: string[] | null,
  ): Promise<string | null> {
    const boss = this.boss;
    if (!boss) throw new Error('review jobs are not started');
    return this.db.transaction(async (em) => {
      const rows: Array<{ id: string }> = await em.query(
        `INSERT INTO review_generation_run (organization_id, week_start, trigger, requested_by_user_id)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id, week_start) WHERE trigger = 'SCHEDULED' DO NOTHING RETURNING id`,
        [organizationId, weekStart, trigger, requestedByUserId],
      );
      if (!rows.length) return null;
      const runId = rows[0].id;
      const items: Array<{ athlete_id: string }> = await em.query(
        `INSERT INTO review_generation_item (run_id, athlete_id, status)
         SELECT $1, a.id, 'PENDING' FROM athlete a
          WHERE a.organization_id = $2
            AND ($3::uuid[] IS NULL AND EXISTS (SELECT 1 FROM coach_assignment ca
                                                 WHERE ca.athlete_id = a.id AND ca.removed_at IS NULL)
                 OR a.id = ANY($3::uuid[]))
         RETURNING athlete_id`,
        [runId, organizationId, athleteIds],
      );
      for (let i = 0; i < items.length; i += 1000) {
        await boss.insert(
          items.slice(i, i + 1000).map((it) => ({
            name: REVIEW_GENERATE_QUEUE,
            data: { athleteId: it.athlete_id, weekStart },
            singletonKey: `${it.athlete_id}:${weekStart}`,
          })),
          { db: inTransaction(em) },
        );
      }
      return runId;
    });
  }

  /**
   * Creates the scheduled run of every organization whose review time has come, and re-runs the reviews
   * of athletes whose key session's day just ended with nothing logged (ReviewRerun). Returns the runs made.
   */
  async tick(now: Date = this.clock.now()): Promise<string[]> {
    await this.rerun.missedKeySessions(now);
    const orgs: Array<{ id: string; timezone: string; review_weekday: number; review_time: string }> =
      await this.db.query(`SELECT id, timezone, review_weekday, review_time FROM organization`);
    const made: string[] = [];
    for (const o of orgs) {
      const due = dueReviewWeek(now, o.timezone, o.review_weekday, o.review_time);
      if (!due) continue;
      const runId = await this.createRun(o.id, due.weekStart, 'SCHEDULED', null, null);
      if (runId) {
        made.push(runId);
        this.logger.log(`weekly reviews of ${due.weekStart} scheduled for organization ${o.id}`);
      }
    }
    return made;
  }

  async progress(runId: string, organizationId: string): Promise<RunProgress | null> {
    const [row] = await this.db.query<
      Array<{
        week_start: string;
        total: number;
        done: number;
        kept: number;
        failed: number;
        pending: number;
      }>
    >(
      `SELECT to_char(r.week_start, 'YYYY-MM-DD') AS week_start, count(i.athlete_id)::int AS total,
              count(*) FILTER (WHERE i.status = 'DONE')::int AS done,
              count(*) FILTER (WHERE i.status = 'KEPT')::int AS kept,
              count(*) FILTER (WHERE i.status = 'FAILED')::int AS failed,
              count(*) FILTER (WHERE i.status = 'PENDING')::int AS pending
         FROM review_generation_run r LEFT JOIN review_generation_item i ON i.run_id = r.id
        WHERE r.id = $1 AND r.organization_id = $2 GROUP BY r.id`,
      [runId, organizationId],
    );
    if (!row) return null;
    return {
      runId,
      weekStart: row.week_start,
      total: row.total,
      done: row.done,
      kept: row.kept,
      failed: row.failed,
      finished: row.pending === 0,
    };
  }
}
