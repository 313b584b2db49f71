import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ISO_DATE, isoDateMessage } from '../../../graphql/iso-date';

@ArgsType()
export class ReviewHistoryArgs {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field(() => Int, { nullable: true, description: 'How many weeks, newest first (1–52, default 12)' })
  @IsOptional()
  @Min(1, { message: 'first must be between 1 and 52' })
  @Max(52, { message: 'first must be between 1 and 52' })
  first?: number;

  @Field({
    nullable: true,
    description: 'Only weeks before this Monday (the last weekStart seen, to page back)',
  })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('before'))
  before?: string;
}

@ArgsType()
export class SuggestionStatsArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Coach whose decisions to count: yourself by default; an admin may name any coach, or leave it out for the organization',
  })
  @IsOptional()
  @IsUUID()
  coachUserId?: string;

  @Field({
    nullable: true,
    description:
      'Admins: count the whole organization (every coach’s decisions, every open suggestion), also when the admin coaches too; not with coachUserId',
  })
  @IsOptional()
  @IsBoolean()
  organization?: boolean;

  @Field({ nullable: true, description: 'First planned week (Monday) counted; default 12 weeks back' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('fromWeek'))
  fromWeek?: string;

  @Field({ nullable: true, description: 'Last planned week (Monday) counted; default the coming week' })
  @IsOptional()
  @Matches(ISO_DATE, isoDateMessage('toWeek'))
  toWeek?: string;
}
