import { Inject, Injectable } from '@nestjs/common';
import { badInput, DomainError, forbidden, notFound, serviceUnavailable } from '@app/common';
import { ConversationKind } from '@app/db';
import { AccessPolicy, ConversationAccess } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { CHAT_OPTIONS, ChatOptions } from './chat-options';
import { ChatRateLimiter } from './chat-rate-limiter';
import { ChatMessage, ConversationSummary, ReadReceipt, SyncResult } from './chat.events';
import { ChatNotifier } from './chat.notifier';
import { ChatRepository, ConversationListRow, ConversationMeta, toChatMessage } from './chat.repository';
import { ContextProposalsService } from './context-proposals.service';

export const MAX_BODY_CHARS = 4000;
export const MAX_PAGE = 500;
const DEFAULT_PAGE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLIENT_MESSAGE_ID = /^[\w.:-]{1,100}$/;

export interface SendMessageCommand {
  conversationId: string;
  clientMessageId: string;
  body: string;
}

export interface MessagePage {
  messages: ChatMessage[];
  /** More messages exist beyond this page in the direction asked for. */
  hasMore: boolean;
}

export interface ConversationView extends ConversationSummary {
  title: string;
  unreadCount: number;
  lastMessage: ChatMessage | null;
  lastMessageAt: Date | null;
}

/**
 * Chat use cases for every transport (Socket.IO gateway and GraphQL resolver): the same validation,
 * authorisation, persistence and delivery. A message is delivered (and acknowledged) only after commit.
 */
@Injectable()
export class ChatService {
  private readonly sendLimiter: ChatRateLimiter;
  private readonly typingLimiter: ChatRateLimiter;
  private readonly metaCache = new Map<string, { meta: ConversationMeta; until: number }>();
  private readonly maxPending: number;
  private pending = 0;
  private readonly maxLoopLagMs: number;
  private readonly loop = EventLoopLoad.shared();

  constructor(
    private readonly repo: ChatRepository,
    private readonly policy: AccessPolicy,
    private readonly notifier: ChatNotifier,
    private readonly contextProposals: ContextProposalsService,
    @Inject(CHAT_OPTIONS) options: ChatOptions,
  ) {
    this.sendLimiter = new ChatRateLimiter(options.sendLimit, 'messages', 'CHAT_SEND_RATE_LIMITED');
    this.maxPending = options.maxPendingSends ?? 50;
    this.maxLoopLagMs = options.maxLoopLagMs ?? 150;
    this.typingLimiter = new ChatRateLimiter(
      options.typingLimit,
      'typing events',
      'CHAT_TYPING_RATE_LIMITED',
    );
  }

  /**
   * Persists a message with the next gapless seq and delivers it to the members' sockets after commit.
   * A retry with the same clientMessageId returns the original message (same id and seq), whatever the
   * transport, without a second row or a second delivery.
   */
  async send(ctx: AuthContext, raw: SendMessageCommand): Promise<ChatMessage> {
    validateSend(raw);
    // What PostgreSQL would store anyway (a lone UTF-16 surrogate becomes U+FFFD on the way in): stored,
    // compared on a retry and returned as such, so a retry of that message is recognised as the same.
    const cmd = { ...raw, body: wellFormed(raw.body) };
    // Admission control before any database work (the conversation lookup included): past the bound the
    // send is refused at once instead of queueing for a connection it would time out waiting for.
    return this.admit(() => this.admitted(ctx, cmd), true);
  }

  /**
   * Admission control for everything chat asks of the database (sends, sync, history, read receipts,
   * conversation lists, typing, and the gateway's handshakes and presence): refused at once with a
   * retryable SERVICE_UNAVAILABLE / OVERLOADED when overloaded(), so the work already admitted keeps its
   * latency instead of everything waiting in an unbounded queue. Only what grows with the load (sends,
   * handshakes: `shedOnCpu`) is also refused when the CPU ran out; a sync or a read receipt, what a client
   * needs to catch up, is refused only at the pending bound.
   */
  async admit<T>(work: () => Promise<T>, shedOnCpu = false): Promise<T> {
    if (this.overloaded(shedOnCpu)) throw overloadedError();
    this.pending++;
    try {
      return await work();
    } finally {
      this.pending--;
    }
  }

