import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from './user.entity';
import { OrganizationEntity } from './organization.entity';
import { BaseEntity } from './base.entity';
import { Role } from './enums';

/** A single-use, expiring invitation. Only the sha256 of the token is stored. */
@Entity()
export class InvitationEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: Role, enumName: 'invitation_role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  coachUserId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'coach_user_id' })
  coachUser?: UserEntity;

  @Column({ type: 'uuid' })
  invitedByUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'invited_by_user_id' })
  invitedBy?: UserEntity;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
