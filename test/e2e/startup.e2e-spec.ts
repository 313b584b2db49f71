import { mkdtempSync, rmSync } from 'fs';
import { createServer, Server } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { freePort } from '@app/db';
import { AppProcess, startAppProcess } from '../helpers/app-process';

// Each test starts Node processes (ts-node, a whole app): slow on a busy machine, never timed.
jest.setTimeout(180_000);

/**
 * What a self-hoster sees when the app starts: its own process, as `npm start` runs it, against the e2e
 * database (DATABASE_URL: the external mode). stdout is a pipe here, so logs are JSON.
 */
describe('Start-up output (e2e)', () => {
  const databaseUrl = process.env.E2E_DATABASE_URL!;
  let app: AppProcess | undefined;
  let blocker: Server | undefined;

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await new Promise((r) => (blocker ? blocker.close(r) : r(undefined)));
    blocker = undefined;
  });

  it('should log JSON when stdout is not a terminal, ending its start with one ready line that says where to go and which database it uses', async () => {
    app = startAppProcess({ DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info', LOG_FORMAT: '' });
    const line = await app.waitFor(/Coachline is ready/);
    const ready = JSON.parse(line) as { msg: string; ready: Record<string, string> };
    const port = Number(new URL(ready.ready.url).port);
    expect(port).toBeGreaterThan(0);
    expect(ready.ready).toEqual({
      url: `http://localhost:${port}`,
      graphql: `http://localhost:${port}/graphql`,
      health: `http://localhost:${port}/health`,
      database: expect.stringMatching(/^external PostgreSQL at [^@]+\/\w+ \(DATABASE_URL\)$/),
    });
    expect(ready.msg).toContain(`http://localhost:${port}/graphql`);
    expect(ready.msg).not.toMatch(/postgres:\/\/|@/); // no credentials in the log

    const health = await fetch(ready.ready.health);
    expect(health.status).toBe(200);
    const gql = await fetch(ready.ready.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });
    await app.waitFor(/request completed/);

    expect(await app.stop()).toBe(0);
    const lines = app.stdout().trim().split('\n');
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    const messages = lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    // Nest's per-module and per-route start-up lines are debug, so the ready line ends the start.
    expect(messages.filter((m) => /dependencies initialized|Mapped \{/.test(m))).toEqual([]);
    expect(messages.findIndex((m) => m.startsWith('Coachline is ready'))).toBe(
      messages.findIndex((m) => m === 'request completed') - 1,
    );
  });

  it('should refuse to start on a busy HTTP port, naming the port and the variable that changes it', async () => {
    blocker = createServer();
    await new Promise<void>((r) => blocker!.listen(0, '0.0.0.0', r));
    const port = (blocker.address() as { port: number }).port;
    app = startAppProcess({ DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn' });
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain(`Port ${port} (HTTP) is already in use`);
    expect(app.stderr()).toMatch(/PORT=\d+ npm start/);
  });

  it('should print readable lines, not JSON, when asked to (as in a terminal)', async () => {
    app = startAppProcess({ DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' });
    const line = await app.waitFor(/Coachline is ready/);
    expect(line).toMatch(
      /^\[\d\d:\d\d:\d\d\] INFO: \[Coachline\] Coachline is ready at http:\/\/localhost:\d+ \(GraphQL /,
    );
    expect(() => JSON.parse(line)).toThrow();
  });

  it('should stop cleanly on Ctrl-C on the embedded default: the app closes before its PostgreSQL stops, with no error logged', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'coachline-sigint-'));
    try {
      // As `npm start` runs in a terminal: its own process group, which Ctrl-C signals as a whole.
      app = startAppProcess(
        {
          DATABASE_URL: '',
          EMBEDDED_PG_DIR: dataDir,
          EMBEDDED_PG_PORT: String(await freePort()),
          PORT: '0',
          LOG_LEVEL: 'info',
          LOG_FORMAT: '',
        },
        { ownGroup: true },
      );
      await app.waitFor(/Coachline is ready/);
      await new Promise((r) => setTimeout(r, 1_000)); // the job queue's workers are polling
      app.signalGroup('SIGINT');
      // The server used to get the SIGINT too (and the package's exit hook stopped it and exited 130):
      // the job queue's connections were cut under the closing app, three errors on every stop.
      expect(await app.exited).toBe(0);
      const lines = app
        .stdout()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
      expect(lines.some((l) => l.msg === 'SIGINT received, shutting down')).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
