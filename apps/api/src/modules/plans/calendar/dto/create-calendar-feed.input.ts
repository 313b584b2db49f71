import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class CreateCalendarFeedInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;
}
