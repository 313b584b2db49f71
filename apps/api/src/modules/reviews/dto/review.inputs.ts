import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SessionKind } from '@app/db';
import '../../../graphql/enums';
import { ISO_DATE, isoDateMessage } from '../../../graphql/iso-date';
import { EffortInput, IntervalStructureInput } from '../../plans/dto/plan.inputs';
import { ReviewWorkflowStatus } from '../models/review.models';

/** The largest queue page; the default page (25) stays well inside the query cost limit. */
export const MAX_QUEUE_PAGE = 100;
export const DEFAULT_QUEUE_PAGE = 25;

export enum PlanChangeType {
  SCALE_VOLUME = 'SCALE_VOLUME',
  REPLACE_INTENSITY = 'REPLACE_INTENSITY',
  MOVE_SESSION = 'MOVE_SESSION',
  DROP_SESSION = 'DROP_SESSION',
  INSERT_REST_DAYS = 'INSERT_REST_DAYS',
  CHANGE_MESOCYCLE_FOCUS = 'CHANGE_MESOCYCLE_FOCUS',
  SET_PHASE = 'SET_PHASE',
  ADD_SESSION = 'ADD_SESSION',
}
registerEnumType(PlanChangeType, { name: 'PlanChangeType' });

/** Which review: the athlete's, for a planned week (default: the athlete's coming week). */
@InputType({ isAbstract: true })
abstract class ReviewRef {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field({ nullable: true, description: 'The planned week (Monday); default: the athlete’s coming week' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart?: string;
}

@InputType({ description: 'A coach’s version of one structured change; the fields its type needs' })
export class PlanChangeInput {
  @Field(() => PlanChangeType)
  @IsEnum(PlanChangeType)
  type: PlanChangeType;

  @Field(() => Float, { nullable: true, description: 'SCALE_VOLUME: e.g. -30 for a 30 % cut' })
  @IsOptional()
  @IsNumber()
  @Min(-100)
  @Max(100)
  percent?: number;

  @Field(() => [Int], {
    nullable: true,
    description: 'Weekdays, 0 = Monday (SCALE_VOLUME, INSERT_REST_DAYS)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  days?: number[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sessionId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(6)
  fromDay?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(6)
  toDay?: number;

  @Field(() => EffortInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EffortInput)
  effort?: EffortInput;

  @Field(() => IntervalStructureInput, {
    nullable: true,
    description: 'REPLACE_INTENSITY: the new intervals; omit to remove them',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntervalStructureInput)
  intervals?: IntervalStructureInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  purpose?: string;

  @Field({
    nullable: true,
    description:
      'REPLACE_INTENSITY: the session’s key flag becomes this; omitted, it is what the suggestion proposed',
  })
  @IsOptional()
  @IsBoolean()
  key?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'ADD_SESSION: the weekday of the new session, 0 = Monday',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(6)
  day?: number;

  @Field(() => SessionKind, {
    nullable: true,
    description: 'ADD_SESSION: RUN, CROSS_TRAINING or STRENGTH (default: what the suggestion proposed)',
  })
  @IsOptional()
  @IsIn([SessionKind.RUN, SessionKind.CROSS_TRAINING, SessionKind.STRENGTH], {
    message: 'sessionKind must be RUN, CROSS_TRAINING or STRENGTH: a new session is never a race',
  })
  sessionKind?: SessionKind;

  @Field(() => Int, { nullable: true, description: 'ADD_SESSION: minutes of the new session (10–300)' })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(300)
  minutes?: number;

  @Field({ nullable: true, description: 'CHANGE_MESOCYCLE_FOCUS / SET_PHASE: the new focus or phase' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  to?: string;
}

@InputType()
export class ApplySuggestionInput extends ReviewRef {
  @Field(() => ID, { description: 'The suggestion id from the review, <KIND>:<weekStart>' })
  @IsString()
  @MaxLength(100)
  suggestionId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Revision of next week’s draft you reviewed, if one exists',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedRevision?: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'The id of next week’s draft you reviewed, with expectedRevision: another draft of the week (yours published and the week drafted again) is PLAN_DRAFT_GONE',
  })
  @IsOptional()
  @IsUUID()
  expectedPlanId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The changesDigest of the suggestion as you read it: when the suggestion’s changes are now otherwise (re-derived since you read it: a session logged, a check-in, another suggestion applied, the day moved on), the apply is refused with CONFLICT SUGGESTION_CHANGED and nothing is written (details: the current changesDigest and planWeekStart; read the review again for the new version). Checked on an edit too (your edit started from the version you read). Omit to apply the suggestion as it is when the apply runs',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  expectedChangesDigest?: string;

  @Field(() => [PlanChangeInput], {
    nullable: true,
    description:
      'Your edit of the suggestion’s changes (validated by applying them); omit to apply as proposed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanChangeInput)
  changes?: PlanChangeInput[];
}

@InputType()
export class DismissSuggestionInput extends ReviewRef {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  suggestionId: string;

  @Field({ nullable: true, description: 'Why (coaches only; never shown to the athlete)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The changesDigest of the suggestion as you read it: a dismissal stands for the week, whatever the engine proposes under this id later, so when the suggestion’s changes are now otherwise the dismissal is refused with CONFLICT SUGGESTION_CHANGED and nothing is written (details: the current changesDigest). Omit to dismiss it as it is',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  expectedChangesDigest?: string;
}

@InputType()
export class RevertSuggestionInput extends ReviewRef {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  suggestionId: string;
}

@InputType()
export class RestoreSuggestionInput extends ReviewRef {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  suggestionId: string;
}

@InputType()
export class SnoozeReviewInput extends ReviewRef {
  @Field({ description: 'Back in the to-do queue on this date (athlete’s zone), after today' })
  @Matches(ISO_DATE, isoDateMessage('until'))
  until: string;
}

@InputType()
export class CompleteReviewInput extends ReviewRef {
  @Field(() => Int, {
    nullable: true,
    description: 'Revision of the draft you reviewed; required when a draft of the week exists',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedRevision?: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'The id of the draft you reviewed, with expectedRevision: another draft of the week (yours published and the week drafted again) is PLAN_DRAFT_GONE, never published',
  })
  @IsOptional()
  @IsUUID()
  expectedPlanId?: string;

  @Field({ nullable: true, description: 'Sent to the athlete in your direct conversation' })
  @IsOptional()
  @IsString()
  @MaxLength(3000)
  message?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Suggestions whose rationale the athlete sees (in the message and on the plan)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  shareSuggestionIds?: string[];

  @Field({ nullable: true, description: 'Idempotency key of the message (a UUID); one is made if omitted' })
  @IsOptional()
  @IsUUID()
  clientMessageId?: string;
}

@ArgsType()
export class ReviewQueueArgs {
  @Field({
    nullable: true,
    description: 'The planned week (Monday); default: the coming week, organization’s zone',
  })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart?: string;

  @Field(() => [ReviewWorkflowStatus], {
    nullable: true,
    description: 'Default: the to-do part (PENDING, IN_PROGRESS, and SNOOZED whose date has come)',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(ReviewWorkflowStatus, { each: true })
  status?: ReviewWorkflowStatus[];

  @Field(() => Int, { defaultValue: DEFAULT_QUEUE_PAGE, description: `1–${MAX_QUEUE_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_QUEUE_PAGE)
  first: number = DEFAULT_QUEUE_PAGE;

  @Field(() => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class AthleteReviewArgs {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field({ nullable: true, description: 'The planned week (Monday); default: the athlete’s coming week' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart?: string;

  @Field({
    defaultValue: false,
    description: 'Re-run the engine now (coaches: stored; admins: the stored one is returned as is)',
  })
  @IsBoolean()
  fresh: boolean = false;
}

@InputType()
export class GenerateReviewsInput {
  @Field({ nullable: true, description: 'The planned week (Monday); default: the coming week' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these athletes (default: all in your scope)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  athleteIds?: string[];

  @Field({
    defaultValue: false,
    description: 'Generate within this request (small rosters, scripts) instead of on the job queue',
  })
  @IsBoolean()
  wait: boolean = false;
}
