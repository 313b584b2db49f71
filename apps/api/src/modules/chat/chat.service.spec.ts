import { DomainError } from '@app/common';
import { ConversationKind, Role } from '@app/db';
import { AccessPolicy, ConversationAccess } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { ChatOptions } from './chat-options';
import { ChatRateLimiter } from './chat-rate-limiter';
import { ChatNotifier } from './chat.notifier';
import { ChatRepository, MessageRow } from './chat.repository';
import { ChatService, validateSend } from './chat.service';
import { ContextProposalsService } from './context-proposals.service';

/** A strict mock: any method not stubbed throws, so the test shows exactly what the service touches. */
function strict<T extends object>(stubs: Partial<Record<keyof T, jest.Mock>>): jest.Mocked<T> {
  return new Proxy(stubs, {
    get: (target, prop) => {
      if (prop in target) return (target as Record<string | symbol, unknown>)[prop];
      if (prop === 'then') return undefined;
      throw new Error(`unexpected call to ${String(prop)}`);
    },
  }) as unknown as jest.Mocked<T>;
}

const ctx: AuthContext = {
  userId: 'u-athlete',
  organizationId: 'org',
  roles: new Set([Role.ATHLETE]),
  athleteId: 'ath',
};
const CONV = '11111111-1111-4111-8111-111111111111';
const row = (over: Partial<MessageRow> = {}): MessageRow => ({
  id: 'm1',
  conversation_id: CONV,
  seq: 7,
  sender_user_id: ctx.userId,
  client_message_id: 'c-1',
  body: 'hello',
  created_at: new Date('2026-03-01T10:00:00Z'),
  ...over,
});
const access: ConversationAccess = {
  conversationId: CONV,
  organizationId: 'org',
  kind: ConversationKind.DIRECT,
  athleteId: 'ath',
  athleteUserId: ctx.userId,
  timeZone: 'Europe/Oslo',
  lastSeq: 6,
  canPost: true,
  lastReadSeq: 6,
};
const options: ChatOptions = {
  redisStreamName: 's',
  redisSessionKeyPrefix: 'p',
  sendLimit: { capacity: 2, refillPerSecond: 0.001 },
  typingLimit: { capacity: 1, refillPerSecond: 0.001 },
};

function setup(repoStubs: Partial<Record<keyof ChatRepository, jest.Mock>>) {
  const repo = strict<ChatRepository>({ transaction: jest.fn((work) => work({})), ...repoStubs });
  const policy = strict<AccessPolicy>({ conversationPostAccess: jest.fn().mockResolvedValue(access) });
  const notifier = strict<ChatNotifier>({ messageCreated: jest.fn() });
  const proposals = strict<ContextProposalsService>({
    proposeFromMessage: jest.fn().mockResolvedValue(0),
    detectIn: jest.fn().mockReturnValue([]),
  });
  return {
    service: new ChatService(repo, policy, notifier, proposals, options),
    repo,
    policy,
    notifier,
    proposals,
  };
}

