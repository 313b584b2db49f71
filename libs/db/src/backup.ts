import { once } from 'events';
import { createReadStream, createWriteStream } from 'fs';
import { createInterface } from 'readline';
import { DataSource, QueryRunner } from 'typeorm';
import { MigrationExecutor } from 'typeorm/migration/MigrationExecutor';
import { createGunzip, createGzip } from 'zlib';
import { buildDataSourceOptions } from './data-source-options';

/**
 * Backups of a Coachline database, in Node only: the embedded server's package ships no pg_dump, and an
 * external server's pg_dump must match its version. A backup is a gzipped JSON-lines file:
 *   {"format":"coachline-backup","version":1,"createdAt":…,"migrations":[…]}   the schema, by migration
 *   {"table":"athlete","row":{…}}                                            one line per row
 *   {"end":true,"rows":{"athlete":24,…}}                                      complete only with this
 * Rows are read in one REPEATABLE READ, READ ONLY transaction (one snapshot: consistent across tables,
 * as pg_dump's), and restored into a schema rebuilt by the same migrations, in one transaction.
 */
export const BACKUP_FORMAT = 'coachline-backup';

interface Header {
  format: string;
  version: number;
  createdAt: string;
  migrations: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const PAGE = 1000;
/** How long a restore waits for sessions that have just disconnected to leave pg_stat_activity. */
const SESSION_EXIT_WAIT_MS = 5000;

async function tablesOf(q: QueryRunner, migrationsTable: string): Promise<string[]> {
  const rows = await q.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY table_name`,
    [migrationsTable],
  );
  return (rows as Array<{ table_name: string }>).map((r) => r.table_name);
}

/** Tables ordered so that every table comes after the tables its foreign keys point at. */
async function insertOrder(q: QueryRunner, tables: string[]): Promise<string[]> {
  const fks = (await q.query(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  )) as Array<{ child: string; parent: string }>;
  const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1').replace(/""/g, '"');
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of fks) parents.get(unquote(child))?.add(unquote(parent));
  const out: string[] = [];
  const done = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (done.has(t)) return;
    if (path.has(t)) throw new Error(`foreign keys form a cycle through ${t}: cannot order the restore`);
    path.add(t);
    for (const p of parents.get(t) ?? []) if (parents.has(p)) visit(p, path);
    path.delete(t);
    done.add(t);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

async function write(stream: NodeJS.WritableStream, line: unknown): Promise<void> {
  if (!stream.write(JSON.stringify(line) + '\n')) await once(stream, 'drain');
}

/** Writes a consistent backup of the database at `url` to `file`; returns the row count per table. */
export async function backupDatabase(url: string, file: string): Promise<Record<string, number>> {
  const ds = new DataSource(buildDataSourceOptions(url, { poolSize: 1 }));
  await ds.initialize();
  const q = ds.createQueryRunner();
  const gzip = createGzip();
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    gzip.once('error', reject);
  });
  gzip.pipe(out);
  const rows: Record<string, number> = {};
  try {
    await q.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const table = ds.options.migrationsTableName ?? 'migrations';
    const migrations = (
      (await q.query(`SELECT name FROM ${ident(table)} ORDER BY id`)) as Array<{ name: string }>
    ).map((r) => r.name);
    const header: Header = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations,
    };
    await write(gzip, header);
    for (const t of await tablesOf(q, table)) {
      rows[t] = 0;
      await q.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(t)} t`,
      );
      for (;;) {
        const page = (await q.query(`FETCH ${PAGE} FROM backup_rows`)) as Array<{ j: string }>;
        for (const { j } of page) {
          if (!gzip.write(`{"table":${JSON.stringify(t)},"row":${j}}\n`)) await once(gzip, 'drain');
        }
        rows[t] += page.length;
        if (page.length < PAGE) break;
      }
      await q.query('CLOSE backup_rows');
    }
    await q.query('COMMIT');
    await write(gzip, { end: true, rows });
    gzip.end();
    await finished;
    return rows;
  } catch (e) {
    gzip.destroy();
    out.destroy();
    throw e;
  } finally {
    await q.release();
    await ds.destroy();
  }
}

/** Reads a backup file's lines, checking its header and that it is complete. */
async function* readBackup(
  file: string,
): AsyncGenerator<{ header: Header } | { table: string; row: unknown }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: Header | undefined;
  let ended = false;
  for await (const line of lines) {
    if (!line) continue;
    const item = JSON.parse(line) as Header & { table?: string; row?: unknown; end?: boolean };
    if (!header) {
      if (item.format !== BACKUP_FORMAT || item.version !== 1)
        throw new Error(`${file} is not a Coachline backup`);
      header = item;
      yield { header };
    } else if (item.end) {
      ended = true;
    } else if (item.table) {
      yield { table: item.table, row: item.row };
    }
  }
  if (!header || !ended)
    throw new Error(`${file} is incomplete (the backup was cut short): nothing restored`);
}

