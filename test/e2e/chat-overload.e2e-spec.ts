import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { createClub } from '../helpers/factories';
import { gqlOk } from '../helpers/graphql';
import {
  baseUrl,
  chatClient,
  ChatClient,
  connectChat,
  createListeningChatApp,
  request,
} from '../helpers/socket-client';
import { TcpProxy } from '../helpers/tcp-proxy';
import { ChatGateway, MAX_RECOVERY_PACKETS } from '../../apps/api/src/modules/chat/chat.gateway';
import type { ChatNamespace } from '../../apps/api/src/modules/chat/chat.notifier';

/**
 * Admission control: with PostgreSQL frozen behind a proxy, the sends already admitted cannot finish, so
 * the bound (2 pending sends here) is reached deterministically and the next send must be refused at once.
 */
describe('Chat admission control (e2e)', () => {
  let app: INestApplication;
  let proxy: TcpProxy;
  let club: Awaited<ReturnType<typeof createClub>>;
  let athlete: ChatClient;
  let direct: string;
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    REQUEST_TIMEOUT_MS: process.env.REQUEST_TIMEOUT_MS,
  };

  beforeAll(async () => {
    const target = new URL(process.env.DATABASE_URL as string);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    process.env.DATABASE_URL = proxy.url(target.toString());
    // Long enough that the stuck sends are still pending while a busy machine runs the next steps.
    process.env.REQUEST_TIMEOUT_MS = '8000';
    app = await createListeningChatApp({ maxPendingSends: 2 });
    club = await createClub(app);
    const list = (await gqlOk(app, `{ conversations { id kind } }`, {}, club.athlete1.token))
      .conversations as any[];
    direct = list.find((c) => c.kind === 'DIRECT').id;
    athlete = await connectChat(baseUrl(app), club.athlete1.token);
  });
  afterAll(async () => {
    athlete?.close();
    proxy?.up();
    await app?.close();
    await proxy?.close();
    Object.assign(process.env, saved);
  });

  it('should refuse a send past the pending bound at once with a retryable OVERLOADED, and take it once there is room', async () => {
    const send = (id: string, body: string) =>
      request<any>(athlete, 'message:send', { conversationId: direct, clientMessageId: id, body }, 15_000);
    proxy.freeze();
    const stuck = [send(randomUUID(), 'one'), send(randomUUID(), 'two')];
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    const third = randomUUID();
    const refused = await send(third, 'three');
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'OVERLOADED',
        retryable: true,
        details: { retryAfterSeconds: 1 },
      }),
    });
    proxy.up();
    for (const r of await Promise.all(stuck)) {
      // answered within the deadline either way: stored, or a retryable failure
      expect(r.ok || r.error.retryable).toBe(true);
    }
    let ack = await send(third, 'three');
    for (let i = 0; !ack.ok && i < 20; i++) ack = await send(third, 'three');
    expect(ack).toMatchObject({ ok: true, message: { body: 'three' } });
  });

  it('should refuse sync, conversation lists and new handshakes at once past the bound too, then serve them', async () => {
    const send = (id: string, body: string) =>
      request<any>(athlete, 'message:send', { conversationId: direct, clientMessageId: id, body }, 15_000);
    proxy.freeze();
    const stuck = [send(randomUUID(), 'four'), send(randomUUID(), 'five')];
    await new Promise((r) => setTimeout(r, 300));
    const overloaded = {
      ok: false,
      error: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', reason: 'OVERLOADED', retryable: true }),
    };
    expect(await request<any>(athlete, 'conversation:sync', { conversationId: direct, afterSeq: 0 })).toEqual(
      overloaded,
    );
    expect(await request<any>(athlete, 'conversation:list', {})).toEqual(overloaded);
    // A handshake is deferred like any transient failure: the transport closes (no final connect_error),
    // refused by admission control (OVERLOADED), not after waiting on the frozen database.
    const deferred = jest.spyOn(
      app.get(ChatGateway) as unknown as { warnDeferred(r: string): void },
      'warnDeferred',
    );
    const newcomer = chatClient(baseUrl(app), club.coachA.token);
    const outcome = await new Promise<string>((resolve) => {
      newcomer.io.on('close', (reason) => resolve(`closed: ${reason}`));
      newcomer.on('connect_error', (e) => resolve(`connect_error: ${e.message}`));
      newcomer.on('connect', () => resolve('connected'));
    });
    newcomer.close();
    expect(outcome).toBe('closed: transport close');
    expect(deferred).toHaveBeenCalledWith('OVERLOADED');
    deferred.mockRestore();
    proxy.up();
    await Promise.all(stuck);
    const syncNow = () =>
      request<any>(athlete, 'conversation:sync', { conversationId: direct, afterSeq: 0 }, 15_000);
    let sync = await syncNow();
    for (let i = 0; !sync.ok && i < 20; i++) sync = await syncNow();
    expect(sync).toMatchObject({ ok: true, conversationId: direct });
    const later = await connectChat(baseUrl(app), club.coachA.token);
    expect(later.connected).toBe(true);
    later.close();
  });

  it('should keep at most MAX_RECOVERY_PACKETS broadcast packets for connection state recovery (memory stays bounded after a busy spell)', async () => {
    const ns = (app.get(ChatGateway) as unknown as { ns: ChatNamespace }).ns;
    const packets = (ns.adapter as unknown as { packets: unknown[] }).packets;
    for (let i = 0; i < MAX_RECOVERY_PACKETS + 5_000; i++) {
      ns.to(`user:${randomUUID()}`).emit('presence', { userId: 'nobody', online: true });
    }
    expect(packets.length).toBeLessThanOrEqual(MAX_RECOVERY_PACKETS);
    expect(packets.length).toBeGreaterThan(MAX_RECOVERY_PACKETS / 2);
  });
});
