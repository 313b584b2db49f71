import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

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
}

@ObjectType('PlanChange', { description: 'A structured, mechanically applicable change to next week’s plan' })
export class PlanChangeModel {
  @Field({
    description:
      'SCALE_VOLUME, REPLACE_INTENSITY, MOVE_SESSION, DROP_SESSION, INSERT_REST_DAYS, CHANGE_MESOCYCLE_FOCUS, SET_PHASE',
  })
  type: string;

  @Field(() => Float, { nullable: true })
  percent?: number;

  @Field(() => [Int], { nullable: true, description: 'Weekdays, 0 = Monday' })
  days?: number[];

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

  @Field({ description: 'The why, in one or two sentences the coach can forward to the athlete' })
  rationale: string;

  @Field({ description: 'EVIDENCE, CONSENSUS, CONVENTION or HEURISTIC' })
  basis: string;

  @Field(() => [EvidenceItemModel])
  evidence: EvidenceItemModel[];

  @Field()
  planWeekStart: string;

  @Field(() => [PlanChangeModel])
  changes: PlanChangeModel[];
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

@ObjectType('AthleteReview')
export class AthleteReviewModel {
  @Field(() => ID)
  athleteId: string;

  @Field()
  athleteName: string;

  @Field({ description: 'The athlete’s local today' })
  reviewDate: string;

  @Field()
  nextWeekStart: string;

  @Field(() => ReviewStatus)
  status: ReviewStatus;

  @Field(() => Int, { description: 'Queue order: higher is more urgent' })
  urgency: number;

  @Field(() => ReviewMetricsModel)
  metrics: ReviewMetricsModel;

  @Field(() => [ComponentAssessmentModel])
  components: ComponentAssessmentModel[];

  @Field(() => WeekDecisionModel)
  decision: WeekDecisionModel;

  @Field(() => [SuggestionModel], { description: 'Most severe first; dismissed ones left out' })
  suggestions: SuggestionModel[];

  @Field({ description: 'NEXT_WEEK_DRAFT (changes apply to the coach’s plan) or ENGINE_DRAFT' })
  suggestionsTarget: string;

  @Field(() => [OutlookWeekModel])
  outlook: OutlookWeekModel[];
}
