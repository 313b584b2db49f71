import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ISO_DATE, isoDateMessage } from '../../../graphql/iso-date';

@InputType()
export class SetWeekAvailabilityInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Defaults to yourself (a coach may set it for their athlete)',
  })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field({ description: 'Monday of the week, in the athlete’s zone (this week or up to 8 weeks ahead)' })
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart: string;

  @Field(() => [Int], {
    description: 'Exactly 7 values, minutes available Monday..Sunday (0–1440; 0 marks a day off)',
  })
  @IsArray()
  @ArrayMinSize(7, { message: 'minutes needs 7 values, Monday..Sunday' })
  @ArrayMaxSize(7, { message: 'minutes needs 7 values, Monday..Sunday' })
  @IsInt({ each: true, message: 'minutes must be whole numbers' })
  @Min(0, { each: true, message: 'minutes must be between 0 and 1440' })
  @Max(1440, { each: true, message: 'minutes must be between 0 and 1440' })
  minutes: number[];

  @Field({ nullable: true, description: 'Why the week differs ("trip Tue–Thu"), shown to the coach' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class ClearWeekAvailabilityInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to yourself' })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field({ description: 'Monday of the week whose override goes (the intake’s usual week applies again)' })
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart: string;
}

@ArgsType()
export class WeekAvailabilityArgs {
  @Field(() => ID, { nullable: true, description: 'Defaults to yourself' })
  @IsOptional()
  @IsUUID()
  athleteId?: string;

  @Field({ nullable: true, description: 'Monday of the week; defaults to next week in the athlete’s zone' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('weekStart'))
  weekStart?: string;
}
