import { tooManyRequests } from '@app/common';
import { RateLimit } from './chat-options';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets per key (user and action). Over the limit throws TOO_MANY_REQUESTS with a retry hint,
 * which both transports report to the caller: never a silent drop. Per instance: with N instances a user
 * gets at most N times the rate, and sticky sessions keep one user's sockets on one instance anyway.
 */
export class ChatRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly what: string,
    private readonly code: string,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): void {
    const now = this.now();
    this.sweep(now);
    const b = this.buckets.get(key) ?? { tokens: this.limit.capacity, at: now };
    b.tokens = Math.min(this.limit.capacity, b.tokens + ((now - b.at) / 1000) * this.limit.refillPerSecond);
    b.at = now;
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - b.tokens) / this.limit.refillPerSecond));
      throw tooManyRequests(
        `Too many ${this.what}; try again in ${retryAfterSeconds} s`,
        this.code,
        retryAfterSeconds,
      );
    }
    b.tokens -= 1;
    this.buckets.set(key, b);
  }

  /** Gives back a token taken for an action that turned out not to count (a retry, a refused send). */
  refund(key: string): void {
    const b = this.buckets.get(key);
    if (b) b.tokens = Math.min(this.limit.capacity, b.tokens + 1);
  }

  /** Drops full buckets now and then so idle users cost no memory. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    const fullAfterMs = (this.limit.capacity / this.limit.refillPerSecond) * 1000;
    for (const [k, b] of this.buckets) if (now - b.at > fullAfterMs) this.buckets.delete(k);
  }
}
