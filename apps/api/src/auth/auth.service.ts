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
import { SessionEvents } from './session-events';
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
    private readonly sessions: SessionEvents,
  ) {}

  /**
   * Access token → AuthContext, or UNAUTHENTICATED. Used by GraphQL, REST and the Socket.IO handshake.
   * The token's session is checked in the same query as the membership (one round trip, an indexed
   * lookup of the refresh-token family), so a logout or a replayed refresh token ends the access token
   * at once instead of when it expires.
   */
  async authenticate(token: string | undefined | null): Promise<AuthContext> {
    if (!token) throw unauthenticated();
    const claims = this.tokens.verifyAccess(token);
    return this.contextFor(claims.sub, claims.org, this.db.manager, claims.sid);
  }

  async contextFor(
    userId: string,
    organizationId: string,
    em: EntityManager = this.db.manager,
    sessionId?: string,
  ): Promise<AuthContext> {
    const rows: Array<{ role: Role; athlete_id: string | null; live?: boolean }> = await em.query(
      `SELECT m.role, a.id AS athlete_id${
        sessionId
          ? `, EXISTS (SELECT 1 FROM refresh_token r
                        WHERE r.family_id = $3 AND r.user_id = $1 AND r.organization_id = $2
                          AND r.revoked_at IS NULL) AS live`
          : ''
      }
         FROM membership m
         LEFT JOIN athlete a ON a.user_id = m.user_id AND a.organization_id = m.organization_id
        WHERE m.user_id = $1 AND m.organization_id = $2`,
      sessionId ? [userId, organizationId, sessionId] : [userId, organizationId],
    );
    if (!rows.length) throw unauthenticated('No membership in this organization', 'MEMBERSHIP_REVOKED');
    if (sessionId && !rows[0].live) {
      throw unauthenticated(
        'This session has ended (signed out or revoked); sign in again',
        'SESSION_REVOKED',
      );
    }
    return {
      userId,
      organizationId,
      roles: new Set(rows.map((r) => r.role)),
      athleteId: rows.find((r) => r.athlete_id)?.athlete_id ?? null,
      ...(sessionId ? { sessionId } : {}),
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
    await this.limiter.recordSuccess(email, ip);
    return this.issue(this.db.manager, user.id, orgId, randomUUID());
  }

  /** Issues an access token and a new refresh token in `familyId`. */
  async issue(
    em: EntityManager,
    userId: string,
    organizationId: string,
    familyId: string,
  ): Promise<IssuedTokens> {
    const access = this.tokens.signAccess({ sub: userId, org: organizationId, sid: familyId });
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
        return { error: 'REFRESH_TOKEN_REUSED' as const, familyId: row.familyId };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { error: 'REFRESH_TOKEN_EXPIRED' as const };
      await repo.update({ id: row.id }, { rotatedAt: new Date() });
      // Membership may have been revoked since the token was issued.
      await this.contextFor(row.userId, row.organizationId, em);
      return { tokens: await this.issue(em, row.userId, row.organizationId, row.familyId) };
    });
    if ('error' in outcome) {
      if ('familyId' in outcome && outcome.familyId) {
        this.sessions.ended({
          sessionIds: [outcome.familyId],
          reason: 'REFRESH_TOKEN_REUSED',
          message: 'A refresh token of this session was used twice; sign in again',
        });
      }
      throw unauthenticated('Refresh token is invalid, expired or revoked', outcome.error);
    }
    return outcome.tokens;
  }

  /** Revokes the refresh token's whole family (this device's session). Idempotent. */
  async logout(refreshToken: string): Promise<boolean> {
    const repo = this.db.getRepository(RefreshTokenEntity);
    const row = await repo.findOne({ where: { tokenHash: sha256(refreshToken) } });
    if (!row) return false;
    await repo.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.sessions.ended({ sessionIds: [row.familyId], reason: 'SESSION_REVOKED', message: 'Signed out' });
    return true;
  }

  /**
   * Ends a person's membership of an organization: their roles there are removed, every session of theirs
   * in it is revoked, and their open sockets are ended at once (after the commit). The one place a member
   * is removed; their access tokens fail from the next request on (MEMBERSHIP_REVOKED).
   */
  async revokeMembership(userId: string, organizationId: string): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.getRepository(MembershipEntity).delete({ userId, organizationId });
      await em
        .getRepository(RefreshTokenEntity)
        .update({ userId, organizationId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
    this.sessions.ended({
      userId,
      organizationId,
      reason: 'MEMBERSHIP_REVOKED',
      message: 'Your membership of this organization has ended',
    });
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
