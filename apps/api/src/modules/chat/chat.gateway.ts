import {
  BeforeApplicationShutdown,
  Inject,
  Logger,
  UseFilters,
  UsePipes,
  ValidationPipe,
} from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { badInput, runAt, Scheduled, serviceUnavailable } from '@app/common';
import * as jwt from 'jsonwebtoken';
import { Socket } from 'socket.io';
import { ExtendedError } from 'socket.io/dist/namespace';
import { AuthContext } from '../../auth/auth-context';
import { AuthService } from '../../auth/auth.service';
import { SessionEvents, SessionsEnded } from '../../auth/session-events';
import { Public } from '../../auth/decorators/public.decorator';
import { toPublicError } from '../../graphql/graphql-errors';
import { corsDelegate } from '../../http/cors';
import { assertNoNulCharacter, NulCharacterPipe } from '../../validation/nul-characters';
import { CHAT_OPTIONS, ChatOptions } from './chat-options';
import { CHAT_REDIS, ChatRedis } from './chat-redis';
import { ChatWsExceptionFilter } from './chat-ws-exception.filter';
import {
  Ack,
  CHAT_NAMESPACE,
  ChatMessage,
  ChatSocketData,
  ClientToServerEvents,
  ConversationSummary,
  ReadReceipt,
  memberRoom,
  ServerToClientEvents,
  sessionRoom,
  SyncResult,
  userRoom,
} from './chat.events';
import { ChatNamespace, ChatNotifier } from './chat.notifier';
import { ChatService, isOverloaded, overloadedError } from './chat.service';
import { parseSendPayload, ReadDto, SendMessageDto, SyncDto, TypingDto } from './dto/chat-socket.dto';

type AckFn = (res: unknown) => void;
type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, ChatSocketData>;

/**
 * An event's payload may be at most MAX_EVENT_CHARS (as JSON; a 4,000-character message is far below):
 * a bigger one is answered with a PAYLOAD_TOO_LARGE error ack and the connection stays. Frames above
 * MAX_FRAME_BYTES are cut by the transport itself (the connection closes: documented in docs/chat.md).
 */
export const MAX_EVENT_CHARS = 64 * 1024;
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

const OVERLOADED = toPublicError(overloadedError());

/** How long a disconnected socket's rooms and missed packets are kept for connection state recovery. */
const RECOVERY_WINDOW_MS = 2 * 60_000;
/** At most this many packets are kept for recovery by the in-memory adapter (about 15 MB). */
export const MAX_RECOVERY_PACKETS = 20_000;

/**
 * The in-memory adapter keeps every broadcast packet for connection state recovery for the whole window
 * (2 min, pruned once a minute): at 1,000 messages a second that is up to 180,000 packets, about 100 MB
 * held for three minutes after a busy spell, and a linear search through them on every reconnect. Kept
 * to the newest MAX_RECOVERY_PACKETS instead: a socket that reconnects after its offset was dropped is
 * simply not recovered (socket.recovered is false) and catches up with conversation:sync, as every
 * client does after a reconnect anyway. (The Redis streams adapter keeps its packets in the stream,
 * capped by maxLen.)
 */
function boundRecoveryBuffer(ns: ChatNamespace): void {
  const adapter = ns.adapter as unknown as {
    packets?: unknown[];
    broadcast(packet: unknown, opts: unknown): void;
  };
  const packets = adapter.packets;
  if (!Array.isArray(packets)) return;
  const broadcast = adapter.broadcast.bind(adapter);
  adapter.broadcast = (packet, opts) => {
    broadcast(packet, opts);
    // Dropped in slices of a tenth, so the cost of the splice is spread over many broadcasts.
    if (packets.length > MAX_RECOVERY_PACKETS) packets.splice(0, MAX_RECOVERY_PACKETS / 10);
  };
}

/**
 * The `/chat` namespace. Thin: authenticates the handshake with AuthService.authenticate (the function
 * GraphQL uses), keeps rooms in step with membership, and hands every event to ChatService. Handler
 * errors become `{ ok: false, error }` acks (ChatWsExceptionFilter).
 */
