import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden, notFound } from '@app/common';
import { AthleteEntity, ConversationKind, NoteVisibility, Role } from '@app/db';
import { AuthContext } from './auth-context';

/** How the caller relates to an athlete. SELF wins over every staff role. */
export type AthleteRelation = 'SELF' | 'COACH' | 'ADMIN';

export interface AthleteAccess {
  athlete: AthleteEntity;
  relation: AthleteRelation;
}

/** The caller's active membership of a chat conversation (see `conversationAccess`). */
export interface ConversationAccess {
  conversationId: string;
  organizationId: string;
  kind: ConversationKind;
  athleteId: string | null;
  /** The user id of the athlete a DIRECT/STAFF conversation is about. */
  athleteUserId: string | null;
  /** The athlete's time zone, or the organization's (for dating context from messages). */
  timeZone: string;
  lastSeq: number;
  canPost: boolean;
  lastReadSeq: number;
}

/**
 * The single authorisation policy. Services call it; GraphQL resolvers and the Socket.IO gateway both
 * go through services, so every transport shares these rules.
 *
 * - Organizations are isolated: anything outside the caller's organization is NOT_FOUND (no leak).
 * - An athlete sees their own data; their assigned (active) coaches and the organization's admins see it too.
 * - Coaches-only material is never visible to the athlete it concerns, whatever other roles they hold.
 */
@Injectable()
export class AccessPolicy {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  requireRole(ctx: AuthContext, ...roles: Role[]): void {
    if (!roles.some((r) => ctx.roles.has(r))) {
      throw forbidden(`Requires role ${roles.join(' or ')}`, 'ROLE_REQUIRED');
    }
  }

  async isActiveCoach(
    coachUserId: string,
    athleteId: string,
    em: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM coach_assignment WHERE coach_user_id = $1 AND athlete_id = $2 AND removed_at IS NULL LIMIT 1`,
      [coachUserId, athleteId],
    );
    return rows.length > 0;
  }

  /** Resolves the caller's relation to an athlete, or throws NOT_FOUND / FORBIDDEN. */
  async athleteAccess(
    ctx: AuthContext,
    athleteId: string,
    em: EntityManager = this.db.manager,
  ): Promise<AthleteAccess> {
    const athlete = await em.getRepository(AthleteEntity).findOne({ where: { id: athleteId } });
    if (!athlete || athlete.organizationId !== ctx.organizationId) throw notFound('Athlete');
    if (athlete.userId === ctx.userId) return { athlete, relation: 'SELF' };
    if (ctx.roles.has(Role.COACH) && (await this.isActiveCoach(ctx.userId, athleteId, em))) {
      return { athlete, relation: 'COACH' };
    }
    if (ctx.roles.has(Role.ADMIN)) return { athlete, relation: 'ADMIN' };
    throw forbidden('You do not coach this athlete', 'ATHLETE_ACCESS_DENIED');
  }

  /** Staff access: an assigned coach or an admin, never the athlete themself. */
  async staffAccess(ctx: AuthContext, athleteId: string, em?: EntityManager): Promise<AthleteAccess> {
    const access = await this.athleteAccess(ctx, athleteId, em);
    if (access.relation === 'SELF') throw forbidden('Only the athlete’s coaches can do this', 'STAFF_ONLY');
    return access;
  }

  /** Coaching access (writing plans, applying suggestions): an assigned coach only. */
  async coachAccess(ctx: AuthContext, athleteId: string, em?: EntityManager): Promise<AthleteAccess> {
    const access = await this.athleteAccess(ctx, athleteId, em);
    if (access.relation !== 'COACH') throw forbidden('Only an assigned coach can do this', 'COACH_ONLY');
    return access;
  }

  /**
   * Chat: only active members of a conversation read, sync or receive it. Membership is kept in step with
   * coach assignments (chat's AssignmentHooks), so a removed coach is no longer a member, and a STAFF
   * thread never has the athlete as a member. Unknown or other-organization conversations are NOT_FOUND;
   * a same-organization conversation the caller is not (or no longer) a member of is FORBIDDEN.
   */
  async conversationAccess(
    ctx: AuthContext,
    conversationId: string,
    em: EntityManager = this.db.manager,
  ): Promise<ConversationAccess> {
    const rows: Array<{
      organization_id: string;
      kind: ConversationKind;
      athlete_id: string | null;
      athlete_user_id: string | null;
      time_zone: string;
      last_seq: number;
      can_post: boolean | null;
      last_read_seq: number | null;
    }> = await em.query(
      `SELECT c.organization_id, c.kind, c.athlete_id, a.user_id AS athlete_user_id,
              COALESCE(a.timezone, o.timezone) AS time_zone, c.last_seq, cm.can_post, cm.last_read_seq
         FROM conversation c
         JOIN organization o ON o.id = c.organization_id
         LEFT JOIN athlete a ON a.id = c.athlete_id
         LEFT JOIN conversation_member cm
           ON cm.conversation_id = c.id AND cm.user_id = $2 AND cm.removed_at IS NULL
        WHERE c.id = $1`,
      [conversationId, ctx.userId],
    );
    const row = rows[0];
    if (!row || row.organization_id !== ctx.organizationId) throw notFound('Conversation');
    if (row.can_post === null || row.last_read_seq === null) {
      throw forbidden('You are not a member of this conversation', 'CONVERSATION_ACCESS_DENIED');
    }
    return {
      conversationId,
      organizationId: row.organization_id,
      kind: row.kind,
      athleteId: row.athlete_id,
      athleteUserId: row.athlete_user_id,
      timeZone: row.time_zone,
      lastSeq: row.last_seq,
      canPost: row.can_post,
      lastReadSeq: row.last_read_seq,
    };
  }

  /** Chat: posting needs an active membership with `canPost` (athletes only read announcements). */
  async conversationPostAccess(
    ctx: AuthContext,
    conversationId: string,
    em?: EntityManager,
  ): Promise<ConversationAccess> {
    const access = await this.conversationAccess(ctx, conversationId, em);
    if (!access.canPost) throw forbidden('This conversation is read-only for you', 'CONVERSATION_READ_ONLY');
    return access;
  }

  visibleNoteVisibilities(relation: AthleteRelation): NoteVisibility[] {
    return relation === 'SELF'
      ? [NoteVisibility.SHARED]
      : [NoteVisibility.SHARED, NoteVisibility.COACHES_ONLY];
  }
}
