import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AddressInfo } from 'net';
import { resolve } from 'path';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '@app/db';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { validateEnv } from './config/env.schema';
import { bootLogger } from './startup/log-output';
import { portInUse } from './startup/port-probe';
import {
  DatabaseMode,
  errorCode,
  portInUseMessage,
  readyInfo,
  readyMessage,
} from './startup/startup-messages';

async function bootstrap() {
  const env = validateEnv(process.env);
  const log = bootLogger(env);
  // Said before anything slow starts; the listen below still catches a port taken in the meantime.
  if (env.PORT !== 0 && (await portInUse(env.PORT, '0.0.0.0'))) {
    throw new Error(portInUseMessage('HTTP', env.PORT, 'PORT', 3001));
  }
  let embedded: EmbeddedPostgresHandle | undefined;
  let app: Awaited<ReturnType<typeof NestFactory.create>> | undefined;
  // Signals are handled from here on, start-up included: the app closes first (its job queue, open
  // requests and sockets), then the embedded PostgreSQL, which leaves signals to us (callerStopsOnSignal).
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, shutting down`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    let code = 0;
    try {
      await app?.close();
    } catch (e) {
      code = 1;
      console.error(e instanceof Error ? e.message : e);
    } finally {
      await embedded?.stop().catch(() => undefined);
      process.exit(code);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  let database: DatabaseMode;
  if (!env.DATABASE_URL) {
    // Embedded default: our own PostgreSQL, data in a local folder, migrations applied at start.
    const t0 = Date.now();
    const dataDir = resolve(env.EMBEDDED_PG_DIR);
    log.info(`starting embedded PostgreSQL on port ${env.EMBEDDED_PG_PORT}, data in ${dataDir}`);
    try {
      embedded = await startEmbeddedPostgres({
        dataDir: env.EMBEDDED_PG_DIR,
        port: env.EMBEDDED_PG_PORT,
        database: 'coachline',
        notice: (msg) => log.warn(msg),
        callerStopsOnSignal: true,
      });
    } catch (e) {
      if (await portInUse(env.EMBEDDED_PG_PORT)) {
        const busy = portInUseMessage('embedded PostgreSQL', env.EMBEDDED_PG_PORT, 'EMBEDDED_PG_PORT', 55432);
        const reason = e instanceof Error ? e.message : e === undefined ? '' : String(e);
        throw new Error(reason ? `${busy}\n${reason}` : busy);
      }
      throw e;
    }
    process.env.DATABASE_URL = embedded.url;
    process.env.COACHLINE_EMBEDDED_DB = '1';
    log.info(`embedded PostgreSQL ready in ${Date.now() - t0} ms`);
    database = { kind: 'embedded', port: env.EMBEDDED_PG_PORT, dataDir };
  } else {
    database = { kind: 'external', url: env.DATABASE_URL };
  }
  try {
    app = await NestFactory.create(AppModule, { bufferLogs: true });
    configureApp(app);
    await app.listen(env.PORT, '0.0.0.0');
  } catch (e) {
    // Never leave our own PostgreSQL running (holding its port and data folder) behind a failed start.
    await embedded?.stop().catch(() => undefined);
    if (errorCode(e) === 'EADDRINUSE') throw new Error(portInUseMessage('HTTP', env.PORT, 'PORT', 3001));
    throw e;
  }
  const ready = readyInfo((app.getHttpServer().address() as AddressInfo).port, database);
  log.info({ ready }, readyMessage(ready));
}

bootstrap().catch((err: unknown) => {
  // The real reason, whatever was thrown (a bare rejection used to print "undefined").
  console.error(
    `Coachline did not start: ${err instanceof Error ? err.message : (JSON.stringify(err) ?? String(err))}`,
  );
  process.exit(1);
});
