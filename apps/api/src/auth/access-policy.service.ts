import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden, notFound } from '@app/common';
import { AthleteEntity, NoteVisibility, Role } from '@app/db';
import { AuthContext } from './auth-context';

/** How the caller relates to an athlete. SELF wins over every staff role. */
export type AthleteRelation = 'SELF' | 'COACH' | 'ADMIN';

export interface AthleteAccess {
  athlete: AthleteEntity;
  relation: AthleteRelation;
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

  async isActiveCoach(coachUserId: string, athleteId: string, em: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM coach_assignment WHERE coach_user_id = $1 AND athlete_id = $2 AND removed_at IS NULL LIMIT 1`,
      [coachUserId, athleteId],
    );
    return rows.length > 0;
  }

  /** Resolves the caller's relation to an athlete, or throws NOT_FOUND / FORBIDDEN. */
  async athleteAccess(ctx: AuthContext, athleteId: string, em: EntityManager = this.db.manager): Promise<AthleteAccess> {
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

  visibleNoteVisibilities(relation: AthleteRelation): NoteVisibility[] {
    return relation === 'SELF' ? [NoteVisibility.SHARED] : [NoteVisibility.SHARED, NoteVisibility.COACHES_ONLY];
  }
}
