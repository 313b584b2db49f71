import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import * as jwt from 'jsonwebtoken';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { addMember, createClub, createOrganization, Actor } from '../helpers/factories';
import { errorCode, errorReason, gql, gqlCounted, gqlOk } from '../helpers/graphql';
import {
  baseUrl,
  ChatClient,
  connectChat,
  createListeningChatApp,
  recorder,
  request,
  sleep,
} from '../helpers/socket-client';

const CONVERSATIONS = `{ conversations { id kind athleteId title canPost lastSeq lastReadSeq unreadCount
  lastMessage { id seq body senderUserId } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId seq senderUserId clientMessageId body createdAt } }`;
const MESSAGES = `query($c: ID!, $before: Int, $after: Int, $limit: Int) {
  messages(conversationId: $c, before: $before, after: $after, limit: $limit) { hasMore messages { seq body } } }`;

type Club = Awaited<ReturnType<typeof createClub>>;

describe('Chat (e2e)', () => {
  let app: INestApplication;
  let url: string;
  let db: DataSource;
  let club: Club;
  const open: ChatClient[] = [];

  const connect = async (actor: Actor) => {
    const s = await connectChat(url, actor.token);
    open.push(s);
    return s;
  };
  const conversationsOf = async (actor: Actor) =>
    (await gqlOk(app, CONVERSATIONS, {}, actor.token)).conversations as any[];
  const conv = async (actor: Actor, kind: string, athleteId?: string | null) => {
    const list = await conversationsOf(actor);
    const found = list.find((c) => c.kind === kind && (athleteId === undefined || c.athleteId === athleteId));
    if (!found) throw new Error(`no ${kind} conversation for ${actor.email}`);
    return found.id as string;
  };
  const send = (socket: ChatClient, conversationId: string, body: string, clientMessageId = randomUUID()) =>
    request<{ message: any }>(socket, 'message:send', { conversationId, clientMessageId, body });

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

  it('should create the direct, staff and announcement conversations when an athlete is assigned', async () => {
    const athleteConvs = await conversationsOf(club.athlete1);
    expect(athleteConvs.map((c) => c.kind).sort()).toEqual(['ANNOUNCEMENT', 'DIRECT']);
    expect(athleteConvs.find((c) => c.kind === 'ANNOUNCEMENT').canPost).toBe(false);
    const coachConvs = await conversationsOf(club.coachA);
    const mine = coachConvs.filter((c) => c.athleteId === club.athlete1.athleteId).map((c) => c.kind);
    expect(mine.sort()).toEqual(['DIRECT', 'STAFF']);
    expect(coachConvs.filter((c) => c.kind === 'ANNOUNCEMENT')).toHaveLength(1);
  });

  it('should deliver a message to the other party in real time and ack only after commit', async () => {
    const direct = await conv(club.athlete1, 'DIRECT');
    const athlete = await connect(club.athlete1);
    const coach = await connect(club.coachA);
    const coachRec = recorder(coach, ['message:new']);
    const ack = await send(athlete, direct, 'Heavy legs after the long run');
    expect(ack).toMatchObject({
      ok: true,
      message: { conversationId: direct, body: 'Heavy legs after the long run' },
    });
    if (!ack.ok) throw new Error('unreachable');
    const [row] = await db.query(`SELECT seq FROM message WHERE id = $1`, [ack.message.id]);
    expect(row.seq).toBe(ack.message.seq);
    const got = await coachRec.waitFor('message:new', (m) => m.id === ack.message.id);
    expect(got).toEqual(ack.message);
  });

  it('should return the original message, with one row, when a send is retried with the same clientMessageId', async () => {
    const direct = await conv(club.athlete1, 'DIRECT');
    const athlete = await connect(club.athlete1);
    const id = randomUUID();
    const first = await send(athlete, direct, 'Retry me', id);
    const [second, third] = await Promise.all([
      send(athlete, direct, 'Retry me', id),
      send(athlete, direct, 'Retry me', id),
    ]);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    const gqlRetry = await gqlOk(
      app,
      SEND,
      { input: { conversationId: direct, clientMessageId: id, body: 'Retry me' } },
      club.athlete1.token,
    );
    expect(gqlRetry.sendMessage).toEqual(first.ok && first.message);
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM message WHERE sender_user_id = $1 AND client_message_id = $2`,
      [club.athlete1.userId, id],
    );
    expect(rows[0].n).toBe(1);
    const reused = await send(athlete, direct, 'Something else', id);
    expect(reused).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', reason: 'CLIENT_MESSAGE_ID_REUSED' },
    });
  });

  it('should keep seqs gapless under concurrent sends from several members', async () => {
    const direct = await conv(club.athlete2, 'DIRECT');
    const athlete = await connect(club.athlete2);
    const coach = await connect(club.coachA);
    await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => send(athlete, direct, `a${i}`)),
      ...Array.from({ length: 8 }, (_, i) => send(coach, direct, `c${i}`)),
    ]);
    const rows: Array<{ seq: number }> = await db.query(
      `SELECT seq FROM message WHERE conversation_id = $1 ORDER BY seq`,
      [direct],
    );
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    const [c] = await db.query(`SELECT last_seq FROM conversation WHERE id = $1`, [direct]);
    expect(c.last_seq).toBe(rows.length);
  });

  it('should return exactly the missed messages in seq order on catch-up after a disconnect', async () => {
    const direct = await conv(club.athlete1, 'DIRECT');
    const athlete = await connect(club.athlete1);
    let coach = await connect(club.coachA);
    const before = await send(coach, direct, 'See you Tuesday');
    if (!before.ok) throw new Error('send failed');
    coach.close();
    const missed: any[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await send(athlete, direct, `missed ${i}`);
      if (!a.ok) throw new Error('send failed');
      missed.push(a.message);
    }
    coach = await connect(club.coachA);
    const page1 = await request<any>(coach, 'conversation:sync', {
      conversationId: direct,
      afterSeq: before.message.seq,
      limit: 3,
    });
    expect(page1).toMatchObject({ ok: true, hasMore: true });
    if (!page1.ok) throw new Error('unreachable');
    const last = page1.messages[page1.messages.length - 1].seq;
    const page2 = await request<any>(coach, 'conversation:sync', {
      conversationId: direct,
      afterSeq: last,
      limit: 3,
    });
    if (!page2.ok) throw new Error('sync failed');
    expect(page2.hasMore).toBe(false);
    expect([...page1.messages, ...page2.messages]).toEqual(missed);
    expect(page2.lastSeq).toBe(missed[4].seq);
  });

  it('should refuse a non-member to read, send or sync, and never deliver to them', async () => {
    const direct = await conv(club.athlete1, 'DIRECT');
    const other = await createOrganization(app);
    const otherCoach = await addMember(app, other, 'COACH');
    const outsiders: Array<[Actor, string]> = [
      [club.athlete2, 'FORBIDDEN'], // another athlete of the same coach
      [club.coachB, 'FORBIDDEN'], // another coach (coaches athlete3)
      [club.athlete3, 'FORBIDDEN'], // another coach's athlete
      [club.admin, 'FORBIDDEN'], // admins are not members
      [otherCoach, 'NOT_FOUND'], // another organization
    ];
    const athlete = await connect(club.athlete1);
    const recs = [];
    for (const [actor, code] of outsiders) {
      const s = await connect(actor);
      recs.push(recorder(s, ['message:new', 'typing', 'message:read']));
      expect(await send(s, direct, 'let me in')).toMatchObject({ ok: false, error: { code } });
      expect(await request(s, 'conversation:sync', { conversationId: direct, afterSeq: 0 })).toMatchObject({
        ok: false,
        error: { code },
      });
      expect(await request(s, 'message:read', { conversationId: direct, seq: 1 })).toMatchObject({
        ok: false,
        error: { code },
      });
      expect(await request(s, 'typing', { conversationId: direct })).toMatchObject({
        ok: false,
        error: { code },
      });
      expect(errorCode(await gql(app, MESSAGES, { c: direct }, actor.token))).toBe(code);
      expect((await conversationsOf(actor)).some((c) => c.id === direct)).toBe(false);
    }
    const ack = await send(athlete, direct, 'only for my coaching team');
    expect(ack.ok).toBe(true);
    await request(athlete, 'typing', { conversationId: direct });
    await sleep(300);
    for (const r of recs) expect(r.seen).toEqual([]);
  });

  it('should never deliver the staff thread to the athlete', async () => {
    const staff = await conv(club.coachA, 'STAFF', club.athlete1.athleteId);
    const athlete = await connect(club.athlete1);
    const athleteRec = recorder(athlete, ['message:new', 'typing', 'message:read', 'conversation:added']);
    const coach = await connect(club.coachA);
    const ack = await send(coach, staff, 'She sounds tired; keep next week easy');
    expect(ack.ok).toBe(true);
    await request(coach, 'typing', { conversationId: staff });
    await request(coach, 'message:read', { conversationId: staff, seq: 1 });
    expect(await request(athlete, 'conversation:sync', { conversationId: staff, afterSeq: 0 })).toMatchObject(
      {
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'CONVERSATION_ACCESS_DENIED' },
      },
    );
    expect(await send(athlete, staff, 'what are you saying about me?')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(errorCode(await gql(app, MESSAGES, { c: staff }, club.athlete1.token))).toBe('FORBIDDEN');
    await sleep(300);
    expect(athleteRec.seen).toEqual([]);
  });

  it('should let a coach post to the roster announcement channel and athletes only read it', async () => {
    const channel = await conv(club.coachA, 'ANNOUNCEMENT');
    const a1 = await connect(club.athlete1);
    const a2 = await connect(club.athlete2);
    const a3 = await connect(club.athlete3);
    const [r1, r2, r3] = [a1, a2, a3].map((s) => recorder(s, ['message:new']));
    const coach = await connect(club.coachA);
    const ack = await send(coach, channel, 'Club run Saturday 9:00');
    if (!ack.ok) throw new Error('send failed');
    await r1.waitFor('message:new', (m) => m.id === ack.message.id);
    await r2.waitFor('message:new', (m) => m.id === ack.message.id);
    expect(await send(a1, channel, 'Can I bring a friend?')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'CONVERSATION_READ_ONLY' },
    });
    await sleep(200);
    expect(r3.seen).toEqual([]);
  });

  it('should stop delivery to a coach the moment they are unassigned', async () => {
    const c = await createClub(app);
    const direct = await conv(c.athlete1, 'DIRECT');
    const coachB = await connect(c.coachB);
    const recB = recorder(coachB, ['message:new', 'conversation:added', 'conversation:removed', 'typing']);
    const athlete = await connect(c.athlete1);
    await gqlOk(
      app,
      `mutation($input: AssignAthleteInput!) { assignAthlete(input: $input) { id } }`,
      { input: { athleteId: c.athlete1.athleteId, coachUserId: c.coachB.userId, role: 'ASSISTANT' } },
      c.admin.token,
    );
    await recB.waitFor('conversation:added', (e) => e.conversationId === direct);
    const hello = await send(athlete, direct, 'Welcome, assistant coach');
    if (!hello.ok) throw new Error('send failed');
    await recB.waitFor('message:new', (m) => m.id === hello.message.id);
    await request(athlete, 'typing', { conversationId: direct });
    await recB.waitFor('typing', (t) => t.conversationId === direct);

    await gqlOk(
      app,
      `mutation($input: UnassignAthleteInput!) { unassignAthlete(input: $input) { id } }`,
      { input: { athleteId: c.athlete1.athleteId, coachUserId: c.coachB.userId } },
      c.admin.token,
    );
    // No wait before the next send: removal is applied at commit, before the mutation returns.
    const after = await send(athlete, direct, 'Private again');
    if (!after.ok) throw new Error('send failed');
    await sleep(100);
    await request(athlete, 'typing', { conversationId: direct });
    await recB.waitFor('conversation:removed', (e) => e.conversationId === direct);
    await sleep(300);
    expect(recB.of('message:new').map((m) => m.id)).toEqual([hello.message.id]);
    expect(recB.of('typing')).toHaveLength(1);
    expect(await request(coachB, 'conversation:sync', { conversationId: direct, afterSeq: 0 })).toMatchObject(
      {
        ok: false,
        error: { code: 'FORBIDDEN' },
      },
    );
    expect(await send(coachB, direct, 'still here?')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('should not replay receipts, typing or presence of a conversation to someone removed from it while offline', async () => {
    const c = await createClub(app);
    const direct = await conv(c.athlete1, 'DIRECT');
    await gqlOk(
      app,
      `mutation($input: AssignAthleteInput!) { assignAthlete(input: $input) { id } }`,
      { input: { athleteId: c.athlete1.athleteId, coachUserId: c.coachB.userId, role: 'ASSISTANT' } },
      c.admin.token,
    );
    const athlete = await connect(c.athlete1);
    // Coach B with reconnection on: an unclean transport close is recovered (same session, missed packets).
    const coachB = io(`${url}/chat`, {
      auth: { token: c.coachB.token },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 1_500,
      reconnectionDelayMax: 1_500,
    }) as ChatClient;
    open.push(coachB);
    await new Promise<void>((resolve) => coachB.once('connect', () => resolve()));
    const rec = recorder(coachB, ['message:read', 'typing', 'presence', 'conversation:removed']);
    const first = await send(athlete, direct, 'Hi both');
    if (!first.ok) throw new Error('send failed');
    await request(athlete, 'typing', { conversationId: direct });
    await rec.waitFor('typing', (t) => t.conversationId === direct);

    const reconnected = new Promise<boolean>((resolve) =>
      coachB.once('connect', () => resolve(coachB.recovered)),
    );
    coachB.io.engine.close(); // transport lost: the server keeps the session for recovery
    await sleep(200);
    await gqlOk(
      app,
      `mutation($input: UnassignAthleteInput!) { unassignAthlete(input: $input) { id } }`,
      { input: { athleteId: c.athlete1.athleteId, coachUserId: c.coachB.userId } },
      c.admin.token,
    );
    await request(athlete, 'typing', { conversationId: direct });
    await request(athlete, 'message:read', { conversationId: direct, seq: first.message.seq });
    const coachA = await connect(c.coachA); // presence of a member of the conversation
    expect(await reconnected).toBe(true);
    await rec.waitFor('conversation:removed', (e) => e.conversationId === direct);
    await sleep(300);
    expect(rec.of('typing')).toHaveLength(1);
    expect(rec.of('message:read')).toEqual([]);
    expect(rec.of('presence').filter((p) => p.userId === c.coachA.userId)).toEqual([]);
    coachA.close();
  });

  it('should reject a bad handshake and disconnect a socket when its token expires', async () => {
    const secret = process.env.JWT_SECRET as string;
    const mint = (expSeconds: number) =>
      // The coach's own session (sid), with another lifetime.
      jwt.sign(
        {
          org: club.coachA.organizationId,
          sid: (jwt.decode(club.coachA.token) as jwt.JwtPayload).sid,
          typ: 'access',
        },
        secret,
        {
          algorithm: 'HS256',
          subject: club.coachA.userId,
          issuer: 'coachline',
          expiresIn: expSeconds,
        },
      );
    await expect(connectChat(url, mint(-10))).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' },
    });
    await expect(connectChat(url, 'garbage')).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' },
    });
    await expect(connectChat(url, '')).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });

    const s = await connect({ ...club.coachA, token: mint(2) });
    const rec = recorder(s, ['session:ended']);
    const disconnected = new Promise<string>((resolve) => s.once('disconnect', (reason) => resolve(reason)));
    const ended = await rec.waitFor('session:ended', () => true, 6_000);
    expect(ended).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    expect(await disconnected).toBe('io server disconnect');
  });

  it('should answer bad input with a clear ack error', async () => {
    const direct = await conv(club.athlete2, 'DIRECT');
    const s = await connect(club.athlete2);
    const cases: Array<[unknown, string, string]> = [
      [
        { conversationId: direct, clientMessageId: randomUUID(), body: '' },
        'BAD_USER_INPUT',
        'MESSAGE_EMPTY',
      ],
      [
        { conversationId: direct, clientMessageId: randomUUID(), body: '   \n ' },
        'BAD_USER_INPUT',
        'MESSAGE_EMPTY',
      ],
      [
        { conversationId: direct, clientMessageId: randomUUID(), body: 'x'.repeat(4001) },
        'BAD_USER_INPUT',
        'MESSAGE_TOO_LONG',
      ],
      [
        { conversationId: randomUUID(), clientMessageId: randomUUID(), body: 'hi' },
        'NOT_FOUND',
        'CONVERSATION_NOT_FOUND',
      ],
      [
        { conversationId: 'nope', clientMessageId: randomUUID(), body: 'hi' },
        'BAD_USER_INPUT',
        'VALIDATION_FAILED',
      ],
      [{ conversationId: direct, body: 'no id' }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
      [
        { conversationId: direct, clientMessageId: 'has spaces in it', body: 'hi' },
        'BAD_USER_INPUT',
        'INVALID_CLIENT_MESSAGE_ID',
      ],
      [
        { conversationId: direct, clientMessageId: randomUUID(), body: 'hi', admin: true },
        'BAD_USER_INPUT',
        'VALIDATION_FAILED',
      ],
    ];
    for (const [payload, code, reason] of cases) {
      const ack = await request(s, 'message:send', payload);
      expect(ack).toMatchObject({ ok: false, error: { code, reason, message: expect.any(String) } });
    }
    const max = await send(s, direct, '🏃'.repeat(4000)); // 4,000 characters (8,000 UTF-16 units)
    expect(max.ok).toBe(true);
    const gqlEmpty = await gql(
      app,
      SEND,
      { input: { conversationId: direct, clientMessageId: randomUUID(), body: '' } },
      club.athlete2.token,
    );
    expect(errorReason(gqlEmpty)).toBe('MESSAGE_EMPTY');
    expect(await request(s, 'conversation:sync', { conversationId: direct, afterSeq: -1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT' },
    });
  });

  it('should deliver a message sent through GraphQL to sockets, and list conversations with unread counts in constant queries', async () => {
    const c = await createClub(app);
    const direct = await conv(c.athlete1, 'DIRECT');
    const coach = await connect(c.coachA);
    const rec = recorder(coach, ['message:new', 'message:read']);
    const sent: any[] = [];
    for (let i = 1; i <= 3; i++) {
      const d = await gqlOk(
        app,
        SEND,
        { input: { conversationId: direct, clientMessageId: randomUUID(), body: `gql ${i}` } },
        c.athlete1.token,
      );
      sent.push(d.sendMessage);
    }
    await rec.waitFor('message:new', (m) => m.id === sent[2].id);
    expect(rec.of('message:new').map((m) => m.seq)).toEqual([1, 2, 3]);

    const coachView = (await conversationsOf(c.coachA)).find((x) => x.id === direct);
    expect(coachView).toMatchObject({
      unreadCount: 3,
      lastSeq: 3,
      lastReadSeq: 0,
      lastMessage: { seq: 3, body: 'gql 3' },
    });
    const athleteView = (await conversationsOf(c.athlete1)).find((x) => x.id === direct);
    expect(athleteView).toMatchObject({ unreadCount: 0, lastReadSeq: 3 });

    const read = await gqlOk(
      app,
      `mutation($input: MarkReadInput!) { markRead(input: $input) { conversationId userId seq } }`,
      { input: { conversationId: direct, seq: 99 } },
      c.coachA.token,
    );
    expect(read.markRead).toEqual({ conversationId: direct, userId: c.coachA.userId, seq: 3 });
    expect((await conversationsOf(c.coachA)).find((x) => x.id === direct).unreadCount).toBe(0);
    const receipt = await request<any>(coach, 'message:read', { conversationId: direct, seq: 1 });
    expect(receipt).toMatchObject({ ok: true, receipt: { seq: 3 } }); // never moves backward

    // No N+1: the number of queries does not grow with the number of conversations.
    const fewRes = await gqlCounted(app, CONVERSATIONS, {}, c.coachB.token);
    const few = fewRes.data.conversations.length;
    const nFew = fewRes.queries;
    for (const a of [c.athlete1, c.athlete2]) {
      await gqlOk(
        app,
        `mutation($input: AssignAthleteInput!) { assignAthlete(input: $input) { id } }`,
        { input: { athleteId: a.athleteId, coachUserId: c.coachB.userId, role: 'ASSISTANT' } },
        c.admin.token,
      );
    }
    const manyRes = await gqlCounted(app, CONVERSATIONS, {}, c.coachB.token);
    expect(manyRes.data.conversations.length).toBeGreaterThan(few);
    expect(manyRes.queries).toBe(nFew);
    expect(nFew).toBeGreaterThan(0);
    expect(nFew).toBeLessThanOrEqual(2); // authenticate + the one list query
  });

  it('should page messages by seq in both directions', async () => {
    const c = await createClub(app);
    const direct = await conv(c.athlete1, 'DIRECT');
    const s = await connect(c.athlete1);
    for (let i = 1; i <= 7; i++) await send(s, direct, `m${i}`);
    const latest = (await gqlOk(app, MESSAGES, { c: direct, limit: 3 }, c.coachA.token)).messages;
    expect(latest).toEqual({ hasMore: true, messages: [5, 6, 7].map((n) => ({ seq: n, body: `m${n}` })) });
    const older = (await gqlOk(app, MESSAGES, { c: direct, before: 5, limit: 3 }, c.coachA.token)).messages;
    expect(older.messages.map((m: any) => m.seq)).toEqual([2, 3, 4]);
    expect(older.hasMore).toBe(true);
    const oldest = (await gqlOk(app, MESSAGES, { c: direct, before: 2, limit: 3 }, c.coachA.token)).messages;
    expect(oldest).toEqual({ hasMore: false, messages: [{ seq: 1, body: 'm1' }] });
    const forward = (await gqlOk(app, MESSAGES, { c: direct, after: 4, limit: 2 }, c.coachA.token)).messages;
    expect(forward).toEqual({ hasMore: true, messages: [5, 6].map((n) => ({ seq: n, body: `m${n}` })) });
    expect(errorReason(await gql(app, MESSAGES, { c: direct, before: 3, after: 1 }, c.coachA.token))).toBe(
      'CURSOR_CONFLICT',
    );
  });

  it('should relay typing to the other members only, and rate limit it and sends with TOO_MANY_REQUESTS', async () => {
    const c = await createClub(app);
    const direct = await conv(c.athlete1, 'DIRECT');
    const athlete = await connect(c.athlete1);
    const coach = await connect(c.coachA);
    const coachRec = recorder(coach, ['typing', 'presence']);
    const athleteRec = recorder(athlete, ['typing']);
    const acks = [];
    for (let i = 0; i < 8; i++) acks.push(await request<any>(athlete, 'typing', { conversationId: direct }));
    expect(acks.filter((a) => a.ok).length).toBeGreaterThanOrEqual(5);
    const limited = acks.find((a) => !a.ok);
    expect(limited).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_MANY_REQUESTS',
        reason: 'CHAT_TYPING_RATE_LIMITED',
        details: { retryAfterSeconds: expect.any(Number) },
      },
    });
    await coachRec.waitFor('typing', (t) => t.userId === c.athlete1.userId);
    expect(athleteRec.seen).toEqual([]);

    const sends = await Promise.all(
      Array.from({ length: 30 }, (_, i) => send(athlete, direct, `burst ${i}`)),
    );
    const ok = sends.filter((a) => a.ok).length;
    const rejected = sends.filter((a) => !a.ok);
    expect(ok).toBeGreaterThanOrEqual(20);
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected)
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'TOO_MANY_REQUESTS', reason: 'CHAT_SEND_RATE_LIMITED' },
      });
    const [n] = await db.query(`SELECT count(*)::int AS n FROM message WHERE conversation_id = $1`, [direct]);
    expect(n.n).toBe(ok);
  });

  it('should tell members when someone comes online and goes offline', async () => {
    const c = await createClub(app);
    const coach = await connect(c.coachA);
    const rec = recorder(coach, ['presence']);
    const athlete = await connect(c.athlete1);
    await rec.waitFor('presence', (p) => p.userId === c.athlete1.userId && p.online);
    athlete.close();
    await rec.waitFor('presence', (p) => p.userId === c.athlete1.userId && !p.online);
  });

  it('should propose context events from athlete messages and let the coach confirm or dismiss them', async () => {
    const c = await createClub(app, 'Pacific/Auckland');
    const direct = await conv(c.athlete1, 'DIRECT');
    const athlete = await connect(c.athlete1);
    const sick = await send(athlete, direct, 'I have had a fever since yesterday, staying in bed');
    const trip = await send(athlete, direct, 'Flying to Denver next Tuesday to Friday for work');
    const none = await send(athlete, direct, 'Great session today, legs felt good!');
    if (!sick.ok || !trip.ok || !none.ok) throw new Error('send failed');
    const coach = await connect(c.coachA);
    await send(coach, direct, 'I was sick last week too'); // coaches' messages are not analysed

    const Q = `query($a: ID!) { proposedContextEvents(athleteId: $a) { id kind startDate endDate status source messageId } }`;
    const list = (await gqlOk(app, Q, { a: c.athlete1.athleteId }, c.coachA.token))
      .proposedContextEvents as any[];
    const illness = list.find((e) => e.messageId === sick.message.id);
    const travel = list.find((e) => e.messageId === trip.message.id);
    expect(illness).toMatchObject({ kind: 'ILLNESS', status: 'PROPOSED', source: 'CHAT' });
    expect(travel).toMatchObject({ kind: 'TRAVEL', status: 'PROPOSED' });
    expect(list.some((e) => e.messageId === none.message.id)).toBe(false);
    expect(list.every((e) => [sick.message.id, trip.message.id].includes(e.messageId))).toBe(true);

    // Admins read proposals but an assigned coach decides (confirmed context changes plans).
    const byAdmin = await gql(
      app,
      `mutation($input: ConfirmContextEventInput!) { confirmContextEvent(input: $input) { id } }`,
      { input: { id: illness.id } },
      c.admin.token,
    );
    expect(errorReason(byAdmin)).toBe('COACH_ONLY');
    const farAway = await gql(
      app,
      `mutation($input: ConfirmContextEventInput!) { confirmContextEvent(input: $input) { id } }`,
      { input: { id: illness.id, startDate: '1900-01-01', endDate: '1900-01-02' } },
      c.coachA.token,
    );
    expect(errorReason(farAway)).toBe('DATE_OUT_OF_RANGE');
    const confirmed = await gqlOk(
      app,
      `mutation($input: ConfirmContextEventInput!) { confirmContextEvent(input: $input) { id status kind startDate endDate } }`,
      { input: { id: illness.id, endDate: illness.startDate } },
      c.coachA.token,
    );
    expect(confirmed.confirmContextEvent).toMatchObject({ status: 'CONFIRMED', endDate: illness.startDate });
    const dismissed = await gqlOk(
      app,
      `mutation($input: DismissContextEventInput!) { dismissContextEvent(input: $input) { status } }`,
      { input: { id: travel.id } },
      c.coachA.token,
    );
    expect(dismissed.dismissContextEvent.status).toBe('DISMISSED');
    const again = await gql(
      app,
      `mutation($input: DismissContextEventInput!) { dismissContextEvent(input: $input) { status } }`,
      { input: { id: travel.id } },
      c.coachA.token,
    );
    expect(errorReason(again)).toBe('CONTEXT_EVENT_ALREADY_DECIDED');
    expect(errorCode(await gql(app, Q, { a: c.athlete1.athleteId }, c.athlete1.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, Q, { a: c.athlete1.athleteId }, c.coachB.token))).toBe('FORBIDDEN');
  });
});
