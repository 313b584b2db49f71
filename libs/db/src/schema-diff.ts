import { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import { SqlInMemory } from 'typeorm/driver/SqlInMemory';

/**
 * The SQL that would bring the database to the entities: what `migration:generate` writes, nothing when
 * they match. TypeORM's introspection sends many queries at once on its one connection (Promise.all),
 * which pg 8.19+ deprecates (pg queued them anyway); here that connection takes them one at a time.
 */
export async function pendingSchemaSql(ds: DataSource): Promise<SqlInMemory> {
  const own = Object.prototype.hasOwnProperty.call(ds, 'createQueryRunner');
  const create = ds.createQueryRunner;
  ds.createQueryRunner = (mode?: ReplicationMode) => oneQueryAtATime(create.call(ds, mode));
  try {
    return await ds.driver.createSchemaBuilder().log();
  } finally {
    if (own) ds.createQueryRunner = create;
    else delete (ds as { createQueryRunner?: unknown }).createQueryRunner;
  }
}

function oneQueryAtATime(runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
}
