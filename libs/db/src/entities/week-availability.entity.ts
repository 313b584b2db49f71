import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * The athlete's own word on how much time a coming week has, Monday..Sunday in minutes (0 = a day off).
 * Replaces the intake's usual week for that one week: the review and its draft plan respect it.
 */
@Entity()
@Index(['athleteId', 'weekStart'], { unique: true })
export class WeekAvailabilityEntity extends BaseEntity {
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

  /** Monday of the week, the athlete's local date. */
  @Column({ type: 'date' })
  weekStart: string;

  /** Seven values, Monday..Sunday, 0–1440. */
  @Column({ type: 'int', array: true })
  minutes: number[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Who last set it (the athlete, or one of their coaches on their behalf). */
  @Column({ type: 'uuid' })
  updatedByUserId: string;
}
