import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, localDateIn, weekStartOf } from '@app/common';
import { isDatabaseUnavailable } from '@app/db';
import { reviewAthlete } from '@app/engine';
import { ReviewDataLoader } from './review-data.loader';
import { AthleteData, toReviewInput } from './review-input.mapper';
import { digestOf } from './review-model.mapper';
import { GenerationResult, ReviewToSave, WeeklyReviewStore } from './weekly-review.store';

export interface GenerationOutcome {
  athleteId: string;
  organizationId: string;
  weekStart: string;
  /** FAILED: only from `generateIsolated`, which records an athlete's error instead of throwing it. */
  result: GenerationResult | 'NOT_COMING_WEEK' | 'FAILED';
  reviewId: string | null;
  newlyUrgent: string[];
  error?: string;
}

/** The week a review made on the athlete's local `today` plans: the Monday after today's week. */
export const comingWeekOf = (today: string) => addDays(weekStartOf(today), 7);

type Prepared = { outcome: GenerationOutcome; save?: ReviewToSave };

/**
 * Runs the engine for athletes and stores their reviews. For a planned week `weekStart`, the engine
 * reviews as of the day before it at the latest (data after is ignored), so an athlete already in the
 * new week (Auckland on the organization's Sunday afternoon) gets the same review as on their Sunday.
 * A batch costs a fixed number of statements whatever its size (the loader's reads, the store's writes):
 * one athlete (a mid-week re-run, `athleteReview(fresh)`) goes through the same code as a job's chunk.
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

  /** Reads, reviews and stores in `em` (the caller's transaction); any error is thrown. */
  async generateIn(
    em: EntityManager,
    athleteIds: string[],
    now: Date,
    weekStart?: string,
  ): Promise<GenerationOutcome[]> {
    const data = await this.loader.load(athleteIds, now, em);
    return this.saveAll(
      em,
      [...data.values()].map((d) => this.reviewOne(d, now, weekStart)),
    );
  }

  private async saveAll(em: EntityManager, batch: Prepared[]): Promise<GenerationOutcome[]> {
    const saved = await this.store.saveMany(
      em,
      batch.flatMap((p) => (p.save ? [p.save] : [])),
    );
    let k = 0;
    return batch.map((p) => (p.save ? this.withSaved(p.outcome, saved[k++]) : p.outcome));
  }

  /**
   * A job's batch, each athlete on their own: the reads on the pool (outside any transaction), the engine
   * per athlete (an athlete whose review throws is FAILED, the others go on), the writes in one transaction
   * with `settle` (the caller's bookkeeping, e.g. the run's items). When the batch's writes fail for
   * something else than the database being unavailable, each athlete is written alone, so one bad row
   * fails only its athlete. Database outages are thrown: the whole batch is retried.
   */
  async generateIsolated(
    athleteIds: string[],
    now: Date,
    weekStart: string,
    settle: (em: EntityManager, outcomes: GenerationOutcome[]) => Promise<void>,
    preloaded?: Promise<Map<string, AthleteData>>,
  ): Promise<GenerationOutcome[]> {
    const data = await (preloaded ?? this.loader.load(athleteIds, now));
    const prepared: Prepared[] = [];
    for (const id of athleteIds) {
      const d = data.get(id);
      if (!d) {
        const error = 'athlete not found';
        prepared.push({
          outcome: {
            athleteId: id,
            organizationId: '',
            weekStart,
            result: 'FAILED',
            reviewId: null,
            newlyUrgent: [],
            error,
          },
        });
        continue;
      }
      try {
        prepared.push(this.reviewOne(d, now, weekStart));
      } catch (e) {
        prepared.push({
          outcome: {
            athleteId: d.athlete.id,
            organizationId: d.athlete.organization_id!,
            weekStart,
            result: 'FAILED',
            reviewId: null,
            newlyUrgent: [],
            error: e instanceof Error ? e.message : String(e),
          },
        });
      }
    }
    try {
      return await this.db.transaction(async (em) => {
        const outcomes = await this.saveAll(em, prepared);
        await settle(em, outcomes);
        return outcomes;
      });
    } catch (e) {
      if (isDatabaseUnavailable(e) || prepared.length <= 1) throw e;
    }
    const out: GenerationOutcome[] = [];
    for (const p of prepared) {
      try {
        out.push(
          ...(await this.db.transaction(async (em) => {
            const outcomes = await this.saveAll(em, [p]);
            await settle(em, outcomes);
            return outcomes;
          })),
        );
      } catch (e) {
        if (isDatabaseUnavailable(e)) throw e;
        const failed: GenerationOutcome = {
          ...p.outcome,
          result: 'FAILED',
          reviewId: null,
          newlyUrgent: [],
          error: e instanceof Error ? e.message : String(e),
        };
        await this.db.transaction((em) => settle(em, [failed]));
        out.push(failed);
      }
    }
    return out;
  }

  /** One athlete's review from their data (pure but for the clock passed in): what to store, or why not. */
  reviewOne(d: AthleteData, now: Date, weekStart?: string): Prepared {
    const today = localDateIn(d.athlete.tz, now);
    const reviewDate = weekStart && addDays(weekStart, -1) < today ? addDays(weekStart, -1) : today;
    const week = comingWeekOf(reviewDate);
    const base = { athleteId: d.athlete.id, organizationId: d.athlete.organization_id!, weekStart: week };
    if (weekStart && week !== weekStart) {
      return { outcome: { ...base, weekStart, result: 'NOT_COMING_WEEK', reviewId: null, newlyUrgent: [] } };
    }
    const input = toReviewInput(d, reviewDate);
    const review = reviewAthlete(input);
    return {
      outcome: { ...base, result: 'UNCHANGED', reviewId: null, newlyUrgent: [] },
      save: { ...base, review, digest: digestOf(input), now },
    };
  }

  private withSaved(
    o: GenerationOutcome,
    s: { reviewId: string; result: GenerationResult; newlyUrgent: string[] },
  ): GenerationOutcome {
    return { ...o, result: s.result, reviewId: s.reviewId, newlyUrgent: s.newlyUrgent };
  }
}
