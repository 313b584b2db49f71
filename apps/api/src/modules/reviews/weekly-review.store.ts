import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import {
  SuggestionState,
  WeeklyReviewEntity,
  WeeklyReviewStatus,
  WeeklyReviewSuggestionEntity,
} from '@app/db';
import { Review } from '@app/engine';
import { ENGINE_VERSION, priorityOf, readinessOf, snapshotOf } from './review-model.mapper';

import { canonical } from './changes-digest';

export { canonical };

export type GenerationResult = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'KEPT_DONE';

export interface ReviewToSave {
  organizationId: string;
  athleteId: string;
  /** The week the review plans (Monday). */
  weekStart: string;
  review: Review;
  digest: string;
  now: Date;
}

export interface SavedReview {
  reviewId: string;
  result: GenerationResult;
  /** URGENT suggestions proposed now that were not proposed before this generation. */
  newlyUrgent: string[];
}

/** Stored weekly reviews and their suggestions: every write the workflow makes goes through here. */
@Injectable()
export class WeeklyReviewStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<WeeklyReviewEntity | null> {
    return this.db.getRepository(WeeklyReviewEntity).findOne({ where: { id } });
  }

  /** Stores one generation of a review: `saveMany` with a batch of one. */
  async save(em: EntityManager, r: ReviewToSave): Promise<SavedReview> {
    const [saved] = await this.saveMany(em, [r]);
    return saved;
  }

  /**
   * Stores a generation of reviews, in a handful of statements whatever the batch's size (a first
   * generation takes two: the reviews, then their suggestions). A DONE review is never touched; the same
   * input from the same engine changes nothing. Otherwise the snapshot is replaced and suggestions are
   * merged: the ones the coach acted on stay as they are (never proposed again), a proposed one the engine
   * now words or computes differently is SUPERSEDED by its new version, one the engine no longer makes is
   * SUPERSEDED. Every review's row is locked first (the upsert, in athlete order, so two batches that share
   * athletes never deadlock), so concurrent writes to one review serialise; which generation writes last is
   * decided before, by the generation lock the generator takes before it reads (ReviewGenerator.lock).
   * Results come back in the order of `batch`.
   */
  async saveMany(em: EntityManager, batch: readonly ReviewToSave[]): Promise<SavedReview[]> {
    if (!batch.length) return [];
    const keyOf = (athleteId: string, weekStart: string) => `${athleteId}|${weekStart}`;
    const prepared = batch.map((r) => {
      const days = r.review.metrics.daysSinceContact.value;
      const daysSinceContact = days === null ? null : Math.round(days);
      const suggestions = r.review.suggestions.map((s) => ({
        s,
        payload: JSON.parse(JSON.stringify(s)) as object,
      }));
      return {
        r,
        key: keyOf(r.athleteId, r.weekStart),
        daysSinceContact,
        suggestions,
        // A new review's priority: every suggestion is proposed.
        priority: priorityOf(
          r.review.status,
          suggestions.map((x) => ({ state: SuggestionState.PROPOSED, severity: x.s.severity })),
          daysSinceContact,
          r.review.metrics.readiness,
        ),
      };
    });
    const rows = [...prepared]
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((p) => ({
        organization_id: p.r.organizationId,
        athlete_id: p.r.athleteId,
        week_start: p.r.weekStart,
        engine_status: p.r.review.status,
        priority: p.priority,
        days_since_contact: p.daysSinceContact,
        input_digest: p.r.digest,
        output: snapshotOf(p.r.review),
        generated_at: p.r.now.toISOString(),
      }));
    // Inserted or re-generated rows come back; a DONE or unchanged review is locked but not returned.
    const written: Array<{ id: string; athlete_id: string; week_start: string; inserted: boolean }> =
      await em.query(
        `INSERT INTO weekly_review (organization_id, athlete_id, week_start, status, engine_status, priority,
                                    days_since_contact, engine_version, input_digest, output, generated_at)
         SELECT v.organization_id, v.athlete_id, v.week_start, 'PENDING', v.engine_status, v.priority,
                v.days_since_contact, $2, v.input_digest, v.output, v.generated_at
           FROM jsonb_to_recordset($1::jsonb) AS v(organization_id uuid, athlete_id uuid, week_start date,
                engine_status varchar, priority int, days_since_contact int, input_digest char(64), output jsonb,
                generated_at timestamptz)
          ORDER BY v.athlete_id, v.week_start
         ON CONFLICT (athlete_id, week_start) DO UPDATE
            SET engine_status = excluded.engine_status, days_since_contact = excluded.days_since_contact,
                engine_version = excluded.engine_version, input_digest = excluded.input_digest,
                output = excluded.output, generated_at = excluded.generated_at,
                generation = weekly_review.generation + 1, updated_at = now()
          WHERE weekly_review.status <> 'DONE'
            AND (weekly_review.input_digest <> excluded.input_digest
                 OR weekly_review.engine_version <> excluded.engine_version)
         RETURNING id, athlete_id, to_char(week_start, 'YYYY-MM-DD') AS week_start, (xmax = 0) AS inserted`,
        [JSON.stringify(rows), ENGINE_VERSION],
      );
    const byKey = new Map(written.map((w) => [keyOf(w.athlete_id, w.week_start), w]));
    const results = new Map<string, SavedReview>();
    // The others: DONE or unchanged, and the live suggestions of the re-generated ones, in one statement.
    const existing = new Map<string, { id: string; status: WeeklyReviewStatus }>();
    const liveOf = new Map<string, WeeklyReviewSuggestionEntity[]>();
    if (written.length < prepared.length || written.some((w) => !w.inserted)) {
      const found: Array<{
        id: string;
        athlete_id: string;
        week_start: string;
        status: WeeklyReviewStatus;
        s_id: string | null;
        suggestion_id: string;
        severity: string;
        position: number;
        state: SuggestionState;
        suggestion: object;
      }> = await em.query(
        `SELECT r.id, r.athlete_id, to_char(r.week_start, 'YYYY-MM-DD') AS week_start, r.status,
                s.id AS s_id, s.suggestion_id, s.severity, s.position, s.state, s.suggestion
           FROM unnest($1::uuid[], $2::date[]) AS k(athlete_id, week_start)
           JOIN weekly_review r ON r.athlete_id = k.athlete_id AND r.week_start = k.week_start
           LEFT JOIN weekly_review_suggestion s ON s.review_id = r.id AND s.state <> 'SUPERSEDED'
                 AND r.id = ANY($3::uuid[])
          ORDER BY s.position`,
        [
          prepared.map((p) => p.r.athleteId),
          prepared.map((p) => p.r.weekStart),
          written.filter((w) => !w.inserted).map((w) => w.id),
        ],
      );
      for (const f of found) {
        const key = keyOf(f.athlete_id, f.week_start);
        existing.set(key, { id: f.id, status: f.status });
        if (!f.s_id) continue;
        const list = liveOf.get(f.id) ?? [];
        list.push({
          id: f.s_id,
          reviewId: f.id,
          suggestionId: f.suggestion_id,
          severity: f.severity,
          position: f.position,
          state: f.state,
          suggestion: f.suggestion,
        } as WeeklyReviewSuggestionEntity);
        liveOf.set(f.id, list);
      }
    }
    const supersede: string[] = [];
    const inserts: Array<{
      review_id: string;
      suggestion_id: string;
      kind: string;
      severity: string;
      position: number;
      suggestion: object;
    }> = [];
    const moved: Array<{ id: string; position: number }> = [];
    const priorities: Array<{ id: string; priority: number }> = [];
    for (const p of prepared) {
      const w = byKey.get(p.key);
      if (!w) {
        const e = existing.get(p.key);
        if (!e) throw new Error(`weekly review of ${p.key} neither written nor found`);
        results.set(p.key, {
          reviewId: e.id,
          result: e.status === WeeklyReviewStatus.DONE ? 'KEPT_DONE' : 'UNCHANGED',
          newlyUrgent: [],
        });
        continue;
      }
      const live = w.inserted ? [] : (liveOf.get(w.id) ?? []);
      const byId = new Map(live.map((s) => [s.suggestionId, s]));
      const seen = new Set<string>();
      const newlyUrgent: string[] = [];
      const after: Array<Pick<WeeklyReviewSuggestionEntity, 'state' | 'severity'>> = [];
      p.suggestions.forEach(({ s, payload }, position) => {
        seen.add(s.id);
        const ex = byId.get(s.id);
        if (ex && ex.state !== SuggestionState.PROPOSED) return; // the coach decided: kept as decided
        if (ex && canonical(ex.suggestion) === canonical(payload)) {
          if (ex.position !== position) moved.push({ id: ex.id, position });
          after.push(ex);
          return;
        }
        if (ex) supersede.push(ex.id);
        if (s.severity === 'URGENT' && !(ex && ex.severity === 'URGENT')) newlyUrgent.push(s.id);
        inserts.push({
          review_id: w.id,
          suggestion_id: s.id,
          kind: s.kind,
          severity: s.severity,
          position,
          suggestion: payload,
        });
        after.push({ state: SuggestionState.PROPOSED, severity: s.severity });
      });
      for (const ex of live) {
        if (ex.state === SuggestionState.PROPOSED && !seen.has(ex.suggestionId)) supersede.push(ex.id);
        else if (ex.state !== SuggestionState.PROPOSED) after.push(ex);
      }
      if (!w.inserted) {
        priorities.push({
          id: w.id,
          priority: priorityOf(p.r.review.status, after, p.daysSinceContact, p.r.review.metrics.readiness),
        });
      }
      results.set(p.key, { reviewId: w.id, result: w.inserted ? 'CREATED' : 'UPDATED', newlyUrgent });
    }
    if (supersede.length) {
      await em.query(
        `UPDATE weekly_review_suggestion SET state = 'SUPERSEDED', updated_at = now() WHERE id = ANY($1::uuid[])`,
        [supersede],
      );
    }
    if (inserts.length) {
      await em.query(
        `INSERT INTO weekly_review_suggestion (review_id, suggestion_id, kind, severity, position, state, suggestion)
         SELECT v.review_id, v.suggestion_id, v.kind, v.severity, v.position, 'PROPOSED', v.suggestion
           FROM jsonb_to_recordset($1::jsonb) AS v(review_id uuid, suggestion_id varchar, kind varchar,
                severity varchar, position int, suggestion jsonb)`,
        [JSON.stringify(inserts)],
      );
    }
    if (moved.length) {
      await em.query(
        `UPDATE weekly_review_suggestion s SET position = v.position, updated_at = now()
           FROM unnest($1::uuid[], $2::int[]) AS v(id, position) WHERE s.id = v.id`,
        [moved.map((m) => m.id), moved.map((m) => m.position)],
      );
    }
    if (priorities.length) {
      await em.query(
        `UPDATE weekly_review r SET priority = v.priority, updated_at = now()
           FROM unnest($1::uuid[], $2::int[]) AS v(id, priority) WHERE r.id = v.id AND r.priority <> v.priority`,
        [priorities.map((x) => x.id), priorities.map((x) => x.priority)],
      );
    }
    return prepared.map((p) => results.get(p.key)!);
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
      readinessOf(review.output),
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
