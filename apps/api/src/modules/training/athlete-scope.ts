import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badInput, forbidden } from '@app/common';
import { AccessPolicy, AthleteAccess } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';

/**
 * Who may do what with an athlete's training data:
 * - READ: the athlete, an assigned coach, an admin;
 * - LOG: the athlete or an assigned coach (admins are read-only);
 * - SELF: the athlete only (their own check-in).
 */
export type ScopeMode = 'READ' | 'LOG' | 'SELF';

@Injectable()
export class AthleteScope {
  constructor(private readonly policy: AccessPolicy) {}

  async resolve(
    ctx: AuthContext,
    athleteId: string | undefined,
    mode: ScopeMode,
    em?: EntityManager,
  ): Promise<AthleteAccess> {
    const id = athleteId ?? ctx.athleteId;
    if (!id) throw badInput('athleteId is required (you are not an athlete yourself)', 'ATHLETE_ID_REQUIRED');
    const access = await this.policy.athleteAccess(ctx, id, em);
    if (mode === 'SELF' && access.relation !== 'SELF') {
      throw forbidden('Only the athlete can do this', 'ATHLETE_ONLY');
    }
    if (mode === 'LOG' && access.relation === 'ADMIN') {
      throw forbidden('Admins can read but not log training data', 'ADMIN_READ_ONLY');
    }
    return access;
  }
}
