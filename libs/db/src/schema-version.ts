import { DataSource } from 'typeorm';

/**
 * Migrations recorded in the database that this code does not have: the database was migrated by a
 * newer version of Coachline (or another branch). Empty on a database this code can run on.
 */
export async function unknownMigrations(ds: DataSource): Promise<string[]> {
  const table = ds.options.migrationsTableName ?? 'migrations';
  const [{ present }] = await ds.query<Array<{ present: boolean }>>(
    `SELECT to_regclass($1) IS NOT NULL AS present`,
    [table],
  );
  if (!present) return [];
  const applied = await ds.query<Array<{ name: string }>>(`SELECT name FROM "${table}" ORDER BY id`);
  const known = new Set(ds.migrations.map((m) => m.name ?? m.constructor.name));
  return applied.map((r) => r.name).filter((name) => !known.has(name));
}

/** Why the app (or `migration:run`) refuses a database that is ahead of the code. */
export function databaseAheadMessage(unknown: string[]): string {
  return (
    `The database has ${unknown.length === 1 ? 'a migration' : `${unknown.length} migrations`} this version of ` +
    `Coachline does not know (${unknown.join(', ')}): it was upgraded by a newer version. Refusing to ` +
    `start, so that older code never writes to a newer schema. Run the newer version (git pull, npm ci), ` +
    `or restore the backup taken before the upgrade (npm run db:restore).`
  );
}
