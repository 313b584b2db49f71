import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from './user.entity';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { CrossTrainingSport, EffortType, PlannedSessionKind, PlanStatus } from './enums';

export interface Effort {
  type: EffortType;
  value: number;
}

export interface IntervalStructure {
  repeats: number;
  workSeconds: number;
  workEffort: Effort;
  recoverySeconds: number;
  recoveryEffort: Effort;
}

/**
 * One version of an athlete's plan for an ISO week (Monday start, athlete's zone). Publishing keeps
 * every earlier version (SUPERSEDED); at most one DRAFT and one PUBLISHED exist per week.
 */
@Entity()
@Index(['athleteId', 'weekStart', 'version'], { unique: true })
@Index(['athleteId', 'weekStart'], { unique: true, where: `"status" = 'DRAFT'` })
@Index('UQ_weekly_plan_published', ['athleteId', 'weekStart'], {
  unique: true,
  where: `"status" = 'PUBLISHED'`,
})
export class WeeklyPlanEntity extends BaseEntity {
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

  @Column({ type: 'date' })
  weekStart: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status' })
  status: PlanStatus;

  /** Bumped on every edit of a draft; edits must name the revision they started from. */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'published_by_user_id' })
  publishedBy?: UserEntity;
}

@Entity()
@Index(['planId', 'date', 'position'])
export class PlannedSessionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => WeeklyPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: WeeklyPlanEntity;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Column({ type: 'enum', enum: PlannedSessionKind, enumName: 'planned_session_kind' })
  kind: PlannedSessionKind;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ type: 'enum', enum: EffortType, enumName: 'effort_type' })
  effortType: EffortType;

  @Column({ type: 'smallint' })
  effortValue: number;

  @Column({ type: 'jsonb', nullable: true })
  intervals: IntervalStructure | null;

  @Column({ type: 'varchar', length: 1000, default: '' })
  purpose: string;

  /** A key session (the week's main stimulus); compliance tracks these separately. */
  @Column({ type: 'boolean', default: false })
  key: boolean;

  /** CROSS_TRAINING only: which sport (a ride, a swim…); null on other kinds and when the plan does not say. */
  @Column({
    type: 'enum',
    enum: CrossTrainingSport,
    enumName: 'cross_training_sport',
    nullable: true,
  })
  sport: CrossTrainingSport | null;
}
