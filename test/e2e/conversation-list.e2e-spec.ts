import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { gqlOk } from '../helpers/graphql';
import { Actor, createClub, addMember } from '../helpers/factories';
import { baseUrl, ChatClient, connectChat, createListeningChatApp, request } from '../helpers/socket-client';

const CONVERSATIONS = `{ conversations { id kind athleteId title canPost lastSeq lastReadSeq unreadCount } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { seq } }`;

type Summary = { id: string; kind: string; athleteId: string | null; title: string; unreadCount: number };

/**
 * The conversation list as each side sees it, on both transports: titled from the viewer's side (the
 * athlete sees their coach, the coach the athlete) with the viewer's own unread count.
 */
describe('Conversation list (e2e)', () => {
  let app: INestApplication;
  let url: string;
  let club: Awaited<ReturnType<typeof createClub>>;
  const open: ChatClient[] = [];

  const viaGraphql = async (actor: Actor) =>
    (await gqlOk(app, CONVERSATIONS, {}, actor.token)).conversations as Summary[];
  const viaSocket = async (actor: Actor) => {
    const socket = await connectChat(url, actor.token);
    open.push(socket);
    const ack = await request<{ conversations: Summary[] }>(socket, 'conversation:list', {});
    if (!ack.ok) throw new Error(JSON.stringify(ack.error));
    return ack.conversations;
  };
  /** Both transports, which must agree on everything they both carry. */
  const lists = async (actor: Actor) => {
    const [g, s] = await Promise.all([viaGraphql(actor), viaSocket(actor)]);
    expect(s).toEqual(g.map((c) => expect.objectContaining(c)));
    return g;
  };
  const send = (actor: Actor, conversationId: string, body: string) =>
    gqlOk(app, SEND, { input: { conversationId, clientMessageId: randomUUID(), body } }, actor.token);

  beforeAll(async () => {
    app = await createListeningChatApp();
    url = baseUrl(app);
    club = await createClub(app);
  });
  afterEach(() => {
    while (open.length) open.pop()?.close();
  });
  afterAll(() => app.close());

  it('should title the athlete’s direct conversation with their coach and the coach’s with the athlete, on both transports', async () => {
    const athleteList = await lists(club.athlete1);
    const direct = athleteList.find((c) => c.kind === 'DIRECT')!;
    expect(direct.title).toBe('Coach Alpha');
    expect(athleteList.find((c) => c.kind === 'ANNOUNCEMENT')!.title).toBe('Coach Alpha');

    const coachList = await lists(club.coachA);
    const coachDirect = coachList.find((c) => c.id === direct.id)!;
    expect(coachDirect.title).toBe('Anna Athlete');
    expect(coachList.find((c) => c.kind === 'STAFF' && c.athleteId === club.athlete1.athleteId)!.title).toBe(
      'Anna Athlete',
    );
  });

  it('should count each viewer’s unread messages on both transports', async () => {
    const direct = (await viaGraphql(club.athlete2)).find((c) => c.kind === 'DIRECT')!;
    await send(club.coachA, direct.id, 'How did the tempo go?');
    await send(club.coachA, direct.id, 'And the legs?');
    expect((await lists(club.athlete2)).find((c) => c.id === direct.id)!.unreadCount).toBe(2);
    expect((await lists(club.coachA)).find((c) => c.id === direct.id)!.unreadCount).toBe(0);

    const { sendMessage } = await send(club.athlete2, direct.id, 'Fine, thanks');
    await gqlOk(
      app,
      `mutation($input: MarkReadInput!) { markRead(input: $input) { seq } }`,
      { input: { conversationId: direct.id, seq: sendMessage.seq } },
      club.athlete2.token,
    );
    expect((await lists(club.athlete2)).find((c) => c.id === direct.id)!.unreadCount).toBe(0);
    expect((await lists(club.coachA)).find((c) => c.id === direct.id)!.unreadCount).toBe(1);
  });

  it('should name every coach of the athlete, and only the others, when the athlete has two', async () => {
    const coachC = await addMember(app, club.admin, 'COACH', { name: 'Aaron Assistant' });
    await gqlOk(
      app,
      `mutation($input: AssignAthleteInput!) { assignAthlete(input: $input) { id } }`,
      { input: { athleteId: club.athlete3.athleteId, coachUserId: coachC.userId, role: 'ASSISTANT' } },
      club.admin.token,
    );
    const direct = (await lists(club.athlete3)).find((c) => c.kind === 'DIRECT')!;
    expect(direct.title).toBe('Aaron Assistant, Coach Bravo');
    expect((await lists(coachC)).find((c) => c.id === direct.id)!.title).toBe('Cleo Athlete');
  });
});
