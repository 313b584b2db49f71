import { DynamicModule, Module } from '@nestjs/common';
import { AppConfigService } from '../../config/app-config.service';
import { REVIEW_JOBS_OPTIONS, ReviewJobs, reviewJobsOptionsFrom } from './jobs/review-jobs.service';
import { ReviewRerun } from './jobs/review-rerun.service';
import { ReviewClock } from './review-clock';
import { ReviewDataLoader } from './review-data.loader';
import { ReviewGenerator } from './review-generator.service';
import { WeeklyReviewStore } from './weekly-review.store';

/**
 * Generating reviews: the engine over stored data, the store, and the job queue. Imported by the API's
 * ReviewsModule and by apps/worker, which run the same code.
 */
@Module({
  providers: [
    {
      provide: REVIEW_JOBS_OPTIONS,
      inject: [AppConfigService],
      useFactory: (c: AppConfigService) => reviewJobsOptionsFrom(c),
    },
    ReviewClock,
    ReviewDataLoader,
    WeeklyReviewStore,
    ReviewGenerator,
    ReviewRerun,
    ReviewJobs,
  ],
  exports: [ReviewClock, ReviewDataLoader, WeeklyReviewStore, ReviewGenerator, ReviewRerun, ReviewJobs],
})
export class ReviewJobsModule {
  /** apps/worker: always runs the workers, whatever REVIEW_JOBS_IN_API says (and the schedule unless REVIEW_SCHEDULE=false). */
  static forWorker(): DynamicModule {
    return {
      module: ReviewJobsModule,
      providers: [
        {
          provide: REVIEW_JOBS_OPTIONS,
          inject: [AppConfigService],
          useFactory: (c: AppConfigService) => reviewJobsOptionsFrom(c, 'worker'),
        },
      ],
    };
  }
}
