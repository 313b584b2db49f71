import { join } from 'path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { QueryCounter } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Where compiled or source migrations live, relative to this file in both src and dist layouts. */
export const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');

/** The one options object for the app (TypeOrmModule) and the CLI (scripts/typeorm.ts). */
export function buildDataSourceOptions(
  url: string,
  extra: { poolSize?: number; logger?: QueryCounter; requestTimeoutMs?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: extra.logger ? ['query'] : false,
    logger: extra.logger,
    // A request waits at most 10 s for a pooled connection, then fails: an exhausted pool shows up as
    // errors in the log instead of an instance that silently stops answering. The app's requests are
    // bounded tighter (requestTimeouts).
    extra: {
      max: extra.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      ...(extra.requestTimeoutMs ? requestTimeouts(extra.requestTimeoutMs) : {}),
    },
  };
}

/**
 * Database timeouts of the app's pool (not the migration CLI's), so that a request answers within its
 * deadline whatever PostgreSQL does: a statement is cut by the server after `deadline − 1 s`
 * (statement_timeout), and by the client half a second later if the server does not answer at all (a
 * frozen or unreachable server: query_timeout); a connection is waited for as long as a statement; a
 * session left idle inside a transaction is ended after twice the deadline. Every such failure is
 * reported as SERVICE_UNAVAILABLE / DATABASE_UNAVAILABLE (isDatabaseUnavailable).
 */
export function requestTimeouts(deadlineMs: number) {
  const statementMs = Math.max(500, deadlineMs - 1000);
  return {
    statement_timeout: statementMs,
    query_timeout: statementMs + 500,
    connectionTimeoutMillis: statementMs,
    idle_in_transaction_session_timeout: deadlineMs * 2,
  };
}
