/**
 * The typed Socket.IO contract of the `/chat` namespace, shared by the gateway, the notifier and clients
 * (socket.io-client: `io(url + '/chat') as Socket<ServerToClientEvents, ClientToServerEvents>`).
 * Client→server events are `domain:verb`; server→client events are `domain:event`.
 */

export const CHAT_NAMESPACE = '/chat';

export type ConversationKindName = 'DIRECT' | 'STAFF' | 'ANNOUNCEMENT';

/** A durable message as every transport shows it. */
export interface ChatMessage {
  id: string;
  conversationId: string;
  /** Gapless per conversation, starting at 1. */
  seq: number;
  senderUserId: string;
  clientMessageId: string;
  body: string;
  /** ISO 8601. */
  createdAt: string;
}

/** Errors in acks use the same mapping as GraphQL (`toPublicError`): code is the GraphQL extensions.code. */
export interface ChatError {
  code: string;
  reason: string;
  message: string;
  details?: Record<string, unknown>;
}

export type Ack<T> = ({ ok: true } & T) | { ok: false; error: ChatError };

export interface SendMessagePayload {
  conversationId: string;
  /** Client-generated id, unique per sender (a UUID is recommended); a retry with the same id returns the original. */
  clientMessageId: string;
  body: string;
}

export interface SyncPayload {
  conversationId: string;
  /** Return messages with seq > afterSeq (0 for the beginning). */
  afterSeq: number;
  /** 1–500, default 100. */
  limit?: number;
}

export interface SyncResult {
  conversationId: string;
  messages: ChatMessage[];
  /** True when more messages follow the last one returned: call again with afterSeq = its seq. */
  hasMore: boolean;
  /** The conversation's latest seq at the time of the read. */
  lastSeq: number;
}

export interface ReadPayload {
  conversationId: string;
  seq: number;
}

export interface ReadReceipt {
  conversationId: string;
  userId: string;
  /** Everything up to and including this seq has been read by userId. */
  seq: number;
}

export interface TypingPayload {
  conversationId: string;
}

export interface TypingEvent {
  conversationId: string;
  userId: string;
}

export interface PresenceEvent {
  userId: string;
  online: boolean;
}

export interface ConversationSummary {
  id: string;
  kind: ConversationKindName;
  athleteId: string | null;
  /** From the receiver's side: an athlete sees their coaches' names, a coach the athlete's (as GraphQL). */
  title: string;
  canPost: boolean;
  lastSeq: number;
  lastReadSeq: number;
  unreadCount: number;
}

export interface MembershipEvent {
  conversationId: string;
}

export interface SessionEndedEvent {
  code: 'UNAUTHENTICATED';
  reason: string;
  message: string;
}

/** A coach published an athlete's plan for a week (completing a review, or a change to this week's plan). */
export interface PlanPublishedEvent {
  athleteId: string;
  weekStart: string;
  planId: string;
  version: number;
}

/** An athlete's weekly review changed (re-generated mid-week, or worked by another coach): refetch it. */
export interface ReviewUpdatedEvent {
  athleteId: string;
  weekStart: string;
  reviewId: string;
  /** The engine's overall status now (OK, ATTENTION, URGENT). */
  status: string;
  /** Queue order, higher first (AthleteReview.urgency). */
  urgency: number;
  /** URGENT suggestion ids that appeared with this change. */
  newlyUrgent: string[];
}

/** What a coach did on an athlete's weekly review: a decision on a suggestion, a snooze, a write to the plan it reads, completing it. */
export type ReviewDecision =
  | 'APPLIED'
  | 'DISMISSED'
  | 'REVERTED'
  | 'RESTORED'
  | 'SNOOZED'
  | 'DRAFT_SAVED'
  | 'PLAN_PUBLISHED'
  | 'COMPLETED';

/**
 * A coach worked an athlete's weekly review (committed): the other coaches' open review and queue read it again, so that
 * they never offer a decision already taken. Narrow: who and what, not the review (the refetch says what it is now).
 */
