import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { createClub } from '../helpers/factories';
import { gqlOk } from '../helpers/graphql';
import { baseUrl, ChatClient, connectChat, createListeningChatApp, request } from '../helpers/socket-client';
import { TcpProxy } from '../helpers/tcp-proxy';

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
    process.env.REQUEST_TIMEOUT_MS = '3000';
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
});
