import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '@app/common';
import { MembershipEntity, OrganizationEntity, Role, UserEntity } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { AuthService, IssuedTokens } from '../../auth/auth.service';
import { LoginRateLimiter } from '../../auth/login-rate-limiter';
import { PasswordService } from '../../auth/password.service';
import { CreateOrganizationInput } from './dto/create-organization.input';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
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
}
