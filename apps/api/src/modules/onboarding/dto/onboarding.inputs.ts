import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../auth/dto/auth.inputs';
import { CoachRole, Role } from '../../../graphql/enums';
import { ISO_DATE } from '../../../graphql/iso-date';

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'For an athlete: the coach to assign on acceptance' })
  @IsOptional()
  @IsUUID()
  coachUserId?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@InputType()
export class IntakeRaceInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: 'ISO local date YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: 'race date must be YYYY-MM-DD' })
  date: string;

  @Field({ description: 'A, B or C' })
  @IsIn(['A', 'B', 'C'], { message: 'race priority must be A, B or C' })
  priority: 'A' | 'B' | 'C';
}

@InputType()
export class SubmitIntakeInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(80)
  yearsRunning: number;

  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(40)
  typicalWeeklyHours: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1440)
  longestRecentSessionMinutes: number;

  @Field()
  @IsString()
  @MaxLength(4000)
  injuryHistory: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  strengths: string[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  weaknesses: string[];

  @Field(() => [Int], { description: 'Exactly 7 values, minutes available Monday..Sunday (0–1440)' })
  @IsArray()
  @ArrayMinSize(7, { message: 'availabilityMinutes needs 7 values, Monday..Sunday' })
  @ArrayMaxSize(7, { message: 'availabilityMinutes needs 7 values, Monday..Sunday' })
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(1440, { each: true })
  availabilityMinutes: number[];

  @Field()
  @IsString()
  @MaxLength(4000)
  lifeConstraints: string;

  @Field()
  @IsString()
  @MaxLength(4000)
  goals: string;

  @Field(() => [IntakeRaceInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => IntakeRaceInput)
  upcomingRaces: IntakeRaceInput[];

  @Field({ nullable: true, description: 'Your IANA time zone, if it differs from the organization’s' })
  @IsOptional()
  @IsTimeZone({ message: 'timezone must be a valid IANA time zone' })
  timezone?: string;
}

@InputType()
export class AssignAthleteInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field(() => ID)
  @IsUUID()
  coachUserId: string;

  @Field(() => CoachRole, { defaultValue: CoachRole.HEAD })
  @IsEnum(CoachRole)
  role: CoachRole;
}

@InputType()
export class UnassignAthleteInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field(() => ID)
  @IsUUID()
  coachUserId: string;
}
