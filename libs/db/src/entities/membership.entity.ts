import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { Role } from './enums';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

/** A role a person holds in an organization; a person may hold several. */
@Entity()
@Index(['organizationId', 'userId', 'role'], { unique: true })
export class MembershipEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: OrganizationEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;
}