describe(ChatService.name, () => {
  describe('validateSend', () => {
    const ok = { conversationId: CONV, clientMessageId: 'c-1', body: 'hi' };
    it.each([
      ['empty body', { ...ok, body: '' }, 'MESSAGE_EMPTY'],
      ['blank body', { ...ok, body: ' \n\t ' }, 'MESSAGE_EMPTY'],
      ['4,001 characters', { ...ok, body: 'x'.repeat(4001) }, 'MESSAGE_TOO_LONG'],
      ['a non-uuid conversation', { ...ok, conversationId: 'abc' }, 'INVALID_ID'],
      ['a clientMessageId with spaces', { ...ok, clientMessageId: 'a b' }, 'INVALID_CLIENT_MESSAGE_ID'],
    ])('should reject %s', (_name, cmd, code) => {
      expect(() => validateSend(cmd)).toThrow(expect.objectContaining({ code }));
    });

    it('should count characters, not UTF-16 units, when checking the 4,000 limit', () => {
      expect(() => validateSend({ ...ok, body: '🏃'.repeat(4000) })).not.toThrow();
    });
  });

  describe('send', () => {
    const meta = () => jest.fn().mockResolvedValue(access);
    const ok = (over: Partial<MessageRow> = {}, members = ['u-athlete', 'u-coach']) =>
      jest.fn().mockResolvedValue({ status: 'OK', message: row(over), memberUserIds: members });

    it('should persist in one statement, then deliver to the members returned, when no context is mentioned', async () => {
      const appendMessage = ok();
      const { service, repo, notifier, proposals } = setup({ conversationMeta: meta(), appendMessage });
      const msg = await service.send(ctx, { conversationId: CONV, clientMessageId: 'c-1', body: 'hello' });
      expect(msg).toMatchObject({ id: 'm1', seq: 7, createdAt: '2026-03-01T10:00:00.000Z' });
      expect(appendMessage).toHaveBeenCalledWith({
        conversationId: CONV,
        organizationId: 'org',
        senderUserId: 'u-athlete',
        clientMessageId: 'c-1',
        body: 'hello',
      });
      expect(repo.transaction).not.toHaveBeenCalled();
      expect(proposals.proposeFromMessage).not.toHaveBeenCalled();
      expect(notifier.messageCreated).toHaveBeenCalledWith(msg, ['u-athlete', 'u-coach']);
    });

    it('should write context proposals in the message’s transaction when the athlete mentions context', async () => {
      const appendMessage = ok({ body: 'my kid has a fever' });
      const { service, repo, proposals } = setup({ conversationMeta: meta(), appendMessage });
      const hits = [{ kind: 'SICK_FAMILY' }];
      proposals.detectIn = jest.fn().mockReturnValue(hits);
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'c-1', body: 'my kid has a fever' });
      expect(repo.transaction).toHaveBeenCalledTimes(1);
      expect(appendMessage).toHaveBeenCalledWith(expect.objectContaining({ body: 'my kid has a fever' }), {});
      // The detector ran once; its hits are what the transaction writes.
      expect(proposals.detectIn).toHaveBeenCalledTimes(1);
      expect(proposals.proposeFromMessage).toHaveBeenCalledWith(
        {},
        access,
        row({ body: 'my kid has a fever' }),
        hits,
      );
    });

    it('should return the original without a delivery or a rate-limit token when retried', async () => {
      const { service, notifier } = setup({
        conversationMeta: meta(),
        appendMessage: jest.fn().mockResolvedValue({ status: 'DUPLICATE', message: row() }),
      });
      for (let i = 0; i < 5; i++) {
        await expect(
          service.send(ctx, { conversationId: CONV, clientMessageId: 'c-1', body: 'hello' }),
        ).resolves.toMatchObject({ id: 'm1', seq: 7 });
      }
      expect(notifier.messageCreated).not.toHaveBeenCalled();
    });

    it('should reject a clientMessageId reused for a different body', async () => {
      const { service } = setup({
        conversationMeta: meta(),
        appendMessage: jest.fn().mockResolvedValue({ status: 'DUPLICATE', message: row() }),
      });
      await expect(
        service.send(ctx, { conversationId: CONV, clientMessageId: 'c-1', body: 'other' }),
      ).rejects.toMatchObject({ code: 'CLIENT_MESSAGE_ID_REUSED' });
    });

    it('should say why when the sender may not post, and deliver nothing', async () => {
      const { service, policy, notifier } = setup({
        conversationMeta: meta(),
        appendMessage: jest.fn().mockResolvedValue({ status: 'NOT_A_MEMBER' }),
      });
      policy.conversationPostAccess.mockRejectedValue(
        new DomainError('FORBIDDEN' as never, 'CONVERSATION_READ_ONLY', 'read-only'),
      );
      await expect(
        service.send(ctx, { conversationId: CONV, clientMessageId: 'c-9', body: 'x' }),
      ).rejects.toMatchObject({
        code: 'CONVERSATION_READ_ONLY',
      });
      expect(notifier.messageCreated).not.toHaveBeenCalled();
    });

    it('should answer NOT_FOUND for a conversation of another organization without touching messages', async () => {
      const { service } = setup({
        conversationMeta: jest.fn().mockResolvedValue({ ...access, organizationId: 'other' }),
      });
      await expect(
        service.send(ctx, { conversationId: CONV, clientMessageId: 'c-1', body: 'x' }),
      ).rejects.toMatchObject({
        kind: 'NOT_FOUND',
      });
    });

    it('should not run the context detector on coaches’ messages', async () => {
      const { service, proposals } = setup({
        conversationMeta: jest.fn().mockResolvedValue({ ...access, athleteUserId: 'someone-else' }),
        appendMessage: ok(),
      });
      proposals.detectIn = jest.fn().mockReturnValue([{ kind: 'ILLNESS' }]);
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'c-2', body: 'I am sick' });
      expect(proposals.detectIn).not.toHaveBeenCalled();
      expect(proposals.proposeFromMessage).not.toHaveBeenCalled();
    });

    it('should refuse sends over the per-user limit with TOO_MANY_REQUESTS', async () => {
      const { service } = setup({
        conversationMeta: meta(),
        appendMessage: ok(),
        findSent: jest.fn().mockResolvedValue(null),
      });
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'a', body: 'x' });
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'b', body: 'x' });
      const err = await service
        .send(ctx, { conversationId: CONV, clientMessageId: 'c', body: 'x' })
        .catch((e) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect(err).toMatchObject({ kind: 'TOO_MANY_REQUESTS', code: 'CHAT_SEND_RATE_LIMITED' });
    });

    it('should answer a retry of a stored message with the original even when the budget is spent', async () => {
      const { service, repo } = setup({
        conversationMeta: meta(),
        appendMessage: ok(),
        findSent: jest.fn().mockResolvedValue(row({ client_message_id: 'a', body: 'x' })),
      });
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'a', body: 'x' });
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'b', body: 'x' });
      const retry = await service.send(ctx, { conversationId: CONV, clientMessageId: 'a', body: 'x' });
      expect(retry).toMatchObject({ id: 'm1', seq: 7, clientMessageId: 'a' });
      expect(repo.findSent).toHaveBeenCalledWith(ctx.userId, 'a');
      repo.findSent.mockResolvedValue(null);
      await expect(
        service.send(ctx, { conversationId: CONV, clientMessageId: 'c', body: 'x' }),
      ).rejects.toMatchObject({ code: 'CHAT_SEND_RATE_LIMITED' });
    });

    it('should charge only accepted sends: refusals, failures and retries leave the budget', async () => {
      const append = jest.fn();
      const { service, policy } = setup({ conversationMeta: meta(), appendMessage: append });
      policy.conversationPostAccess.mockRejectedValue(
        new DomainError('FORBIDDEN' as never, 'CONVERSATION_READ_ONLY', 'read-only'),
      );
      append.mockResolvedValue({ status: 'NOT_A_MEMBER' });
      for (let i = 0; i < 3; i++)
        await expect(
          service.send(ctx, { conversationId: CONV, clientMessageId: `f${i}`, body: 'x' }),
        ).rejects.toMatchObject({ code: 'CONVERSATION_READ_ONLY' });
      append.mockRejectedValue(new Error('Connection terminated unexpectedly'));
      for (let i = 0; i < 3; i++)
        await expect(
          service.send(ctx, { conversationId: CONV, clientMessageId: `e${i}`, body: 'x' }),
        ).rejects.toThrow('Connection terminated');
      append.mockResolvedValue({ status: 'DUPLICATE', message: row({ client_message_id: 'd', body: 'x' }) });
      for (let i = 0; i < 3; i++)
        await service.send(ctx, { conversationId: CONV, clientMessageId: 'd', body: 'x' });
      append.mockImplementation(ok());
      // capacity 2: both accepted sends still fit after nine that were not accepted
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'a', body: 'x' });
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'b', body: 'x' });
    });

    it('should refuse a send past the pending-send bound with a retryable OVERLOADED, and take sends again after', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((r) => (release = r));
      const append = jest.fn().mockImplementation(async () => {
        await gate;
        return { status: 'OK', message: row(), memberUserIds: [] };
      });
      const repo = strict<ChatRepository>({ conversationMeta: meta(), appendMessage: append });
      const service = new ChatService(
        repo,
        strict<AccessPolicy>({}),
        strict<ChatNotifier>({ messageCreated: jest.fn() }),
        strict<ContextProposalsService>({ detectIn: jest.fn().mockReturnValue([]) }),
        { ...options, sendLimit: { capacity: 100, refillPerSecond: 1 }, maxPendingSends: 2 },
      );
      const send = (id: string) =>
        service.send(ctx, { conversationId: CONV, clientMessageId: id, body: 'x' });
      const first = [send('a'), send('b')];
      await expect(send('c')).rejects.toMatchObject({ kind: 'SERVICE_UNAVAILABLE', code: 'OVERLOADED' });
      release();
      await Promise.all(first);
      await expect(send('d')).resolves.toMatchObject({ id: 'm1' });
    });

    it('should store a lone surrogate as U+FFFD and recognise the retry of that message as the same', async () => {
      const append = jest.fn().mockImplementation(ok());
      const { service } = setup({ conversationMeta: meta(), appendMessage: append });
      const body = 'heart \uD83D and \uDC96 alone';
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'c-1', body });
      expect(append.mock.calls[0][0].body).toBe('heart \uFFFD and \uFFFD alone');
      // What PostgreSQL stored comes back on the retry: the same message, not CLIENT_MESSAGE_ID_REUSED.
      append.mockResolvedValue({
        status: 'DUPLICATE',
        message: row({ body: 'heart \uFFFD and \uFFFD alone' }),
      });
      await expect(
        service.send(ctx, { conversationId: CONV, clientMessageId: 'c-1', body }),
      ).resolves.toMatchObject({
        id: 'm1',
      });
      // A well-formed pair is left alone.
      append.mockImplementation(ok());
      await service.send(ctx, { conversationId: CONV, clientMessageId: 'c-2', body: 'ok \uD83D\uDC96' });
      expect(append.mock.calls[2][0].body).toBe('ok \uD83D\uDC96');
    });
  });
});

describe(ChatRateLimiter.name, () => {
  it('should refill tokens over time', () => {
    let now = 0;
    const limiter = new ChatRateLimiter({ capacity: 1, refillPerSecond: 1 }, 'things', 'LIMITED', () => now);
    limiter.take('u');
    expect(() => limiter.take('u')).toThrow(expect.objectContaining({ details: { retryAfterSeconds: 1 } }));
    now = 1000;
    expect(() => limiter.take('u')).not.toThrow();
    expect(() => limiter.take('other')).not.toThrow();
  });
});