@Public() // the global HTTP/GraphQL guard does not apply: sockets authenticate in the handshake below
@WebSocketGateway({
  namespace: CHAT_NAMESPACE,
  cors: corsDelegate as never, // the app's one CORS policy (CORS_ORIGINS), for the polling transport
  connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
  // The transport's hard limit: a bigger frame closes the connection before anything can answer it.
  maxHttpBufferSize: MAX_FRAME_BYTES,
})
@UsePipes(
  new NulCharacterPipe(),
  new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
)
@UseFilters(ChatWsExceptionFilter)
export class ChatGateway
  implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, BeforeApplicationShutdown
{
  private readonly logger = new Logger(ChatGateway.name);
  private readonly contexts = new WeakMap<ChatSocket, AuthContext>();
  private readonly expiryTimers = new WeakMap<ChatSocket, Scheduled>();

  @WebSocketServer()
  private readonly ns: ChatNamespace;
  /** Set when the app closes: sockets are dropped while Redis is still up, and presence goes quiet. */
  private shuttingDown = false;
  /** Disconnect handlers still talking to the cluster; shutdown waits for them before Redis closes. */
  private readonly pendingDisconnects = new Set<Promise<void>>();
  private deferred = { at: 0, count: 0 };
  /** REQUEST_TIMEOUT_MS, and the answer past it (as DeadlineInterceptor gives every other event). */
  private readonly deadlineMs: number;
  private readonly deadlineExceeded: ReturnType<typeof toPublicError>;

  constructor(
    private readonly auth: AuthService,
    private readonly chat: ChatService,
    private readonly notifier: ChatNotifier,
    @Inject(CHAT_OPTIONS) private readonly options: ChatOptions,
    @Inject(CHAT_REDIS) private readonly redis: ChatRedis,
    private readonly sessions: SessionEvents,
  ) {
    this.deadlineMs = options.requestTimeoutMs ?? 6_000;
    this.deadlineExceeded = toPublicError(
      serviceUnavailable(
        `No answer within ${this.deadlineMs} ms (the database is slow or unavailable); retry in a moment`,
        'DEADLINE_EXCEEDED',
        1,
      ),
    );
  }

  afterInit(ns: ChatNamespace): void {
    if (this.redis.client) {
      ns.server.adapter(
        createAdapter(this.redis.client, {
          streamName: this.options.redisStreamName,
          channelPrefix: this.options.redisStreamName,
          sessionKeyPrefix: this.options.redisSessionKeyPrefix,
          maxLen: 100_000,
          blockTimeInMs: 2_000,
          onlyPlaintext: true,
        }),
      );
      this.logger.log(`Redis streams adapter on stream ${this.options.redisStreamName}`);
    } else {
      boundRecoveryBuffer(ns);
    }
    ns.use((socket, next) => {
      // Admission-controlled (its session check is a query): past capacity the handshake is deferred
      // like any transient failure below, and the client comes back after its reconnection backoff.
      this.chat
        .admit(() => this.authenticate(socket as ChatSocket))
        .then(
          () => next(),
          (e: unknown) => {
            const error = toPublicError(e);
            if (error.retryable) {
              // socket.io-client never retries after a connect_error (it is final by design), so a
              // transient failure (database down or slow, overload) closes the transport instead: the client
              // reconnects with its own backoff and gets through once the database is back. Only final
              // answers (UNAUTHENTICATED: a bad or expired token, a revoked membership) are connect_errors.
              this.warnDeferred(error.reason);
              socket.conn.close();
              return;
            }
            const err = new Error(error.message) as ExtendedError;
            err.data = error;
            next(err);
          },
        );
    });
    this.notifier.attach(ns);
    this.sessions.on((e) => this.endSessions(e));
  }

  /**
   * A logout, a replayed refresh token or a revoked membership ends the sockets concerned at once, on
   * every instance (rooms go through the adapter): they are told why (`session:ended`) and disconnected.
   */
  private endSessions(e: SessionsEnded): void {
    if (!this.ns) return;
    const rooms =
      'sessionIds' in e ? e.sessionIds.map(sessionRoom) : [memberRoom(e.organizationId, e.userId)];
    if (!rooms.length) return;
    this.ns
      .to(rooms)
      .emit('session:ended', { code: 'UNAUTHENTICATED', reason: e.reason, message: e.message });
    this.ns.in(rooms).disconnectSockets(true);
  }

