/**
 * The one chat connection (Socket.IO `/chat`, docs/chat.md). It owns acks with timeouts, clientMessageId,
 * the re-send of unacknowledged messages, reconnect and catch-up (`conversation:sync` from the highest
 * contiguous seq after every reconnect or seq gap), and writes what it learns into the query cache.
 * Components read threads with `useThread` and never touch the socket.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Socket } from 'socket.io-client';
import { accessToken, refreshSession } from './api';
import { ApiError, toApiError } from './errors';
import { sessionStore } from './session';

export interface ChatMessage {
  id: string;
  conversationId: string;
  seq: number;
  senderUserId: string;
  clientMessageId: string;
  body: string;
  createdAt: string;
}

export interface PendingMessage {
  clientMessageId: string;
  conversationId: string;
  body: string;
  /** Set when the server refused it for good (not retried). */
  error?: string;
}

interface ChatErrorJson {
  code: string;
  reason: string;
  message: string;
  details?: Record<string, unknown>;
}
type Ack<T> = ({ ok: true } & T) | { ok: false; error: ChatErrorJson };
interface SyncResult {
  messages: ChatMessage[];
  hasMore: boolean;
  lastSeq: number;
}

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline';

export const chatKeys = {
  all: ['chat'] as const,
  conversations: ['chat', 'conversations'] as const,
  thread: (conversationId: string) => ['chat', 'thread', conversationId] as const,
};

/**
 * Query-key prefixes the server's pushes invalidate (features/plan planKeys, features/queue queueKeys,
 * features/review reviewKeys, features/admin adminKeys start with these).
 */
export const liveKeys = {
  plans: ['plan'] as const,
  queue: ['coach', 'queue'] as const,
  review: (athleteId: string) => ['coach', 'review', athleteId] as const,
  reviews: ['coach', 'review'] as const,
  /** The coach's past reviews (a completion pushed by `review:decided` adds one). */
  history: ['coach', 'history'] as const,
  proposals: ['coach', 'proposals'] as const,
  charts: ['coach', 'charts'] as const,
  athleteWeekLogs: ['athlete', 'weekLogs'] as const,
  athleteSessions: ['athlete', 'sessions'] as const,
  /** The admin page's onboarding queue, and its coaches with their athlete counts (an assignment changes them). */
  onboarding: ['admin', 'onboarding'] as const,
  coaches: ['admin', 'coaches'] as const,
  /**
   * What shows a coach's work on an athlete's review (features/review's `invalidate`): the review, its weeks' plans
   * (a draft's revision an apply is sent with), the queue, the athlete's past reviews, and the suggestion stats (a
   * decision counts there, and a completed review's undecided suggestions are no longer open: read before, the stats
   * page kept counting them until it was read again).
   */
  decided: (athleteId: string) =>
    [
      ['coach', 'review', athleteId],
      ['plan', athleteId],
      ['coach', 'queue'],
      ['coach', 'history', athleteId],
      ['coach', 'stats'],
    ] as const,
  /** The last `review:decided` pushed for an athlete (set from the push, never fetched nor invalidated). */
  lastDecided: (athleteId: string) => ['live', 'decided', athleteId] as const,
  lastDecidedAll: ['live', 'decided'] as const,
  /** What shows an athlete's logged sessions: the coach's week card and charts, the athlete's week and recent list. */
  logs: (athleteId: string) =>
    [
      ['coach', 'review', athleteId, 'weekLogs'],
      ['coach', 'charts', athleteId],
      ['athlete', 'weekLogs'],
      ['athlete', 'sessions'],
    ] as const,
};

/** A coach worked an athlete's review (the API's ReviewDecidedEvent): who (their user id) and what. */
export interface ReviewDecidedPush {
  athleteId: string;
  weekStart: string;
  by: string;
  what: string;
  /** When this page received it (Date.now()): a push received before the page read a plan did not change that plan. */
  receivedAt?: number;
}

export interface Thread {
  messages: ChatMessage[];
  /** Highest seq such that every message from the first loaded one up to it is here. */
  contiguousSeq: number;
}

const ACK_TIMEOUT_MS = 8_000;
const SYNC_PAGE = 200;
const TYPING_SHOWN_MS = 4_000;
const TYPING_SEND_EVERY_MS = 2_500;

type Listener = () => void;

