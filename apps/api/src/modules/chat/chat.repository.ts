import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConversationKind, isDatabaseUnavailable } from '@app/db';
import { CHAT_OPTIONS, ChatOptions } from './chat-options';
import { ChatMessage } from './chat.events';
import { GroupCommit } from './group-commit';

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  sender_user_id: string;
  client_message_id: string;
  body: string;
  created_at: Date;
}

export interface ConversationListRow {
  id: string;
  kind: ConversationKind;
  athlete_id: string | null;
  owner_user_id: string | null;
  title: string;
  last_seq: number;
  last_message_at: Date | null;
  can_post: boolean;
  last_read_seq: number;
  m_id: string | null;
  m_seq: number | null;
  m_sender_user_id: string | null;
  m_client_message_id: string | null;
  m_body: string | null;
  m_created_at: Date | null;
}

interface AppendRow {
  o_index?: number;
  o_status: 'OK' | 'DUPLICATE' | 'NOT_A_MEMBER';
  o_id: string;
  o_conversation_id: string;
  o_seq: number;
  o_sender_user_id: string;
  o_client_message_id: string;
  o_body: string;
  o_created_at: Date;
  o_member_user_ids: string[] | null;
}

export interface AppendCommand {
  conversationId: string;
  organizationId: string;
  senderUserId: string;
  clientMessageId: string;
  body: string;
}

export type AppendResult =
  | { status: 'OK'; message: MessageRow; memberUserIds: string[] }
  | { status: 'DUPLICATE'; message: MessageRow }
  | { status: 'NOT_A_MEMBER' };

export interface ConversationMeta {
  conversationId: string;
  organizationId: string;
  kind: ConversationKind;
  athleteId: string | null;
  athleteUserId: string | null;
  timeZone: string;
}

export interface MemberRow {
  user_id: string;
  can_post: boolean;
  removed_at: Date | null;
}

export const toChatMessage = (r: MessageRow): ChatMessage => ({
  id: r.id,
  conversationId: r.conversation_id,
  seq: r.seq,
  senderUserId: r.sender_user_id,
  clientMessageId: r.client_message_id,
  body: r.body,
  createdAt: new Date(r.created_at).toISOString(),
});

function toAppendResult(rows: AppendRow[]): AppendResult {
  const r = rows[0];
  if (r.o_status === 'NOT_A_MEMBER') return { status: 'NOT_A_MEMBER' };
  const message: MessageRow = {
    id: r.o_id,
    conversation_id: r.o_conversation_id,
    seq: r.o_seq,
    sender_user_id: r.o_sender_user_id,
    client_message_id: r.o_client_message_id,
    body: r.o_body,
    created_at: r.o_created_at,
  };
  if (r.o_status === 'DUPLICATE') return { status: 'DUPLICATE', message };
  return { status: 'OK', message, memberUserIds: r.o_member_user_ids ?? [] };
}

const fulfilled = (rows: AppendRow[]): PromiseFulfilledResult<AppendResult> => ({
  status: 'fulfilled',
  value: toAppendResult(rows),
});
const rejected = (reason: unknown): PromiseRejectedResult => ({ status: 'rejected', reason });

const MESSAGE_COLUMNS = 'id, conversation_id, seq, sender_user_id, client_message_id, body, created_at';

/** The most messages one group-commit statement appends. */
const MAX_APPEND_BATCH = 100;

