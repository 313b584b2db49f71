import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { brotliCompressSync, gzipSync } from 'zlib';
import { join } from 'path';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app.setup';
import { serveWebApp } from '../../apps/api/src/web/serve-web';

const APP_JS = `export const app = ${JSON.stringify('x'.repeat(4000))};\n`;

/** The web app is served at `/` with a fallback for client routes that never shadows the API. */
describe('web app serving (e2e)', () => {
  let app: INestApplication;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coachline-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Coachline</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    // What the build's precompress step writes next to a bigger asset.
    writeFileSync(join(dir, 'assets', 'app-def456.js'), APP_JS);
    writeFileSync(join(dir, 'assets', 'app-def456.js.br'), brotliCompressSync(APP_JS));
    writeFileSync(join(dir, 'assets', 'app-def456.js.gz'), gzipSync(APP_JS));
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

  it('serves the build’s brotli or gzip copy to a browser that takes it, with the type and cache of the asset', async () => {
    const br = await request(app.getHttpServer())
      .get('/assets/app-def456.js')
      .set('accept-encoding', 'gzip, deflate, br, zstd')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(Number(br.headers['content-length'])).toBeLessThan(APP_JS.length / 10);

    const gz = await request(app.getHttpServer())
      .get('/assets/app-def456.js')
      .set('accept-encoding', 'gzip')
      .expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(APP_JS); // supertest inflates gzip

    const plain = await request(app.getHttpServer())
      .get('/assets/app-def456.js')
      .set('accept-encoding', 'identity')
      .expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(APP_JS);
    const none = await request(app.getHttpServer()).get('/assets/app-def456.js').unset('accept-encoding');
    expect(none.headers['content-encoding']).toBeUndefined();
  });

  it('says on every GraphQL answer how long the server took and how many SQL statements it ran', async () => {
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ __typename }' })
      .expect(200);
    expect(res.headers['server-timing']).toMatch(/^app;dur=\d+(\.\d)?, sql;desc="0"$/);
    // A sign-in looks the account up: its statements are counted for this request (and only its own).
    const login = await request(app.getHttpServer())
      .post('/graphql')
      .send({
        query:
          'mutation { login(input: { email: "nobody@web-serving.test", password: "not-the-password" }) { accessToken } }',
      })
      .expect(200);
    expect(login.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const sql = Number(/sql;desc="(\d+)"/.exec(login.headers['server-timing'])?.[1]);
    expect(sql).toBeGreaterThanOrEqual(1);
    expect(sql).toBeLessThan(20);
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