  /**
   * Refuses an oversized event with an error ack (or an `exception` event without one), never silently;
   * and any event with an ack past capacity with OVERLOADED before any parsing, validation or database
   * work, so refusing costs next to nothing when the CPU is what ran out. A send with an ack is then handled right here
   * (sendFast); every other event goes on to its Nest handler.
   */
  private limitEventSize(socket: ChatSocket): void {
    socket.use((packet, next) => {
      const args = packet.slice(1);
      const ack = args.length && typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
      if (ack && this.chat.overloaded()) {
        return void (ack as (res: unknown) => void)({ ok: false, error: OVERLOADED });
      }
      const size = args.reduce((n: number, a: unknown) => n + (JSON.stringify(a)?.length ?? 0), 0);
      if (size <= MAX_EVENT_CHARS) {
        if (packet[0] === 'message:send' && ack) return this.sendFast(socket, args[0], ack as AckFn);
        return next();
      }
      const error = toPublicError(
        badInput(
          `The ${String(packet[0])} payload is ${size} characters; the maximum is ${MAX_EVENT_CHARS}`,
          'PAYLOAD_TOO_LARGE',
          { maxChars: MAX_EVENT_CHARS },
        ),
      );
      if (ack) (ack as (res: unknown) => void)({ ok: false, error });
      else
        (socket as unknown as { emit(e: string, p: unknown): void }).emit('exception', { ok: false, error });
    });
  }

