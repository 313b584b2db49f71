import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from './user.entity';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { CoachRole } from './enums';

/** Links an athlete to one of their coaches. Removal is a timestamp, so history is kept. */
@Entity()
@Index(['athleteId', 'coachUserId'], { unique: true, where: '"removed_at" IS NULL' })
@Index(['coachUserId', 'organizationId'])
export class CoachAssignmentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  athleteId: string;

  @ManyToOne(() => AthleteEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  athlete?: AthleteEntity;

  @Column({ type: 'uuid' })
  coachUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'coach_user_id' })
  coachUser?: UserEntity;

  @Column({ type: 'enum', enum: CoachRole, enumName: 'coach_role' })
  role: CoachRole;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}
