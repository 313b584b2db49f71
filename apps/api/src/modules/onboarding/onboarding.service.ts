import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { badInput, conflict, isIsoDate, notFound, unauthenticated } from '@app/common';
import {
  AthleteEntity,
  CoachAssignmentEntity,
  CoachRole,
  InvitationEntity,
  MembershipEntity,
  Role,
  UserEntity,
} from '@app/db';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { AuthService, IssuedTokens } from '../../auth/auth.service';
import { LoginRateLimiter } from '../../auth/login-rate-limiter';
import { PasswordService } from '../../auth/password.service';
import { randomToken, sha256 } from '../../auth/token.service';
import { AppConfigService } from '../../config/app-config.service';
import { EmailDelivery } from '../../graphql/enums';
import { Mailer } from '../../mail/mailer.service';
import { ATHLETE_SELECT, AthleteRow, toAthleteModel } from '../athletes/athlete.mapper';
import { AthleteModel } from '../athletes/models/athlete.model';
import { AssignmentHooks } from './assignment-hooks';
import { OnboardingEvents } from './onboarding-events';
import { invitationEmail } from './invitation-email';
import {
  AcceptInvitationInput,
  AssignAthleteInput,
  InviteMemberInput,
  SubmitIntakeInput,
  UnassignAthleteInput,
} from './dto/onboarding.inputs';
import { OnboardingQueueModel } from './models/onboarding.models';
import { randomUUID } from 'crypto';

const existingAccountPassword = () =>
  unauthenticated(
    'You already have a Coachline account: accept with your current password',
    'EXISTING_ACCOUNT_PASSWORD_REQUIRED',
  );