  /**
   * Whether new work should be refused now: too much pending on the database, or this process out of CPU
   * (its event loop busy nearly all the time and lagging behind: every admitted event would wait that
   * long). A lag alone is not enough: on a machine shared with other busy processes the loop is late
   * because the process is descheduled, not because it has too much to do, and refusing then only
   * turns clients away from a server that has room.
   */
  overloaded(cpu = true): boolean {
    return (
      this.pending >= this.maxPending ||
      (cpu && this.loop.lagMs() > this.maxLoopLagMs && this.loop.utilization() > SATURATED_UTILIZATION)
    );
  }

  private async admitted(ctx: AuthContext, cmd: SendMessageCommand): Promise<ChatMessage> {
    const meta = await this.meta(cmd.conversationId);
    if (!meta || meta.organizationId !== ctx.organizationId) throw notFound('Conversation');
    try {
      this.sendLimiter.take(ctx.userId);
    } catch (limited) {
      // The contract: a retry of a stored message returns the original, whatever the budget says.
      const original = await this.repo.findSent(ctx.userId, cmd.clientMessageId);
      if (original) return this.asRetry(original, cmd);
      throw limited;
    }
    // Only accepted sends are charged: a retry, a refusal or a failure gives the token back.
    let accepted = false;
    try {
      const message = await this.append(ctx, cmd, meta);
      accepted = message.accepted;
      return message.message;
    } finally {
      if (!accepted) this.sendLimiter.refund(ctx.userId);
    }
  }

  private async append(
    ctx: AuthContext,
    cmd: SendMessageCommand,
    meta: ConversationMeta,
  ): Promise<{ message: ChatMessage; accepted: boolean }> {
    const append = { ...cmd, organizationId: ctx.organizationId, senderUserId: ctx.userId };
    // The athlete's own words in their direct conversation may carry life context (a sick kid, a trip):
    // when the detector finds some, the proposals are written in the message's transaction. Otherwise
    // the message is one atomic statement: one round trip.
    const fromAthlete =
      meta.kind === ConversationKind.DIRECT && meta.athleteId !== null && meta.athleteUserId === ctx.userId;
    // The detector runs once per message: its hits are what the transaction writes.
    const hits = fromAthlete ? this.contextProposals.detectIn(cmd.body, meta) : [];
    let proposed: string[] = [];
    const res = hits.length
      ? await this.repo.transaction(async (em) => {
          const r = await this.repo.appendMessage(append, em);
          if (r.status === 'OK')
            proposed = await this.contextProposals.proposeFromMessage(em, meta, r.message, hits);
          return r;
        })
      : await this.repo.appendMessage(append);
    if (proposed.length && meta.athleteId) this.contextProposals.announce(meta.athleteId, proposed);
    if (res.status === 'DUPLICATE') {
      // A retry: the original, without a second row, a second delivery or a rate-limit token.
      return { message: this.asRetry(res.message, cmd), accepted: false };
    }
    if (res.status === 'NOT_A_MEMBER') {
      // Says precisely why (not a member, read-only); if it was a race with a removal, still refuse.
      await this.policy.conversationPostAccess(ctx, cmd.conversationId);
      throw forbidden('You are not a member of this conversation', 'CONVERSATION_ACCESS_DENIED');
    }
    const message = toChatMessage(res.message);
    this.notifier.messageCreated(message, res.memberUserIds);
    return { message, accepted: true };
  }

  /** Conversation facts that never change (kind, organization, athlete), cached for a minute. */
  private async meta(conversationId: string): Promise<ConversationMeta | null> {
    const now = Date.now();
    const hit = this.metaCache.get(conversationId);
    if (hit && hit.until > now) return hit.meta;
    const meta = await this.repo.conversationMeta(conversationId);
    if (this.metaCache.size >= 50_000) this.metaCache.clear();
    if (meta) this.metaCache.set(conversationId, { meta, until: now + 60_000 });
    return meta;
  }

  private asRetry(original: Parameters<typeof toChatMessage>[0], cmd: SendMessageCommand): ChatMessage {
    if (original.conversation_id !== cmd.conversationId || original.body !== cmd.body) {
      throw badInput(
        'clientMessageId was already used for a different message; generate a new one for each message',
        'CLIENT_MESSAGE_ID_REUSED',
      );
    }
    return toChatMessage(original);
  }

