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
  extra: { poolSize?: number; logger?: QueryCounter } = {},
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
    // errors in the log instead of an instance that silently stops answering.
    extra: { max: extra.poolSize ?? 10, connectionTimeoutMillis: 10_000 },
  };
}
