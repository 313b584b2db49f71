import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ISO_DATE, isoDateMessage } from '../../../graphql/iso-date';

export const CLEARANCE_NOTE_MAX = 500;

@InputType()
export class RecordMedicalClearanceInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field({
    description:
      'The day the doctor cleared the athlete (YYYY-MM-DD, the athlete’s local date): not in the future, at most a year back',
  })
  @Matches(ISO_DATE, isoDateMessage('clearedOn'))
  clearedOn: string;

  @Field({ nullable: true, description: `Up to ${CLEARANCE_NOTE_MAX} characters` })
  @IsOptional()
  @IsString()
  @MaxLength(CLEARANCE_NOTE_MAX)
  note?: string;
}

@ArgsType()
export class MedicalClearanceArgs {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;
}
