import { AppConfigService } from '../../config/app-config.service';

export const CHAT_OPTIONS = Symbol('CHAT_OPTIONS');

export interface RateLimit {
  /** Burst size. */
  capacity: number;
  /** Sustained rate. */
  refillPerSecond: number;
}

/** Chat settings, from AppConfigService; tests and benchmarks override the provider. */
export interface ChatOptions {
  /** With a URL, instances share events through the Redis streams adapter; without, in-memory. */
  redisUrl?: string;
  /** Redis stream (and pub/sub channel prefix) of the adapter; unique per deployment or test run. */
  redisStreamName: string;
  /** Prefix of the keys that hold connection-state-recovery sessions. */
  redisSessionKeyPrefix: string;
  /** Per user, per instance. */
  sendLimit: RateLimit;
  typingLimit: RateLimit;
  /**
   * Admission control: sends this instance works on at once (the rest of the pool's queue). Past it a
   * send is refused at once with a retryable SERVICE_UNAVAILABLE / OVERLOADED, so the accepted ones keep
   * their latency instead of every send waiting in an unbounded queue. Default: 5 per pooled connection.
   */
  maxPendingSends?: number;
  /** Sends are refused (OVERLOADED) while the event loop lags more than this (CPU saturated). */
  maxLoopLagMs?: number;
  /**
   * Group commit: at most this many append statements run at once; sends arriving meanwhile wait and go
   * together in the next one (see GroupCommit). Default: a fifth of the pool, at least 1 (2 of 10: on
   * two cores, two backends appending batches keep PostgreSQL busy, and the rest of the pool stays free
   * for reads).
   */
  appendConcurrency?: number;
  /** REQUEST_TIMEOUT_MS: the deadline of every chat event (the send fast path applies it itself). */
  requestTimeoutMs?: number;
}

export function chatOptionsFrom(config: AppConfigService): ChatOptions {
  return {
    redisUrl: config.redisUrl,
    redisStreamName: config.chatRedisPrefix,
    redisSessionKeyPrefix: `${config.chatRedisPrefix}:session:`,
    sendLimit: { capacity: 20, refillPerSecond: 2 },
    typingLimit: { capacity: 5, refillPerSecond: 1 },
    maxPendingSends: config.dbPoolSize * 5,
    appendConcurrency: Math.max(1, Math.floor(config.dbPoolSize / 5)),
    requestTimeoutMs: config.requestTimeoutMs,
  };
}
