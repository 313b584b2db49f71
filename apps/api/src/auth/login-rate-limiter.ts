import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tooManyRequests } from '@app/common';
import { AppConfigService } from '../config/app-config.service';

interface WindowRow {
  count: number;
  /** Epoch milliseconds. */
  reset_ms: number;
}

/** How often one instance deletes windows that ended more than a window ago. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window counters per account (failed password checks) and per IP (all attempts), kept in
 * PostgreSQL (`rate_limit_window`) so that every instance of the API enforces one budget: behind a load
 * balancer an attacker gets the configured attempts, not that many per instance. Each check or count is
 * one statement (an atomic upsert), so concurrent attempts are all counted. Windows run on the
 * application clock (`now`, epoch ms; instances are expected to keep NTP time).
 */
@Injectable()
export class LoginRateLimiter {
  private lastSweep = 0;

  constructor(
    private readonly config: AppConfigService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  private get windowMs(): number {
    return this.config.loginLimits.windowSeconds * 1000;
  }

  private retryAfter(w: WindowRow | undefined, max: number, now: number): number | null {
    if (w && w.reset_ms > now && w.count >= max) return Math.ceil((w.reset_ms - now) / 1000);
    return null;
  }

  private tooMany(retry: number): Error {
    return tooManyRequests(`Too many login attempts; try again in ${retry} s`, 'LOGIN_RATE_LIMITED', retry);
  }

  /**
   * Counts one attempt from `ip` and reads the account's failures, in one statement. Throws
   * TOO_MANY_REQUESTS (before any password work) when the account or the IP is over budget.
   */
  async checkAndCount(account: string, ip: string, now = Date.now()): Promise<void> {
    const limits = this.config.loginLimits;
    const [row] = await this.db.query<
      Array<{
        ip_count: number;
        ip_reset_ms: number;
        account_count: number | null;
        account_reset_ms: number | null;
      }>
    >(
      `WITH ip AS (${UPSERT}),
            account AS (SELECT count, ${EPOCH_MS} AS reset_ms FROM rate_limit_window WHERE key = $4)
       SELECT ip.count AS ip_count, ip.reset_ms AS ip_reset_ms,
              account.count AS account_count, account.reset_ms AS account_reset_ms
         FROM ip LEFT JOIN account ON true`,
      [`ip:${ip}`, now, this.windowMs, `account:${account}`],
    );
    this.sweepSometimes(now);
    const ipRetry = row.ip_count > limits.maxAttemptsPerIp ? Math.ceil((row.ip_reset_ms - now) / 1000) : null;
    const accountWindow =
      row.account_count === null
        ? undefined
        : { count: row.account_count, reset_ms: row.account_reset_ms as number };
    const retry = ipRetry ?? this.retryAfter(accountWindow, limits.maxFailuresPerAccount, now);
    if (retry !== null) throw this.tooMany(retry);
  }

  /** Throws while the account is locked by failed password checks (from any path that checks one). */
  async checkAccount(account: string, now = Date.now()): Promise<void> {
    const [w] = await this.db.query<WindowRow[]>(
      `SELECT count, ${EPOCH_MS} AS reset_ms FROM rate_limit_window WHERE key = $1`,
      [`account:${account}`],
    );
    const retry = this.retryAfter(w, this.config.loginLimits.maxFailuresPerAccount, now);
    if (retry !== null) throw this.tooMany(retry);
  }

  async recordFailure(account: string, now = Date.now()): Promise<void> {
    await this.db.query(UPSERT, [`account:${account}`, now, this.windowMs]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_window WHERE key = $1`, [`account:${account}`]);
  }

  /** Deletes windows that ended over a window ago, at most once a minute per instance; never awaited. */
  private sweepSometimes(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS && now >= this.lastSweep) return;
    this.lastSweep = now;
    this.db
      .query(
        `DELETE FROM rate_limit_window WHERE reset_at < to_timestamp(($1::float8 - $2::float8) / 1000)`,
        [now, this.windowMs],
      )
      .catch(() => undefined); // best effort: the next sweep retries
  }
}

/** `reset_at` as epoch milliseconds (a float8, which the driver returns as a number). */
const EPOCH_MS = `(extract(epoch FROM reset_at) * 1000)::float8`;

/**
 * Counts one event under key $1 at time $2 (epoch ms) in a window of $3 ms: starts a new window when
 * there is none or it has ended, else adds one. Returns the window's count and end.
 */
const UPSERT = `
  INSERT INTO rate_limit_window AS w (key, count, reset_at)
  VALUES ($1, 1, to_timestamp(($2::float8 + $3::float8) / 1000))
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN w.reset_at <= to_timestamp($2::float8 / 1000) THEN 1 ELSE w.count + 1 END,
    reset_at = CASE WHEN w.reset_at <= to_timestamp($2::float8 / 1000) THEN EXCLUDED.reset_at ELSE w.reset_at END
  RETURNING count, ${EPOCH_MS.replace('reset_at', 'w.reset_at')} AS reset_ms`;
