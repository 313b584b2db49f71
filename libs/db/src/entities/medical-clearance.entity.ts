import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

/**
 * A doctor's clearance after the engine recommended a medical check, as the athlete's coach recorded it. Kept as a
 * history (a new spell, a new clearance); the review reads the latest `clearedOn` (engine: only the days after it
 * count toward a new medical check).
 */
@Entity()
@Index(['athleteId', 'clearedOn'])
export class MedicalClearanceEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  athleteId: string;

  @ManyToOne(() => AthleteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'athlete_id' })
  athlete?: AthleteEntity;

  /** The day the doctor cleared the athlete, the athlete's local date. */
  @Column({ type: 'date' })
  clearedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The coach who recorded it. */
  @Index()
  @Column({ type: 'uuid' })
  recordedByUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: UserEntity;
}
