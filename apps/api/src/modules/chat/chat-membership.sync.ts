import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
} from 'typeorm';
import { ConversationKind } from '@app/db';
import { AssignmentHooks } from '../onboarding/assignment-hooks';
import { ChatRepository } from './chat.repository';
import { ChatNotifier, MembershipChange } from './chat.notifier';

/**
 * Keeps chat membership in step with an athlete's coaching team, inside the assignment's transaction:
 * - DIRECT: the athlete and every active coach (head and assistants) post;
 * - STAFF: the active coaches only (never the athlete);
 * - ANNOUNCEMENT: the athlete reads the channel of each of their coaches.
 * The changes are published to live sockets only after the transaction commits (a TypeORM
 * afterTransactionCommit subscriber), so sockets never run ahead of the database.
 */
@Injectable()
export class ChatMembershipSync implements OnModuleInit, EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, MembershipChange[]>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hooks: AssignmentHooks,
    private readonly repo: ChatRepository,
    private readonly notifier: ChatNotifier,
  ) {}

  onModuleInit(): void {
    this.hooks.register((em, athleteId) => this.syncAthlete(em, athleteId));
    this.db.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const qr = event.queryRunner;
    if (qr.isTransactionActive) return; // a nested savepoint was released; wait for the real commit
    const changes = this.pending.get(qr);
    if (!changes) return;
    this.pending.delete(qr);
    this.notifier.membershipChanged(changes);
  }

  afterTransactionRollback(event: TransactionCommitEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  async syncAthlete(em: EntityManager, athleteId: string): Promise<void> {
    const athlete = await this.repo.athleteWithCoaches(em, athleteId);
    if (!athlete) return;
    const changes: MembershipChange[] = [];
    const coaches = new Set(athlete.coachUserIds);

    const direct = await this.repo.ensureAthleteConversation(
      em,
      athlete.organizationId,
      athleteId,
      ConversationKind.DIRECT,
    );
    const directWanted = new Map<string, boolean>([
      [athlete.userId, true],
      ...[...coaches].map((c) => [c, true] as const),
    ]);
    await this.reconcile(em, direct, directWanted, changes);

    const staff = await this.repo.ensureAthleteConversation(
      em,
      athlete.organizationId,
      athleteId,
      ConversationKind.STAFF,
    );
    const staffWanted = new Map<string, boolean>(
      [...coaches].filter((c) => c !== athlete.userId).map((c) => [c, true]),
    );
    await this.reconcile(em, staff, staffWanted, changes);

    // Announcements: the athlete reads each current coach's channel and leaves the others.
    for (const coach of coaches) {
      const channel = await this.repo.ensureAnnouncementChannel(em, athlete.organizationId, coach);
      const members = await this.repo.members(em, channel);
      const active = (u: string) => members.some((m) => m.user_id === u && !m.removed_at);
      if (!active(coach)) {
        await this.repo.upsertMember(em, channel, coach, true);
        changes.push({ conversationId: channel, userId: coach, change: 'added' });
      }
      if (!active(athlete.userId) && athlete.userId !== coach) {
        await this.repo.upsertMember(em, channel, athlete.userId, false);
        changes.push({ conversationId: channel, userId: athlete.userId, change: 'added' });
      }
    }
    for (const m of await this.repo.announcementMemberships(em, athlete.userId, athlete.organizationId)) {
      if (m.ownerUserId !== athlete.userId && !coaches.has(m.ownerUserId)) {
        await this.repo.removeMember(em, m.conversationId, athlete.userId);
        changes.push({ conversationId: m.conversationId, userId: athlete.userId, change: 'removed' });
      }
    }
    this.defer(em, changes);
  }

  private async reconcile(
    em: EntityManager,
    conversationId: string,
    wanted: Map<string, boolean>,
    changes: MembershipChange[],
  ): Promise<void> {
    const members = await this.repo.members(em, conversationId);
    for (const m of members) {
      if (!m.removed_at && !wanted.has(m.user_id)) {
        await this.repo.removeMember(em, conversationId, m.user_id);
        changes.push({ conversationId, userId: m.user_id, change: 'removed' });
      }
    }
    for (const [userId, canPost] of wanted) {
      const m = members.find((x) => x.user_id === userId);
      if (!m || m.removed_at || m.can_post !== canPost) {
        await this.repo.upsertMember(em, conversationId, userId, canPost);
        if (!m || m.removed_at) changes.push({ conversationId, userId, change: 'added' });
      }
    }
  }

  private defer(em: EntityManager, changes: MembershipChange[]): void {
    if (!changes.length) return;
    const qr = em.queryRunner;
    if (!qr || !qr.isTransactionActive) {
      this.notifier.membershipChanged(changes);
      return;
    }
    const list = this.pending.get(qr) ?? [];
    list.push(...changes);
    this.pending.set(qr, list);
  }
}
