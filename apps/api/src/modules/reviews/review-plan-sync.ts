import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { addDays } from '@app/common';
import { WeeklyReviewEntity, WeeklyReviewStatus } from '@app/db';
import { ReviewRegeneration } from '../../graphql/enums';
import { PlanWriteFollowUp, PlanWriteHooks, PlanWriteKind, PlanWriter } from '../plans/plan-write-hooks';
import { ReviewRerun } from './jobs/review-rerun.service';
import { ReviewClock } from './review-clock';
import { ReviewGenerator } from './review-generator.service';
import { ReviewsService } from './reviews.service';
import { WeeklyReviewStore } from './weekly-review.store';

/**
 * The stored review follows a coach's plan writes through the API (savePlanDraft, publishPlan), in their
 * transaction: what ReviewsService's `refresh` does after an apply, so that `athleteReview` and the queue never
 * serve suggestions that name sessions the plan no longer has (a saved draft's sessions are new rows).
 *
 * Which review reads the written plan: a draft of week W is the plan the review of W changes; a published plan of
 * W is also the "current week" whose remaining days the review of W + 7 changes. Publishing W's draft leaves the
 * review of W as it was: the published plan is the draft's sessions, under the same ids. A review the coach
 * completed is kept (KEPT_DONE). Decisions already taken are kept (WeeklyReviewStore).
 *
 * When re-deriving fails (the engine throws on this athlete's data, a statement fails), the plan write is kept:
 * the re-derivation runs in a savepoint that is rolled back, the answer says QUEUED, and the mid-week re-run
 * (ReviewRerun: a job, retried) is asked for once the write has committed. Until it runs, the stored review is
 * the one from before (its `generatedAt` older than the plan's `updatedAt`).
 *
 * Once the write has committed, the athlete's coaches are told (`review:decided`, DRAFT_SAVED or PLAN_PUBLISHED) of
 * each stored review whose page shows the written plan: the one that reads it (above) and, for a publish, the review
 * of the plan's own week (its draft, now published), done or not. Their open review pages read the plan and the review
 * again: an apply there would otherwise carry a draft revision that no longer is.
 */
@Injectable()
export class ReviewPlanSync implements OnModuleInit {
  private readonly logger = new Logger(ReviewPlanSync.name);

  constructor(
    private readonly hooks: PlanWriteHooks,
    private readonly store: WeeklyReviewStore,
    private readonly generator: ReviewGenerator,
    private readonly clock: ReviewClock,
    private readonly rerun: ReviewRerun,
    private readonly reviews: ReviewsService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((em, kind, athleteId, weekStart, by) =>
      this.follow(em, kind, athleteId, weekStart, by),
    );
  }

  private async follow(
    em: EntityManager,
    kind: PlanWriteKind,
    athleteId: string,
    weekStart: string,
    by: PlanWriter,
  ): Promise<PlanWriteFollowUp | null> {
    const week = kind === 'DRAFT_SAVED' ? weekStart : addDays(weekStart, 7);
    // The athlete's generation lock, then the review's row, both before the plan: the order every review action
    // takes them in (ReviewsService.target). A generation under way (a background re-run) holds the first and
    // waits for the row in its save: locking the row first would deadlock with it.
    await this.generator.lock(em, [athleteId]);
    const review = await this.store.find(em, athleteId, week, true);
    // (Read only: this write changes nothing in the review of the week published.)
    const ownWeek = kind === 'PUBLISHED' ? await this.store.find(em, athleteId, weekStart) : null;
    const shown = [ownWeek, review].filter((r): r is WeeklyReviewEntity => !!r);
    const tell = () => {
      for (const r of shown)
        if (!(by.tellsOwnWeek && r === ownWeek))
          this.reviews.decided(r, by.userId, kind === 'DRAFT_SAVED' ? 'DRAFT_SAVED' : 'PLAN_PUBLISHED');
    };
    if (!review) return shown.length ? { written: async () => null, committed: tell } : null;
    if (review.status === WeeklyReviewStatus.DONE)
      return { written: async () => ReviewRegeneration.KEPT_DONE, committed: tell };
    let failed = false;
    return {
      written: async (tx) => {
        try {
          // A nested transaction is a savepoint: a failed statement inside rolls back to it, not the write.
          await tx.transaction(async (sp) => {
            await this.generator.generateIn(sp, [athleteId], this.clock.now(), week);
            await this.store.updatePriority(sp, review.id);
          });
          return ReviewRegeneration.GENERATED;
        } catch (e) {
          // If the connection itself is gone, the write's commit fails too and its caller is told (SERVICE_UNAVAILABLE).
          this.logger.warn(
            `re-deriving ${athleteId}'s review of ${week} after a plan write failed; the write is kept, the review re-run in the background: ${String(e)}`,
          );
          failed = true;
          return ReviewRegeneration.QUEUED;
        }
      },
      committed: () => {
        tell();
        if (!failed) return;
        this.rerun
          .request(athleteId)
          .catch((e: unknown) =>
            this.logger.error(
              `asking for ${athleteId}'s review re-run after a plan write failed: ${String(e)}`,
            ),
          );
      },
    };
  }
}
