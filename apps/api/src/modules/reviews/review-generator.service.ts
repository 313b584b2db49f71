import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, localDateIn, startOfLocalDate, weekStartOf } from '@app/common';
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
  /**
   * NOT_COMING_WEEK: when the review can be made, the first moment of the athlete's Monday of the week before
   * `weekStart` (they are still in the week before it in their own zone, behind the organization's).
   */
  notBefore?: Date;
}

/** The week a review made on the athlete's local `today` plans: the Monday after today's week. */
export const comingWeekOf = (today: string) => addDays(weekStartOf(today), 7);

/**
 * The local date a review of the week `weekStart` is made as of, for an athlete whose local date is `today`: today, or
 * the Sunday before the week when the athlete is already in it (Auckland on the organization's Sunday evening, or
 * anyone on a Monday catch-up run). Without a week asked for, today (the athlete's coming week).
 */
export const reviewDateOf = (today: string, weekStart?: string): string =>
  weekStart && addDays(weekStart, -1) < today ? addDays(weekStart, -1) : today;

type Prepared = { outcome: GenerationOutcome; save?: ReviewToSave };

/**
 * The first key of the athletes' generation locks (`pg_advisory_xact_lock(REVIEW_GENERATION_LOCK,
 * hashtext(athlete id))`): the two-key space of advisory locks, apart from pg-boss's one-key locks.
 */
export const REVIEW_GENERATION_LOCK = 0x52455647; // 'REVG'

/**
 * Runs the engine for athletes and stores their reviews. For a planned week `weekStart`, the engine
 * reviews as of the day before it at the latest (data after is ignored), so an athlete already in the
 * new week (Auckland on the organization's Sunday afternoon) gets the same review as on their Sunday.
 * A batch costs a fixed number of statements whatever its size (the generation lock, the loader's reads, the
 * store's writes): one athlete (a mid-week re-run, `athleteReview(fresh)`) goes through the same code as a job's
 * chunk.
 *
 * One generation of an athlete at a time, each reading after the one before it committed: every generation
 * (`generateIn`, `generateIsolated`) takes its athletes' generation lock (`lock`) in its write transaction
 * before it reads, and holds it until that transaction ends. Otherwise a generation that read before a change
 * committed (a clearance, a check-in, a suggestion applied) could store its review after, and over, the review
 * the change's own generation stored: the change would be hidden until the next run.
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

  /**
   * Waits for, then holds until `em`'s transaction ends, the generation lock of these athletes: any other
   * generation of one of them (and any coach action on their reviews, see ReviewsService.target) waits for this
   * transaction to commit before it reads. One statement whatever the number of athletes; the locks are taken in
   * the order of their keys, so transactions that share athletes never deadlock on them. A transaction that
   * locks a review's row (a coach action) takes this lock first, as every generation does before it writes.
   */
  async lock(em: EntityManager, athleteIds: readonly string[]): Promise<void> {
    if (!athleteIds.length) return;
    // Outside a transaction the lock would be released as soon as taken: a generation unlocked.
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error('the review generation lock needs a transaction: it is held until that ends');
    }
    await em.query(
      `SELECT pg_advisory_xact_lock($1, k)
         FROM (SELECT DISTINCT hashtext(id::text) AS k FROM unnest($2::uuid[]) AS id ORDER BY k) AS keys`,
      [REVIEW_GENERATION_LOCK, athleteIds],
    );
  }

  /**
   * Reads, reviews and stores in `em` (the caller's transaction), holding the athletes' generation lock from
   * before the read to the transaction's end; any error is thrown.
   */
  async generateIn(
    em: EntityManager,
    athleteIds: string[],
    now: Date,
    weekStart?: string,
  ): Promise<GenerationOutcome[]> {
    // The lock first, then the read: this generation sees every change committed before the one before it.
    await this.lock(em, athleteIds);
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
   * A job's batch, each athlete on their own: in one transaction, the athletes' generation lock, their reads,
   * the engine per athlete (an athlete whose review throws is FAILED, the others go on), the writes and `settle`
   * (the caller's bookkeeping, e.g. the run's items). The reads are in the locked transaction, not before it: a
   * batch that read before another generation of one of its athletes committed would store a stale review over
   * that one's. When the batch fails for something else than the database being unavailable, each athlete is
   * generated alone (read again, under its own lock), so one bad row fails only its athlete. Database outages
   * are thrown: the whole batch is retried.
   */
  async generateIsolated(
    athleteIds: string[],
    now: Date,
    weekStart: string,
    settle: (em: EntityManager, outcomes: GenerationOutcome[]) => Promise<void>,
  ): Promise<GenerationOutcome[]> {
    const organizationOf = new Map<string, string>();
    const generate = (ids: string[]) =>
      this.db.transaction(async (em) => {
        await this.lock(em, ids);
        const data = await this.loader.load(ids, now, em);
        const prepared = ids.map((id) => this.reviewIsolated(id, data.get(id), now, weekStart));
        for (const p of prepared) organizationOf.set(p.outcome.athleteId, p.outcome.organizationId);
        const outcomes = await this.saveAll(em, prepared);
        await settle(em, outcomes);
        return outcomes;
      });
    try {
      return await generate(athleteIds);
    } catch (e) {
      if (isDatabaseUnavailable(e) || athleteIds.length <= 1) throw e;
    }
    const out: GenerationOutcome[] = [];
    for (const id of athleteIds) {
      try {
        out.push(...(await generate([id])));
      } catch (e) {
        if (isDatabaseUnavailable(e)) throw e;
        const failed: GenerationOutcome = {
          athleteId: id,
          organizationId: organizationOf.get(id) ?? '',
          weekStart,
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

  /** `reviewOne` for a job's batch: an athlete not found, or whose review throws, is FAILED. */
  private reviewIsolated(id: string, d: AthleteData | undefined, now: Date, weekStart: string): Prepared {
    const failed = (organizationId: string, error: string): Prepared => ({
      outcome: {
        athleteId: id,
        organizationId,
        weekStart,
        result: 'FAILED',
        reviewId: null,
        newlyUrgent: [],
        error,
      },
    });
    if (!d) return failed('', 'athlete not found');
    try {
      return this.reviewOne(d, now, weekStart);
    } catch (e) {
      return failed(d.athlete.organization_id!, e instanceof Error ? e.message : String(e));
    }
  }

  /** One athlete's review from their data (pure but for the clock passed in): what to store, or why not. */
  reviewOne(d: AthleteData, now: Date, weekStart?: string): Prepared {
    const today = localDateIn(d.athlete.tz, now);
    const reviewDate = reviewDateOf(today, weekStart);
    const week = comingWeekOf(reviewDate);
    const base = { athleteId: d.athlete.id, organizationId: d.athlete.organization_id!, weekStart: week };
    if (weekStart && week !== weekStart) {
      // Only an athlete a few hours behind the organization (zones differ by 26 hours at most) waits for their
      // Monday; a week asked for further ahead stays refused.
      const monday = week < weekStart ? startOfLocalDate(d.athlete.tz, addDays(weekStart, -7)) : undefined;
      const notBefore = monday && monday.getTime() - now.getTime() <= 26 * 3_600_000 ? monday : undefined;
      return {
        outcome: {
          ...base,
          weekStart,
          result: 'NOT_COMING_WEEK',
          reviewId: null,
          newlyUrgent: [],
          notBefore,
        },
      };
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