  /** Catch-up after a disconnect: messages with seq > afterSeq, in order, one page at a time. */
  async sync(
    ctx: AuthContext,
    conversationId: string,
    afterSeq: number,
    limit?: number,
  ): Promise<SyncResult> {
    assertUuid(conversationId, 'conversationId');
    assertSeq(afterSeq, 'afterSeq');
    const n = pageSize(limit);
    const [access, rows] = await this.admit(async () => {
      const a = await this.policy.conversationAccess(ctx, conversationId);
      return [a, await this.repo.listAfter(conversationId, afterSeq, n + 1)] as const;
    });
    return {
      conversationId,
      messages: rows.slice(0, n).map(toChatMessage),
      hasMore: rows.length > n,
      lastSeq: Math.max(access.lastSeq, rows.length ? rows[rows.length - 1].seq : 0),
    };
  }

  /**
   * History by seq cursor, in ascending order: `after` pages forward, `before` pages backward, neither
   * gives the latest page.
   */
  async messages(
    ctx: AuthContext,
    conversationId: string,
    cursor: { before?: number | null; after?: number | null; limit?: number | null },
  ): Promise<MessagePage> {
    assertUuid(conversationId, 'conversationId');
    if (cursor.before != null && cursor.after != null) {
      throw badInput('Give either before or after, not both', 'CURSOR_CONFLICT');
    }
    if (cursor.before != null) assertSeq(cursor.before, 'before');
    if (cursor.after != null) assertSeq(cursor.after, 'after');
    const n = pageSize(cursor.limit ?? undefined);
    return this.admit(() => this.page(ctx, conversationId, cursor, n));
  }

  private async page(
    ctx: AuthContext,
    conversationId: string,
    cursor: { before?: number | null; after?: number | null },
    n: number,
  ): Promise<MessagePage> {
    await this.policy.conversationAccess(ctx, conversationId);
    if (cursor.after != null) {
      const rows = await this.repo.listAfter(conversationId, cursor.after, n + 1);
      return { messages: rows.slice(0, n).map(toChatMessage), hasMore: rows.length > n };
    }
    const rows = await this.repo.listBefore(conversationId, cursor.before ?? null, n + 1);
    return { messages: rows.slice(0, n).reverse().map(toChatMessage), hasMore: rows.length > n };
  }

  /** Read receipt up to a seq (only forward, capped at the last message); members see it live. */
  async markRead(ctx: AuthContext, conversationId: string, seq: number): Promise<ReadReceipt> {
    assertUuid(conversationId, 'conversationId');
    assertSeq(seq, 'seq');
    const res = await this.admit(async () => {
      await this.policy.conversationAccess(ctx, conversationId);
      const r = await this.repo.markRead(conversationId, ctx.userId, seq);
      if (!r) await this.policy.conversationAccess(ctx, conversationId); // removed meanwhile: throws
      return r;
    });
    const receipt = { conversationId, userId: ctx.userId, seq: res?.lastReadSeq ?? 0 };
    this.notifier.readReceipt(receipt, res?.memberUserIds ?? []);
    return receipt;
  }

  async conversations(ctx: AuthContext): Promise<ConversationView[]> {
    const rows = await this.admit(() => this.repo.listForUser(ctx.userId, ctx.organizationId));
    return rows.map(toConversationView);
  }

  /**
   * Tells the people who share a conversation with the user that they came online or went offline.
   * Admission-controlled like the rest: past capacity it throws OVERLOADED and the gateway skips it
   * (presence is a hint; peers see it on the next change).
   */
  async presence(ctx: AuthContext, online: boolean): Promise<void> {
    const peers = await this.admit(() => this.repo.peerUserIds(ctx.userId, ctx.organizationId));
    this.notifier.presence({ userId: ctx.userId, online }, peers);
  }

  /** Typing is ephemeral: rate limited, allowed only to members who can post, shown to the other members. */
  async typing(ctx: AuthContext, conversationId: string): Promise<ConversationAccess> {
    assertUuid(conversationId, 'conversationId');
    this.typingLimiter.take(ctx.userId);
    const [access, members] = await this.admit(async () => {
      const a = await this.policy.conversationPostAccess(ctx, conversationId);
      return [a, await this.repo.activeMemberUserIds(conversationId)] as const;
    });
    this.notifier.typing({ conversationId, userId: ctx.userId }, members);
    return access;
  }
}

