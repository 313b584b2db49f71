import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('MedicalClearance', {
  description: 'A doctor’s clearance after a recommended medical check, as the coach recorded it',
})
export class MedicalClearanceModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field({ description: 'The day the doctor cleared the athlete (YYYY-MM-DD)' })
  clearedOn: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID)
  recordedByUserId: string;

  @Field()
  recordedByName: string;

  @Field()
  createdAt: Date;
}
