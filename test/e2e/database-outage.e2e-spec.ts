import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { io } from 'socket.io-client';
import request from 'supertest';
import { createClub } from '../helpers/factories';
import { gql, gqlOk } from '../helpers/graphql';
import {
  baseUrl,
  ChatClient,
  connectChat,
  createListeningChatApp,
  request as ask,
  sleep,
} from '../helpers/socket-client';
import { TcpProxy } from '../helpers/tcp-proxy';

/**
 * The app reaches PostgreSQL through a TCP proxy the spec cuts (as a stopped server) or freezes (as a
 * SIGSTOPped one), so the shared PostgreSQL is never touched. The deadline is 3 s here (REQUEST_TIMEOUT_MS).
 */
const DEADLINE_MS = 3000;
const CONVERSATIONS = `{ conversations { id kind lastSeq } }`;
const UNAVAILABLE = { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', retryable: true };

describe('Database outage and freeze (e2e)', () => {
  let app: INestApplication;
  let url: string;
  let proxy: TcpProxy;
  let db: Client;
  let club: Awaited<ReturnType<typeof createClub>>;
  let direct: string;
  const open: ChatClient[] = [];
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    REQUEST_TIMEOUT_MS: process.env.REQUEST_TIMEOUT_MS,
  };

  const send = (s: ChatClient, clientMessageId: string, body: string, timeoutMs = 15_000) =>
    ask<{ message: any }>(s, 'message:send', { conversationId: direct, clientMessageId, body }, timeoutMs);
  /** Re-sends (same clientMessageId) until the database takes it, as the client rule says. */
  const sendUntilStored = async (s: ChatClient, clientMessageId: string, body: string) => {
    for (let i = 0; i < 40; i++) {
      const ack = await send(s, clientMessageId, body);
      if (ack.ok) return ack.message;
      expect(ack.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      await sleep(250);
    }
    throw new Error('never stored');
  };
  const rows = async (clientMessageId: string) =>
    (await db.query('SELECT seq FROM message WHERE client_message_id = $1', [clientMessageId])).rows;

  beforeAll(async () => {
    const target = new URL(process.env.DATABASE_URL as string);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    process.env.DATABASE_URL = proxy.url(target.toString());
    process.env.REQUEST_TIMEOUT_MS = String(DEADLINE_MS);
    app = await createListeningChatApp();
    url = baseUrl(app);
    db = new Client({ connectionString: target.toString() });
    await db.connect();
    club = await createClub(app);
    const list = (await gqlOk(app, CONVERSATIONS, {}, club.athlete1.token)).conversations as any[];
    direct = list.find((c) => c.kind === 'DIRECT').id;
  });
  afterEach(() => {
    proxy.up();
    while (open.length) open.pop()?.close();
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await db?.end();
    Object.assign(process.env, saved);
  });

  it('should answer SERVICE_UNAVAILABLE / DATABASE_UNAVAILABLE (retryable) on GraphQL, socket acks and /health during an outage, and store a retry once after it', async () => {
    const athlete = await connectChat(url, club.athlete1.token);
    open.push(athlete);
    const cmid = randomUUID();
    proxy.down();

    const q = await gql(app, CONVERSATIONS, {}, club.coachA.token);
    expect(q.errors?.[0]?.extensions).toEqual(UNAVAILABLE);
    const ack = await send(athlete, cmid, 'Sent while the database is down');
    expect(ack).toEqual({ ok: false, error: expect.objectContaining(UNAVAILABLE) });
    await request(app.getHttpServer()).get('/health').expect(503);

    proxy.up();
    const stored = await sendUntilStored(athlete, cmid, 'Sent while the database is down');
    const again = await send(athlete, cmid, 'Sent while the database is down');
    expect(again).toMatchObject({ ok: true, message: { id: stored.id, seq: stored.seq } });
    expect(await rows(cmid)).toEqual([{ seq: stored.seq }]);
    expect(await gqlOk(app, CONVERSATIONS, {}, club.coachA.token)).toBeTruthy();
  });

  it('should keep a client that connects during an outage retrying (no final connect_error) until it gets in', async () => {
    proxy.down();
    const finals: unknown[] = [];
    const client: ChatClient = io(`${url}/chat`, {
      auth: { token: club.coachA.token },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 500,
    });
    open.push(client);
    client.on('connect_error', (e: Error & { data?: unknown }) => finals.push(e.data ?? e.message));
    await sleep(2_500);
    expect(client.connected).toBe(false);
    expect(finals).toEqual([]);
    expect(client.active).toBe(true); // socket.io-client still means to connect

    proxy.up();
    const t0 = Date.now();
    while (!client.connected && Date.now() - t0 < 15_000) await sleep(100);
    expect(client.connected).toBe(true);
    const list = await ask<{ conversations: unknown[] }>(client, 'conversation:list', {});
    expect(list.ok).toBe(true);
  });

  it('should answer within the deadline while PostgreSQL is frozen (GraphQL, send, handshake), then store the retry once', async () => {
    const athlete = await connectChat(url, club.athlete1.token);
    open.push(athlete);
    const cmid = randomUUID();
    proxy.freeze();
    const t0 = Date.now();
    const timed = <T>(p: Promise<T>) => p.then((v) => ({ v, ms: Date.now() - t0 }));
    const newcomer: ChatClient = io(`${url}/chat`, {
      auth: { token: club.coachA.token },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 500,
    });
    open.push(newcomer);
    const finals: unknown[] = [];
    newcomer.on('connect_error', (e: Error & { data?: unknown }) => finals.push(e.data ?? e.message));
    const [q, ack] = await Promise.all([
      timed(gql(app, CONVERSATIONS, {}, club.coachA.token)),
      timed(send(athlete, cmid, 'Sent while the database is frozen')),
    ]);
    // Within the deadline plus scheduling slack on a shared machine, not as long as the freeze lasts.
    expect(q.ms).toBeLessThan(DEADLINE_MS + 2_500);
    expect(ack.ms).toBeLessThan(DEADLINE_MS + 2_500);
    expect(q.v.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(ack.v).toMatchObject({ ok: false, error: { code: 'SERVICE_UNAVAILABLE', retryable: true } });
    expect(newcomer.connected).toBe(false);
    expect(finals).toEqual([]);

    proxy.up();
    const stored = await sendUntilStored(athlete, cmid, 'Sent while the database is frozen');
    expect(await rows(cmid)).toEqual([{ seq: stored.seq }]);
    const t1 = Date.now();
    while (!newcomer.connected && Date.now() - t1 < 15_000) await sleep(100);
    expect(newcomer.connected).toBe(true);
  });
});
