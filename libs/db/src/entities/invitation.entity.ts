import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Role } from './enums';

/** A single-use, expiring invitation. Only the sha256 of the token is stored. */
@Entity()
export class InvitationEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: Role, enumName: 'invitation_role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  coachUserId: string | null;

  @Column({ type: 'uuid' })
  invitedByUserId: string;

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
