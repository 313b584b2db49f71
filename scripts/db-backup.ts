/**
 * Backups of the Coachline database (DATABASE_URL, or the embedded server the app uses when unset):
 *   npm run db:backup [-- --out <folder>]        a consistent backup to <folder>/coachline-<time>.jsonl.gz
 *                                                (default ./backups); the app may keep running
 *   npm run db:restore -- <file> [--replace]     into an empty database; --replace (or typing the
 *                                                database's name when asked) drops what it holds first.
 *                                                Stop the app first.
 * See libs/db/src/backup.ts for the format and how consistency is kept.
 */
import 'reflect-metadata';
import { mkdirSync } from 'fs';
import { join, resolve } from 'path';
import { Client } from 'pg';
import { createInterface } from 'readline/promises';
import {
  backupDatabase,
  databaseTables,
  EmbeddedPostgresHandle,
  restoreDatabase,
  startEmbeddedPostgres,
} from '@app/db';

/** The embedded server's database, started here unless the app already runs it. */
async function embeddedUrl(): Promise<{ url: string; stop?: () => Promise<void> }> {
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
  const url = `postgres://coachline:coachline@127.0.0.1:${port}/coachline`;
  const probe = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
    await probe.end();
    return { url };
  } catch {
    const pg: EmbeddedPostgresHandle = await startEmbeddedPostgres({
      dataDir: process.env.EMBEDDED_PG_DIR || '.data/postgres',
      port,
      database: 'coachline',
    });
    return { url: pg.url, stop: () => pg.stop() };
  }
}

const stamp = () =>
  new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const db = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : await embeddedUrl();
  const where = process.env.DATABASE_URL
    ? `database ${databaseName(db.url)} (DATABASE_URL)`
    : 'the embedded database';
  try {
    if (command === 'backup') {
      const outIndex = args.indexOf('--out');
      const folder = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '') : 'backups');
      mkdirSync(folder, { recursive: true });
      const file = join(folder, `coachline-${stamp()}.jsonl.gz`);
      const rows = await backupDatabase(db.url, file);
      const total = Object.values(rows).reduce((a, b) => a + b, 0);
      console.log(`backed up ${where}: ${total} rows in ${Object.keys(rows).length} tables to ${file}`);
    } else if (command === 'restore') {
      const file = args.find((a) => !a.startsWith('--'));
      if (!file) throw new Error('usage: npm run db:restore -- <backup file> [--replace]');
      let replace = args.includes('--replace');
      const tables = await databaseTables(db.url);
      if (tables.length && !replace) {
        if (!process.stdin.isTTY) {
          throw new Error(
            `${where} is not empty (${tables.length} tables): add --replace to drop its data and restore ${file}`,
          );
        }
        const name = databaseName(db.url);
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        const answer = await rl.question(
          `${where} holds ${tables.length} tables. Everything in it will be replaced by ${file}.\n` +
            `Type the database's name (${name}) to go on: `,
        );
        rl.close();
        if (answer.trim() !== name) throw new Error('not confirmed: nothing changed');
        replace = true;
      }
      const rows = await restoreDatabase(db.url, resolve(file), { replace });
      const total = Object.values(rows).reduce((a, b) => a + b, 0);
      console.log(`restored ${total} rows in ${Object.keys(rows).length} tables into ${where} from ${file}`);
    } else {
      throw new Error('usage: db-backup <backup [--out folder] | restore <file> [--replace]>');
    }
  } finally {
    await db.stop?.();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
