import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What recording a clearance did to the athlete's stored review of their coming week. */
export enum ReviewRegeneration {
  GENERATED = 'GENERATED',
  KEPT_DONE = 'KEPT_DONE',
  QUEUED = 'QUEUED',
}

registerEnumType(ReviewRegeneration, {
  name: 'ReviewRegeneration',
  description: 'What recording a clearance did to the athlete’s stored review of their coming week',
  valuesMap: {
    GENERATED: {
      description:
        'Generated again with the clearance before the answer: the stored review is the engine’s answer to it',
    },
    KEPT_DONE: {
      description:
        'The coach had already completed that review: kept as it was (the clearance counts from the next review on)',
    },
    QUEUED: {
      description:
        'Generating it failed: the clearance is saved all the same, and the review is re-run in the background (retried); until then it may still recommend a doctor',
    },
  },
});

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
