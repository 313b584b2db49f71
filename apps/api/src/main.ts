import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '@app/db';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { validateEnv } from './config/env.schema';

async function bootstrap() {
  const env = validateEnv(process.env);
  let embedded: EmbeddedPostgresHandle | undefined;
  if (!env.DATABASE_URL) {
    // Embedded default: our own PostgreSQL, data in a local folder, migrations applied at start.
    const t0 = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: env.EMBEDDED_PG_DIR,
      port: env.EMBEDDED_PG_PORT,
      database: 'coachline',
      notice: (msg) => console.log(JSON.stringify({ level: 40, msg, dataDir: env.EMBEDDED_PG_DIR })),
    });
    process.env.DATABASE_URL = embedded.url;
    process.env.COACHLINE_EMBEDDED_DB = '1';
    console.log(
      JSON.stringify({
        level: 30,
        msg: `embedded PostgreSQL ready on port ${env.EMBEDDED_PG_PORT} in ${Date.now() - t0} ms`,
        dataDir: env.EMBEDDED_PG_DIR,
      }),
    );
  }
  let app: Awaited<ReturnType<typeof NestFactory.create>>;
  try {
    app = await NestFactory.create(AppModule, { bufferLogs: true });
    configureApp(app);
    await app.listen(env.PORT, '0.0.0.0');
  } catch (e) {
    // Never leave our own PostgreSQL running (holding its port and data folder) behind a failed start.
    await embedded?.stop().catch(() => undefined);
    throw e;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(JSON.stringify({ level: 30, msg: `${signal} received, shutting down` }));
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    let code = 0;
    try {
      await app.close();
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
}

bootstrap().catch((err: unknown) => {
  // The real reason, whatever was thrown (a bare rejection used to print "undefined").
  console.error(
    `Coachline did not start: ${err instanceof Error ? err.message : (JSON.stringify(err) ?? String(err))}`,
  );
  process.exit(1);
});
