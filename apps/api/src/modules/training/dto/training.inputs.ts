import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateIf,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ContextEventKind,
  ContextEventStatus,
  IllnessStatus,
  RacePriority,
  SessionKind,
} from '../../../graphql/enums';
import { ISO_DATE, isoDateMessage } from '../../../graphql/iso-date';

const Scale = (name: string) => [
  Field(() => Int, { nullable: true, description: `${name}, 1–5 (5 = best)` }),
  IsOptional(),
  IsInt(),
  Min(1, { message: `${name} must be between 1 and 5` }),
  Max(5, { message: `${name} must be between 1 and 5` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const d of decorators) d(target, key);
  };

/**
 * A day's check-in. The day's first one creates it; a later one changes only the fields it carries: an omitted field
 * keeps the saved answer, an explicit null clears it. A check-in with no answer left is refused (CHECK_IN_EMPTY).
 */
@InputType({
  description:
    'The day’s first check-in creates it; later ones change only the fields sent: an omitted field keeps its saved ' +
    'value, null clears it. Refused with BAD_USER_INPUT / CHECK_IN_EMPTY if no answer would be left (no hours, ' +
    'rating, reading or note, and illness NONE).',
})
export class UpsertCheckInInput {
  @Field({ nullable: true, description: 'Defaults to the athlete’s local today; never in the future' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('date'))
  date?: string;

  @Field(() => Float, { nullable: true, description: 'Hours slept, 0–24' })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'sleepHours must be between 0 and 24' })
  @Max(24, { message: 'sleepHours must be between 0 and 24' })
  sleepHours?: number;

  @apply(Scale('sleepQuality'))
  sleepQuality?: number;

  @Field(() => Float, { nullable: true, description: 'Morning rMSSD in ms, 5–300' })
  @IsOptional()
  @IsNumber()
  @Min(5, { message: 'rmssd must be between 5 and 300 ms' })
  @Max(300, { message: 'rmssd must be between 5 and 300 ms' })
  rmssd?: number;

  @Field(() => Int, { nullable: true, description: 'Resting heart rate, 25–120 bpm' })
  @IsOptional()
  @IsInt()
  @Min(25, { message: 'restingHr must be between 25 and 120' })
  @Max(120, { message: 'restingHr must be between 25 and 120' })
  restingHr?: number;

  @apply(Scale('soreness'))
  soreness?: number;

  @apply(Scale('fatigue'))
  fatigue?: number;

  @apply(Scale('stress'))
  stress?: number;

  @apply(Scale('mood'))
  mood?: number;

  @Field(() => IllnessStatus, {
    nullable: true,
    description: 'Omit to keep the saved value (NONE on the day’s first check-in); cannot be null',
  })
  @ValidateIf((_: unknown, v: unknown) => v !== undefined)
  @IsEnum(IllnessStatus, { message: 'illness must be NONE, ABOVE_NECK or BELOW_NECK_OR_FEVER' })
  illness?: IllnessStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class LogSessionInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to yourself; coaches name their athlete' })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field({ nullable: true, description: 'Defaults to the athlete’s local today; never in the future' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('date'))
  date?: string;

  @Field(() => SessionKind)
  @IsEnum(SessionKind)
  kind: SessionKind;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'minutes must be between 1 and 1440' })
  @Max(1440, { message: 'minutes must be between 1 and 1440' })
  minutes: number;

  @Field(() => Float, { description: 'Session RPE 0–10' })
  @IsNumber()
  @Min(0, { message: 'srpe must be between 0 and 10' })
  @Max(10, { message: 'srpe must be between 0 and 10' })
  srpe: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(25)
  @Max(230)
  averageHr?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  distanceMeters?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  plannedSessionId?: string;
}

@InputType()
export class UpdateLoggedSessionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({
    nullable: true,
    description:
      'The day it was done, moved (never in the future). Moved out of the week of its planned session, the link goes',
  })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('date'))
  date?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'srpe must be between 0 and 10' })
  @Max(10, { message: 'srpe must be between 0 and 10' })
  srpe?: number;

  @Field(() => SessionKind, { nullable: true })
  @IsOptional()
  @IsEnum(SessionKind)
  kind?: SessionKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes?: number;

  @Field(() => String, { nullable: true, description: 'The athlete’s note; null or blank clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  plannedSessionId?: string;
}

@InputType()
export class AddContextEventInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field(() => ContextEventKind)
  @IsEnum(ContextEventKind)
  kind: ContextEventKind;

  @Field()
  @Matches(ISO_DATE, isoDateMessage('startDate'))
  startDate: string;

  @Field({ nullable: true, description: 'Inclusive; omit while open-ended' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('endDate'))
  endDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class UpdateContextEventInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ContextEventKind, { nullable: true })
  @IsOptional()
  @IsEnum(ContextEventKind)
  kind?: ContextEventKind;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('startDate'))
  startDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('endDate'))
  endDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class AddRaceInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field()
  @Matches(ISO_DATE, isoDateMessage('date'))
  date: string;

  @Field(() => RacePriority)
  @IsEnum(RacePriority)
  priority: RacePriority;

  @Field({ description: 'e.g. "marathon", "trail 50k", "5k"' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  kind: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  expectedMinutes: number;
}

@InputType()
export class UpdateRaceInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('date'))
  date?: string;

  @Field(() => RacePriority, { nullable: true })
  @IsOptional()
  @IsEnum(RacePriority)
  priority?: RacePriority;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  expectedMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'The result, after the race' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  resultMinutes?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  resultNote?: string;
}

@ArgsType()
export class AthleteRangeArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to yourself' })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field({ nullable: true, description: 'Default: 27 days before `to`' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('from'))
  from?: string;

  @Field({ nullable: true, description: 'Default: the athlete’s today' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('to'))
  to?: string;
}

@ArgsType()
export class ContextEventsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field(() => ContextEventStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ContextEventStatus)
  status?: ContextEventStatus;
}

@ArgsType()
export class AthleteArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to yourself' })
  @IsOptional()
  @IsUUID()
  athleteId?: string;
}
