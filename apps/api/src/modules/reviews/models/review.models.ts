import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SessionKind } from '@app/db';
import '../../../graphql/enums';
import { PageInfoModel } from '../../athletes/models/athlete.model';
import { IntervalStructureModel, PlannedSessionModel, WeeklyPlanModel } from '../../plans/models/plan.models';

export enum ReviewStatus {
  OK = 'OK',
  ATTENTION = 'ATTENTION',
  URGENT = 'URGENT',
}
export enum SuggestionSeverity {
  INFO = 'INFO',
  ATTENTION = 'ATTENTION',
  URGENT = 'URGENT',
}
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });
registerEnumType(SuggestionSeverity, { name: 'SuggestionSeverity' });

export enum ReviewWorkflowStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  SNOOZED = 'SNOOZED',
}
export enum SuggestionStateModel {
  PROPOSED = 'PROPOSED',
  APPLIED = 'APPLIED',
  EDITED_AND_APPLIED = 'EDITED_AND_APPLIED',
  DISMISSED = 'DISMISSED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(ReviewWorkflowStatus, {
  name: 'ReviewWorkflowStatus',
  description:
    'PENDING (generated, untouched) → IN_PROGRESS (first action) → DONE (completed); SNOOZED until a date',
});
registerEnumType(SuggestionStateModel, { name: 'SuggestionState' });

@ObjectType('EvidenceItem', { description: 'One number or fact a status or suggestion stands on' })
export class EvidenceItemModel {
  @Field()
  key: string;

  @Field({ description: 'The value as text (numbers as written by the engine)' })
  value: string;
}

@ObjectType('ComponentAssessment', { description: 'One of the six core components every review covers' })
export class ComponentAssessmentModel {
  @Field({
    description:
      'CURRENT_FITNESS, PROGRESSION, ADAPTATION, INDIVIDUALIZATION, LONG_TERM_DEVELOPMENT, EXTERNAL_EYES',
  })
  component: string;

  @Field(() => ReviewStatus)
  status: ReviewStatus;

  @Field()
  summary: string;

  @Field(() => [EvidenceItemModel])
  evidence: EvidenceItemModel[];
}

@ObjectType('SuggestedEffort')
export class SuggestedEffortModel {
  @Field()
  type: string;

  @Field(() => Int)
  value: number;

  @Field(() => Int, { nullable: true, description: 'ZONE only: the zone model, 3 or 5; null when unsaid' })
  scale?: number | null;
}

@ObjectType('PlanChange', { description: 'A structured, mechanically applicable change to next week’s plan' })
export class PlanChangeModel {
  @Field({
    description:
      'SCALE_VOLUME, REPLACE_INTENSITY, MOVE_SESSION, DROP_SESSION, INSERT_REST_DAYS, CHANGE_MESOCYCLE_FOCUS, SET_PHASE, ADD_SESSION',
  })
  type: string;

  @Field(() => Int, {
    nullable: true,
    description: 'ADD_SESSION: the weekday the new session goes on, 0 = Monday',
  })
  day?: number;

  @Field(() => SessionKind, { nullable: true, description: 'ADD_SESSION: the new session’s kind' })
  sessionKind?: SessionKind;

  @Field(() => Int, { nullable: true, description: 'ADD_SESSION: the new session’s minutes' })
  minutes?: number;

  @Field(() => Float, { nullable: true })
  percent?: number;

  @Field(() => [Int], { nullable: true, description: 'Weekdays, 0 = Monday' })
  days?: number[];

  @Field(() => [ID], {
    nullable: true,
    description: 'SCALE_VOLUME: only these sessions (within `days` when both are given); all when absent',
  })
  sessionIds?: string[];

  @Field({ nullable: true, description: 'REPLACE_INTENSITY: the session’s key flag becomes this when given' })
  key?: boolean;

  @Field(() => Int, { nullable: true })
  expectedTotalMinutes?: number;

  @Field(() => ID, { nullable: true })
  sessionId?: string;

