import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import { serveWebApp } from '../../apps/api/src/web/serve-web';

/** The web app is served at `/` with a fallback for client routes that never shadows the API. */
describe('web app serving (e2e)', () => {
  let app: INestApplication;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coachline-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Coachline</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    expect(serveWebApp(app, dir)).toBe(true);
    configureApp(app);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and at client routes such as the invitation link', async () => {
    for (const path of ['/', '/accept-invitation', '/coach/queue?status=URGENT']) {
      const res = await request(app.getHttpServer()).get(path).set('accept', 'text/html').expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache and 404s a missing asset instead of falling back', async () => {
    const res = await request(app.getHttpServer()).get('/assets/index-abc123.js').expect(200);
    expect(res.headers['cache-control']).toMatch(/max-age=31536000/);
    await request(app.getHttpServer()).get('/assets/missing.js').set('accept', 'text/html').expect(404);
  });

  it('never shadows /graphql, /health, the calendar feed or REST routes', async () => {
    const gql = await request(app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ __typename }' })
      .expect(200);
    expect(gql.body).toEqual({ data: { __typename: 'Query' } });
    const health = await request(app.getHttpServer()).get('/health').set('accept', 'text/html');
    expect(health.headers['content-type']).toMatch(/json/);
    const feed = await request(app.getHttpServer()).get('/calendar/nope.ics').set('accept', 'text/html');
    expect(feed.text).not.toContain('<div id="root">');
    const upload = await request(app.getHttpServer())
      .get('/athletes/00000000-0000-0000-0000-000000000000/activity-files')
      .set('accept', 'text/html');
    expect(upload.status).toBe(404);
    expect(upload.text).not.toContain('<div id="root">');
  });
});
