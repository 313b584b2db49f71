import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

export enum ReviewDecisionAction {
  APPLIED = 'APPLIED',
  DISMISSED = 'DISMISSED',
}

/**
 * What a coach did with an engine suggestion for an athlete's week: applied (with the plan before and
 * after, for the record) or dismissed (so the review stops proposing it for that week).
 */
@Entity()
@Index(['athleteId', 'weekStart'])
export class ReviewDecisionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  athleteId: string;

  @Column({ type: 'date' })
  weekStart: string;

  /** The engine's suggestion id, `<KIND>:<weekStart>`. */
  @Column({ type: 'varchar', length: 100 })
  suggestionId: string;

  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ type: 'enum', enum: ReviewDecisionAction, enumName: 'review_decision_action' })
  action: ReviewDecisionAction;

  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  planBefore: object | null;

  @Column({ type: 'jsonb', nullable: true })
  planAfter: object | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  decidedByUserId: string;
}
