/**
 * npm run seed:demo — creates (or replaces) the demo organization with sixteen weeks of history, against
 * DATABASE_URL or, when unset, the embedded server the app uses (pending migrations are applied first).
 *
 *   npm run seed:demo -- --now 2026-12-04T21:00:00Z   # history up to that instant instead of the current time
 *
 * `--now` makes the demo reproducible from day to day: with the same instant (and `review:demo --now` at it),
 * two versions of the engine can be compared on the same histories.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';

import { buildDataSourceOptions, EmbeddedPostgresHandle, startEmbeddedPostgres } from '@app/db';

import { seedDemo } from './seed/demo-seed';

function nowArg(): Date | undefined {
  const i = process.argv.indexOf('--now');
  if (i < 0) return undefined;
  const d = new Date(process.argv[i + 1] ?? '');
  if (Number.isNaN(d.getTime())) {
    console.error(
      `--now needs an ISO date-time, e.g. 2026-12-04T21:00:00Z (got '${process.argv[i + 1] ?? ''}')`,
    );
    process.exit(2);
  }
  return d;
}

async function main() {
  const t0 = Date.now();
  const now = nowArg();
  let embedded: EmbeddedPostgresHandle | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: process.env.EMBEDDED_PG_DIR || '.data/postgres',
      port: Number(process.env.EMBEDDED_PG_PORT || 54329),
      database: 'coachline',
    });
    url = embedded.url;
  }
  const ds = new DataSource(buildDataSourceOptions(url, { poolSize: 2 }));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    if (applied.length) console.log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    const result = await seedDemo(ds, { now });
    const c = result.counts;
    console.log(
      `${result.replacedPrevious ? 'Replaced' : 'Created'} the demo organization in ${((Date.now() - t0) / 1000).toFixed(1)} s: ` +
        `${c.coaches} coaches, ${c.athletes} athletes, ${c.checkIns} check-ins, ${c.loggedSessions} logged sessions, ` +
        `${c.weeklyPlans} weekly plans (${c.plannedSessions} planned sessions), ${c.contextEvents} context events, ` +
        `${c.races} races, ${c.seasons} seasons, ${c.notes} notes.`,
    );
    console.log(`\nLog in with password "${result.password}" as any of:`);
    for (const l of result.logins) {
      console.log(`  ${l.role.padEnd(7)} ${l.email.padEnd(36)} ${l.name}${l.note ? `  (${l.note})` : ''}`);
    }
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
