import { Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { PlansModule } from '../plans/plans.module';
import { ReviewClock } from './review-clock';
import { ReviewDataLoader } from './review-data.loader';
import { ReviewGenerator } from './review-generator.service';
import { ReviewHistoryResolver } from './review-history.resolver';
import { ReviewHistoryService } from './review-history.service';
import { PlanRationalesResolver, ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';
import { WeeklyReviewStore } from './weekly-review.store';

@Module({
  imports: [PlansModule, ChatModule],
  providers: [
    ReviewClock,
    ReviewDataLoader,
    WeeklyReviewStore,
    ReviewGenerator,
    ReviewsService,
    ReviewsResolver,
    PlanRationalesResolver,
    ReviewHistoryService,
    ReviewHistoryResolver,
  ],
  exports: [ReviewGenerator, ReviewClock, ReviewsService],
})
export class ReviewsModule {}
