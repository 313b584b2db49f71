import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { badInput, conflict, isValidTimeZone, notFound } from '@app/common';
import { MembershipEntity, OrganizationEntity, Role, UserEntity } from '@app/db';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { AuthService, IssuedTokens } from '../../auth/auth.service';
import { LoginRateLimiter } from '../../auth/login-rate-limiter';
import { PasswordService } from '../../auth/password.service';
import { COACHES_PAGE, MAX_COACHES_PAGE } from './dto/coaches-page';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { UpdateOrganizationSettingsInput } from './dto/update-organization-settings.input';
import { OrganizationCoachModel } from './models/organization.model';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
    private readonly policy: AccessPolicy,
  ) {}

  /** Creates a coaching business and its first admin, and signs the admin in. One transaction. */
  async create(input: CreateOrganizationInput, ip: string): Promise<IssuedTokens> {
    const email = input.admin.email.trim().toLowerCase();
    // Public and costly (argon2id): counted against the caller's IP like logins.
    await this.limiter.checkAndCount(`signup:${email}`, ip);
    if (await this.db.getRepository(UserEntity).exist({ where: { email } })) {
      throw conflict('An account with this email already exists; sign in instead', 'EMAIL_TAKEN');
    }
    const passwordHash = await this.passwords.hash(input.admin.password);
    return this.db.transaction(async (em) => {
      if (await em.getRepository(UserEntity).exist({ where: { email } })) {
        throw conflict('An account with this email already exists; sign in instead', 'EMAIL_TAKEN');
      }
      const org = await em
        .getRepository(OrganizationEntity)
        .save({ name: input.name.trim(), timezone: input.timezone });
      const user = await em
        .getRepository(UserEntity)
        .save({ email, name: input.admin.name.trim(), passwordHash });
      await em
        .getRepository(MembershipEntity)
        .insert({ organizationId: org.id, userId: user.id, role: Role.ADMIN });
      return this.auth.issue(em, user.id, org.id, randomUUID());
    });
  }

  async get(ctx: AuthContext): Promise<OrganizationEntity> {
    const org = await this.db
      .getRepository(OrganizationEntity)
      .findOne({ where: { id: ctx.organizationId } });
    if (!org) throw notFound('Organization');
    return org;
  }

  /**
   * Admin: change the organization's time zone and weekly review day and time (the review schedule,
   * reviews/jobs, reads them at its next tick). Only the fields given change; each is validated here.
   */
  async updateSettings(
    ctx: AuthContext,
    input: UpdateOrganizationSettingsInput,
  ): Promise<OrganizationEntity> {
    this.policy.requireRole(ctx, Role.ADMIN);
    const patch: Partial<Pick<OrganizationEntity, 'timezone' | 'reviewWeekday' | 'reviewTime'>> = {};
    if (input.timezone !== undefined && input.timezone !== null) {
      const tz = input.timezone.trim();
      // An IANA name (Area/Location, or UTC): not an offset such as +01:00, which has no daylight saving.
      if (!(tz === 'UTC' || /^[A-Za-z]+\/[A-Za-z0-9_+\-/]+$/.test(tz)) || !isValidTimeZone(tz)) {
        throw badInput(
          `timezone must be an IANA time zone such as Europe/Oslo (got "${tz}")`,
          'INVALID_TIMEZONE',
        );
      }
      patch.timezone = tz;
    }
    if (input.reviewWeekday !== undefined && input.reviewWeekday !== null) {
      if (!Number.isInteger(input.reviewWeekday) || input.reviewWeekday < 0 || input.reviewWeekday > 6) {
        throw badInput('reviewWeekday must be 0 (Monday) to 6 (Sunday)', 'INVALID_REVIEW_WEEKDAY');
      }
      patch.reviewWeekday = input.reviewWeekday;
    }
    if (input.reviewTime !== undefined && input.reviewTime !== null) {
      if (!HH_MM.test(input.reviewTime)) {
        throw badInput('reviewTime must be a 24-hour time HH:MM, e.g. 16:00', 'INVALID_REVIEW_TIME');
      }
      patch.reviewTime = input.reviewTime;
    }
    if (!Object.keys(patch).length) {
      throw badInput('Give at least one of timezone, reviewWeekday, reviewTime', 'NOTHING_TO_UPDATE');
    }
    await this.db.getRepository(OrganizationEntity).update({ id: ctx.organizationId }, patch);
    return this.get(ctx);
  }

  /** Admin: the organization's coaches, by name, with how many athletes each has now. */
  async coaches(ctx: AuthContext, first = COACHES_PAGE): Promise<OrganizationCoachModel[]> {
    this.policy.requireRole(ctx, Role.ADMIN);
    if (!Number.isInteger(first) || first < 1 || first > MAX_COACHES_PAGE) {
      throw badInput(`first must be 1 to ${MAX_COACHES_PAGE}`, 'INVALID_PAGE_SIZE');
    }
    const rows = await this.db.query<
      Array<{ user_id: string; name: string; email: string; athlete_count: number; is_admin: boolean }>
    >(
      `SELECT u.id AS user_id, u.name, u.email,
              (SELECT count(*)::int FROM coach_assignment ca
                 WHERE ca.organization_id = m.organization_id AND ca.coach_user_id = u.id
                   AND ca.removed_at IS NULL) AS athlete_count,
              EXISTS (SELECT 1 FROM membership a WHERE a.organization_id = m.organization_id
                        AND a.user_id = u.id AND a.role = 'ADMIN') AS is_admin
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.role = 'COACH'
        ORDER BY lower(u.name), u.id
        LIMIT $2`,
      [ctx.organizationId, first],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      name: r.name,
      email: r.email,
      athleteCount: r.athlete_count,
      isAdmin: r.is_admin,
    }));
  }
}
