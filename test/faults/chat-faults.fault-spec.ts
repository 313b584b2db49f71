/**
 * Faults with real processes: the API killed with SIGKILL mid-traffic and started again; its PostgreSQL
 * stopped and started under traffic; PostgreSQL frozen with SIGSTOP. Each uses an embedded PostgreSQL of its
 * own on a free port (never the machine's shared server), clients that follow docs/chat.md, and checks
 * that nothing acknowledged is lost or duplicated and no seq has a gap.
 */
import {
  checkDatabase,
  freePort,
  migrate,
  scratchDir,
  seedPairs,
  Sender,
  senders,
  serverProcesses,
  Server,
  sleep,
  startEmbeddedPostgres,
  startServer,
  tally,
} from './fault-kit';

const DEADLINE_MS = 3000;

async function graphqlWithin(port: number, token: string) {
  const t0 = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ conversations { id lastSeq } }' }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
  return { ms: Date.now() - t0, body };
}

describe('Chat under faults (real processes, own PostgreSQL)', () => {
  it('should come back after a SIGKILL of the app mid-traffic (its embedded PostgreSQL left running) with nothing lost', async () => {
    const scratch = scratchDir('sigkill');
    const appPort = await freePort();
    const pgPort = await freePort();
    const config = {
      port: appPort,
      databaseUrl: '', // embedded: the app starts (and owns) its PostgreSQL, as `npm start` does
      env: {
        EMBEDDED_PG_DIR: scratch.dir,
        EMBEDDED_PG_PORT: String(pgPort),
        REQUEST_TIMEOUT_MS: String(DEADLINE_MS),
      },
    };
    let server: Server | undefined;
    let clients: Sender[] = [];
    try {
      server = await startServer(config);
      const url = `postgres://coachline:coachline@127.0.0.1:${pgPort}/coachline`;
      const pairs = await seedPairs(url, 3);
      clients = senders(() => appPort, pairs);
      await Promise.all(clients.map((c) => c.connected()));
      clients.forEach((c) => c.start());
      await sleep(2_000);

      server.proc.kill('SIGKILL');
      await new Promise((r) => server?.proc.once('exit', r));
      await sleep(1_000);
      server = await startServer(config); // used to fail: "undefined", exit 1, until postgres was killed by hand

      await Promise.all(clients.map((c) => c.connected()));
      await sleep(2_000);
      await Promise.all(clients.map((c) => c.stop()));
      await Promise.all(clients.map((c) => c.drain()));
      const { messages } = await checkDatabase(url, clients);
      expect(messages).toBeGreaterThan(clients.length);
      console.log(`SIGKILL: ${messages} messages, refusals ${JSON.stringify(tally(clients))}`);
    } finally {
      clients.forEach((c) => c.close());
      await server?.stop();
      scratch.cleanup();
    }
  });

  it('should ride out PostgreSQL stopped and restarted, then frozen, under traffic: retryable answers within the deadline, clients catch up, no duplicates', async () => {
    const scratch = scratchDir('outage');
    const pgPort = await freePort();
    const appPort = await freePort();
    const start = () => startEmbeddedPostgres({ dataDir: scratch.dir, port: pgPort, database: 'coachline' });
    let pg = await start();
    let server: Server | undefined;
    let clients: Sender[] = [];
    let frozen: number[] = [];
    try {
      migrate(pg.url);
      const pairs = await seedPairs(pg.url, 3);
      server = await startServer({
        port: appPort,
        databaseUrl: pg.url,
        env: { REQUEST_TIMEOUT_MS: String(DEADLINE_MS) },
      });
      clients = senders(() => appPort, pairs);
      await Promise.all(clients.map((c) => c.connected()));
      clients.forEach((c) => c.start());
      await sleep(1_500);

      // 1. Stopped (fast shutdown), started again 3 s later.
      await pg.stop();
      await sleep(3_000);
      const during = tally(clients);
      // A client that connects during the outage keeps retrying and gets in once PostgreSQL is back.
      const latecomer = new Sender(
        () => appPort,
        pairs[0].coach.token,
        pairs[0].conversationId,
        pairs[0].coach.userId,
      );
      await sleep(1_000);
      expect(latecomer.socket.connected).toBe(false);
      expect(latecomer.socket.active).toBe(true);
      pg = await start();
      await latecomer.connected();
      latecomer.close();
      await sleep(2_000);
      expect(Object.keys(during).some((k) => k.startsWith('SERVICE_UNAVAILABLE/DATABASE_UNAVAILABLE'))).toBe(
        true,
      );

      // 2. Frozen: the postmaster and every backend SIGSTOPped; answers still come within the deadline.
      frozen = serverProcesses(pg.pid as number);
      frozen.forEach((pid) => process.kill(pid, 'SIGSTOP'));
      const q = await graphqlWithin(appPort, pairs[0].athlete.token);
      const t0 = Date.now();
      const frozenAck = await clients[0].send(`frozen-${Date.now()}`, 'sent while PostgreSQL is frozen');
      const sendMs = Date.now() - t0;
      frozen.forEach((pid) => process.kill(pid, 'SIGCONT'));
      frozen = [];
      expect(frozenAck).toBe(false);
      expect(q.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      // The deadline plus slack for a machine shared by many: seconds, not as long as the freeze.
      expect(q.ms).toBeLessThan(DEADLINE_MS + 3_000);
      expect(sendMs).toBeLessThan(DEADLINE_MS + 3_000);

      await sleep(2_000);
      await Promise.all(clients.map((c) => c.stop()));
      await Promise.all(clients.map((c) => c.drain()));
      const { messages } = await checkDatabase(pg.url, clients);
      const refusals = tally(clients);
      expect(Object.keys(refusals).filter((k) => k.startsWith('INTERNAL'))).toEqual([]);
      console.log(
        `outage + freeze: ${messages} messages, refusals ${JSON.stringify(refusals)}, frozen GraphQL ${q.ms} ms, frozen send ${sendMs} ms`,
      );
    } finally {
      frozen.forEach((pid) => process.kill(pid, 'SIGCONT'));
      clients.forEach((c) => c.close());
      await server?.stop();
      await pg.stop();
      scratch.cleanup();
    }
  });
});
