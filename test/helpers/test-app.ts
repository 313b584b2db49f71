import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule, queryCounter } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';

/** The whole AppModule, wired exactly as main.ts wires it, against the e2e database. */
export async function createTestApp(): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app);
  await app.init();
  return app;
}

export { queryCounter };
