import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';
import { WeeklyPlanEntity } from './weekly-plan.entity';

/** Where a coach is with an athlete's weekly review. */
export enum WeeklyReviewStatus {
  /** Generated, nothing done yet. */
  PENDING = 'PENDING',
  /** The coach acted on at least one suggestion. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Completed: next week's plan published. Leaves the to-do queue; never re-generated. */
  DONE = 'DONE',
  /** Put aside until `snoozedUntil` (the athlete's local date); back in the to-do queue from that day. */
  SNOOZED = 'SNOOZED',
}

/** What happened to one engine suggestion inside a stored review. */
export enum SuggestionState {
  PROPOSED = 'PROPOSED',
  APPLIED = 'APPLIED',
  EDITED_AND_APPLIED = 'EDITED_AND_APPLIED',
  DISMISSED = 'DISMISSED',
  /** A newer generation of the review replaced (or no longer proposes) it before the coach acted. */
  SUPERSEDED = 'SUPERSEDED',
}

/**
 * One athlete's review for one planned week (the Monday, in the athlete's zone): the engine's output as
 * generated (jsonb, read tolerantly: the engine may add fields), the engine's version and a digest of its
 * input, and the coach's progress. The queue sorts on `priority` (stored, recomputed when suggestions are
 * acted on) with the id as the tie-break, so it pages by keyset over one index.
 */
@Entity()
@Index(['athleteId', 'weekStart'], { unique: true })
@Index('IDX_weekly_review_queue', ['organizationId', 'weekStart', 'priority', 'id'])
export class WeeklyReviewEntity extends BaseEntity {
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

  /** The week the review plans: a Monday in the athlete's zone. */
  @Column({ type: 'date' })
  weekStart: string;

  @Column({ type: 'enum', enum: WeeklyReviewStatus, enumName: 'weekly_review_status' })
  status: WeeklyReviewStatus;

  @Column({ type: 'date', nullable: true })
  snoozedUntil: string | null;

  /** The engine's overall status for the athlete (OK, ATTENTION, URGENT) at generation. */
  @Column({ type: 'varchar', length: 16 })
  engineStatus: string;

  /**
   * Queue order, higher first: the most severe suggestion still PROPOSED (URGENT, ATTENTION, else none),
   * then how many are open, then days since the athlete's last contact.
   */
  @Column({ type: 'integer' })
  priority: number;

  @Column({ type: 'integer', nullable: true })
  daysSinceContact: number | null;

  @Column({ type: 'varchar', length: 64 })
  engineVersion: string;

  /** SHA-256 of the engine's input: a re-generation with the same input and engine changes nothing. */
  @Column({ type: 'char', length: 64 })
  inputDigest: string;

  /** The engine's review as generated (metrics without the daily series, components, decision, draft, …). */
  @Column({ type: 'jsonb' })
  output: object;

  @Column({ type: 'timestamptz' })
  generatedAt: Date;

  /** How many times the review was (re)generated with a different input. */
  @Column({ type: 'integer', default: 1 })
  generation: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  completedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'completed_by_user_id' })
  completedBy?: UserEntity;

  /** The plan version completing the review published. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  publishedPlanId: string | null;

  @ManyToOne(() => WeeklyPlanEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_plan_id' })
  publishedPlan?: WeeklyPlanEntity;
}

/**
 * One engine suggestion of a stored review and what the coach did with it. At most one row per engine
 * suggestion id is live (not SUPERSEDED) in a review; superseded rows stay for the record.
 */
@Entity()
@Index(['reviewId', 'suggestionId'], { unique: true, where: `"state" <> 'SUPERSEDED'` })
export class WeeklyReviewSuggestionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  reviewId: string;

  @ManyToOne(() => WeeklyReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: WeeklyReviewEntity;

  /** The engine's id, `<KIND>:<weekStart>`. */
  @Column({ type: 'varchar', length: 100 })
  suggestionId: string;

  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  severity: string;

  /** Order in the engine's output (most severe first). */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'enum', enum: SuggestionState, enumName: 'review_suggestion_state' })
  state: SuggestionState;

  /** The engine's suggestion as generated. */
  @Column({ type: 'jsonb' })
  suggestion: object;

  /** EDITED_AND_APPLIED: the changes the coach applied instead of the engine's. */
  @Column({ type: 'jsonb', nullable: true })
  editedChanges: object[] | null;

  /** DISMISSED: the coach's reason (private to staff). */
  @Column({ type: 'text', nullable: true })
  dismissReason: string | null;

  /** Whether the coach shares the rationale with the athlete when completing the review. */
  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @ManyToOne(() => WeeklyPlanEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plan_id' })
  plan?: WeeklyPlanEntity;

  /** The plan revision the change produced (a revert checks the draft is still at it). */
  @Column({ type: 'integer', nullable: true })
  planRevision: number | null;

  /**
   * The draft revision the change met (0: none; a revert puts the draft back as it was and hands that revision to
   * the suggestion applied at this one, so applies are undone last first). Kept as applied: an undo moves
   * `planRevision` of the one before, never this.
   */
  @Column({ type: 'integer', nullable: true })
  planRevisionBefore: number | null;

  @Column({ type: 'jsonb', nullable: true })
  planBefore: object | null;

  @Column({ type: 'jsonb', nullable: true })
  planAfter: object | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
