import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { unauthenticated } from '@app/common';
import { MembershipEntity, OrganizationEntity, RefreshTokenEntity, Role, UserEntity } from '@app/db';
import { AppConfigService } from '../config/app-config.service';
import { AuthContext } from './auth-context';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { randomToken, sha256, TokenService } from './token.service';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  userId: string;
  organizationId: string;
}

const INVALID_LOGIN = () => unauthenticated('Invalid email or password', 'INVALID_CREDENTIALS');

/** Authentication for every transport: login, token rotation, logout and `authenticate(token)`. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfigService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Access token → AuthContext, or UNAUTHENTICATED. Used by GraphQL, REST and the Socket.IO handshake. */
  async authenticate(token: string | undefined | null): Promise<AuthContext> {
    if (!token) throw unauthenticated();
    const claims = this.tokens.verifyAccess(token);
    return this.contextFor(claims.sub, claims.org);
  }

  async contextFor(
    userId: string,
    organizationId: string,
    em: EntityManager = this.db.manager,
  ): Promise<AuthContext> {
    const rows: Array<{ role: Role; athlete_id: string | null }> = await em.query(
      `SELECT m.role, a.id AS athlete_id
         FROM membership m
         LEFT JOIN athlete a ON a.user_id = m.user_id AND a.organization_id = m.organization_id
        WHERE m.user_id = $1 AND m.organization_id = $2`,
      [userId, organizationId],
    );
    if (!rows.length) throw unauthenticated('No membership in this organization', 'MEMBERSHIP_REVOKED');
    return {
      userId,
      organizationId,
      roles: new Set(rows.map((r) => r.role)),
      athleteId: rows.find((r) => r.athlete_id)?.athlete_id ?? null,
    };
  }

  async login(
    emailRaw: string,
    password: string,
    ip: string,
    organizationId?: string,
  ): Promise<IssuedTokens> {
    const email = emailRaw.trim().toLowerCase();
    // Counts this attempt against the IP and the account before any password work (a success clears the
    // account's count below), so concurrent guesses cannot all get in under the limit.
    await this.limiter.checkAndCount(email, ip);
    const user = await this.db.getRepository(UserEntity).findOne({ where: { email } });
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) throw INVALID_LOGIN();
    const memberships = await this.db.getRepository(MembershipEntity).find({
      where: { userId: user.id },
      order: { createdAt: 'ASC' },
    });
    const orgId = organizationId ?? memberships[0]?.organizationId;
    if (!orgId || !memberships.some((m) => m.organizationId === orgId)) throw INVALID_LOGIN();
    await this.limiter.recordSuccess(email);
    return this.issue(this.db.manager, user.id, orgId, randomUUID());
  }

  /** Issues an access token and a new refresh token in `familyId`. */
  async issue(
    em: EntityManager,
    userId: string,
    organizationId: string,
    familyId: string,
  ): Promise<IssuedTokens> {
    const access = this.tokens.signAccess({ sub: userId, org: organizationId });
    const refreshToken = randomToken();
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await em.getRepository(RefreshTokenEntity).insert({
      userId,
      organizationId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshTokenExpiresAt,
      rotatedAt: null,
      revokedAt: null,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      userId,
      organizationId,
    };
  }

  /**
   * Rotates a refresh token. A token that was already rotated is a replay (stolen or raced): the whole
   * family is revoked and the caller must log in again.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const outcome = await this.db.transaction(async (em) => {
      const repo = em.getRepository(RefreshTokenEntity);
      const row = await repo.findOne({
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.revokedAt) return { error: 'REFRESH_TOKEN_INVALID' as const };
      if (row.rotatedAt) {
        await repo.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { error: 'REFRESH_TOKEN_REUSED' as const };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { error: 'REFRESH_TOKEN_EXPIRED' as const };
      await repo.update({ id: row.id }, { rotatedAt: new Date() });
      // Membership may have been revoked since the token was issued.
      await this.contextFor(row.userId, row.organizationId, em);
      return { tokens: await this.issue(em, row.userId, row.organizationId, row.familyId) };
    });
    if ('error' in outcome)
      throw unauthenticated('Refresh token is invalid, expired or revoked', outcome.error);
    return outcome.tokens;
  }

  /** Revokes the refresh token's whole family (this device's session). Idempotent. */
  async logout(refreshToken: string): Promise<boolean> {
    const repo = this.db.getRepository(RefreshTokenEntity);
    const row = await repo.findOne({ where: { tokenHash: sha256(refreshToken) } });
    if (!row) return false;
    await repo.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return true;
  }

  /** Revokes every session of a user in an organization (e.g. after membership removal). */
  async revokeAll(userId: string, em: EntityManager = this.db.manager): Promise<void> {
    await em
      .getRepository(RefreshTokenEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The caller's profile, organization and roles. */
  async me(userId: string, organizationId: string, em: EntityManager = this.db.manager): Promise<MeView> {
    const ctx = await this.contextFor(userId, organizationId, em);
    const [user, organization] = await Promise.all([
      em.getRepository(UserEntity).findOneOrFail({ where: { id: userId } }),
      em.getRepository(OrganizationEntity).findOneOrFail({ where: { id: organizationId } }),
    ]);
    return {
      user: { id: user.id, email: user.email, name: user.name },
      organization,
      roles: [...ctx.roles].sort(),
      athleteId: ctx.athleteId,
    };
  }
}

export interface MeView {
  user: { id: string; email: string; name: string };
  organization: OrganizationEntity;
  roles: Role[];
  athleteId: string | null;
}