  @Field(() => Int, { nullable: true })
  fromDay?: number;

  @Field(() => Int, { nullable: true })
  toDay?: number;

  @Field(() => SuggestedEffortModel, { nullable: true })
  effort?: SuggestedEffortModel;

  @Field(() => IntervalStructureModel, {
    nullable: true,
    description: 'REPLACE_INTENSITY: the intervals the session gets (null: none)',
  })
  intervals?: IntervalStructureModel | null;

  @Field({ nullable: true })
  purpose?: string;

  @Field({ nullable: true, description: 'Previous phase or focus' })
  from?: string;

  @Field({ nullable: true, description: 'New phase or focus' })
  to?: string;
}

@ObjectType('Suggestion')
export class SuggestionModel {
  @Field(() => ID, { description: '<KIND>:<weekStart>' })
  id: string;

  @Field()
  kind: string;

  @Field(() => SuggestionSeverity)
  severity: SuggestionSeverity;

  @Field(() => [String])
  components: string[];

  @Field({
    description:
      'For the coach: the why, with the evidence, the rule and what the change does to the plan (never shown to the athlete)',
  })
  rationale: string;

  @Field({
    description:
      'What the athlete reads when the coach shares this suggestion: a few plain sentences addressed to them (a neutral sentence for a change the coach edited, or a review stored before athlete texts)',
  })
  athleteText: string;

  @Field({ description: 'EVIDENCE, CONSENSUS, CONVENTION or HEURISTIC' })
  basis: string;

  @Field(() => [EvidenceItemModel])
  evidence: EvidenceItemModel[];

  @Field()
  planWeekStart: string;

  @Field(() => [PlanChangeModel], {
    description: 'The engine’s changes (EDITED_AND_APPLIED: see editedChanges)',
  })
  changes: PlanChangeModel[];

  @Field({
    description:
      'A fingerprint of what applying this suggestion as proposed does (its planWeekStart and changes, 16 hex digits): the same content always has the same digest, and a re-derivation that changes them changes it (its words alone do not). Send it as expectedChangesDigest to apply or dismiss only the version you read.',
  })
  changesDigest: string;

  @Field(() => SuggestionStateModel)
  state: SuggestionStateModel;

  @Field(() => [PlanChangeModel], {
    nullable: true,
    description: 'EDITED_AND_APPLIED: what the coach applied',
  })
  editedChanges: PlanChangeModel[] | null;

  @Field(() => [PlannedSessionModel], {
    nullable: true,
    description:
      'APPLIED, EDITED_AND_APPLIED: the sessions of the week as the change met them (the plan before the apply; their ids are the ones the changes name), so the applied change still names its sessions once the plan has moved on. Null otherwise.',
  })
  sessionsBefore: PlannedSessionModel[] | null;

  @Field(() => String, { nullable: true, description: 'DISMISSED: the coach’s reason (coaches only)' })
  dismissReason: string | null;

  @Field({ description: 'The coach shares this suggestion with the athlete (as its athleteText)' })
  shared: boolean;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType('WeekDecision')
export class WeekDecisionModel {
  @Field({ description: 'BUILD, HOLD, DOWN, TAPER, TRANSITION or REST' })
  type: string;

  @Field()
  reason: string;

  @Field(() => Int)
  targetMinutes: number;

  @Field(() => Int)
  minMinutes: number;

  @Field(() => Int)
  maxMinutes: number;

  @Field()
  phase: string;

  @Field()
  focus: string;
}

@ObjectType('ReviewMetrics', { description: 'Headline metrics; null where the data do not meet the minimum' })
export class ReviewMetricsModel {
  @Field(() => Float, { nullable: true })
  ctl: number | null;

  @Field(() => Float, { nullable: true })
  atl: number | null;

  @Field(() => Float, { nullable: true })
  tsb: number | null;

  @Field(() => Float, { nullable: true })
  weeklyLoad: number | null;

  @Field(() => Int)
  weeklyMinutes: number;

  @Field(() => Float, { nullable: true })
  monotony: number | null;

