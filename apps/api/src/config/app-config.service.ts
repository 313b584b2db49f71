import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { logDestination } from '../startup/log-output';
import { EnvVars } from './env.schema';

const DEV_JWT_SECRET = 'coachline-development-only-secret-change-me!';

/** Typed configuration; the only place the app reads the environment. */
@Injectable()
export class AppConfigService {
  constructor(private readonly config: ConfigService<EnvVars, true>) {}

  private get<K extends keyof EnvVars>(key: K): EnvVars[K] {
    return this.config.get(key, { infer: true });
  }

  get isProduction(): boolean {
    return this.get('NODE_ENV') === 'production';
  }
  get port(): number {
    return this.get('PORT');
  }
  get databaseUrl(): string {
    const url = this.get('DATABASE_URL');
    if (!url) throw new Error('DATABASE_URL is not set (main.ts sets it when it starts the embedded server)');
    return url;
  }
  get dbPoolSize(): number {
    return this.get('DB_POOL_SIZE');
  }
  get requestTimeoutMs(): number {
    return this.get('REQUEST_TIMEOUT_MS');
  }
  /** Embedded mode: the app owns its database and applies migrations itself at start. */
  get runMigrationsOnStart(): boolean {
    return process.env.COACHLINE_EMBEDDED_DB === '1';
  }
  get jwtSecret(): string {
    return this.get('JWT_SECRET') ?? DEV_JWT_SECRET;
  }
  get accessTokenTtlSeconds(): number {
    return this.get('JWT_ACCESS_TTL_SECONDS');
  }
  get refreshTokenTtlDays(): number {
    return this.get('REFRESH_TOKEN_TTL_DAYS');
  }
  get invitationsPerHour(): number {
    return this.get('INVITATIONS_PER_ORG_PER_HOUR');
  }
  get invitationTtlHours(): number {
    return this.get('INVITATION_TTL_HOURS');
  }
  get loginLimits() {
    return {
      maxFailuresPerAccount: this.get('LOGIN_MAX_FAILURES_PER_ACCOUNT'),
      maxAttemptsPerIp: this.get('LOGIN_MAX_ATTEMPTS_PER_IP'),
      windowSeconds: this.get('LOGIN_WINDOW_SECONDS'),
    };
  }
  get graphqlLimits() {
    return {
      maxDepth: this.get('GRAPHQL_MAX_DEPTH'),
      maxCost: this.get('GRAPHQL_MAX_COST'),
      maxRootFields: this.get('GRAPHQL_MAX_ROOT_FIELDS'),
      maxAliases: this.get('GRAPHQL_MAX_ALIASES'),
      maxEngineRuns: this.get('GRAPHQL_MAX_ENGINE_RUNS'),
    };
  }
  get maxRequestBodyBytes(): number {
    return this.get('MAX_REQUEST_BODY_BYTES');
  }
  /** Express's "trust proxy" value (see TRUST_PROXY). */
  get trustProxy(): boolean | number | string {
    const v = this.get('TRUST_PROXY');
    if (v === undefined || v === 'false') return false;
    if (v === 'true') return true;
    return /^\d+$/.test(v) ? Number(v) : v;
  }
  /** Browser origins allowed by CORS: the app's own (PUBLIC_URL's origin) unless CORS_ORIGINS says. */
  get corsOrigins(): string[] | '*' {
    const v = this.get('CORS_ORIGINS');
    if (v === '*') return '*';
    if (v) return v.split(',').map((o) => o.trim().replace(/\/$/, ''));
    return [new URL(this.publicUrl).origin];
  }
  get reviewJobs(): {
    runInApi: boolean;
    schedule: boolean;
    batchSize: number;
    concurrency: number;
    expireInSeconds: number;
  } {
    return {
      runInApi: this.get('REVIEW_JOBS_IN_API') === 'true',
      schedule: this.get('REVIEW_SCHEDULE') === 'true',
      batchSize: this.get('REVIEW_JOB_BATCH_SIZE'),
      concurrency: this.get('REVIEW_JOB_CONCURRENCY'),
      expireInSeconds: this.get('REVIEW_JOB_EXPIRE_SECONDS'),
    };
  }
  get redisUrl(): string | undefined {
    return this.get('REDIS_URL');
  }
  get chatRedisPrefix(): string {
    return this.get('CHAT_REDIS_PREFIX');
  }
  get logLevel(): string {
    return this.get('LOG_LEVEL');
  }
  /** Where and how the app logs (pino-pretty in a terminal, JSON otherwise); see startup/log-output.ts. */
  get logDestination() {
    return logDestination({ LOG_FORMAT: this.get('LOG_FORMAT'), NODE_ENV: this.get('NODE_ENV') });
  }
  get publicUrl(): string {
    return this.get('PUBLIC_URL') ?? `http://localhost:${this.port}`;
  }
  get smtpUrl(): string | undefined {
    return this.get('SMTP_URL');
  }
  get mailFrom(): string {
    return this.get('MAIL_FROM');
  }
}
