import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, localDateIn, weekStartOf } from '@app/common';
import { reviewAthlete } from '@app/engine';
import { ReviewDataLoader } from './review-data.loader';
import { toReviewInput } from './review-input.mapper';
import { digestOf } from './review-model.mapper';
import { GenerationResult, WeeklyReviewStore } from './weekly-review.store';

export interface GenerationOutcome {
  athleteId: string;
  organizationId: string;
  weekStart: string;
  result: GenerationResult | 'NOT_COMING_WEEK';
  reviewId: string | null;
  newlyUrgent: string[];
}

/** The week a review made on the athlete's local `today` plans: the Monday after today's week. */
export const comingWeekOf = (today: string) => addDays(weekStartOf(today), 7);

/**
 * Runs the engine for athletes and stores their reviews. For a planned week `weekStart`, the engine
 * reviews as of the day before it at the latest (data after is ignored), so an athlete already in the
 * new week (Auckland on the organization's Sunday afternoon) gets the same review as on their Sunday.
 */
@Injectable()
export class ReviewGenerator {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly loader: ReviewDataLoader,
    private readonly store: WeeklyReviewStore,
  ) {}

  generate(athleteIds: string[], now: Date, weekStart?: string): Promise<GenerationOutcome[]> {
    return this.db.transaction((em) => this.generateIn(em, athleteIds, now, weekStart));
  }

  async generateIn(
    em: EntityManager,
    athleteIds: string[],
    now: Date,
    weekStart?: string,
  ): Promise<GenerationOutcome[]> {
    const data = await this.loader.load(athleteIds, now, em);
    const out: GenerationOutcome[] = [];
    for (const d of data.values()) {
      const today = localDateIn(d.athlete.tz, now);
      const reviewDate = weekStart && addDays(weekStart, -1) < today ? addDays(weekStart, -1) : today;
      const week = comingWeekOf(reviewDate);
      const base = { athleteId: d.athlete.id, organizationId: d.athlete.organization_id!, weekStart: week };
      if (weekStart && week !== weekStart) {
        out.push({ ...base, weekStart, result: 'NOT_COMING_WEEK', reviewId: null, newlyUrgent: [] });
        continue;
      }
      const input = toReviewInput(d, reviewDate);
      const review = reviewAthlete(input);
      const saved = await this.store.save(em, {
        organizationId: base.organizationId,
        athleteId: base.athleteId,
        weekStart: week,
        review,
        digest: digestOf(input),
        now,
      });
      out.push({ ...base, result: saved.result, reviewId: saved.reviewId, newlyUrgent: saved.newlyUrgent });
    }
    return out;
  }
}