  /**
   * `message:send`, the hot path, without Nest's per-event pipeline (guards, interceptor, pipes,
   * class-validator, filter), which cost more CPU per message than everything else the server does for
   * it. The same checks in the same order (NUL characters, then the DTO's shape: parseSendPayload), the
   * same deadline (REQUEST_TIMEOUT_MS) and the same error mapping (toPublicError), by hand.
   */
  private sendFast(socket: ChatSocket, payload: unknown, ack: AckFn): void {
    let cmd: ReturnType<typeof parseSendPayload>;
    try {
      assertNoNulCharacter(payload);
      cmd = parseSendPayload(payload);
    } catch (e) {
      return ack({ ok: false, error: toPublicError(e) });
    }
    let answered = false;
    const answer = (res: Ack<{ message: ChatMessage }>) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      ack(res);
    };
    const timer = setTimeout(() => answer({ ok: false, error: this.deadlineExceeded }), this.deadlineMs);
    this.chat.send(this.ctx(socket), cmd).then(
      (message) => answer({ ok: true, message }),
      (e: unknown) => answer({ ok: false, error: toPublicError(e) }),
    );
  }

  private async authenticate(socket: ChatSocket): Promise<void> {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const ctx = await this.auth.authenticate(typeof token === 'string' ? token : null);
    this.contexts.set(socket, ctx);
    this.limitEventSize(socket);
    socket.data = { userId: ctx.userId, organizationId: ctx.organizationId };
    const exp = (jwt.decode(token as string) as jwt.JwtPayload | null)?.exp;
    if (exp) {
      // runAt: a far expiry waits in steps (a single timer beyond ~24.8 days would fire at once).
      const timer = runAt(exp * 1000, () =>
        this.endSession(socket, 'TOKEN_EXPIRED', 'Access token expired; reconnect with a fresh token'),
      );
      this.expiryTimers.set(socket, timer);
    }
  }

  /** One warning a second at most: past capacity thousands of handshakes are deferred the same way. */
  private warnDeferred(reason: string): void {
    const now = Date.now();
    this.deferred.count++;
    if (now - this.deferred.at < 1000) return;
    this.logger.warn(
      `handshake deferred (${reason}): transport closed, client will retry` +
        (this.deferred.count > 1 ? ` (${this.deferred.count} in the last second or so)` : ''),
    );
    this.deferred = { at: now, count: 0 };
  }

  private endSession(socket: ChatSocket, reason: string, message: string): void {
    socket.emit('session:ended', { code: 'UNAUTHENTICATED', reason, message });
    socket.disconnect(true);
  }

  async handleConnection(socket: ChatSocket): Promise<void> {
    const ctx = this.contexts.get(socket);
    if (!ctx) return void socket.disconnect(true);
    // Everything reaches a socket through its user's room (see ChatNotifier). A recovered socket may bring
    // back per-conversation rooms from an earlier version of the server: they are left.
    for (const room of socket.rooms) if (room.startsWith('conversation:')) socket.leave(room);
    socket.join(userRoom(ctx.userId));
    socket.join(memberRoom(ctx.organizationId, ctx.userId));
    if (ctx.sessionId) socket.join(sessionRoom(ctx.sessionId));
    // Nest does not catch this handler's promise: a failure here must not become an unhandled rejection.
    try {
      await this.chat.presence(ctx, true);
    } catch (e) {
      if (!isOverloaded(e)) this.logger.error(`presence for ${ctx.userId}: ${(e as Error).message}`);
    }
  }

  /**
   * Nest calls this before any onApplicationShutdown (where the Redis client closes): this instance's
   * sockets disconnect now, so no adapter traffic is attempted on a closed Redis connection. Clients
   * reconnect to another instance and catch up with conversation:sync.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    this.ns?.local.disconnectSockets(true);
    await Promise.allSettled([...this.pendingDisconnects]);
  }

  handleDisconnect(socket: ChatSocket): Promise<void> {
    const done = this.reportOffline(socket).finally(() => this.pendingDisconnects.delete(done));
    this.pendingDisconnects.add(done);
    return done;
  }

  private async reportOffline(socket: ChatSocket): Promise<void> {
    this.expiryTimers.get(socket)?.cancel();
    const ctx = this.contexts.get(socket);
    if (!ctx || this.shuttingDown) return;
    try {
      // Other sockets of this user, on any instance; peers that do not answer within 1 s are skipped.
      const others = await this.ns.in(userRoom(ctx.userId)).timeout(1000).fetchSockets();
      if (others.some((s) => s.id !== socket.id)) return;
    } catch {
      // a cluster peer did not answer: report offline anyway
    }
    try {
      await this.chat.presence(ctx, false);
    } catch (e) {
      if (!isOverloaded(e)) this.logger.error(`presence for ${ctx.userId}: ${(e as Error).message}`);
    }
  }

  private ctx(socket: ChatSocket): AuthContext {
    return this.contexts.get(socket) as AuthContext;
  }

  /** Only a send without an ack callback gets here (sendFast handles the others). */
  @SubscribeMessage('message:send')
  async send(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() dto: SendMessageDto,
  ): Promise<Ack<{ message: ChatMessage }>> {
    return { ok: true, message: await this.chat.send(this.ctx(socket), dto) };
  }

  @SubscribeMessage('conversation:sync')
  async sync(@ConnectedSocket() socket: ChatSocket, @MessageBody() dto: SyncDto): Promise<Ack<SyncResult>> {
    return {
      ok: true,
      ...(await this.chat.sync(this.ctx(socket), dto.conversationId, dto.afterSeq, dto.limit)),
    };
  }

  @SubscribeMessage('message:read')
  async read(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() dto: ReadDto,
  ): Promise<Ack<{ receipt: ReadReceipt }>> {
    return { ok: true, receipt: await this.chat.markRead(this.ctx(socket), dto.conversationId, dto.seq) };
  }

  @SubscribeMessage('conversation:list')
  async list(@ConnectedSocket() socket: ChatSocket): Promise<Ack<{ conversations: ConversationSummary[] }>> {
    const list = await this.chat.conversations(this.ctx(socket));
    return {
      ok: true,
      conversations: list.map((c) => ({
        id: c.id,
        kind: c.kind,
        athleteId: c.athleteId,
        title: c.title,
        canPost: c.canPost,
        lastSeq: c.lastSeq,
        lastReadSeq: c.lastReadSeq,
        unreadCount: c.unreadCount,
      })),
    };
  }

  @SubscribeMessage('typing')
  async typing(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() dto: TypingDto,
  ): Promise<Ack<{ conversationId: string }>> {
    await this.chat.typing(this.ctx(socket), dto.conversationId);
    return { ok: true, conversationId: dto.conversationId };
  }
}