export interface RestoreOptions {
  /** Drop what the database holds first (the caller has confirmed it). */
  replace: boolean;
}

/** What the target database holds now: its tables (other than the migrations table). */
export async function databaseTables(url: string): Promise<string[]> {
  const ds = new DataSource(buildDataSourceOptions(url, { poolSize: 1 }));
  await ds.initialize();
  const q = ds.createQueryRunner();
  try {
    return await tablesOf(q, '');
  } finally {
    await q.release();
    await ds.destroy();
  }
}

/**
 * Restores `file` into the database at `url` in one transaction (a failure leaves the database as it
 * was): the schema is rebuilt by the backup's migrations (all of which this code must know), then the
 * rows are inserted parents first. Refuses a non-empty database unless `replace`, and a database that
 * other sessions are using (stop the app first).
 */
export async function restoreDatabase(
  url: string,
  file: string,
  opts: RestoreOptions,
): Promise<Record<string, number>> {
  const probe = new DataSource(buildDataSourceOptions(url, { poolSize: 1 }));
  await probe.initialize();
  const stampOf = (name: string) => Number(/(\d{13})$/.exec(name)?.[1] ?? 0);
  const known = probe.migrations
    .map((m) => ({ name: m.name ?? m.constructor.name, cls: m.constructor }))
    .sort((a, b) => stampOf(a.name) - stampOf(b.name));
  await probe.destroy();

  const items = readBackup(file);
  const first = await items.next();
  if (first.done || !('header' in first.value)) throw new Error(`${file} is not a Coachline backup`);
  const { migrations } = first.value.header;
  const unknown = migrations.filter((n) => !known.some((k) => k.name === n));
  if (unknown.length) {
    throw new Error(
      `${file} was made by a newer version of Coachline (migrations ${unknown.join(', ')}): restore it with that version`,
    );
  }
  const classes = known.filter((k) => migrations.includes(k.name)).map((k) => k.cls as new () => unknown);
  if (
    classes.length !== migrations.length ||
    known.slice(0, classes.length).some((k, i) => k.name !== migrations[i])
  ) {
    throw new Error(`${file}'s migrations are not a prefix of this version's: cannot rebuild its schema`);
  }

  const ds = new DataSource({
    ...buildDataSourceOptions(url, { poolSize: 1 }),
    migrations: classes as unknown as string[],
  });
  await ds.initialize();
  const q = ds.createQueryRunner();
  const rows: Record<string, number> = {};
  try {
    // Only client sessions count: an autovacuum worker analysing the tables a moment ago's restore
    // filled is listed under this database too. A session that just disconnected (the probe above, a
    // refused restore) stays listed until its backend has exited, which on a busy machine takes a
    // moment: wait for those.
    const othersNow = async () =>
      (
        (await q.query(
          `SELECT count(*)::int AS others FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND backend_type = 'client backend'`,
        )) as Array<{ others: number }>
      )[0].others;
    let others = await othersNow();
    for (let waited = 0; others > 0 && waited < SESSION_EXIT_WAIT_MS; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      others = await othersNow();
    }
    if (others > 0) {
      throw new Error(
        `${others} other session(s) use this database: stop the app (and anything else) before restoring`,
      );
    }
    await q.startTransaction();
    const existing = await tablesOf(q, '');
    if (existing.length && !opts.replace) {
      throw new Error(
        `the database is not empty (${existing.length} tables): restore into an empty database, or confirm replacing it`,
      );
    }
    if (existing.length) await q.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    const executor = new MigrationExecutor(ds, q);
    executor.transaction = 'none';
    await executor.executePendingMigrations();

    const order = await insertOrder(q, await tablesOf(q, ds.options.migrationsTableName ?? 'migrations'));
    // Rows arrive table by table in name order; buffer them to insert parents first. A club's data fits
    // in memory many times over; a page of rows goes to PostgreSQL at a time.
    const byTable = new Map<string, unknown[]>(order.map((t) => [t, []]));
    for await (const item of items) {
      if ('header' in item) continue;
      const list = byTable.get(item.table);
      if (!list) throw new Error(`${file} has rows for ${item.table}, which this schema does not have`);
      list.push(item.row);
    }
    for (const t of order) {
      const list = byTable.get(t)!;
      for (let i = 0; i < list.length; i += PAGE) {
        await q.query(
          `INSERT INTO ${ident(t)} SELECT * FROM json_populate_recordset(NULL::${ident(t)}, $1::json)`,
          [JSON.stringify(list.slice(i, i + PAGE))],
        );
      }
      rows[t] = list.length;
    }
    await q.commitTransaction();
    return rows;
  } catch (e) {
    if (q.isTransactionActive) await q.rollbackTransaction();
    throw e;
  } finally {
    await q.release();
    await ds.destroy();
  }
}
