import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { WeeklyPlanModel } from '../plans/models/plan.models';
import {
  ApplySuggestionInput,
  AthleteReviewArgs,
  CompleteReviewInput,
  DismissSuggestionInput,
  GenerateReviewsInput,
  RestoreSuggestionInput,
  ReviewQueueArgs,
  RevertSuggestionInput,
  SnoozeReviewInput,
} from './dto/review.inputs';
import {
  ApplySuggestionResultModel,
  AthleteReviewModel,
  CompleteReviewResultModel,
  ReviewGenerationResultModel,
  ReviewQueueModel,
  SharedRationaleModel,
} from './models/review.models';
import { ReviewsService } from './reviews.service';

@Resolver()
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @Query(() => ReviewQueueModel, {
    description:
      'Coach (their athletes) or admin (counts and statuses): the stored reviews of a week, most urgent first',
  })
  reviewQueue(@CurrentAuth() ctx: AuthContext, @Args() args: ReviewQueueArgs): Promise<ReviewQueueModel> {
    return this.reviews.queue(ctx, args);
  }

  @Query(() => AthleteReviewModel, {
    description: 'Staff: an athlete’s stored review of a week (generated when missing; `fresh` re-runs it)',
  })
  athleteReview(
    @CurrentAuth() ctx: AuthContext,
    @Args() args: AthleteReviewArgs,
  ): Promise<AthleteReviewModel> {
    return this.reviews.review(ctx, args);
  }

  @Mutation(() => ApplySuggestionResultModel, {
    description: 'Coach: apply a suggestion (optionally edited) to the plan; version-checked, all-or-nothing',
  })
  applySuggestion(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: ApplySuggestionInput,
  ): Promise<ApplySuggestionResultModel> {
    return this.reviews.apply(ctx, input);
  }

  @Mutation(() => AthleteReviewModel, { description: 'Coach: dismiss a suggestion for the week' })
  dismissSuggestion(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: DismissSuggestionInput,
  ): Promise<AthleteReviewModel> {
    return this.reviews.dismiss(ctx, input);
  }

  @Mutation(() => ApplySuggestionResultModel, {
    description: 'Coach: undo an applied suggestion (CONFLICT naming what changed the plan since)',
  })
  revertSuggestion(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: RevertSuggestionInput,
  ): Promise<ApplySuggestionResultModel> {
    return this.reviews.revert(ctx, input);
  }

  @Mutation(() => AthleteReviewModel, {
    description:
      'Coach: undo a dismissal while the review is open: the suggestion is proposed again, as the engine proposes it on the plan as it is now (CONFLICT SUGGESTION_NO_LONGER_PROPOSED when it no longer does; it stays dismissed)',
  })
  restoreSuggestion(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: RestoreSuggestionInput,
  ): Promise<AthleteReviewModel> {
    return this.reviews.restore(ctx, input);
  }

  @Mutation(() => AthleteReviewModel, { description: 'Coach: put a review aside until a date' })
  snoozeReview(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: SnoozeReviewInput,
  ): Promise<AthleteReviewModel> {
    return this.reviews.snooze(ctx, input);
  }

  @Mutation(() => CompleteReviewResultModel, {
    description: 'Coach: publish the week’s plan, mark the review DONE, optionally message the athlete',
  })
  completeReview(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: CompleteReviewInput,
  ): Promise<CompleteReviewResultModel> {
    return this.reviews.complete(ctx, input);
  }

  @Mutation(() => ReviewGenerationResultModel, {
    description: 'Admin (organization) or coach (their athletes): generate the week’s reviews now',
  })
  generateReviews(
    @CurrentAuth() ctx: AuthContext,
    @Args('input', { nullable: true }) input?: GenerateReviewsInput,
  ): Promise<ReviewGenerationResultModel> {
    return this.reviews.generateNow(ctx, input ?? { wait: false });
  }

  @Query(() => ReviewGenerationResultModel, { description: 'Staff: progress of a generateReviews run' })
  reviewGeneration(
    @CurrentAuth() ctx: AuthContext,
    @Args('runId', { type: () => ID }, ParseUUIDPipe) runId: string,
  ): Promise<ReviewGenerationResultModel> {
    return this.reviews.generationProgress(ctx, runId);
  }
}

/** What the athlete sees on their plan: the rationales their coach chose to share. */
@Resolver(() => WeeklyPlanModel)
export class PlanRationalesResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @ResolveField(() => [SharedRationaleModel], {
    description:
      'Why the week looks as it does: the review suggestions the coach shared with the athlete (the athlete reads their athleteText only)',
  })
  sharedRationales(
    @CurrentAuth() ctx: AuthContext,
    @Parent() plan: WeeklyPlanModel,
  ): Promise<SharedRationaleModel[]> {
    return this.reviews.sharedRationales(ctx, plan.athleteId, plan.weekStart);
  }
}