function toConversationView(r: ConversationListRow): ConversationView {
  return {
    id: r.id,
    kind: r.kind,
    athleteId: r.athlete_id,
    title: r.title,
    canPost: r.can_post,
    lastSeq: r.last_seq,
    lastReadSeq: r.last_read_seq,
    unreadCount: Math.max(0, r.last_seq - r.last_read_seq),
    lastMessageAt: r.last_message_at,
    lastMessage:
      r.m_id && r.m_seq !== null && r.m_sender_user_id && r.m_client_message_id !== null && r.m_created_at
        ? toChatMessage({
            id: r.m_id,
            conversation_id: r.id,
            seq: r.m_seq,
            sender_user_id: r.m_sender_user_id,
            client_message_id: r.m_client_message_id,
            body: r.m_body ?? '',
            created_at: r.m_created_at,
          })
        : null,
  };
}

/** Input rules shared by both transports (the DTOs check shapes; these are the domain limits). */
export function validateSend(cmd: SendMessageCommand): void {
  assertUuid(cmd.conversationId, 'conversationId');
  if (typeof cmd.clientMessageId !== 'string' || !CLIENT_MESSAGE_ID.test(cmd.clientMessageId)) {
    throw badInput(
      'clientMessageId must be 1–100 characters of letters, digits, . : _ -',
      'INVALID_CLIENT_MESSAGE_ID',
    );
  }
  if (typeof cmd.body !== 'string' || cmd.body.trim().length === 0) {
    throw badInput('Message body must not be empty', 'MESSAGE_EMPTY');
  }
  const chars = [...cmd.body].length;
  if (chars > MAX_BODY_CHARS) {
    throw badInput(
      `Message body is ${chars} characters; the maximum is ${MAX_BODY_CHARS}`,
      'MESSAGE_TOO_LONG',
      {
        maxChars: MAX_BODY_CHARS,
      },
    );
  }
}

/** The refusal of a send past capacity (retryable; one shape for the service and the gateway's fast path). */
export const overloadedError = () =>
  serviceUnavailable(
    'The server is at capacity; retry in a moment with the same clientMessageId',
    'OVERLOADED',
    1,
  );

/** Whether an error is the admission control's refusal (OVERLOADED). */
export const isOverloaded = (e: unknown): boolean => e instanceof DomainError && e.code === 'OVERLOADED';

/**
 * The event loop's busy share above which a lagging loop means this process ran out of CPU. Measured with
 * bench:chat: well under capacity the loop is busy a small share of the time even when the machine's other
 * processes make it late by hundreds of ms; past capacity it is busy all the time.
 */
const SATURATED_UTILIZATION = 0.9;

/**
 * The event loop's load: how late a 50 ms timer fires (lag, smoothed over a few ticks) and the share of
 * the time the loop was busy rather than waiting for I/O (performance.eventLoopUtilization, smoothed over
 * about a second of time, not of ticks: one long stall, a 2 MB payload parsed or a GC, leaves it below
 * SATURATED_UTILIZATION; being busy for two seconds running does not).
 */
export class EventLoopLoad {
  private static instance: EventLoopLoad | undefined;
  private lag = 0;
  private busy = 0;
  private constructor() {
    let last = performance.now();
    let elu = performance.eventLoopUtilization();
    setInterval(() => {
      const now = performance.now();
      const late = Math.max(0, now - last - 50);
      const next = performance.eventLoopUtilization();
      const share = performance.eventLoopUtilization(next, elu).utilization;
      const weight = 1 - Math.exp(-(now - last) / 1000);
      last = now;
      elu = next;
      this.lag = this.lag * 0.8 + late * 0.2;
      this.busy = this.busy * (1 - weight) + share * weight;
    }, 50).unref();
  }
  static shared(): EventLoopLoad {
    return (this.instance ??= new EventLoopLoad());
  }
  lagMs(): number {
    return this.lag;
  }
  utilization(): number {
    return this.busy;
  }
}

/** The string with every lone UTF-16 surrogate replaced by U+FFFD, as UTF-8 encoding does. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function assertUuid(value: unknown, name: string): void {
  if (typeof value !== 'string' || !UUID.test(value)) throw badInput(`${name} must be a UUID`, 'INVALID_ID');
}

function assertSeq(value: unknown, name: string): void {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 2_147_483_647) {
    throw badInput(`${name} must be a non-negative integer`, 'INVALID_SEQ');
  }
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined || limit === null) return DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw badInput(`limit must be between 1 and ${MAX_PAGE}`, 'INVALID_LIMIT');
  }
  return limit;
}
