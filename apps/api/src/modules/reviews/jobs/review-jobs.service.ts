import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'crypto';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfigService } from '../../../config/app-config.service';
import { ReviewClock } from '../review-clock';
import { GenerationOutcome, ReviewGenerator } from '../review-generator.service';
import { QueueDb } from './queue-db';
import { ReviewRerun } from './review-rerun.service';
import { dueReviewWeek } from './review-schedule';

export const REVIEW_GENERATE_QUEUE = 'review-generate';
export const REVIEW_TICK_QUEUE = 'review-tick';
export const PGBOSS_SCHEMA = 'pgboss';

export interface ReviewJobsOptions {
  /** Run the workers in this process (the API by default, or apps/worker), and the weekly schedule if `schedule`. */
  runWorkers: boolean;
  /**
   * With `runWorkers`, also run the per-minute tick (the weekly schedule and missed key sessions). Off
   * (REVIEW_SCHEDULE=false): this process works the jobs others queue, and the tick runs only when called.
   */
  schedule: boolean;
  /** Athletes per job (a chunk of a run, in athlete id order). */
  batchSize: number;
  /** Jobs this process works on at once (their reads, engine runs and writes overlap). */
  concurrency: number;
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
  schedule: config.reviewJobs.schedule,
  batchSize: config.reviewJobs.batchSize,
  concurrency: config.reviewJobs.concurrency,
  expireInSeconds: config.reviewJobs.expireInSeconds,
  maintenanceIntervalSeconds: Math.min(60, config.reviewJobs.expireInSeconds),
});

export interface GenerateJob {
  weekStart: string;
  /** The chunk's athletes, in id order. */
  athleteIds: string[];
  /** Jobs queued before chunks (one athlete each). */
  athleteId?: string;
}

/** A chunk is worked in steps of this many athletes: one transaction each, the next step's reads prefetched. */
export const stepSizeOf = (batchSize: number) => Math.max(1, Math.ceil(batchSize / 4));

