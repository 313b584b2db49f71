import { Injectable, Logger } from '@nestjs/common';
import { Namespace } from 'socket.io';
import {
  ChatMessage,
  ChatSocketData,
  ClientToServerEvents,
  ContextProposedEvent,
  memberRoom,
  OnboardingChangedEvent,
  PlanPublishedEvent,
  PresenceEvent,
  ReadReceipt,
  ReviewDecidedEvent,
  ReviewUpdatedEvent,
  ServerToClientEvents,
  SessionLoggedEvent,
  TypingEvent,
  userRoom,
} from './chat.events';

export type ChatNamespace = Namespace<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  ChatSocketData
>;

export interface MembershipChange {
  conversationId: string;
  userId: string;
  change: 'added' | 'removed';
}

/**
 * The only way services reach sockets. Emits are typed by ServerToClientEvents and go through the
 * namespace's adapter, so with Redis they reach sockets on every instance.
 *
 * Every event goes to the `user:<id>` rooms of the people who may see it, computed when it is sent:
 * messages to the conversation's members at commit, read receipts and typing to its active members,
 * presence to the people who share a conversation with the user. There are no per-conversation rooms:
 * a socket that reconnects with connection state recovery gets the packets it missed for its own user
 * room only, so someone removed from a conversation while offline is never replayed its receipts,
 * typing or presence (a room joined before the removal would have been).
 */
@Injectable()
export class ChatNotifier {
  private readonly logger = new Logger(ChatNotifier.name);
  private ns: ChatNamespace | null = null;

  attach(ns: ChatNamespace): void {
    this.ns = ns;
  }

  messageCreated(message: ChatMessage, memberUserIds: readonly string[]): void {
    if (!this.ns || !memberUserIds.length) return;
    this.ns.to(memberUserIds.map(userRoom)).emit('message:new', message);
  }

  readReceipt(receipt: ReadReceipt, memberUserIds: readonly string[]): void {
    if (!this.ns || !memberUserIds.length) return;
    this.ns.to(memberUserIds.map(userRoom)).emit('message:read', receipt);
  }

  /** To the other active members (not the typist's own sockets). */
  typing(event: TypingEvent, memberUserIds: readonly string[]): void {
    const to = memberUserIds.filter((id) => id !== event.userId);
    if (!this.ns || !to.length) return;
    this.ns.to(to.map(userRoom)).emit('typing', event);
  }

  /** To everyone who shares an active conversation with the user. */
  presence(event: PresenceEvent, peerUserIds: readonly string[]): void {
    if (!this.ns || !peerUserIds.length) return;
    this.ns.to(peerUserIds.map(userRoom)).emit('presence', event);
  }

  planPublished(event: PlanPublishedEvent, userIds: readonly string[]): void {
    if (!this.ns || !userIds.length) return;
    this.ns.to(userIds.map(userRoom)).emit('plan:published', event);
  }

  /**
   * `local`: only to this instance's sockets, for an event every instance receives anyway (the review
   * re-runs' PostgreSQL NOTIFY): through the adapter, each instance would send it to every other one.
   */
  reviewUpdated(event: ReviewUpdatedEvent, coachUserIds: readonly string[], local = false): void {
    if (!this.ns || !coachUserIds.length) return;
    (local ? this.ns.local : this.ns).to(coachUserIds.map(userRoom)).emit('review:updated', event);
  }

  /**
   * To the coaches' `member:<organization>:<user>` rooms (as onboardingChanged): a coach who is also a member of another
   * organization hears of this athlete's review only on a socket signed in to the athlete's. Through the adapter: the
   * decision was taken on this instance, the other coaches' sockets may be on any.
   */
  reviewDecided(event: ReviewDecidedEvent, organizationId: string, coachUserIds: readonly string[]): void {
    if (!this.ns || !coachUserIds.length) return;
    this.ns.to(coachUserIds.map((id) => memberRoom(organizationId, id))).emit('review:decided', event);
  }

  contextProposed(event: ContextProposedEvent, coachUserIds: readonly string[]): void {
    if (!this.ns || !coachUserIds.length) return;
    this.ns.to(coachUserIds.map(userRoom)).emit('context:proposed', event);
  }

  sessionLogged(event: SessionLoggedEvent, userIds: readonly string[]): void {
    if (!this.ns || !userIds.length) return;
    this.ns.to(userIds.map(userRoom)).emit('session:logged', event);
  }

  /**
   * To the admins' `member:<organization>:<user>` rooms, not their user rooms: someone who is an admin here and, say,
   * an athlete in another organization hears of this organization's queue only on a socket signed in to it.
   */
  onboardingChanged(
    event: OnboardingChangedEvent,
    organizationId: string,
    adminUserIds: readonly string[],
  ): void {
    if (!this.ns || !adminUserIds.length) return;
    this.ns.to(adminUserIds.map((id) => memberRoom(organizationId, id))).emit('onboarding:changed', event);
  }

  /** Tells the users concerned, on every instance, once the membership change has committed. */
  membershipChanged(changes: readonly MembershipChange[]): void {
    const ns = this.ns;
    if (!ns) return;
    for (const c of changes) {
      const event = c.change === 'removed' ? 'conversation:removed' : 'conversation:added';
      ns.to(userRoom(c.userId)).emit(event, { conversationId: c.conversationId });
    }
    this.logger.debug(`applied ${changes.length} membership change(s)`);
  }
}