  @Field(() => Float, { nullable: true })
  strain: number | null;

  @Field(() => Float, { nullable: true, description: 'This week vs the mean of the previous 3, %' })
  rampPct: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'EWMA acute:chronic ratio — context only, not an injury predictor',
  })
  acwr: number | null;

  @Field()
  hrvStatus: string;

  @Field()
  readiness: string;

  @Field(() => Float, { nullable: true })
  compliancePct: number | null;

  @Field(() => Float, { nullable: true })
  polarizationIndex: number | null;

  @Field(() => Float, { nullable: true })
  weeksSinceDownWeek: number | null;

  @Field(() => Float, { nullable: true })
  daysSinceContact: number | null;
}

@ObjectType('OutlookWeek', {
  description: 'Beyond next week only a coarse outlook: phase and a volume range',
})
export class OutlookWeekModel {
  @Field()
  weekStart: string;

  @Field()
  phase: string;

  @Field(() => Int)
  minMinutes: number;

  @Field(() => Int)
  maxMinutes: number;
}

@ObjectType('AthleteReview', {
  description: 'An athlete’s stored weekly review: the engine’s output as generated and the coach’s progress',
})
export class AthleteReviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field({ description: 'The planned week: a Monday in the athlete’s zone' })
  weekStart: string;

  @Field(() => ReviewWorkflowStatus)
  workflowStatus: ReviewWorkflowStatus;

  @Field(() => String, { nullable: true, description: 'SNOOZED: back in the to-do queue on this date' })
  snoozedUntil: string | null;

  @Field()
  generatedAt: Date;

  @Field()
  engineVersion: string;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field()
  athleteName: string;

  @Field({
    description:
      'The IANA time zone the athlete’s days are counted in (their own, else the organization’s): their today, and so whether the week a review plans has begun or a week is over, as the API decides them',
  })
  athleteTimezone: string;

  @Field({ description: 'The athlete’s local today' })
  reviewDate: string;

  @Field()
  nextWeekStart: string;

  @Field(() => ReviewStatus, { description: 'The engine’s assessment at generation' })
  status: ReviewStatus;

  @Field(() => Int, {
    description: 'Queue order, higher first: worst open suggestion (urgent, attention), days since contact',
  })
  urgency: number;

  @Field(() => ReviewMetricsModel)
  metrics: ReviewMetricsModel;

  @Field(() => [ComponentAssessmentModel])
  components: ComponentAssessmentModel[];

  @Field(() => WeekDecisionModel)
  decision: WeekDecisionModel;

  @Field(() => [SuggestionModel], { description: 'Still PROPOSED, most severe first' })
  suggestions: SuggestionModel[];

  @Field(() => [SuggestionModel], {
    description:
      'Suggestions the coach acted on (APPLIED, EDITED_AND_APPLIED, DISMISSED); never proposed again',
  })
  decidedSuggestions: SuggestionModel[];

  @Field({ description: 'NEXT_WEEK_DRAFT (changes apply to the coach’s plan) or ENGINE_DRAFT' })
  suggestionsTarget: string;

  @Field(() => [PlannedSessionModel], {
    description:
      'The engine’s own draft of the planned week (`nextWeekStart`), as generated. With ENGINE_DRAFT (the athlete ' +
      'has no plan for that week yet) it is what the suggestions change (their sessionIds are its ids), what an ' +
      'applied suggestion saves as the first draft, and what completing the review publishes when the coach saved ' +
      'no plan; with NEXT_WEEK_DRAFT the coach’s plan is the one that counts. Empty for a review stored without one.',
  })
  engineDraft: PlannedSessionModel[];

  @Field(() => [OutlookWeekModel])
  outlook: OutlookWeekModel[];
}

@ObjectType('ReviewCounts', { description: 'Reviews of the week per status, over the whole roster' })
export class ReviewCountsModel {
  @Field(() => Int, { description: 'Athletes on the roster (excluding yourself)' })
  athletes: number;

