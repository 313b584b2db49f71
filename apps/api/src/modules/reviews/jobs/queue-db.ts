import { EventEmitter } from 'events';
import { Pool, PoolConfig } from 'pg';
import PgBoss from 'pg-boss';
import { isDatabaseUnavailable } from '@app/db';

/** The statements pg-boss 10 writes a worked job's outcome with (its `plans` module; queue-outage.e2e-spec fails if they change). */
interface BossPlans {
  completeJobs(schema: string): string;
  failJobsById(schema: string): string;
}
const plans = require('pg-boss/src/plans') as BossPlans;

export interface QueueDbOptions {
  connectionString: string;
  schema: string;
  max: number;
  applicationName: string;
  /** Waits before each new try of an outcome write (ms); the write is given up after the last. */
  outcomeRetryDelaysMs?: readonly number[];
  /** Told when an outcome write failed, with whether it will be tried again. */
  onOutcomeWriteFailed?: (error: Error, willRetry: boolean) => void;
}

const DEFAULT_RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * The connections of the job queue: pg-boss's own pool, with one difference.
 *
 * pg-boss 10 writes a worked job's outcome (completed, or failed) without awaiting it (`work()` in its
 * manager.js calls `this.complete(...)` / `this.fail(...)` and goes on), so a connection cut at that moment
 * rejects with no handler: Node ends the process on an unhandled rejection, the API with it, for a database
 * that was away for a second. Here such a write that fails is answered as having changed nothing (pg-boss reads
 * only the count), with a warning: the job stays active until it expires and is retried, as when its worker dies,
 * which every job of this queue allows (a generation's unique key and input digest make a repeated one harmless;
 * a tick makes each organization's run once). A completion refused because the database is away is first tried
 * again while it comes back: it changes only a job still active, so a second try of one that did land (its
 * answer lost) changes nothing. A failure is not: it changes a job in any state before completed, so a second
 * try could fail an attempt another worker has taken since (the job retried in between). Every other statement
 * (fetches, sends, maintenance) is awaited by pg-boss and fails as before.
 *
 * `isOurs`, `opened`, `open()`, `close()` and the `error` event are what pg-boss expects of a Db of its own:
 * it opens and closes this one with its start and stop, and passes the pool's errors on as its own.
 */
export class QueueDb extends EventEmitter implements PgBoss.Db {
  readonly isOurs = true;
  readonly events = { error: 'error' };
  opened = false;
  private pool: Pool | null = null;
  /** The outcome writes pg-boss does not await, each with whether it may be tried again. */
  private readonly outcomeStatements: ReadonlyMap<string, { retry: boolean }>;
  private readonly delays: readonly number[];
  /** Set as the app stops: a failed outcome write is then given up at once rather than holding up the stop. */
  private draining = false;

  constructor(private readonly options: QueueDbOptions) {
    super();
    this.outcomeStatements = new Map([
      [plans.completeJobs(options.schema), { retry: true }],
      [plans.failJobsById(options.schema), { retry: false }],
    ]);
    this.delays = options.outcomeRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  async open(): Promise<void> {
    const config: PoolConfig = {
      connectionString: this.options.connectionString,
      max: this.options.max,
      application_name: this.options.applicationName,
    };
    this.pool = new Pool(config);
    this.pool.on('error', (error) => this.emit('error', error));
    this.opened = true;
  }

  async close(): Promise<void> {
    this.opened = false;
    const pool = this.pool;
    if (pool && !pool.ending) await pool.end();
  }

  /** No more retries of outcome writes: the process is stopping. */
  drain(): void {
    this.draining = true;
  }

  async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
    // As pg-boss's own: nothing once closed (a late write of a stopped queue).
    if (!this.opened || !this.pool) return undefined as unknown as { rows: unknown[] };
    const outcome = this.outcomeStatements.get(text);
    if (!outcome) return this.pool.query(text, values);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.pool.query(text, values);
      } catch (e) {
        const willRetry =
          outcome.retry &&
          isDatabaseUnavailable(e) &&
          attempt < this.delays.length &&
          !this.draining &&
          this.opened;
        this.options.onOutcomeWriteFailed?.(e as Error, willRetry);
        // Nothing changed: pg-boss reads the count of jobs it changed, and the job is left to expire.
        if (!willRetry) return { rows: [{ count: '0' }] };
        await sleep(this.delays[attempt]);
        if (!this.opened || !this.pool) return { rows: [{ count: '0' }] };
      }
    }
  }
}
