import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'IANA time zone, the default for its athletes' })
  timezone: string;

  @Field(() => Int, {
    description: 'Weekday the weekly reviews are generated, in its time zone: 0 = Monday … 6 = Sunday',
  })
  reviewWeekday: number;

  @Field({ description: 'Local time the weekly reviews are generated, HH:MM' })
  reviewTime: string;

  @Field()
  createdAt: Date;
}

@ObjectType('OrganizationCoach', { description: 'A coach of the organization (admins list them)' })
export class OrganizationCoachModel {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => Int, { description: 'Athletes currently assigned to this coach' })
  athleteCount: number;

  @Field({ description: 'Also an admin of the organization' })
  isAdmin: boolean;
}