export interface ReviewDecidedEvent {
  athleteId: string;
  reviewId: string;
  weekStart: string;
  /** The coach's user id (their own other tabs are told too). */
  by: string;
  what: ReviewDecision;
}

/** The context detector proposed a life event from an athlete's message; the coach confirms or dismisses it. */
export interface ContextProposedEvent {
  athleteId: string;
  contextEventIds: string[];
}

/**
 * A session was logged or corrected for an athlete (by hand or from a file), or an archive's import created sessions
 * (one event per archive, when its job is done; none when it created nothing): the week's logs are read again.
 */
export interface SessionLoggedEvent {
  athleteId: string;
  /** The session's day (the athlete's zone); for an archive, the latest day of the sessions it created. */
  date: string;
}

/**
 * An organization's onboarding queue changed (an invitation sent or accepted, an intake questionnaire started
 * or submitted, a coach assigned or unassigned): its admins read the queue again. Nothing about who: the queue says.
 */
export interface OnboardingChangedEvent {
  change:
    'INVITED' | 'INVITATION_ACCEPTED' | 'INTAKE_STARTED' | 'INTAKE_SUBMITTED' | 'ASSIGNED' | 'UNASSIGNED';
}

export interface ClientToServerEvents {
  'message:send': (payload: SendMessagePayload, ack: (res: Ack<{ message: ChatMessage }>) => void) => void;
  'message:read': (payload: ReadPayload, ack?: (res: Ack<{ receipt: ReadReceipt }>) => void) => void;
  'conversation:sync': (payload: SyncPayload, ack: (res: Ack<SyncResult>) => void) => void;
  'conversation:list': (
    payload: Record<string, never>,
    ack: (res: Ack<{ conversations: ConversationSummary[] }>) => void,
  ) => void;
  typing: (payload: TypingPayload, ack?: (res: Ack<{ conversationId: string }>) => void) => void;
}

export interface ServerToClientEvents {
  /** A committed message in a conversation the receiver is a member of (also sent to the sender's other sockets). */
  'message:new': (message: ChatMessage) => void;
  'message:read': (receipt: ReadReceipt) => void;
  typing: (event: TypingEvent) => void;
  presence: (event: PresenceEvent) => void;
  /** The receiver was added to a conversation (e.g. a new athlete assigned): sync it. */
  'conversation:added': (event: MembershipEvent) => void;
  /** The receiver lost access to a conversation; nothing more is delivered for it. */
  'conversation:removed': (event: MembershipEvent) => void;
  /** Sent just before the server disconnects the socket because its access token expired or was revoked. */
  'session:ended': (event: SessionEndedEvent) => void;
  /** To the athlete and their coaches. */
  'plan:published': (event: PlanPublishedEvent) => void;
  /** To the athlete's coaches only. */
  'review:updated': (event: ReviewUpdatedEvent) => void;
  /** To the athlete's coaches only (the one who decided included), on their sockets signed in to its organization. */
  'review:decided': (event: ReviewDecidedEvent) => void;
  /** To the athlete's coaches only. */
  'context:proposed': (event: ContextProposedEvent) => void;
  /** To the athlete (every socket, the one that logged included) and their coaches. */
  'session:logged': (event: SessionLoggedEvent) => void;
  /** To the organization's admins only, on their sockets signed in to that organization. */
  'onboarding:changed': (event: OnboardingChangedEvent) => void;
}

/** What the gateway keeps on each socket (`socket.data`). */
export interface ChatSocketData {
  userId: string;
  organizationId: string;
}

export const userRoom = (userId: string) => `user:${userId}`;
/** The sockets of one session (refresh-token family): ended when it is revoked. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** The sockets of one person in one organization: ended when their membership is revoked. */
export const memberRoom = (organizationId: string, userId: string) => `member:${organizationId}:${userId}`;
