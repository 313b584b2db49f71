import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../graphql/enums';
import { OrganizationModel } from '../../modules/organizations/models/organization.model';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;
}

@ObjectType('Me')
export class MeModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => OrganizationModel)
  organization: OrganizationModel;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => ID, { nullable: true, description: 'Your athlete record in this organization, if any' })
  athleteId: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Short-lived JWT; send as `Authorization: Bearer <token>`' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single-use; exchange with refreshTokens for a new pair' })
  refreshToken: string;

  @Field()
  refreshTokenExpiresAt: Date;

  @Field(() => MeModel)
  me: MeModel;
}
