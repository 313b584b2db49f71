import { Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { PlansModule } from '../plans/plans.module';
import { ReviewHistoryResolver } from './review-history.resolver';
import { ReviewHistoryService } from './review-history.service';
import { ReviewJobsModule } from './review-jobs.module';
import { ReviewPlanSync } from './review-plan-sync';
import { PlanRationalesResolver, ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';
import { ReviewTriggers } from './review-triggers';

@Module({
  imports: [PlansModule, ChatModule, ReviewJobsModule],
  providers: [
    ReviewsService,
    ReviewsResolver,
    PlanRationalesResolver,
    ReviewTriggers,
    ReviewPlanSync,
    ReviewHistoryService,
    ReviewHistoryResolver,
  ],
  exports: [ReviewsService],
})
export class ReviewsModule {}
