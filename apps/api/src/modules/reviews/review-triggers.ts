import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AthleteChange, AthleteChangeHooks } from '../training/athlete-change-hooks';
import { ChatNotifier } from '../chat/chat.notifier';
import { ReviewClock } from './review-clock';
import { ReviewGenerator } from './review-generator.service';
import { ReviewsService } from './reviews.service';
import { WeeklyReviewStore } from './weekly-review.store';

/** Changes of one athlete within this window re-run their review once. */
export const REVIEW_RERUN_DEBOUNCE_MS = 300;

/**
 * Mid-week: an illness check-in, a confirmed context event or a proposal from the athlete's message
 * re-runs that athlete's review of the coming week at once (debounced per athlete, in this process).
 * When it brings a new URGENT suggestion the athlete's coaches get `review:updated` over Socket.IO;
 * a proposal always sends `context:proposed`. Decisions already taken are kept (see WeeklyReviewStore).
 */
@Injectable()
export class ReviewTriggers implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReviewTriggers.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly hooks: AthleteChangeHooks,
    private readonly generator: ReviewGenerator,
    private readonly store: WeeklyReviewStore,
    private readonly clock: ReviewClock,
    private readonly notifier: ChatNotifier,
    private readonly reviews: ReviewsService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((athleteId, change) => this.changed(athleteId, change));
  }

  onApplicationShutdown(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private async changed(athleteId: string, change: AthleteChange): Promise<void> {
    if (change.kind === 'CONTEXT_PROPOSED') {
      const coaches = await this.reviews.coachesOf(athleteId);
      this.notifier.contextProposed({ athleteId, contextEventIds: change.contextEventIds }, coaches);
    }
    clearTimeout(this.timers.get(athleteId));
    this.timers.set(
      athleteId,
      setTimeout(() => {
        this.timers.delete(athleteId);
        this.rerun(athleteId).catch((e: unknown) =>
          this.logger.error(`re-running the review of ${athleteId} failed: ${String(e)}`),
        );
      }, REVIEW_RERUN_DEBOUNCE_MS),
    );
  }

  async rerun(athleteId: string): Promise<void> {
    const [o] = await this.generator.generate([athleteId], this.clock.now());
    if (!o?.reviewId || (o.result !== 'CREATED' && o.result !== 'UPDATED')) return;
    if (!o.newlyUrgent.length) return;
    const row = await this.store.findById(o.reviewId);
    if (!row) return;
    const coaches = await this.reviews.coachesOf(athleteId);
    this.notifier.reviewUpdated(
      {
        athleteId,
        weekStart: row.weekStart,
        reviewId: row.id,
        status: row.engineStatus,
        urgency: row.priority,
        newlyUrgent: o.newlyUrgent,
      },
      coaches,
    );
  }
}
