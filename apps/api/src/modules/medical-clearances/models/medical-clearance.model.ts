import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReviewRegeneration } from '../../../graphql/enums';

export { ReviewRegeneration };

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

  @Field(() => ReviewRegeneration, {
    nullable: true,
    description:
      'Only in recordMedicalClearance’s answer (null when read): whether the stored review of the coming week already answers this clearance',
  })
  reviewRegeneration?: ReviewRegeneration | null;
}