/** The singleton key of a chunk: the same athletes of one organization and week, whatever run asks. */
export const chunkKeyOf = (organizationId: string, weekStart: string, athleteIds: readonly string[]) =>
  `${organizationId}:${weekStart}:${createHash('sha256').update(athleteIds.join(',')).digest('hex').slice(0, 32)}`;

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
 * start). A run records which athletes a generation covers; its athletes, in id order, are cut into
 * chunks of `batchSize`, one `review-generate` job per chunk (singleton key: organization, week and a
 * hash of the chunk's athletes; queue policy `stately`: at most one queued and one running per key),
 * inserted in the same transaction, so a run and its jobs exist together or not at all. A worker takes a
 * chunk in steps (each step's generation lock, reads, reviews and run items in one transaction; the next
 * step reads while this one's engine runs and it writes): progress counts each athlete once, however often a
 * job is retried, and a retried chunk skips the athletes an earlier attempt settled. An athlete whose review
 * fails (the engine throws, a row is refused) is marked FAILED and the chunk goes on; only an unavailable
 * database fails the job (retried with backoff; the last attempt marks what is left FAILED). A job whose
 * worker died expires and is retried by another worker; the review's own unique key (athlete, week) and
 * input digest make a repeated generation harmless.
 * Every minute a `review-tick` (pg-boss cron, sent once per minute whatever the number of instances)
 * creates the week's scheduled run for organizations whose review time has come (at most one per
 * organization and week: a unique index decides between instances).
 */
@Injectable()
export class ReviewJobs implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(ReviewJobs.name);
  private boss: PgBoss | null = null;
  private queueDb: QueueDb | null = null;
  /** Set when the app starts to shut down (see the queue's error handler). */
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfigService,
    private readonly generator: ReviewGenerator,
    private readonly clock: ReviewClock,
    @Inject(REVIEW_JOBS_OPTIONS) private readonly options: ReviewJobsOptions,
    private readonly rerun: ReviewRerun,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Its own pool, through which a job's outcome written while the database is away is retried, not left to
    // end the process (see QueueDb).
    this.queueDb = new QueueDb({
      connectionString: this.config.databaseUrl,
      schema: PGBOSS_SCHEMA,
      max: 3,
      applicationName: 'coachline-review-jobs',
      onOutcomeWriteFailed: (e, willRetry) =>
        this.logger.warn(
          `review jobs: a job's outcome was not recorded (${e.message}); ${
            willRetry ? 'trying again' : 'left to expire and be retried'
          }`,
        ),
    });
    const boss = new PgBoss({
      db: this.queueDb,
      schema: PGBOSS_SCHEMA,
      schedule: this.options.runWorkers && this.options.schedule,
      supervise: this.options.runWorkers,
      maintenanceIntervalSeconds: this.options.maintenanceIntervalSeconds,
    });
    // Once the app is stopping, a connection the queue still had open may be cut as the database (the embedded
    // one, stopped next) goes away: expected there, so a warning, not an error (seen on a loaded machine, where
    // the queue's graceful stop outlasted its timeout). Any error before the stop is logged as an error.
    boss.on('error', (e) =>
      this.stopping
        ? this.logger.warn(`review jobs (stopping): ${e.message}`)
        : this.logger.error(`review jobs: ${e.message}`),
    );
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
      for (let i = 0; i < Math.max(1, this.options.concurrency); i++) {
        let workerId = '';
        workerId = await boss.work<GenerateJob>(
          REVIEW_GENERATE_QUEUE,
          { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
          async (jobs) => {
            try {
              await this.generate(jobs);
            } finally {
              // A chunk was there: fetch the next at once rather than after the polling interval.
              if (jobs.length) this.boss?.notifyWorker(workerId);
            }
          },
        );
      }
    }
    if (this.options.runWorkers && this.options.schedule) {
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

  beforeApplicationShutdown(): void {
    this.stopping = true;
    this.queueDb?.drain();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.queueDb?.drain();
    const boss = this.boss;
    this.boss = null;
    this.rerun.stop();
    await boss?.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  /**
   * Generation jobs (chunks of a run's athletes), one after another. A chunk's athletes still pending for
   * the week are generated in steps; each step's reviews and run items are written in one transaction.
   * Only an unavailable database fails the job (pg-boss retries it; on the last attempt the chunk's
   * pending items say FAILED).
   */
  async generate(jobs: PgBoss.JobWithMetadata<GenerateJob>[]): Promise<void> {
    for (const job of jobs) {
      const ids = job.data.athleteIds ?? (job.data.athleteId ? [job.data.athleteId] : []);
      const week = job.data.weekStart;
      try {
        await this.generateChunk(ids, week);
      } catch (e) {
        if (job.retryCount >= job.retryLimit) {
          await this.settle(this.db.manager, week, new Map(ids.map((id) => [id, 'FAILED'])));
        }
        throw e;
      }
    }
  }

  private async generateChunk(athleteIds: string[], week: string): Promise<void> {
    // A retried chunk (its worker died, the database went away) resumes where it stopped.
    const pending = (
      await this.db.query<Array<{ athlete_id: string }>>(
        `SELECT DISTINCT i.athlete_id FROM review_generation_item i
           JOIN review_generation_run r ON r.id = i.run_id
          WHERE i.athlete_id = ANY($1::uuid[]) AND i.status = 'PENDING' AND r.week_start = $2`,
        [athleteIds, week],
      )
    ).map((r) => r.athlete_id);
    const todo = new Set(pending);
    const ids = athleteIds.filter((id) => todo.has(id));
    const size = stepSizeOf(this.options.batchSize);
    const steps: string[][] = [];
    for (let i = 0; i < ids.length; i += size) steps.push(ids.slice(i, i + size));
    const now = this.clock.now();
    const settle = async (em: EntityManager, outcomes: GenerationOutcome[]) => {
      const status = new Map<string, string>();
      const later: PgBoss.JobInsert<GenerateJob>[] = [];
      for (const o of outcomes) {
        if (o.result === 'FAILED') {
          this.logger.warn(`the review of athlete ${o.athleteId} for ${week} failed: ${o.error}`);
        }
        if (o.result === 'NOT_COMING_WEEK' && o.notBefore) {
          // Still in the week before in their own zone (a club reviewing on Monday, an athlete to its west):
          // their item stays pending and a job of their own makes it from their Monday, in the same
          // transaction as this step's writes. The delay is counted on the review clock, started by the
          // database's (pg-boss reads `now() + interval`).
          const seconds = Math.max(0, Math.ceil((o.notBefore.getTime() - now.getTime()) / 1000)) + 1;
          later.push({
            name: REVIEW_GENERATE_QUEUE,
            data: { weekStart: week, athleteIds: [o.athleteId] },
            startAfter: `${seconds} seconds`,
            expireInSeconds: this.options.expireInSeconds,
          });
          continue;
        }
        status.set(
          o.athleteId,
          o.result === 'NOT_COMING_WEEK' || o.result === 'FAILED'
            ? 'FAILED'
            : o.result === 'KEPT_DONE'
              ? 'KEPT'
              : 'DONE',
        );
      }
      if (later.length) await this.boss!.insert(later, { db: inTransaction(em) });
      return this.settle(em, week, status);
    };
    // Two steps in flight: the next one (its own transaction, on its own connection) reads while this one's
    // engine runs and it writes, so a job holds at most two of the pool's connections (the API shares the
    // pool). A step reads only once it holds its athletes' generation lock (see ReviewGenerator), so the reads
    // cannot run ahead of the transaction that writes: a stale step would overwrite a newer review.
    const inFlight: Promise<unknown>[] = [];
    try {
      for (const step of steps) {
        const generated = this.generator.generateIsolated(step, now, week, settle);
        generated.catch(() => undefined); // awaited below; a step that fails first must not leave it unhandled
        inFlight.push(generated);
        if (inFlight.length > 1) await inFlight.shift();
      }
      while (inFlight.length) await inFlight.shift();
    } finally {
      // A step failed (the database went away): the job ends once the other one has too.
      await Promise.allSettled(inFlight);
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
      const ids = items.map((it) => it.athlete_id).sort();
      const size = this.options.batchSize;
      const jobs: PgBoss.JobInsert<GenerateJob>[] = [];
      for (let i = 0; i < ids.length; i += size) {
        const chunk = ids.slice(i, i + size);
        jobs.push({
          name: REVIEW_GENERATE_QUEUE,
          data: { weekStart, athleteIds: chunk },
          singletonKey: chunkKeyOf(organizationId, weekStart, chunk),
          // Per job: the queue keeps the options of whichever instance created it first.
          expireInSeconds: this.options.expireInSeconds,
        });
      }
      for (let i = 0; i < jobs.length; i += 1000) {
        await boss.insert(jobs.slice(i, i + 1000), { db: inTransaction(em) });
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
