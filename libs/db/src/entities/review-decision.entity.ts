import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { WeeklyPlanEntity } from './weekly-plan.entity';
import { UserEntity } from './user.entity';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';

export enum ReviewDecisionAction {
  APPLIED = 'APPLIED',
  DISMISSED = 'DISMISSED',
  /** An applied suggestion undone (revertSuggestion): the plan before and after the revert. */
  REVERTED = 'REVERTED',
  /** A dismissal undone (restoreSuggestion): the suggestion is proposed again. */
  RESTORED = 'RESTORED',
}

/**
 * What a coach did with an engine suggestion for an athlete's week: applied (with the plan before and
 * after, for the record) or dismissed (so the review stops proposing it for that week), and each of them
 * undone (reverted, restored), in the order they happened.
 */
@Entity()
@Index(['athleteId', 'weekStart'])
export class ReviewDecisionEntity extends BaseEntity {
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

  /** The engine's suggestion id, `<KIND>:<weekStart>`. */
  @Column({ type: 'varchar', length: 100 })
  suggestionId: string;

  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ type: 'enum', enum: ReviewDecisionAction, enumName: 'review_decision_action' })
  action: ReviewDecisionAction;

  /** Indexed: deleting plans sets this to null row by row. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @ManyToOne(() => WeeklyPlanEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plan_id' })
  plan?: WeeklyPlanEntity;

  @Column({ type: 'jsonb', nullable: true })
  planBefore: object | null;

  @Column({ type: 'jsonb', nullable: true })
  planAfter: object | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  decidedByUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: UserEntity;
}
