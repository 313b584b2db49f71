import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EmailDelivery, Role } from '../../../graphql/enums';
import { AthleteModel } from '../../athletes/models/athlete.model';

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  coachUserId: string | null;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('InvitationCreated')
export class InvitationCreatedModel {
  @Field(() => InvitationModel)
  invitation: InvitationModel;

  @Field({ description: 'The single-use secret; shown once. Send it to the invitee.' })
  token: string;

  @Field({ description: 'Where the invitee accepts (the token in the URL fragment)' })
  acceptUrl: string;

  @Field(() => EmailDelivery, {
    description:
      'Whether the invitee was e-mailed the link. Unless SENT, forward `acceptUrl` yourself (the invitation stands).',
  })
  emailDelivery: EmailDelivery;
}

@ObjectType('OnboardingQueue')
export class OnboardingQueueModel {
  @Field(() => [InvitationModel], { description: 'Invited, not yet accepted, not expired' })
  invited: InvitationModel[];

  @Field(() => [AthleteModel], { description: 'Joined, intake questionnaire not submitted' })
  intakePending: AthleteModel[];

  @Field(() => [AthleteModel], { description: 'Athletes with no active coach' })
  unassigned: AthleteModel[];
}
