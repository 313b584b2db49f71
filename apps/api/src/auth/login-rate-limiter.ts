import { Injectable } from '@nestjs/common';
import { tooManyRequests } from '@app/common';
import { AppConfigService } from '../config/app-config.service';

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Fixed-window counters per account (failed logins) and per IP (all attempts). In memory, per
 * instance: with several instances each enforces its own budget (documented in the README).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly accountFailures = new Map<string, Window>();
  private readonly ipAttempts = new Map<string, Window>();

  constructor(private readonly config: AppConfigService) {}

  private bump(map: Map<string, Window>, key: string, now: number): Window {
    const windowMs = this.config.loginLimits.windowSeconds * 1000;
    let w = map.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + windowMs };
      map.set(key, w);
    }
    w.count += 1;
    if (map.size > 100_000) this.sweep(map, now);
    return w;
  }

  private sweep(map: Map<string, Window>, now: number) {
    for (const [k, w] of map) if (w.resetAt <= now) map.delete(k);
  }

  private blocked(w: Window | undefined, max: number, now: number): number | null {
    if (w && w.resetAt > now && w.count >= max) return Math.ceil((w.resetAt - now) / 1000);
    return null;
  }

  /** Throws TOO_MANY_REQUESTS before any password work when the account or IP is over budget. */
  checkAndCount(account: string, ip: string, now = Date.now()): void {
    const limits = this.config.loginLimits;
    const ipWindow = this.bump(this.ipAttempts, ip, now);
    const retryIp =
      ipWindow.count > limits.maxAttemptsPerIp ? Math.ceil((ipWindow.resetAt - now) / 1000) : null;
    const retryAccount = this.blocked(this.accountFailures.get(account), limits.maxFailuresPerAccount, now);
    const retry = retryIp ?? retryAccount;
    if (retry !== null) {
      throw tooManyRequests(`Too many login attempts; try again in ${retry} s`, 'LOGIN_RATE_LIMITED', retry);
    }
  }

  /** Throws while the account is locked by failed password checks (from any path that checks one). */
  checkAccount(account: string, now = Date.now()): void {
    const retry = this.blocked(
      this.accountFailures.get(account),
      this.config.loginLimits.maxFailuresPerAccount,
      now,
    );
    if (retry !== null) {
      throw tooManyRequests(`Too many login attempts; try again in ${retry} s`, 'LOGIN_RATE_LIMITED', retry);
    }
  }

  recordFailure(account: string, now = Date.now()): void {
    this.bump(this.accountFailures, account, now);
  }

  recordSuccess(account: string): void {
    this.accountFailures.delete(account);
  }
}
