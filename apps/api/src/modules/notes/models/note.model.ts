import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NoteVisibility } from '../../../graphql/enums';

@ObjectType('Note')
export class NoteModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field(() => ID)
  authorUserId: string;

  @Field()
  authorName: string;

  @Field(() => NoteVisibility)
  visibility: NoteVisibility;

  @Field()
  body: string;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
