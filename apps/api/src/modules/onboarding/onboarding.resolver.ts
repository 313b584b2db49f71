import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { AuthService } from '../../auth/auth.service';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { Public } from '../../auth/decorators/public.decorator';
import { AuthPayloadModel } from '../../auth/models/auth.models';
import { AuthedRequest, clientIp } from '../../auth/request-of';
import { AthleteModel } from '../athletes/models/athlete.model';
import {
  AcceptInvitationInput,
  AssignAthleteInput,
  InviteMemberInput,
  SubmitIntakeInput,
  UnassignAthleteInput,
} from './dto/onboarding.inputs';
import { InvitationCreatedModel, OnboardingQueueModel } from './models/onboarding.models';
import { OnboardingService } from './onboarding.service';

@Resolver()
export class OnboardingResolver {
  constructor(
    private readonly onboarding: OnboardingService,
    private readonly auth: AuthService,
  ) {}

  @Mutation(() => InvitationCreatedModel, { description: 'Admin: invite a coach, athlete or admin' })
  async inviteMember(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: InviteMemberInput,
  ): Promise<InvitationCreatedModel> {
    const { invitation, token, emailDelivery } = await this.onboarding.invite(ctx, input);
    return { invitation, token, acceptUrl: this.onboarding.acceptUrl(token), emailDelivery };
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Accept an invitation, set a password and sign in' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context('req') req: AuthedRequest,
  ): Promise<AuthPayloadModel> {
    const t = await this.onboarding.accept(input, clientIp(req));
    return { ...t, me: await this.auth.me(t.userId, t.organizationId) };
  }

  @Mutation(() => AthleteModel, { description: 'Athlete: submit the intake questionnaire' })
  submitIntake(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: SubmitIntakeInput,
  ): Promise<AthleteModel> {
    return this.onboarding.submitIntake(ctx, input);
  }

  @Mutation(() => AthleteModel, {
    description:
      'Athlete: they began answering the intake questionnaire (their first answer typed); the first start is kept',
  })
  startIntake(@CurrentAuth() ctx: AuthContext): Promise<AthleteModel> {
    return this.onboarding.startIntake(ctx);
  }

  @Mutation(() => AthleteModel, { description: 'Admin: link an athlete to a coach' })
  assignAthlete(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: AssignAthleteInput,
  ): Promise<AthleteModel> {
    return this.onboarding.assign(ctx, input);
  }

  @Mutation(() => AthleteModel, { description: 'Admin: end a coaching link' })
  unassignAthlete(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: UnassignAthleteInput,
  ): Promise<AthleteModel> {
    return this.onboarding.unassign(ctx, input);
  }

  @Query(() => OnboardingQueueModel, { description: 'Admin: invited, intake pending, without a coach' })
  onboardingQueue(@CurrentAuth() ctx: AuthContext): Promise<OnboardingQueueModel> {
    return this.onboarding.queue(ctx);
  }
}
