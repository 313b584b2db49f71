import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CrossTrainingSport, EffortType, PlannedSessionKind, SeasonPhase } from '../../../graphql/enums';
import { ISO_DATE, isoDateMessage } from '../../../graphql/iso-date';

@InputType()
export class EffortInput {
  @Field(() => EffortType)
  @IsEnum(EffortType)
  type: EffortType;

  @Field(() => Int, { description: 'RPE 1–10 or zone 1–5' })
  @IsInt()
  @Min(1)
  @Max(10)
  value: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'ZONE only: the zone model the value is of, 3 or 5 (Z2 of 3 is moderate, Z2 of 5 easy); omit when unsaid. BAD_USER_INPUT INVALID_ZONE_SCALE otherwise',
  })
  @IsOptional()
  @IsInt()
  scale?: number | null;
}

@InputType()
export class IntervalStructureInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  repeats: number;

  @Field(() => Int)
  @IsInt()
  @Min(5)
  @Max(3600)
  workSeconds: number;

  @Field(() => EffortInput)
  @ValidateNested()
  @Type(() => EffortInput)
  workEffort: EffortInput;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(3600)
  recoverySeconds: number;

  @Field(() => EffortInput)
  @ValidateNested()
  @Type(() => EffortInput)
  recoveryEffort: EffortInput;
}

@InputType()
export class PlannedSessionInput {
  @Field({ description: 'A date inside the plan’s week' })
  @Matches(ISO_DATE, isoDateMessage('date'))
  date: string;

  @Field(() => PlannedSessionKind)
  @IsEnum(PlannedSessionKind)
  kind: PlannedSessionKind;

  @Field(() => Int, { description: 'Minutes, 0–600 (0 only for REST)' })
  @IsInt()
  @Min(0)
  @Max(600)
  minutes: number;

  @Field(() => EffortInput)
  @ValidateNested()
  @Type(() => EffortInput)
  effort: EffortInput;

  @Field(() => IntervalStructureInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntervalStructureInput)
  intervals?: IntervalStructureInput;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  purpose: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  key: boolean;

  @Field(() => CrossTrainingSport, {
    nullable: true,
    description: 'CROSS_TRAINING only (BAD_USER_INPUT SPORT_NOT_CROSS_TRAINING on another kind)',
  })
  @IsOptional()
  @IsEnum(CrossTrainingSport)
  sport?: CrossTrainingSport | null;
}

@InputType()
export class SavePlanDraftInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field({ description: 'Monday of the ISO week, in the athlete’s zone' })
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The draft revision you edited. Omit only to start a new draft (none exists yet).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedRevision?: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'The id of the draft you edited, with expectedRevision. A draft of the week that is not this one (yours was published and the week drafted again: its revisions start again at 1) is PLAN_DRAFT_GONE, never overwritten.',
  })
  @IsOptional()
  @IsUUID()
  expectedPlanId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @Field(() => [PlannedSessionInput], {
    nullable: true,
    description: 'The whole week. Omitted on a new draft: copied from the published version.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => PlannedSessionInput)
  sessions?: PlannedSessionInput[];
}

@InputType()
export class PublishPlanInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedRevision: number;
}

@ArgsType()
export class WeekArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to yourself' })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field({ nullable: true, description: 'Monday of the week; default: the athlete’s current week' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart?: string;
}

@InputType()
export class SeasonPhaseInput {
  @Field(() => SeasonPhase)
  @IsEnum(SeasonPhase)
  phase: SeasonPhase;

  @Field()
  @Matches(ISO_DATE, isoDateMessage('startDate'))
  startDate: string;

  @Field()
  @Matches(ISO_DATE, isoDateMessage('endDate'))
  endDate: string;
}

@InputType()
export class MesocycleInput {
  @Field()
  @Matches(ISO_DATE, isoDateMessage('startDate'))
  startDate: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(12)
  weeks: number;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  focus: string;
}

@InputType()
export class SaveSeasonInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => [SeasonPhaseInput])
  @IsArray()
  @ArrayMaxSize(52)
  @ValidateNested({ each: true })
  @Type(() => SeasonPhaseInput)
  phases: SeasonPhaseInput[];

  @Field(() => [MesocycleInput])
  @IsArray()
  @ArrayMaxSize(52)
  @ValidateNested({ each: true })
  @Type(() => MesocycleInput)
  mesocycles: MesocycleInput[];

  @Field(() => Int, { nullable: true, description: 'The version you edited; omit when creating' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
