/**
 * The job worker for scale-out: the same review-generation code as the API, without HTTP or sockets.
 * Run as many as needed next to API instances started with REVIEW_JOBS_IN_API=false (see README).
 * It needs DATABASE_URL (a worker never starts its own PostgreSQL) with migrations applied.
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { validateEnv } from '../../api/src/config/env.schema';
import { WorkerModule } from './worker.module';

async function bootstrap() {
  const env = validateEnv(process.env);
  if (!env.DATABASE_URL) throw new Error('The worker needs DATABASE_URL (the database the API uses)');
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: env.LOG_LEVEL === 'silent' ? false : ['error', 'warn', 'log'],
  });
  app.enableShutdownHooks();
  new Logger('Worker').log('review jobs worker started');
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
