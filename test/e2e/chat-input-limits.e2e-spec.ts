import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { createClub } from '../helpers/factories';
import { gqlOk } from '../helpers/graphql';
import { baseUrl, ChatClient, connectChat, createListeningChatApp, request } from '../helpers/socket-client';

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq body } }`;

describe('Chat inputs at the edges: odd text, oversized payloads, retries over budget (e2e)', () => {
  let app: INestApplication;
  let url: string;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof createClub>>;
  const open: ChatClient[] = [];
  const directOf = async (token: string) =>
    ((await gqlOk(app, `{ conversations { id kind } }`, {}, token)).conversations as any[]).find(
      (c) => c.kind === 'DIRECT',
    ).id as string;
  const connect = async (token: string) => {
    const s = await connectChat(url, token);
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    app = await createListeningChatApp();
    url = baseUrl(app);
    db = app.get(DataSource);
    club = await createClub(app);
  });
  afterEach(() => {
    while (open.length) open.pop()?.close();
  });
  afterAll(() => app.close());

  it('should store a lone surrogate as U+FFFD and answer its retries (socket and GraphQL) with the original', async () => {
    const direct = await directOf(club.athlete1.token);
    const athlete = await connect(club.athlete1.token);
    const cmid = randomUUID();
    const body = 'Knee \uD83D better, \uDC96 thanks';
    const first = await request<any>(athlete, 'message:send', {
      conversationId: direct,
      clientMessageId: cmid,
      body,
    });
    expect(first).toMatchObject({ ok: true, message: { body: 'Knee \uFFFD better, \uFFFD thanks' } });
    const again = await request<any>(athlete, 'message:send', {
      conversationId: direct,
      clientMessageId: cmid,
      body,
    });
    expect(again).toMatchObject({ ok: true, message: { id: first.message.id, seq: first.message.seq } });
    const viaGraphql = await gqlOk(
      app,
      SEND,
      { input: { conversationId: direct, clientMessageId: cmid, body } },
      club.athlete1.token,
    );
    expect(viaGraphql.sendMessage).toMatchObject({ id: first.message.id, seq: first.message.seq });
    const [n] = await db.query(`SELECT count(*)::int AS n FROM message WHERE client_message_id = $1`, [cmid]);
    expect(n.n).toBe(1);
  });

  it('should answer a 2 MB event with a PAYLOAD_TOO_LARGE error ack and keep the connection', async () => {
    const direct = await directOf(club.athlete2.token);
    const athlete = await connect(club.athlete2.token);
    const huge = await request<any>(
      athlete,
      'message:send',
      { conversationId: direct, clientMessageId: randomUUID(), body: 'x'.repeat(2 * 1024 * 1024) },
      15_000,
    );
    expect(huge).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE', details: { maxChars: 65_536 } },
    });
    expect(athlete.connected).toBe(true);
    const next = await request<any>(athlete, 'message:send', {
      conversationId: direct,
      clientMessageId: randomUUID(),
      body: 'still here',
    });
    expect(next).toMatchObject({ ok: true, message: { body: 'still here' } });
  });

  it('should answer a retry of a stored message with the original when the send budget is spent', async () => {
    const direct = await directOf(club.athlete3.token);
    const athlete = await connect(club.athlete3.token);
    const ids = Array.from({ length: 30 }, () => randomUUID());
    const acks = await Promise.all(
      ids.map((id, i) =>
        request<any>(athlete, 'message:send', { conversationId: direct, clientMessageId: id, body: `m${i}` }),
      ),
    );
    const stored = acks.findIndex((a) => a.ok);
    expect(acks.some((a) => !a.ok && a.error.code === 'TOO_MANY_REQUESTS' && a.error.retryable)).toBe(true);
    const retry = await request<any>(athlete, 'message:send', {
      conversationId: direct,
      clientMessageId: ids[stored],
      body: `m${stored}`,
    });
    expect(retry).toEqual({ ok: true, message: acks[stored].message });
  });
});
