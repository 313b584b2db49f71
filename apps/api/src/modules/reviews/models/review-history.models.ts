import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ComplianceModel } from '../../plans/models/plan.models';

@ObjectType('ReviewHistorySuggestion', {
  description: 'A suggestion of a past review and what the coach did',
})
export class ReviewHistorySuggestionModel {
  @Field()
  suggestionId: string;

  @Field()
  kind: string;

  @Field()
  severity: string;

  @Field({ description: 'PROPOSED (never acted on), APPLIED, EDITED_AND_APPLIED or DISMISSED' })
  state: string;

  @Field(() => String, { nullable: true, description: 'The coach’s reason for a dismissal (coaches only)' })
  dismissReason: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType('ReviewOutcome', {
  description:
    'What happened in the planned week: the plan against what was done (days under illness or travel left out), and readiness at its end',
})
export class ReviewOutcomeModel {
  @Field({ description: 'False while the week is still under way (figures so far)' })
  weekOver: boolean;

  @Field(() => ComplianceModel)
  compliance: ComplianceModel;

  @Field(() => Int, {
    description:
      'Session load done (sRPE × minutes; unrated sessions at RPE 4); while the week is under way, on the days that have ended',
  })
  loadDone: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Load the published plan stood for (minutes × effort); while the week is under way, on the days that have ended',
  })
  loadPlanned: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'GREEN, AMBER, RED or UNKNOWN from the review made at the end of that week (null until there is one)',
  })
  readinessAfter: string | null;
}

@ObjectType('ReviewHistoryEntry', {
  description: 'One past weekly review, what the coach did with it, and how the week went',
})
export class ReviewHistoryEntryModel {
  @Field(() => ID)
  reviewId: string;

  @Field({ description: 'The week the review planned (Monday)' })
  weekStart: string;

  @Field({ description: 'PENDING, IN_PROGRESS, DONE or SNOOZED' })
  status: string;

  @Field({ description: 'The engine’s overall status when it generated the review' })
  engineStatus: string;

  @Field(() => String, {
    nullable: true,
    description: 'BUILD, HOLD, DOWN, REST…: the engine’s decision for the week',
  })
  decisionType: string | null;

  @Field(() => Int, { nullable: true })
  decisionTargetMinutes: number | null;

  @Field(() => String, { nullable: true, description: 'Readiness when the review was generated' })
  readinessBefore: string | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => [ReviewHistorySuggestionModel])
  suggestions: ReviewHistorySuggestionModel[];

  @Field(() => ReviewOutcomeModel, { nullable: true, description: 'Null before the planned week starts' })
  outcome: ReviewOutcomeModel | null;
}

@ObjectType('SuggestionKindStats')
export class SuggestionKindStatsModel {
  @Field()
  kind: string;

  @Field(() => Int, { description: 'Still proposed in a review not yet completed' })
  open: number;

  @Field(() => Int, { description: 'Left without a decision when the coach completed the review' })
  undecided: number;

  @Field(() => Int)
  applied: number;

  @Field(() => Int)
  editedAndApplied: number;

  @Field(() => Int)
  dismissed: number;

  @Field(() => Int, { description: 'applied + editedAndApplied + dismissed' })
  decided: number;

  @Field(() => Float, { nullable: true, description: 'Share of decided ones applied as proposed (0–1)' })
  appliedShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of decided ones edited, then applied (0–1)' })
  editedShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of decided ones dismissed (0–1)' })
  dismissedShare: number | null;
}

@ObjectType('SuggestionStats', {
  description:
    'How often a coach applies, edits or dismisses each kind of suggestion: what the engine can learn from',
})
export class SuggestionStatsModel {
  @Field(() => ID, { nullable: true, description: 'Null: the whole organization' })
  coachUserId: string | null;

  @Field()
  fromWeek: string;

  @Field()
  toWeek: string;

  @Field(() => [SuggestionKindStatsModel], { description: 'Most decided first' })
  kinds: SuggestionKindStatsModel[];

  @Field(() => SuggestionKindStatsModel, { description: 'Every kind together (kind "ALL")' })
  total: SuggestionKindStatsModel;
}