/** Chat persistence, with intent-named methods: what ChatService depends on (and unit tests mock). */
@Injectable()
export class ChatRepository {
  private readonly appends: GroupCommit<AppendCommand, AppendResult>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Optional() @Inject(CHAT_OPTIONS) options?: ChatOptions, // scripts (the demo seed) go without
  ) {
    this.appends = new GroupCommit(
      (batch) => this.appendBatch(batch),
      options?.appendConcurrency ?? 2,
      MAX_APPEND_BATCH,
    );
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * Allocates the next gapless seq under the conversation's row lock, inserts the message and moves the
   * sender's read marker, atomically (the `chat_append_message` function, see its migration). A retry with
   * the same clientMessageId returns the original (`DUPLICATE`); membership (active, may post, same
   * organization) is checked under the lock, so a member removed a moment ago cannot post.
   * `memberUserIds` are the active members at commit: who receives it.
   *
   * In `em`'s transaction when given. Otherwise by group commit: sends that arrive while earlier ones are
   * still with the database are appended together, in one statement and one transaction
   * (`chat_append_messages`), each with exactly the outcome it would have had on its own.
   */
  async appendMessage(m: AppendCommand, em?: EntityManager): Promise<AppendResult> {
    if (em) return toAppendResult(await this.appendOne(m, em));
    return this.appends.submit(m);
  }

  private appendOne(m: AppendCommand, runner: EntityManager | DataSource = this.db): Promise<AppendRow[]> {
    return runner.query(`SELECT * FROM chat_append_message($1, $2, $3, $4, $5)`, [
      m.conversationId,
      m.organizationId,
      m.senderUserId,
      m.clientMessageId,
      m.body,
    ]);
  }

  private async appendBatch(batch: AppendCommand[]): Promise<Array<PromiseSettledResult<AppendResult>>> {
    if (batch.length === 1) {
      return [await this.appendOne(batch[0]).then(fulfilled, rejected)];
    }
    // Conversations are locked in one order (by id) by every batch, so two batches never deadlock; the
    // sort is stable, so one sender's messages to a conversation keep their order.
    const order = batch
      .map((m, i) => ({ key: m.conversationId.toLowerCase(), i }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
      .map((x) => x.i);
    const col = <K extends keyof AppendCommand>(k: K) => order.map((i) => batch[i][k]);
    try {
      const rows: AppendRow[] = await this.db.query(
        `SELECT * FROM chat_append_messages($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::text[])`,
        [
          col('conversationId'),
          col('organizationId'),
          col('senderUserId'),
          col('clientMessageId'),
          col('body'),
        ],
      );
      const out: Array<PromiseSettledResult<AppendResult>> = new Array(batch.length);
      for (const r of rows) out[order[(r.o_index as number) - 1]] = fulfilled([r]);
      return out;
    } catch (e) {
      // The database is down or busy: every send of the batch is told so (retryable) and retried by its
      // client. Anything else is one message's fault (the batch rolled back as a whole): each goes again
      // on its own, so only that one fails.
      if (isDatabaseUnavailable(e)) throw e;
      return Promise.all(batch.map((m) => this.appendOne(m).then(fulfilled, rejected)));
    }
  }

  /** What never changes about a conversation (kind, organization, athlete) plus the athlete's zone. */
  async conversationMeta(conversationId: string): Promise<ConversationMeta | null> {
    const rows: Array<{
      organization_id: string;
      kind: ConversationKind;
      athlete_id: string | null;
      athlete_user_id: string | null;
      time_zone: string;
    }> = await this.db.query(
      `SELECT c.organization_id, c.kind, c.athlete_id, a.user_id AS athlete_user_id,
              COALESCE(a.timezone, o.timezone) AS time_zone
         FROM conversation c JOIN organization o ON o.id = c.organization_id
         LEFT JOIN athlete a ON a.id = c.athlete_id
        WHERE c.id = $1`,
      [conversationId],
    );
    const r = rows[0];
    return r
      ? {
          conversationId,
          organizationId: r.organization_id,
          kind: r.kind,
          athleteId: r.athlete_id,
          athleteUserId: r.athlete_user_id,
          timeZone: r.time_zone,
        }
      : null;
  }

  /** Messages with seq > afterSeq, ascending; one extra row tells whether more follow. */
  async listAfter(conversationId: string, afterSeq: number, limit: number): Promise<MessageRow[]> {
    return this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM message WHERE conversation_id = $1 AND seq > $2 ORDER BY seq ASC LIMIT $3`,
      [conversationId, afterSeq, limit],
    );
  }

  /** The message a sender stored under a clientMessageId, if any (unique per sender). */
  async findSent(senderUserId: string, clientMessageId: string): Promise<MessageRow | null> {
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM message WHERE sender_user_id = $1 AND client_message_id = $2`,
      [senderUserId, clientMessageId],
    );
    return rows[0] ?? null;
  }

  /** Messages with seq < beforeSeq (null: the latest), newest first. */
  async listBefore(conversationId: string, beforeSeq: number | null, limit: number): Promise<MessageRow[]> {
    return this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM message WHERE conversation_id = $1 AND ($2::int IS NULL OR seq < $2)
        ORDER BY seq DESC LIMIT $3`,
      [conversationId, beforeSeq, limit],
    );
  }

  /** Moves the read marker forward only, never past the last message. Returns the marker and the members. */
  async markRead(
    conversationId: string,
    userId: string,
    seq: number,
  ): Promise<{ lastReadSeq: number; memberUserIds: string[] } | null> {
    const rows: Array<{ last_read_seq: number; member_user_ids: string[] }> = await this.db.query(
      `WITH u AS (
         UPDATE conversation_member cm SET last_read_seq = GREATEST(cm.last_read_seq, LEAST($3::int, c.last_seq))
           FROM conversation c
          WHERE c.id = cm.conversation_id AND cm.conversation_id = $1 AND cm.user_id = $2 AND cm.removed_at IS NULL
          RETURNING cm.last_read_seq)
       SELECT u.last_read_seq,
              (SELECT array_agg(user_id) FROM conversation_member WHERE conversation_id = $1 AND removed_at IS NULL)
                AS member_user_ids
         FROM u`,
      [conversationId, userId, seq],
    );
    return rows[0]
      ? { lastReadSeq: rows[0].last_read_seq, memberUserIds: rows[0].member_user_ids ?? [] }
      : null;
  }

  /**
   * The caller's conversations with unread counts and last message, in one query (no N+1), each titled
   * from the caller's side: the athlete's own direct conversation by their coaches' names, any other
   * by the athlete it is about (DIRECT, STAFF) or the coach who owns it (ANNOUNCEMENT).
   */
  async listForUser(userId: string, organizationId: string): Promise<ConversationListRow[]> {
    return this.db.query(
      `SELECT c.id, c.kind, c.athlete_id, c.owner_user_id, c.last_seq, c.last_message_at,
              cm.can_post, cm.last_read_seq,
              CASE WHEN c.kind = 'DIRECT' AND a.user_id = $1
                   THEN COALESCE((SELECT string_agg(ou2.name, ', ' ORDER BY ou2.name)
                                    FROM conversation_member other JOIN app_user ou2 ON ou2.id = other.user_id
                                   WHERE other.conversation_id = c.id AND other.removed_at IS NULL
                                     AND other.user_id <> $1), '')
                   ELSE COALESCE(au.name, ou.name, '') END AS title,
              m.id AS m_id, m.seq AS m_seq, m.sender_user_id AS m_sender_user_id,
              m.client_message_id AS m_client_message_id, m.body AS m_body, m.created_at AS m_created_at
         FROM conversation_member cm
         JOIN conversation c ON c.id = cm.conversation_id
         LEFT JOIN athlete a ON a.id = c.athlete_id
         LEFT JOIN app_user au ON au.id = a.user_id
         LEFT JOIN app_user ou ON ou.id = c.owner_user_id
         LEFT JOIN message m ON m.conversation_id = c.id AND m.seq = c.last_seq
        WHERE cm.user_id = $1 AND cm.removed_at IS NULL AND c.organization_id = $2
        ORDER BY c.last_message_at DESC NULLS LAST, c.created_at, c.id`,
      [userId, organizationId],
    );
  }

  /** The active members of a conversation (who sees its receipts and typing). */
  async activeMemberUserIds(conversationId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT user_id FROM conversation_member WHERE conversation_id = $1 AND removed_at IS NULL`,
      [conversationId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Everyone who shares an active conversation with the user in the organization (their presence peers). */
  async peerUserIds(userId: string, organizationId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT DISTINCT other.user_id
         FROM conversation_member me
         JOIN conversation c ON c.id = me.conversation_id AND c.organization_id = $2
         JOIN conversation_member other
           ON other.conversation_id = me.conversation_id AND other.removed_at IS NULL AND other.user_id <> $1
        WHERE me.user_id = $1 AND me.removed_at IS NULL`,
      [userId, organizationId],
    );
    return rows.map((r) => r.user_id);
  }

  /** The organization's admins (who follow its onboarding queue). */
  async adminUserIds(organizationId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      `SELECT user_id FROM membership WHERE organization_id = $1 AND role = 'ADMIN'`,
      [organizationId],
    );
    return rows.map((r) => r.user_id);
  }

  // --- membership, inside the caller's (assignment) transaction ---

  async athleteWithCoaches(
    em: EntityManager,
    athleteId: string,
  ): Promise<{ organizationId: string; userId: string; coachUserIds: string[] } | null> {
    const rows: Array<{ organization_id: string; user_id: string; coach_user_ids: string[] | null }> =
      await em.query(
        `SELECT a.organization_id, a.user_id,
              (SELECT array_agg(ca.coach_user_id ORDER BY ca.coach_user_id) FROM coach_assignment ca
                WHERE ca.athlete_id = a.id AND ca.removed_at IS NULL) AS coach_user_ids
         FROM athlete a WHERE a.id = $1`,
        [athleteId],
      );
    const r = rows[0];
    return r
      ? { organizationId: r.organization_id, userId: r.user_id, coachUserIds: r.coach_user_ids ?? [] }
      : null;
  }

  /** The athlete's DIRECT or STAFF conversation, created if missing. */
  async ensureAthleteConversation(
    em: EntityManager,
    organizationId: string,
    athleteId: string,
    kind: ConversationKind.DIRECT | ConversationKind.STAFF,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await em.query(
      `INSERT INTO conversation (organization_id, kind, athlete_id) VALUES ($1, $2, $3)
       ON CONFLICT (athlete_id, kind) WHERE athlete_id IS NOT NULL DO UPDATE SET updated_at = conversation.updated_at
       RETURNING id`,
      [organizationId, kind, athleteId],
    );
    return rows[0].id;
  }

  /** A coach's announcement channel, created if missing, with the coach as its poster. */
  async ensureAnnouncementChannel(
    em: EntityManager,
    organizationId: string,
    coachUserId: string,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await em.query(
      `INSERT INTO conversation (organization_id, kind, owner_user_id) VALUES ($1, 'ANNOUNCEMENT', $2)
       ON CONFLICT (organization_id, owner_user_id) WHERE kind = 'ANNOUNCEMENT'
       DO UPDATE SET updated_at = conversation.updated_at
       RETURNING id`,
      [organizationId, coachUserId],
    );
    return rows[0].id;
  }

  async members(em: EntityManager, conversationId: string): Promise<MemberRow[]> {
    return em.query(
      `SELECT user_id, can_post, removed_at FROM conversation_member WHERE conversation_id = $1 FOR UPDATE`,
      [conversationId],
    );
  }

  /** Adds or re-activates a member. */
  async upsertMember(
    em: EntityManager,
    conversationId: string,
    userId: string,
    canPost: boolean,
  ): Promise<void> {
    await em.query(
      `INSERT INTO conversation_member (conversation_id, user_id, can_post) VALUES ($1, $2, $3)
       ON CONFLICT (conversation_id, user_id) DO UPDATE SET removed_at = NULL, can_post = EXCLUDED.can_post,
         updated_at = now()`,
      [conversationId, userId, canPost],
    );
  }

  async removeMember(em: EntityManager, conversationId: string, userId: string): Promise<void> {
    await em.query(
      `UPDATE conversation_member SET removed_at = now(), updated_at = now()
        WHERE conversation_id = $1 AND user_id = $2 AND removed_at IS NULL`,
      [conversationId, userId],
    );
  }

  /** Announcement channels the user is an active member of, with their owners. */
  async announcementMemberships(
    em: EntityManager,
    userId: string,
    organizationId: string,
  ): Promise<Array<{ conversationId: string; ownerUserId: string }>> {
    const rows: Array<{ id: string; owner_user_id: string }> = await em.query(
      `SELECT c.id, c.owner_user_id FROM conversation c
         JOIN conversation_member cm ON cm.conversation_id = c.id AND cm.user_id = $1 AND cm.removed_at IS NULL
        WHERE c.kind = 'ANNOUNCEMENT' AND c.organization_id = $2`,
      [userId, organizationId],
    );
    return rows.map((r) => ({ conversationId: r.id, ownerUserId: r.owner_user_id }));
  }
}