@Injectable()
export class OnboardingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly config: AppConfigService,
    private readonly hooks: AssignmentHooks,
    private readonly limiter: LoginRateLimiter,
    private readonly mailer: Mailer,
    private readonly events: OnboardingEvents,
  ) {}

  private async assertCoach(em: EntityManager, organizationId: string, coachUserId: string) {
    const isCoach = await em
      .getRepository(MembershipEntity)
      .exist({ where: { organizationId, userId: coachUserId, role: Role.COACH } });
    if (!isCoach) throw badInput('coachUserId is not a coach in this organization', 'NOT_A_COACH');
  }

  /**
   * Admin: a single-use invitation that expires; a pending one for the same email and role is replaced.
   * After the commit, the invitee is e-mailed the link (when SMTP is configured); the outcome is returned,
   * never thrown: the invitation stands and the admin can forward the link by hand.
   */
  async invite(
    ctx: AuthContext,
    input: InviteMemberInput,
  ): Promise<{ invitation: InvitationEntity; token: string; emailDelivery: EmailDelivery }> {
    this.policy.requireRole(ctx, Role.ADMIN);
    if (input.coachUserId && input.role !== Role.ATHLETE) {
      throw badInput('coachUserId applies only to athlete invitations', 'COACH_ONLY_FOR_ATHLETES');
    }
    const email = input.email.trim().toLowerCase();
    // Sign-up is public and invitations send e-mail in the club's name: a budget per organization keeps
    // the app from being a spam relay.
    await this.limiter.consume(
      `invitations:${ctx.organizationId}`,
      this.config.invitationsPerHour,
      3600,
      'TOO_MANY_INVITATIONS',
      `At most ${this.config.invitationsPerHour} invitations an hour per organization`,
    );
    const token = randomToken();
    const invitation = await this.db.transaction(async (em) => {
      if (input.coachUserId) await this.assertCoach(em, ctx.organizationId, input.coachUserId);
      const existing: unknown[] = await em.query(
        `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.organization_id = $1 AND u.email = $2 AND m.role = $3`,
        [ctx.organizationId, email, input.role],
      );
      if (existing.length)
        throw conflict(`${email} is already a member with role ${input.role}`, 'ALREADY_MEMBER');
      const repo = em.getRepository(InvitationEntity);
      await repo.update(
        {
          organizationId: ctx.organizationId,
          email,
          role: input.role,
          acceptedAt: IsNull(),
          revokedAt: IsNull(),
        },
        { revokedAt: new Date() },
      );
      return repo.save({
        organizationId: ctx.organizationId,
        email,
        name: input.name.trim(),
        role: input.role,
        coachUserId: input.coachUserId ?? null,
        invitedByUserId: ctx.userId,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + this.config.invitationTtlHours * 3_600_000),
        acceptedAt: null,
        revokedAt: null,
      });
    });
    this.events.changed(ctx.organizationId, 'INVITED');
    return { invitation, token, emailDelivery: await this.emailInvitation(ctx, invitation, token) };
  }

  private async emailInvitation(
    ctx: AuthContext,
    invitation: InvitationEntity,
    token: string,
  ): Promise<EmailDelivery> {
    if (!this.mailer.configured) return EmailDelivery.NOT_CONFIGURED;
    const [names] = await this.db.query<Array<{ organization: string; inviter: string }>>(
      `SELECT o.name AS organization, u.name AS inviter FROM organization o JOIN app_user u ON u.id = $2
        WHERE o.id = $1`,
      [ctx.organizationId, ctx.userId],
    );
    if (!names) return EmailDelivery.FAILED;
    return this.mailer.send(
      invitationEmail({
        to: invitation.email,
        inviteeName: invitation.name,
        inviterName: names.inviter,
        organizationName: names.organization,
        role: invitation.role,
        acceptUrl: this.acceptUrl(token),
        expiresAt: invitation.expiresAt,
      }),
    );
  }

  acceptUrl(token: string): string {
    return `${this.config.publicUrl}/accept-invitation#token=${token}`;
  }

  /**
   * Public: accepts an invitation (once), creates the membership and signs in. A new person sets their
   * password here; someone who already has an account proves it with their current password, which an
   * invitation never changes (an invitation token must not be a way to take over an existing account).
   */
  async accept(input: AcceptInvitationInput, ip: string): Promise<IssuedTokens> {
    // Public and costly (argon2id): counted against the caller's IP like logins.
    const tokenHash = sha256(input.token);
    await this.limiter.checkAndCount(`invite:${tokenHash}`, ip);
    // Someone who already has an account proves it with their password, checked here, before the
    // invitation's row lock is taken: the lockout's bookkeeping and argon2 never run while a lock is held
    // (and never wait for a second pool connection inside the transaction).
    const [pending] = await this.db.query<
      Array<{ email: string; user_id: string | null; hash: string | null }>
    >(
      `SELECT i.email, u.id AS user_id, u.password_hash AS hash
         FROM invitation i LEFT JOIN app_user u ON u.email = i.email
        WHERE i.token_hash = $1 AND i.revoked_at IS NULL AND i.accepted_at IS NULL AND i.expires_at > now()`,
      [tokenHash],
    );
    let verifiedUserId: string | null = null;
    if (pending?.user_id) {
      // The same per-account lockout as login: an invitation is no way around it.
      await this.limiter.reserveAttempt(pending.email);
      if (!(await this.passwords.verify(pending.hash, input.password))) throw existingAccountPassword();
      await this.limiter.recordSuccess(pending.email);
      verifiedUserId = pending.user_id;
    }
    const passwordHash = pending?.user_id ? null : await this.passwords.hash(input.password);
    let organizationId: string | null = null;
    const issued = await this.db.transaction(async (em) => {
      const inv = await em.getRepository(InvitationEntity).findOne({
        where: { tokenHash },
        lock: { mode: 'pessimistic_write' },
      });
      if (!inv || inv.revokedAt) throw notFound('Invitation');
      if (inv.acceptedAt) throw conflict('This invitation has already been used', 'INVITATION_ALREADY_USED');
      if (inv.expiresAt.getTime() <= Date.now()) {
        throw badInput('This invitation has expired; ask for a new one', 'INVITATION_EXPIRED');
      }
      const users = em.getRepository(UserEntity);
      let user = await users.findOne({ where: { email: inv.email } });
      if (user) {
        // An account created since the check above (a race): its password has not been verified.
        if (user.id !== verifiedUserId) throw existingAccountPassword();
      } else {
        user = await users.save({
          email: inv.email,
          name: inv.name,
          passwordHash: passwordHash ?? (await this.passwords.hash(input.password)),
        });
      }
      await em
        .getRepository(MembershipEntity)
        .createQueryBuilder()
        .insert()
        .values({ organizationId: inv.organizationId, userId: user.id, role: inv.role })
        .orIgnore()
        .execute();
      if (inv.role === Role.ATHLETE) {
        await em
          .getRepository(AthleteEntity)
          .createQueryBuilder()
          .insert()
          .values({ organizationId: inv.organizationId, userId: user.id, timezone: null, intake: null })
          .orIgnore()
          .execute();
        const athlete = await em
          .getRepository(AthleteEntity)
          .findOneOrFail({ where: { organizationId: inv.organizationId, userId: user.id } });
        if (inv.coachUserId) {
          const stillCoach = await em.getRepository(MembershipEntity).exist({
            where: { organizationId: inv.organizationId, userId: inv.coachUserId, role: Role.COACH },
          });
          if (stillCoach)
            await this.link(em, inv.organizationId, athlete.id, inv.coachUserId, CoachRole.HEAD);
        }
      }
      await em.getRepository(InvitationEntity).update({ id: inv.id }, { acceptedAt: new Date() });
      organizationId = inv.organizationId;
      return this.auth.issue(em, user.id, inv.organizationId, randomUUID());
    });
    // Committed: the organization's admins see the invitee joined (out of "Invited", into the queue).
    if (organizationId) this.events.changed(organizationId, 'INVITATION_ACCEPTED');
    return issued;
  }

  /** Athlete: submit (or resubmit) the intake questionnaire. */
  async submitIntake(ctx: AuthContext, input: SubmitIntakeInput): Promise<AthleteModel> {
    if (!ctx.athleteId) throw badInput('Only athletes submit an intake questionnaire', 'NOT_AN_ATHLETE');
    for (const race of input.upcomingRaces) {
      if (!isIsoDate(race.date)) {
        throw badInput(`race date ${race.date} is not a real date`, 'INVALID_DATE');
      }
    }
    const { timezone, ...intake } = input;
    await this.db.getRepository(AthleteEntity).update(
      { id: ctx.athleteId },
      {
        // Sent without the web form's start (another client): begun when it was sent.
        intakeStartedAt: () => 'COALESCE(intake_started_at, now())',
        intake: {
          ...intake,
          upcomingRaces: intake.upcomingRaces.map((r) => ({
            name: r.name,
            date: r.date,
            priority: r.priority,
          })),
        },
        intakeSubmittedAt: () => 'now()',
        ...(timezone ? { timezone } : {}),
      },
    );
    this.events.changed(ctx.organizationId, 'INTAKE_SUBMITTED');
    return this.athleteModel(this.db.manager, ctx.athleteId);
  }

  /**
   * Athlete: they began answering the intake questionnaire (the web form calls it on their first answer). The first
   * start is kept; once submitted, a start changes nothing. Only the athlete themself: there is no id to pass.
   */
  async startIntake(ctx: AuthContext): Promise<AthleteModel> {
    if (!ctx.athleteId) throw badInput('Only athletes fill in an intake questionnaire', 'NOT_AN_ATHLETE');
    const started = await this.db
      .getRepository(AthleteEntity)
      .createQueryBuilder()
      .update()
      .set({ intakeStartedAt: () => 'now()' })
      .where('id = :id AND intake_started_at IS NULL AND intake_submitted_at IS NULL', { id: ctx.athleteId })
      .execute();
    if (started.affected) this.events.changed(ctx.organizationId, 'INTAKE_STARTED');
    return this.athleteModel(this.db.manager, ctx.athleteId);
  }

  private async athleteModel(em: EntityManager, athleteId: string): Promise<AthleteModel> {
    const [row] = await em.query<AthleteRow[]>(`SELECT ${ATHLETE_SELECT} WHERE a.id = $1`, [athleteId]);
    return toAthleteModel(row);
  }

  private async link(
    em: EntityManager,
    organizationId: string,
    athleteId: string,
    coachUserId: string,
    role: CoachRole,
  ) {
    const repo = em.getRepository(CoachAssignmentEntity);
    const active = await repo.findOne({ where: { athleteId, coachUserId, removedAt: IsNull() } });
    if (active) {
      if (active.role !== role) await repo.update({ id: active.id }, { role });
    } else {
      await repo.insert({ organizationId, athleteId, coachUserId, role, removedAt: null });
    }
    await this.hooks.run(em, athleteId);
  }

  /** Admin: link an athlete to a coach (head or assistant). Idempotent; changes the role if linked. */
  async assign(ctx: AuthContext, input: AssignAthleteInput): Promise<AthleteModel> {
    this.policy.requireRole(ctx, Role.ADMIN);
    const athlete = await this.db.transaction(async (em) => {
      await this.policy.athleteAccess(ctx, input.athleteId, em);
      await this.assertCoach(em, ctx.organizationId, input.coachUserId);
      await this.link(em, ctx.organizationId, input.athleteId, input.coachUserId, input.role);
      return this.athleteModel(em, input.athleteId);
    });
    this.events.changed(ctx.organizationId, 'ASSIGNED');
    return athlete;
  }

  /** Admin: end a coaching link; the coach loses access at once. */
  async unassign(ctx: AuthContext, input: UnassignAthleteInput): Promise<AthleteModel> {
    this.policy.requireRole(ctx, Role.ADMIN);
    const athlete = await this.db.transaction(async (em) => {
      await this.policy.athleteAccess(ctx, input.athleteId, em);
      const res = await em
        .getRepository(CoachAssignmentEntity)
        .update(
          { athleteId: input.athleteId, coachUserId: input.coachUserId, removedAt: IsNull() },
          { removedAt: new Date() },
        );
      if (!res.affected) throw notFound('Coach assignment');
      await this.hooks.run(em, input.athleteId);
      return this.athleteModel(em, input.athleteId);
    });
    this.events.changed(ctx.organizationId, 'UNASSIGNED');
    return athlete;
  }

  /** Admin: who is invited, who has not finished intake, who has no coach. */
  async queue(ctx: AuthContext): Promise<OnboardingQueueModel> {
    this.policy.requireRole(ctx, Role.ADMIN);
    const [invited, intakePending, unassigned] = await Promise.all([
      this.db.getRepository(InvitationEntity).find({
        where: {
          organizationId: ctx.organizationId,
          acceptedAt: IsNull(),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        order: { createdAt: 'ASC' },
      }),
      this.db.query<AthleteRow[]>(
        `SELECT ${ATHLETE_SELECT} WHERE a.organization_id = $1 AND a.intake_submitted_at IS NULL ORDER BY a.created_at`,
        [ctx.organizationId],
      ),
      this.db.query<AthleteRow[]>(
        `SELECT ${ATHLETE_SELECT} WHERE a.organization_id = $1 AND NOT EXISTS (
           SELECT 1 FROM coach_assignment ca WHERE ca.athlete_id = a.id AND ca.removed_at IS NULL)
         ORDER BY a.created_at`,
        [ctx.organizationId],
      ),
    ]);
    return {
      invited,
      intakePending: intakePending.map(toAthleteModel),
      unassigned: unassigned.map(toAthleteModel),
    };
  }
}
