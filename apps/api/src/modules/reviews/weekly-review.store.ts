import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import {
  SuggestionState,
  WeeklyReviewEntity,
  WeeklyReviewStatus,
  WeeklyReviewSuggestionEntity,
} from '@app/db';
import { Review, Suggestion } from '@app/engine';
import { ENGINE_VERSION, priorityOf, snapshotOf } from './review-model.mapper';

/** JSON with sorted keys: jsonb reorders keys, so payloads are compared in this form. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type GenerationResult = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'KEPT_DONE';

export interface SavedReview {
  reviewId: string;
  result: GenerationResult;
  /** URGENT suggestions proposed now that were not proposed before this generation. */
  newlyUrgent: string[];
}

/** Stored weekly reviews and their suggestions: every write the workflow makes goes through here. */
@Injectable()
export class WeeklyReviewStore {
  /**
   * Stores a generation of a review. A DONE review is never touched; the same input from the same engine
   * changes nothing. Otherwise the snapshot is replaced and suggestions are merged: the ones the coach
   * acted on stay as they are (never proposed again), a proposed one the engine now words or computes
   * differently is SUPERSEDED by its new version, one the engine no longer makes is SUPERSEDED.
   * The review's row is locked (upsert) first, so concurrent generations of one athlete serialise.
   */
  async save(
    em: EntityManager,
    r: {
      organizationId: string;
      athleteId: string;
      weekStart: string;
      review: Review;
      digest: string;
      now: Date;
    },
  ): Promise<SavedReview> {
    const output = snapshotOf(r.review);
    const daysSinceContact = r.review.metrics.daysSinceContact.value;
    const rows: Array<{
      id: string;
      status: WeeklyReviewStatus;
      engine_version: string;
      input_digest: string;
      inserted: boolean;
    }> = await em.query(
      `INSERT INTO weekly_review (organization_id, athlete_id, week_start, status, engine_status, priority,
                                    days_since_contact, engine_version, input_digest, output, generated_at)
         VALUES ($1, $2, $3, 'PENDING', $4, 0, $5, $6, $7, $8, $9)
         ON CONFLICT (athlete_id, week_start) DO UPDATE SET updated_at = weekly_review.updated_at
         RETURNING id, status, engine_version, input_digest, (xmax = 0) AS inserted`,
      [
        r.organizationId,
        r.athleteId,
        r.weekStart,
        r.review.status,
        daysSinceContact === null ? null : Math.round(daysSinceContact),
        ENGINE_VERSION,
        r.digest,
        output,
        r.now,
      ],
    );
    const row = rows[0];
    if (!row.inserted) {
      if (row.status === WeeklyReviewStatus.DONE)
        return { reviewId: row.id, result: 'KEPT_DONE', newlyUrgent: [] };
      if (row.input_digest === r.digest && row.engine_version === ENGINE_VERSION) {
        return { reviewId: row.id, result: 'UNCHANGED', newlyUrgent: [] };
      }
      await em.query(
        `UPDATE weekly_review SET engine_status = $2, days_since_contact = $3, engine_version = $4, input_digest = $5,
                output = $6, generated_at = $7, generation = generation + 1, updated_at = now()
          WHERE id = $1`,
        [
          row.id,
          r.review.status,
          daysSinceContact === null ? null : Math.round(daysSinceContact),
          ENGINE_VERSION,
          r.digest,
          output,
          r.now,
        ],
      );
    }
    const newlyUrgent = await this.mergeSuggestions(em, row.id, r.review.suggestions);
    await this.updatePriority(em, row.id, r.review.status, daysSinceContact);
    return { reviewId: row.id, result: row.inserted ? 'CREATED' : 'UPDATED', newlyUrgent };
  }

  private async mergeSuggestions(em: EntityManager, reviewId: string, suggestions: readonly Suggestion[]) {
    const repo = em.getRepository(WeeklyReviewSuggestionEntity);
    const live = await repo.find({ where: { reviewId, state: Not(SuggestionState.SUPERSEDED) } });
    const byId = new Map(live.map((s) => [s.suggestionId, s]));
    const supersede: string[] = [];
    const inserts: Array<
      Pick<
        WeeklyReviewSuggestionEntity,
        'reviewId' | 'suggestionId' | 'kind' | 'severity' | 'position' | 'state' | 'suggestion'
      >
    > = [];
    const newlyUrgent: string[] = [];
    const seen = new Set<string>();
    const moved: Array<[string, number]> = [];
    suggestions.forEach((s, position) => {
      seen.add(s.id);
      const ex = byId.get(s.id);
      const payload = JSON.parse(JSON.stringify(s)) as object;
      if (ex && ex.state !== SuggestionState.PROPOSED) return; // the coach decided: kept as decided
      if (ex && canonical(ex.suggestion) === canonical(payload)) {
        if (ex.position !== position) moved.push([ex.id, position]);
        return;
      }
      if (ex) supersede.push(ex.id);
      if (s.severity === 'URGENT' && !(ex && ex.severity === 'URGENT')) newlyUrgent.push(s.id);
      inserts.push({
        reviewId,
        suggestionId: s.id,
        kind: s.kind,
        severity: s.severity,
        position,
        state: SuggestionState.PROPOSED,
        suggestion: payload,
      });
    });
    for (const ex of live) {
      if (ex.state === SuggestionState.PROPOSED && !seen.has(ex.suggestionId)) supersede.push(ex.id);
    }
    if (supersede.length) await repo.update({ id: In(supersede) }, { state: SuggestionState.SUPERSEDED });
    if (inserts.length) await repo.insert(inserts);
    for (const [id, position] of moved) await repo.update({ id }, { position });
    return newlyUrgent;
  }

  async updatePriority(
    em: EntityManager,
    reviewId: string,
    engineStatus?: string,
    daysSinceContact?: number | null,
  ) {
    const review = await em.getRepository(WeeklyReviewEntity).findOneByOrFail({ id: reviewId });
    const live = await this.live(em, [reviewId]);
    const priority = priorityOf(
      engineStatus ?? review.engineStatus,
      live,
      daysSinceContact === undefined ? review.daysSinceContact : daysSinceContact,
    );
    if (priority !== review.priority) {
      await em.getRepository(WeeklyReviewEntity).update({ id: reviewId }, { priority });
    }
    return priority;
  }

  /** Live (not superseded) suggestions of these reviews, in the engine's order. */
  live(em: EntityManager, reviewIds: string[]): Promise<WeeklyReviewSuggestionEntity[]> {
    if (!reviewIds.length) return Promise.resolve([]);
    return em.getRepository(WeeklyReviewSuggestionEntity).find({
      where: { reviewId: In(reviewIds), state: Not(SuggestionState.SUPERSEDED) },
      order: { position: 'ASC' },
    });
  }

  /** The review of an athlete's week, locked for an action when `lock`. */
  find(
    em: EntityManager,
    athleteId: string,
    weekStart: string,
    lock = false,
  ): Promise<WeeklyReviewEntity | null> {
    return em.getRepository(WeeklyReviewEntity).findOne({
      where: { athleteId, weekStart },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}
