import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RevokeCalendarFeedInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;
}
