import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ReviewDataLoader } from './review-data.loader';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [PlansModule],
  providers: [ReviewDataLoader, ReviewsService, ReviewsResolver],
})
export class ReviewsModule {}
