import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MinLength,
  Min,
  ValidateIf,
  validateSync,
  Matches,
} from 'class-validator';
import type { LogFormat } from '../startup/log-output';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Every environment variable the app reads. Documented in .env.example; validated at boot. */
export class EnvVars {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /**
   * Deadline of a GraphQL operation or a chat event: past it the client gets a retryable
   * SERVICE_UNAVAILABLE. Database statements are cut a second earlier (see requestTimeouts).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(120_000)
  REQUEST_TIMEOUT_MS = 6000;

  @Transform(emptyToUndefined)
  @ValidateIf((o: EnvVars) => o.NODE_ENV === 'production' || o.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Access tokens are short-lived (sessions go on through refresh tokens): at most a day. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86_400, {
    message: 'JWT_ACCESS_TTL_SECONDS must be at most 86400 (one day); sessions last through refresh tokens',
  })
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  REFRESH_TOKEN_TTL_DAYS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  INVITATION_TTL_HOURS = 168;

  /** Invitations (and so invitation e-mails) one organization may send per hour. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  INVITATIONS_PER_ORG_PER_HOUR = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COST = 5000;

  /** Largest JSON or form request body (bytes); larger ones get 413. Uploads have their own limit. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MAX_REQUEST_BODY_BYTES = 1_048_576;

  /** Fields at the root of one GraphQL operation (each alias counts). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ROOT_FIELDS = 20;

  /** Aliased fields in one GraphQL operation. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  GRAPHQL_MAX_ALIASES = 30;

  /** Runs of the training engine (athlete reviews) one GraphQL request may ask for. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ENGINE_RUNS = 500;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  /** Prefix of the chat adapter's Redis stream and session keys: deployments sharing a Redis keep apart. */
  @Transform(({ value }: { value: unknown }) =>
    value === '' || value === undefined ? 'coachline:chat' : value,
  )
  @Matches(/^[A-Za-z0-9:_.-]{1,64}$/, {
    message: 'CHAT_REDIS_PREFIX must be 1–64 letters, digits or : _ . -',
  })
  CHAT_REDIS_PREFIX = 'coachline:chat';

  /**
   * Which proxies in front of the app to believe about the client's address (X-Forwarded-For), as
   * Express's "trust proxy": unset or false: none (req.ip is the peer); true: any; a number: that many
   * hops; else addresses, subnets or loopback / linklocal / uniquelocal, comma-separated.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(?:true|false|\d+|[A-Za-z0-9.:/]+(?:\s*,\s*[A-Za-z0-9.:/]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count or comma-separated addresses, subnets or names',
  })
  TRUST_PROXY?: string;

  /** Origins allowed to call the API from a browser (CORS), comma-separated; default: PUBLIC_URL's. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(?:\*|https?:\/\/[^\s,/]+\/?(?:\s*,\s*https?:\/\/[^\s,/]+\/?)*)$/, {
    message: 'CORS_ORIGINS must be * or comma-separated origins such as https://app.example.com',
  })
  CORS_ORIGINS?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** auto: readable lines when stdout is a terminal, JSON otherwise. Production always logs JSON. */
  @Transform(({ value }: { value: unknown }) => (value === '' || value === undefined ? 'auto' : value))
  @IsIn(['auto', 'json', 'pretty'], { message: 'LOG_FORMAT must be auto, json or pretty' })
  LOG_FORMAT: LogFormat = 'auto';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  PUBLIC_URL?: string;

  /** SMTP server for invitation e-mails, e.g. smtp://user:pass@mail.example.com:587; unset: none are sent. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s/]+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender of the app's e-mails ("Name <address>" or an address). */
  @Transform(({ value }: { value: unknown }) =>
    value === '' || value === undefined ? 'Coachline <no-reply@coachline.local>' : value,
  )
  @Matches(/^(?:[^<>\r\n]+ <[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, {
    message: 'MAIL_FROM must be an address or "Name <address>"',
  })
  MAIL_FROM = 'Coachline <no-reply@coachline.local>';

  /** Whether the API process also runs the review jobs (weekly schedule, generation); false: apps/worker does. */
  @IsIn(['true', 'false'])
  REVIEW_JOBS_IN_API: 'true' | 'false' = 'true';

  /**
   * Whether a process that runs the review jobs also runs their per-minute tick: the weekly schedule (each
   * organization's review run at its review time) and the re-runs for missed key sessions. false: it only
   * works the jobs queued by others (the tests run so, and call the tick with the time they mean).
   */
  @IsIn(['true', 'false'])
  REVIEW_SCHEDULE: 'true' | 'false' = 'true';

  /**
   * Athletes per review generation job: a run's athletes, in id order, are cut into chunks of this many, one
   * job each (worked in steps of a quarter of it, one transaction per step).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  REVIEW_JOB_BATCH_SIZE = 100;

  /** Review generation jobs a process (API or worker) works on at once: their reads and engine runs overlap. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  REVIEW_JOB_CONCURRENCY = 2;

  /** A running review job not finished within this many seconds is taken to be lost (its worker died) and retried. */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(3600)
  REVIEW_JOB_EXPIRE_SECONDS = 300;
}

/** Fails fast with every problem listed when the environment is invalid. */
export function validateEnv(raw: Record<string, unknown>): EnvVars {
  const env = plainToInstance(EnvVars, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new Error(`Invalid configuration:\n  - ${lines.join('\n  - ')}`);
  }
  return env;
}
