import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from './user.entity';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { CrossTrainingSport, EffortType, PlannedSessionKind, PlanStatus } from './enums';

export interface Effort {
  type: EffortType;
  value: number;
  /** ZONE only: the zone model the value is of (Z2 of 3 is moderate, Z2 of 5 easy); absent when unsaid. */
  scale?: 3 | 5;
}

/** A zone scale is 3 or 5, and only on a ZONE effort (column `zone_scale`; interval efforts carry `scale`). */
export const ZONE_SCALE_CHECK = `"zone_scale" IS NULL OR ("zone_scale" IN (3, 5) AND "effort_type" = 'ZONE')`;
const intervalScale = (effort: string) =>
  `("intervals"->'${effort}'->>'scale') IS NULL OR ("intervals"->'${effort}'->>'type' = 'ZONE' AND ("intervals"->'${effort}'->>'scale') IN ('3', '5'))`;
/** The same rule for the interval work and recovery efforts (JSON). */
export const INTERVALS_ZONE_SCALE_CHECK = `"intervals" IS NULL OR ((${intervalScale('workEffort')}) AND (${intervalScale('recoveryEffort')}))`;
/** A sport is for cross-training only. */
export const SPORT_CROSS_TRAINING_CHECK = `"sport" IS NULL OR "kind" = 'CROSS_TRAINING'`;

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
@Check('CHK_planned_session_zone_scale', ZONE_SCALE_CHECK)
@Check('CHK_planned_session_intervals_zone_scale', INTERVALS_ZONE_SCALE_CHECK)
@Check('CHK_planned_session_sport_cross_training', SPORT_CROSS_TRAINING_CHECK)
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

  /** ZONE efforts: the zone model `effortValue` is of, 3 or 5; null when the plan does not say (and on RPE). */
  @Column({ type: 'smallint', nullable: true })
  zoneScale: 3 | 5 | null;

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