  @Field(() => Int, {
    description:
      'Athletes with no review generated for the week yet, whose own week allows it (generateReviews makes them)',
  })
  missing: number;

  @Field(() => Int, {
    description:
      'Athletes with no review of the week who are still in the week before it in their own zone (the organization’s Monday came first): their review can be made from their Monday',
  })
  notYetDue: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int, { description: 'Snoozed, whatever the date' })
  snoozed: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int, {
    description: 'PENDING + IN_PROGRESS + SNOOZED whose date has come: what is left to do',
  })
  todo: number;
}

@ObjectType('ReviewQueueEarlierWeek', {
  description:
    'The week that has begun (the organization’s current week) with its reviews still open: what the coach has not finished before the week started',
})
export class ReviewQueueEarlierWeekModel {
  @Field({ description: 'The week (Monday) that has begun' })
  weekStart: string;

  @Field(() => Int, { description: 'Its reviews still open (not DONE) in this view, over the whole roster' })
  count: number;

  @Field(() => [AthleteReviewModel], {
    description: 'Most urgent first; at most the queue’s `first` (act on a review with this `weekStart`)',
  })
  items: AthleteReviewModel[];
}

@ObjectType('ReviewQueue')
export class ReviewQueueModel {
  @Field({ description: 'The planned week (Monday) the queue is for' })
  weekStart: string;

  @Field(() => ReviewCountsModel)
  counts: ReviewCountsModel;

  @Field({ description: 'Every athlete on the roster has a DONE review for the week' })
  finished: boolean;

  @Field(() => [AthleteReviewModel], { description: 'Most urgent first' })
  items: AthleteReviewModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => ReviewQueueEarlierWeekModel, {
    nullable: true,
    description:
      'Without `weekStart`, on the first page only (null with `weekStart` or `after`): the reviews of the week that has begun still open in this view (the default view: still to do), so a week not finished before its Monday is finished from the queue',
  })
  earlierWeek: ReviewQueueEarlierWeekModel | null;
}

@ObjectType('ApplySuggestionResult')
export class ApplySuggestionResultModel {
  @Field(() => WeeklyPlanModel, { description: 'The plan the change was applied to (next week’s draft)' })
  plan: WeeklyPlanModel;

  @Field(() => AthleteReviewModel, { description: 'The review after the change (suggestions re-computed)' })
  review: AthleteReviewModel;
}

@ObjectType('CompleteReviewResult')
export class CompleteReviewResultModel {
  @Field(() => AthleteReviewModel)
  review: AthleteReviewModel;

  @Field(() => WeeklyPlanModel, { nullable: true, description: 'The published plan of the week' })
  plan: WeeklyPlanModel | null;

  @Field(() => ID, { nullable: true, description: 'The message sent to the athlete, if any' })
  messageId: string | null;
}

@ObjectType('SharedRationale', {
  description: 'Why next week looks as it does, as the coach chose to share it',
})
export class SharedRationaleModel {
  @Field()
  kind: string;

  @Field({
    description:
      'Staff: the coach rationale. The athlete never receives it: for the athlete this is their athleteText',
  })
  rationale: string;

  @Field({
    description:
      'What the athlete reads: plain sentences addressed to them (a neutral sentence for a change the coach edited, or a review stored before athlete texts)',
  })
  athleteText: string;

  @Field(() => SuggestionStateModel)
  state: SuggestionStateModel;
}

@ObjectType('ReviewGenerationResult')
export class ReviewGenerationResultModel {
  @Field(() => ID, { nullable: true, description: 'The background run, when queued (see reviewGeneration)' })
  runId: string | null;

  @Field({ description: 'The planned week' })
  weekStart: string;

  @Field(() => Int, { description: 'Athletes in scope' })
  total: number;

  @Field(() => Int, { description: 'Reviews generated or found up to date' })
  done: number;

  @Field(() => Int, { description: 'Reviews left as they were because the coach completed them' })
  kept: number;

  @Field(() => Int)
  failed: number;

  @Field({ description: 'All athletes in scope are processed' })
  finished: boolean;
}
