import { Injectable, Logger } from '@nestjs/common';
import { Namespace } from 'socket.io';
import {
  ChatMessage,
  ChatSocketData,
  ClientToServerEvents,
  conversationRoom,
  ReadReceipt,
  ServerToClientEvents,
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
 * Durable messages go to the `user:<id>` rooms of the members at commit time (exact, no room
 * bookkeeping can leak them); ephemeral events (read receipts, typing, presence) go to the
 * `conversation:<id>` room, which sockets join after a membership check and leave on removal.
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

  readReceipt(receipt: ReadReceipt): void {
    this.ns?.to(conversationRoom(receipt.conversationId)).emit('message:read', receipt);
  }

  /** Applies committed membership changes to live sockets on every instance. */
  membershipChanged(changes: readonly MembershipChange[]): void {
    const ns = this.ns;
    if (!ns) return;
    for (const c of changes) {
      const sockets = ns.in(userRoom(c.userId));
      if (c.change === 'removed') {
        sockets.socketsLeave(conversationRoom(c.conversationId));
        ns.to(userRoom(c.userId)).emit('conversation:removed', { conversationId: c.conversationId });
      } else {
        sockets.socketsJoin(conversationRoom(c.conversationId));
        ns.to(userRoom(c.userId)).emit('conversation:added', { conversationId: c.conversationId });
      }
    }
    this.logger.debug(`applied ${changes.length} membership change(s)`);
  }
}
