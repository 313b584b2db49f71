/**
 * The server the browser tests drive (run by apps/web/e2e/global-setup.ts with ts-node): a fresh, migrated database
 * exactly as the jest e2e suite gets one (test/setup/global-setup.ts: TEST_DATABASE_URL, else a
 * coachline_e2e database next to DATABASE_URL, else the embedded PostgreSQL), the demo club seeded, and
 * the whole API wired as main.ts wires it, serving the production build of the web app (dist/web).
 * Prints one JSON line `{ "url": ..., "databaseURL": ... }` when it listens; SIGTERM closes the app and the database.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'fs';
import { createServer } from 'net';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/db';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
import { seedDemo } from '../../scripts/seed/demo-seed';
import { WEB_DIST_DIR } from '../../apps/api/src/web/serve-web';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function main() {
  if (!existsSync(`${WEB_DIST_DIR}/index.html`))
    throw new Error('dist/web is missing: run `npm run build:web` first');
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  process.env.JWT_SECRET = process.env.JWT_SECRET ?? 'coachline-web-e2e-secret-0123456789abcdef';
  // Every spec signs in from 127.0.0.1 many times; the budget itself is tested in the API's e2e suite.
  process.env.LOGIN_MAX_ATTEMPTS_PER_IP = '1000000';
  process.env.REVIEW_SCHEDULE = 'false'; // no real-clock weekly runs under the tests (see test/setup/env.ts)
  delete process.env.SMTP_URL; // invitations show the link to forward

  const t0 = Date.now();
  await globalSetup();
  console.error(`[web e2e] database ready in ${Date.now() - t0} ms, seeding the demo club…`);
  const ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL!, { poolSize: 2 }));
  await ds.initialize();
  const seeded = await seedDemo(ds);
  await ds.destroy();
  const tSeed = Date.now();

  const port = Number(process.env.WEB_E2E_PORT) || (await freePort());
  process.env.PORT = String(port);
  process.env.PUBLIC_URL = `http://127.0.0.1:${port}`; // invitation links point at this server
  const { AppModule } = await import('../../apps/api/src/app.module');
  const { configureApp } = await import('../../apps/api/src/app.setup');
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  configureApp(app);
  await app.listen(port, '127.0.0.1');
  console.log(
    JSON.stringify({
      url: process.env.PUBLIC_URL,
      password: seeded.password,
      // The specs that provoke a database fault (a trigger on one athlete's rows) connect to it themselves.
      databaseURL: process.env.DATABASE_URL,
      dbAndSeedMs: tSeed - t0,
      bootMs: Date.now() - tSeed,
    }),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close().catch(() => undefined);
    await globalTeardown().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop()); // the test runner went away
  process.stdin.resume();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
