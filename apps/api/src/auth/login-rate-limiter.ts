import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tooManyRequests } from '@app/common';
import { AppConfigService } from '../config/app-config.service';

/** How often one instance deletes windows that ended more than a window ago. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window counters kept in PostgreSQL (`rate_limit_window`), so that every instance of the API
 * enforces one budget: behind a load balancer an attacker gets the configured attempts, not that many per
 * instance.
 *
 * - Per IP (`ip:<address>`): every attempt counts.
 * - Per account (`account:<email>`): every password attempt counts *before* the password is checked (a
 *   reservation), and a success clears the account's window. So the count is the number of attempts since
 *   the last success, and concurrent guesses cannot all slip in under the limit: each one's increment is
 *   atomic, and the one that takes the count over the limit is refused before any password work.
 * - Anything else (`key:<name>`): a plain budget of events, e.g. invitations per organization.
 *
 * Each check is one statement (an atomic upsert). Windows run on the application clock (`now`, epoch ms;
 * instances are expected to keep NTP time).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly logger = new Logger(LoginRateLimiter.name);
  private lastSweep = 0;

  constructor(
    private readonly config: AppConfigService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  private get windowMs(): number {
    return this.config.loginLimits.windowSeconds * 1000;
  }

  private tooMany(retry: number): Error {
    return tooManyRequests(`Too many login attempts; try again in ${retry} s`, 'LOGIN_RATE_LIMITED', retry);
  }

  /**
   * Counts one attempt from `ip` and reserves one password attempt on `account`, in one statement; throws
   * TOO_MANY_REQUESTS (before any password work) when either is over budget. Call `recordSuccess` when the
   * password turns out right; a wrong one needs nothing more (it was counted here).
   *
   * A client that signed in to this account before from this address (`known`, kept for
   * KNOWN_CLIENT_DAYS after each success) has the account's budget to itself (`account-ip:`): someone
   * else's wrong guesses lock the account for everyone else but not for its owner's usual client.
   * The wait given is the real one: the end of the latest window that refuses the attempt.
   */
  async checkAndCount(account: string, ip: string, now = Date.now()): Promise<void> {
    const limits = this.config.loginLimits;
    const [row] = await this.db.query<
      Array<{
        ip_count: number;
        ip_reset_ms: number;
        account_count: number;
        account_reset_ms: number;
        pair_count: number;
        pair_reset_ms: number;
        known: boolean;
      }>
    >(
      `WITH ip AS (${upsert(1)}), account AS (${upsert(4)}), pair AS (${upsert(7)})
       SELECT ip.count AS ip_count, ip.reset_ms AS ip_reset_ms,
              account.count AS account_count, account.reset_ms AS account_reset_ms,
              pair.count AS pair_count, pair.reset_ms AS pair_reset_ms,
              EXISTS (SELECT 1 FROM rate_limit_window k
                       WHERE k.key = $10 AND k.reset_at > to_timestamp($2::float8 / 1000)) AS known
         FROM ip, account, pair`,
      [
        `ip:${ip}`,
        now,
        this.windowMs,
        `account:${account}`,
        now,
        this.windowMs,
        pairKey(account, ip),
        now,
        this.windowMs,
        knownKey(account, ip),
      ],
    );
    this.sweepSometimes(now);
    const over = (count: number, max: number, resetMs: number) =>
      count > max ? Math.max(1, Math.ceil((resetMs - now) / 1000)) : null;
    const waits = [
      over(row.ip_count, limits.maxAttemptsPerIp, row.ip_reset_ms),
      row.known
        ? over(row.pair_count, limits.maxFailuresPerAccount, row.pair_reset_ms)
        : over(row.account_count, limits.maxFailuresPerAccount, row.account_reset_ms),
    ].filter((w): w is number => w !== null);
    if (waits.length) throw this.tooMany(Math.max(...waits));
  }

  /** Reserves one password attempt on `account` (another path that checks a password, e.g. an invitation). */
  async reserveAttempt(account: string, now = Date.now()): Promise<void> {
    const [row] = await this.db.query<Array<{ count: number; reset_ms: number }>>(upsert(1), [
      `account:${account}`,
      now,
      this.windowMs,
    ]);
    if (row.count > this.config.loginLimits.maxFailuresPerAccount) {
      throw this.tooMany(Math.max(1, Math.ceil((row.reset_ms - now) / 1000)));
    }
  }

  /**
   * The password was right: the account's attempts start again from zero, and with `ip` this client is
   * known to the account for KNOWN_CLIENT_DAYS (see `checkAndCount`).
   */
  async recordSuccess(account: string, ip?: string, now = Date.now()): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_window WHERE key = ANY($1::text[])`, [
      [`account:${account}`, ...(ip ? [pairKey(account, ip)] : [])],
    ]);
    if (!ip) return;
    await this.db.query(
      `INSERT INTO rate_limit_window (key, count, reset_at) VALUES ($1, 1, to_timestamp($2::float8 / 1000))
       ON CONFLICT (key) DO UPDATE SET reset_at = EXCLUDED.reset_at`,
      [knownKey(account, ip), now + KNOWN_CLIENT_DAYS * 86_400_000],
    );
  }

  /**
   * Counts one event against a named budget of `max` per `windowSeconds`; throws TOO_MANY_REQUESTS with
   * `reason` when it is over.
   */
  async consume(
    name: string,
    max: number,
    windowSeconds: number,
    reason: string,
    message: string,
    now = Date.now(),
  ): Promise<void> {
    const [row] = await this.db.query<Array<{ count: number; reset_ms: number }>>(upsert(1), [
      `key:${name}`,
      now,
      windowSeconds * 1000,
    ]);
    if (row.count > max) {
      const retry = Math.max(1, Math.ceil((row.reset_ms - now) / 1000));
      throw tooManyRequests(`${message}; try again in ${retry} s`, reason, retry);
    }
  }

  /** Deletes windows that ended over an hour ago, at most once a minute per instance; never awaited. */
  private sweepSometimes(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS && now >= this.lastSweep) return;
    this.lastSweep = now;
    this.db
      .query(
        `DELETE FROM rate_limit_window WHERE reset_at < to_timestamp(($1::float8 - $2::float8) / 1000)`,
        [now, Math.max(this.windowMs, 3_600_000)],
      )
      .catch((e: Error) => this.logger.warn(`rate limit sweep failed (next one retries): ${e.message}`));
  }
}

/** How long a successful sign-in keeps its client (account and address) known. */
export const KNOWN_CLIENT_DAYS = 30;
const pairKey = (account: string, ip: string) => `account-ip:${account}|${ip}`;
const knownKey = (account: string, ip: string) => `known:${account}|${ip}`;

/** `reset_at` as epoch milliseconds (a float8, which the driver returns as a number). */
const EPOCH_MS = `(extract(epoch FROM w.reset_at) * 1000)::float8`;

/**
 * Counts one event under the key in parameter $k at time $(k+1) (epoch ms) in a window of $(k+2) ms:
 * starts a new window when there is none or it has ended, else adds one. Returns the count and the end.
 */
function upsert(k: number): string {
  const [key, now, windowMs] = [`$${k}`, `$${k + 1}`, `$${k + 2}`];
  const at = `to_timestamp(${now}::float8 / 1000)`;
  return `
    INSERT INTO rate_limit_window AS w (key, count, reset_at)
    VALUES (${key}, 1, to_timestamp((${now}::float8 + ${windowMs}::float8) / 1000))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN w.reset_at <= ${at} THEN 1 ELSE w.count + 1 END,
      reset_at = CASE WHEN w.reset_at <= ${at} THEN EXCLUDED.reset_at ELSE w.reset_at END
    RETURNING w.count, ${EPOCH_MS} AS reset_ms`;
}