export class ChatClient {
  private socket: Socket | null = null;
  private readonly threads = new Set<string>();
  private readonly syncing = new Map<string, Promise<void>>();
  private readonly outbox = new Map<string, PendingMessage>();
  private readonly listeners = new Set<Listener>();
  private readonly typing = new Map<string, Map<string, number>>();
  private readonly receipts = new Map<string, Map<string, number>>();
  private readonly lastTypingSent = new Map<string, number>();
  private status: ConnectionStatus = 'offline';
  private version = 0;
  /** Bumped by start() and stop(): a start whose socket code arrives after a stop does nothing. */
  private run = 0;

  constructor(private readonly queryClient: QueryClient) {}

  // ---- connection -------------------------------------------------------------------------------
  /**
   * Connects (and keeps reconnecting) until stop(). The Socket.IO client is its own chunk, loaded here: the
   * first screen does not wait for it.
   */
  start(): void {
    if (this.status !== 'offline') return;
    const run = ++this.run;
    this.setStatus('connecting');
    void import('socket.io-client').then(
      ({ io }) => run === this.run && this.connect(io),
      () => run === this.run && this.setStatus('reconnecting'),
    );
  }

  private connect(io: typeof import('socket.io-client').io): void {
    const socket = io('/chat', {
      transports: ['websocket'],
      // Called on every (re)connect, so a reconnect always carries a fresh token.
      auth: (cb) => void accessToken().then((token) => cb({ token })),
      reconnectionDelay: 500,
      reconnectionDelayMax: 4_000,
      // A connection attempt that hangs (a dead network) is given up and retried after 5 s.
      timeout: 5_000,
    });
    this.socket = socket;
    socket.on('connect', () => {
      this.setStatus('online');
      void this.catchUp();
      // What the live screens show may have changed while no socket was listening (before the first
      // connect, or during a disconnect): fetch it again. A fetch already running is kept.
      for (const queryKey of [
        liveKeys.queue,
        liveKeys.plans,
        liveKeys.reviews,
        liveKeys.history,
        liveKeys.proposals,
        liveKeys.charts,
        liveKeys.athleteWeekLogs,
        liveKeys.athleteSessions,
        liveKeys.onboarding,
        liveKeys.coaches,
      ]) {
        void this.queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false });
      }
    });
    socket.on('disconnect', (reason) => {
      this.setStatus(reason === 'io client disconnect' ? 'offline' : 'reconnecting');
      // While no socket listens, a change read by a refetch (a poll, the window's focus, the reads on reconnecting) may
      // be one whose push is never heard (a connection the server cannot recover replays nothing): the last push known
      // is forgotten, so that a page does not credit it with that change. A recovered connection replays what was
      // missed, and those pushes are kept as they come.
      this.queryClient.removeQueries({ queryKey: liveKeys.lastDecidedAll });
    });
    socket.on('connect_error', (err: Error & { data?: { reason?: string } }) => {
      this.setStatus('reconnecting');
      if (err.data?.reason === 'TOKEN_EXPIRED') {
        void refreshSession()
          .then(() => socket.connect())
          .catch(() => undefined);
      }
    });
    socket.on('session:ended', () => {
      void refreshSession()
        .then((s) => s && socket.connect())
        .catch(() => undefined);
    });
    socket.on('message:new', (m: ChatMessage) => this.receive(m));
    socket.on('message:read', (r: { conversationId: string; userId: string; seq: number }) => {
      const map = this.receipts.get(r.conversationId) ?? new Map<string, number>();
      map.set(r.userId, Math.max(map.get(r.userId) ?? 0, r.seq));
      this.receipts.set(r.conversationId, map);
      // Read by this person on another device or tab: the unread counts (the menu's, the list's) are read again.
      if (r.userId === sessionStore.get()?.user.userId)
        void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations });
      this.notify();
    });
    socket.on('typing', (t: { conversationId: string; userId: string }) => {
      const map = this.typing.get(t.conversationId) ?? new Map<string, number>();
      map.set(t.userId, Date.now() + TYPING_SHOWN_MS);
      this.typing.set(t.conversationId, map);
      this.notify();
      setTimeout(() => this.notify(), TYPING_SHOWN_MS + 50);
    });
    // Life context proposed from an athlete's message: the coach's open proposal lists refetch.
    socket.on(
      'context:proposed',
      (e: { athleteId: string }) =>
        void this.queryClient.invalidateQueries({ queryKey: ['coach', 'proposals', e.athleteId] }),
    );
    socket.on(
      'conversation:added',
      () => void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations }),
    );
    socket.on(
      'conversation:removed',
      () => void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations }),
    );
    // Live screens: whatever shows the published plan or the athlete's review is fetched again.
    // A week published again moves its logs to the new version's sessions (their ids change): logs are read again too.
    socket.on('plan:published', (e: { athleteId: string; weekStart: string }) => {
      void this.queryClient.invalidateQueries({ queryKey: liveKeys.plans });
      void this.queryClient.invalidateQueries({ queryKey: liveKeys.review(e.athleteId) });
      for (const queryKey of liveKeys.logs(e.athleteId))
        void this.queryClient.invalidateQueries({ queryKey });
    });
    socket.on('review:updated', (e: { athleteId: string }) => {
      void this.queryClient.invalidateQueries({ queryKey: liveKeys.queue });
      void this.queryClient.invalidateQueries({ queryKey: liveKeys.review(e.athleteId) });
    });
    // A coach (another one, or this one in another tab) decided on the athlete's review: the open review and the queue
    // are read again, so that a suggestion decided there shows as decided here and is not offered again.
    socket.on('review:decided', (e: ReviewDecidedPush) => {
      // Kept (never fetched): who did what, for a page that tells its coach their edits' plan changed (ReviewPage).
      this.queryClient.setQueryData(liveKeys.lastDecided(e.athleteId), { ...e, receivedAt: Date.now() });
      for (const queryKey of liveKeys.decided(e.athleteId))
        void this.queryClient.invalidateQueries({ queryKey });
    });
    // The organization's onboarding queue changed (someone accepted an invitation, sent their intake, was assigned):
    // the admin page reads it again, and the coaches' athlete counts with it.
    socket.on('onboarding:changed', () => {
      void this.queryClient.invalidateQueries({ queryKey: liveKeys.onboarding });
      void this.queryClient.invalidateQueries({ queryKey: liveKeys.coaches });
    });
    // A session logged (here, on the athlete's phone, or by the coach): the week's logs and the charts are read again.
    socket.on('session:logged', (e: { athleteId: string }) => {
      for (const queryKey of liveKeys.logs(e.athleteId))
        void this.queryClient.invalidateQueries({ queryKey });
    });
  }

  stop(): void {
    this.run++;
    this.socket?.disconnect();
    this.socket = null;
    this.threads.clear();
    this.outbox.clear();
    this.setStatus('offline');
  }

  // ---- threads ----------------------------------------------------------------------------------
  /** Loads a conversation (its last `recent` messages) and keeps it caught up from then on. */
  open(conversationId: string, lastSeq: number, recent = 100): Promise<void> {
    if (!this.threads.has(conversationId)) {
      this.threads.add(conversationId);
      const from = Math.max(0, lastSeq - recent);
      this.setThread(conversationId, { messages: [], contiguousSeq: from });
    }
    return this.sync(conversationId);
  }

  private thread(conversationId: string): Thread {
    return (
      this.queryClient.getQueryData<Thread>(chatKeys.thread(conversationId)) ?? {
        messages: [],
        contiguousSeq: 0,
      }
    );
  }

  private setThread(conversationId: string, t: Thread) {
    this.queryClient.setQueryData(chatKeys.thread(conversationId), t);
  }

  /** Merges messages (de-duplicated by seq) and advances the contiguous seq. */
  private merge(conversationId: string, incoming: ChatMessage[]) {
    const t = this.thread(conversationId);
    const bySeq = new Map(t.messages.map((m) => [m.seq, m]));
    for (const m of incoming) bySeq.set(m.seq, m);
    const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    let contiguous = t.contiguousSeq;
    while (bySeq.has(contiguous + 1)) contiguous++;
    this.setThread(conversationId, { messages, contiguousSeq: contiguous });
    for (const m of incoming) this.outbox.delete(m.clientMessageId);
    this.notify();
  }

  private receive(m: ChatMessage) {
    void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations });
    this.typing.get(m.conversationId)?.delete(m.senderUserId);
    if (!this.threads.has(m.conversationId)) {
      this.notify();
      return;
    }
    const t = this.thread(m.conversationId);
    this.merge(m.conversationId, [m]);
    // A gap (a message we never saw): catch up from the contiguous seq.
    if (m.seq > t.contiguousSeq + 1) void this.sync(m.conversationId);
  }

  /** `conversation:sync` from the highest contiguous seq until hasMore is false. */
  sync(conversationId: string): Promise<void> {
    const running = this.syncing.get(conversationId);
    if (running) return running;
    const p = (async () => {
      try {
        for (;;) {
          const socket = this.socket;
          if (!socket?.connected) return;
          const afterSeq = this.thread(conversationId).contiguousSeq;
          const res = await this.emit<SyncResult>('conversation:sync', {
            conversationId,
            afterSeq,
            limit: SYNC_PAGE,
          });
          this.merge(conversationId, res.messages);
          if (!res.hasMore || res.messages.length === 0) return;
        }
      } finally {
        this.syncing.delete(conversationId);
      }
    })();
    this.syncing.set(conversationId, p);
    return p;
  }

  private async catchUp() {
    await Promise.all([...this.threads].map((id) => this.sync(id).catch(() => undefined)));
    for (const pending of this.outbox.values()) if (!pending.error) void this.deliver(pending);
    void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations });
  }

  // ---- sending ----------------------------------------------------------------------------------
  send(conversationId: string, body: string): void {
    const pending: PendingMessage = { clientMessageId: crypto.randomUUID(), conversationId, body };
    this.outbox.set(pending.clientMessageId, pending);
    this.notify();
    void this.deliver(pending);
  }

  /** Retries a message the server refused, with its original clientMessageId. */
  retry(clientMessageId: string): void {
    const pending = this.outbox.get(clientMessageId);
    if (!pending) return;
    delete pending.error;
    this.notify();
    void this.deliver(pending);
  }

  discard(clientMessageId: string): void {
    this.outbox.delete(clientMessageId);
    this.notify();
  }

  private async deliver(pending: PendingMessage) {
    if (!this.socket?.connected) return; // re-sent after the reconnect
    try {
      const res = await this.emit<{ message: ChatMessage }>('message:send', {
        conversationId: pending.conversationId,
        clientMessageId: pending.clientMessageId,
        body: pending.body,
      });
      this.merge(pending.conversationId, [res.message]);
    } catch (e) {
      if (!this.outbox.has(pending.clientMessageId)) return;
      if (e instanceof ApiError && e.code === 'TIMEOUT') {
        // No ack: keep it; the same clientMessageId is re-sent now or after the reconnect.
        if (this.socket?.connected) setTimeout(() => void this.deliver(pending), 1_000);
        return;
      }
      // Rate-limited, or refused while the server is at capacity (OVERLOADED, retryable): same id, later.
      if (e instanceof ApiError && (e.code === 'TOO_MANY_REQUESTS' || e.code === 'SERVICE_UNAVAILABLE')) {
        const after = Number(e.details?.retryAfterSeconds ?? 1);
        setTimeout(() => void this.deliver(pending), after * 1_000);
        return;
      }
      pending.error = e instanceof ApiError ? e.message : 'Not sent.';
      this.notify();
    }
  }

  markRead(conversationId: string, seq: number): void {
    if (!this.socket?.connected) return;
    // The unread counts are read again once the server has the receipt: read at once, they could come back before it
    // did and keep "1 unread" beside the conversation open on screen.
    this.socket.emit(
      'message:read',
      { conversationId, seq },
      () => void this.queryClient.invalidateQueries({ queryKey: chatKeys.conversations }),
    );
  }

  notifyTyping(conversationId: string): void {
    const now = Date.now();
    if (
      !this.socket?.connected ||
      now - (this.lastTypingSent.get(conversationId) ?? 0) < TYPING_SEND_EVERY_MS
    )
      return;
    this.lastTypingSent.set(conversationId, now);
    this.socket.emit('typing', { conversationId }, () => undefined);
  }

  private emit<T>(event: string, payload: unknown): Promise<T> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new ApiError('NETWORK', 'NETWORK', 'Not connected.'));
    return new Promise((resolve, reject) => {
      socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (err: Error | null, res: Ack<T>) => {
        if (err) reject(new ApiError('TIMEOUT', 'ACK_TIMEOUT', 'No answer from the server yet.'));
        else if (res.ok) resolve(res as T);
        else reject(toApiError(res.error));
      });
    });
  }

  // ---- subscriptions (useSyncExternalStore) -----------------------------------------------------
  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => void this.listeners.delete(l);
  };
  getVersion = () => this.version;
  getStatus = () => this.status;

  pending(conversationId: string): PendingMessage[] {
    return [...this.outbox.values()].filter((p) => p.conversationId === conversationId);
  }

  typingUsers(conversationId: string): string[] {
    const now = Date.now();
    return [...(this.typing.get(conversationId) ?? new Map<string, number>())]
      .filter(([, until]) => until > now)
      .map(([userId]) => userId);
  }

  readBy(conversationId: string): Map<string, number> {
    return this.receipts.get(conversationId) ?? new Map();
  }

  private setStatus(s: ConnectionStatus) {
    this.status = s;
    this.notify();
  }

  private notify() {
    this.version++;
    for (const l of this.listeners) l();
  }
}
