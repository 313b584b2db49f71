/**
 * Migration commands, against DATABASE_URL or (when unset) the embedded server the app uses:
 *   run        apply pending migrations
 *   revert     undo the last migration
 *   check      exit 1 if the entities differ from the migrated schema (CI)
 *   generate N write migrations/<ms>-N.ts from the difference (review it before committing)
 * It uses the same options object as the app (libs/db buildDataSourceOptions).
 */
import 'reflect-metadata';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { DataSource } from 'typeorm';
import {
  buildDataSourceOptions,
  databaseAheadMessage,
  EmbeddedPostgresHandle,
  pendingSchemaSql,
  startEmbeddedPostgres,
  unknownMigrations,
} from '@app/db';

const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

async function main() {
  const [command, name] = process.argv.slice(2);
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
  let code = 0;
  try {
    switch (command) {
      case 'run': {
        const unknown = await unknownMigrations(ds);
        if (unknown.length) throw new Error(databaseAheadMessage(unknown));
        const done = await ds.runMigrations({ transaction: 'each' });
        console.log(done.length ? `applied: ${done.map((m) => m.name).join(', ')}` : 'no pending migrations');
        break;
      }
      case 'revert':
        await ds.undoLastMigration({ transaction: 'each' });
        console.log('reverted the last migration');
        break;
      case 'check':
      case 'generate': {
        const sql = await pendingSchemaSql(ds);
        if (command === 'check') {
          if (sql.upQueries.length) {
            console.error('Entities and migrations differ; run `npm run migration:generate -- <Name>`:');
            for (const up of sql.upQueries) console.error(`  ${up.query}`);
            code = 1;
          } else {
            console.log('schema matches the migrations');
          }
          break;
        }
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate <PascalCaseName>');
        if (!sql.upQueries.length) {
          console.log('no changes: nothing generated');
          break;
        }
        const ts = Date.now();
        const up = sql.upQueries.map((u) => `    await queryRunner.query(${q(u.query)});`).join('\n');
        const down = sql.downQueries
          .reverse()
          .map((d) => `    await queryRunner.query(${q(d.query)});`)
          .join('\n');
        const file = join(__dirname, '..', 'migrations', `${ts}-${name}.ts`);
        writeFileSync(
          file,
          `import { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
            `export class ${name}${ts} implements MigrationInterface {\n` +
            `  name = '${name}${ts}';\n\n` +
            `  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
            `  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
        );
        console.log(`wrote ${file}`);
        break;
      }
      default:
        throw new Error('usage: db-cli <run|revert|check|generate Name>');
    }
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
  process.exit(code);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
