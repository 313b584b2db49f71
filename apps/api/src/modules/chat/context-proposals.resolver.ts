import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { ContextEventKind } from '@app/db';
import { toContextEventModel } from '../training/context-events.service';
import { ContextEventModel } from '../training/models/training.models';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { ContextProposalsService } from './context-proposals.service';
import { ISO_DATE } from '../../graphql/iso-date';

@InputType()
export class ConfirmContextEventInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true, description: 'Correct the start date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'startDate must be YYYY-MM-DD' })
  startDate?: string;

  @Field(() => String, { nullable: true, description: 'Correct the end date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'endDate must be YYYY-MM-DD' })
  endDate?: string;

  @Field(() => ContextEventKind, { nullable: true })
  @IsOptional()
  @IsEnum(ContextEventKind)
  kind?: ContextEventKind;
}

@InputType()
export class DismissContextEventInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

// The ContextEvent type and its mapper live with the training data (one GraphQL type).
const toModel = toContextEventModel;

@Resolver(() => ContextEventModel)
export class ContextProposalsResolver {
  constructor(private readonly proposals: ContextProposalsService) {}

  @Query(() => [ContextEventModel], {
    description: 'Context proposed from the athlete’s chat messages, awaiting a coach',
  })
  async proposedContextEvents(
    @CurrentAuth() ctx: AuthContext,
    @Args('athleteId', { type: () => ID }, ParseUUIDPipe) athleteId: string,
  ): Promise<ContextEventModel[]> {
    return (await this.proposals.proposed(ctx, athleteId)).map(toModel);
  }

  @Mutation(() => ContextEventModel)
  async confirmContextEvent(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: ConfirmContextEventInput,
  ): Promise<ContextEventModel> {
    return toModel(await this.proposals.confirm(ctx, input));
  }

  @Mutation(() => ContextEventModel)
  async dismissContextEvent(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: DismissContextEventInput,
  ): Promise<ContextEventModel> {
    return toModel(await this.proposals.dismiss(ctx, input.id));
  }
}
