import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { OrganizationEntity } from './organization.entity';

export enum ReviewRunTrigger {
  /** The weekly generation at the organization's review time (at most one per organization and week). */
  SCHEDULED = 'SCHEDULED',
  /** generateReviews. */
  MANUAL = 'MANUAL',
}

export enum ReviewRunItemStatus {
  PENDING = 'PENDING',
  /** Generated, or found up to date. */
  DONE = 'DONE',
  /** Left alone: the coach completed the review. */
  KEPT = 'KEPT',
  FAILED = 'FAILED',
}

/** One generation of a week's reviews for a set of athletes: what `generateReviews` reports progress on. */
@Entity()
@Index('UQ_review_generation_run_scheduled', ['organizationId', 'weekStart'], {
  unique: true,
  where: `"trigger" = 'SCHEDULED'`,
})
export class ReviewGenerationRunEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'date' })
  weekStart: string;

  @Column({ type: 'enum', enum: ReviewRunTrigger, enumName: 'review_run_trigger' })
  trigger: ReviewRunTrigger;

  /** Who asked (MANUAL); null for the schedule. Not a foreign key: the record outlives the account. */
  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;
}

/** One athlete of a run; the job that generates their review marks it. */
@Entity()
export class ReviewGenerationItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => ReviewGenerationRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: ReviewGenerationRunEntity;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  athleteId: string;

  @ManyToOne(() => AthleteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'athlete_id' })
  athlete?: AthleteEntity;

  @Column({ type: 'enum', enum: ReviewRunItemStatus, enumName: 'review_run_item_status' })
  status: ReviewRunItemStatus;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
