import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { ReviewHistoryArgs, SuggestionStatsArgs } from './dto/review-history.inputs';
import { ReviewHistoryEntryModel, SuggestionStatsModel } from './models/review-history.models';
import { ReviewHistoryService } from './review-history.service';

@Resolver()
export class ReviewHistoryResolver {
  constructor(private readonly history: ReviewHistoryService) {}

  @Query(() => [ReviewHistoryEntryModel], {
    description:
      'Staff: an athlete’s past weekly reviews, newest first: what was applied or dismissed, and how the planned week went',
  })
  reviewHistory(
    @CurrentAuth() ctx: AuthContext,
    @Args() args: ReviewHistoryArgs,
  ): Promise<ReviewHistoryEntryModel[]> {
    return this.history.history(ctx, args);
  }

  @Query(() => SuggestionStatsModel, {
    description: 'Coach (their own) or admin: how often each suggestion kind is applied, edited or dismissed',
  })
  suggestionStats(
    @CurrentAuth() ctx: AuthContext,
    @Args() args: SuggestionStatsArgs,
  ): Promise<SuggestionStatsModel> {
    return this.history.stats(ctx, args);
  }
}
