import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { WeeklyPlanModel } from '../plans/models/plan.models';
import { ApplySuggestionInput, DismissSuggestionInput } from './dto/review.inputs';
import { AthleteReviewModel } from './models/review.models';
import { ReviewsService } from './reviews.service';

@Resolver()
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @Query(() => [AthleteReviewModel], { description: 'Coach: one review per athlete, most urgent first' })
  reviewQueue(
    @CurrentAuth() ctx: AuthContext,
    @Args('first', { type: () => Int, defaultValue: 200 }) first: number,
  ): Promise<AthleteReviewModel[]> {
    return this.reviews.queue(ctx, Math.max(1, Math.min(first, 500)));
  }

  @Query(() => AthleteReviewModel, { description: 'Staff: the engine’s review of an athlete for next week' })
  athleteReview(
    @CurrentAuth() ctx: AuthContext,
    @Args('athleteId', { type: () => ID }, ParseUUIDPipe) athleteId: string,
  ): Promise<AthleteReviewModel> {
    return this.reviews.review(ctx, athleteId);
  }

  @Mutation(() => WeeklyPlanModel, { description: 'Coach: apply a suggestion to next week’s draft' })
  applySuggestion(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: ApplySuggestionInput,
  ): Promise<WeeklyPlanModel> {
    return this.reviews.apply(ctx, input);
  }

  @Mutation(() => AthleteReviewModel, { description: 'Coach: dismiss a suggestion for this week' })
  dismissSuggestion(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: DismissSuggestionInput,
  ): Promise<AthleteReviewModel> {
    return this.reviews.dismiss(ctx, input);
  }
}
