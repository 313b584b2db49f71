import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { addDays, badInput, conflict, forbidden, isMonday, localDateIn, notFound } from '@app/common';
import {
  ConversationKind,
  PlanStatus,
  ReviewDecisionAction,
  ReviewDecisionEntity,
  Role,
  SuggestionState,
  WeeklyPlanEntity,
  WeeklyReviewEntity,
  WeeklyReviewStatus,
  WeeklyReviewSuggestionEntity,
} from '@app/db';
import { applySuggestion, PlanChange, Suggestion, WeekPlan } from '@app/engine';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { ChatMessage, ReviewDecision } from '../chat/chat.events';
import { ChatNotifier } from '../chat/chat.notifier';
import { ChatRepository, toChatMessage } from '../chat/chat.repository';
import { WeeklyPlanModel } from '../plans/models/plan.models';
import { PlanWriteHooks } from '../plans/plan-write-hooks';
import { PlansService } from '../plans/plans.service';
import {
  ApplySuggestionInput,
  AthleteReviewArgs,
  CompleteReviewInput,
  DismissSuggestionInput,
  GenerateReviewsInput,
  RestoreSuggestionInput,
  ReviewQueueArgs,
  RevertSuggestionInput,
  SnoozeReviewInput,
} from './dto/review.inputs';
import {
  ApplySuggestionResultModel,
  AthleteReviewModel,
  CompleteReviewResultModel,
  ReviewGenerationResultModel,
  ReviewQueueModel,
  SharedRationaleModel,
  SuggestionStateModel,
} from './models/review.models';
import { ReviewClock } from './review-clock';
import { ReviewDataLoader } from './review-data.loader';
import { comingWeekOf, GenerationOutcome, ReviewGenerator } from './review-generator.service';
import { toReviewInput } from './review-input.mapper';
import { athleteTextOf, toEditedChanges, toReviewModel, toStoredSession } from './review-model.mapper';

export { toStoredSession };
import { changesDigestOf } from './changes-digest';
import { canonical, WeeklyReviewStore } from './weekly-review.store';
import { ReviewJobs } from './jobs/review-jobs.service';
import { updatedNotice } from './jobs/review-rerun.service';

/** A keyset cursor: the last item's priority and id. */
const encodeCursor = (priority: number, id: string) => Buffer.from(`${priority}:${id}`).toString('base64url');
function decodeCursor(cursor: string): { priority: number; id: string } {
  const m = /^(-?\d{1,12}):([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput('after is not a cursor this queue returned', 'INVALID_CURSOR');
  return { priority: Number(m[1]), id: m[2] };
}

const ACTED = [SuggestionState.APPLIED, SuggestionState.EDITED_AND_APPLIED];

interface Roster {
  sql: string;
  params: unknown[];
}

/** A stored review of the queue's statement, with its live suggestions. */
interface QueueItemRow {
  review: {
    id: string;
    athlete_id: string;
    name: string;
    /** The athlete's zone (their own, else the organization's). */
    tz: string;
    week_start: string;
    status: WeeklyReviewStatus;
    snoozed_until: string | null;
    engine_status: string;
    priority: number;
    engine_version: string;
    output: object;
    generated_at: string;
    completed_at: string | null;
  };
  live: Array<Omit<WeeklyReviewSuggestionEntity, 'decidedAt'> & { decidedAt: string | null }>;
}

/** The queue's one statement: the week, the counts, the page, and the week that has begun's open reviews. */
interface QueueRow {
  week: string;
  counts: Record<string, number>;
  items: QueueItemRow[];
  earlier: { week: string; count: number; items: QueueItemRow[] } | null;
}

/** The reviews of CTE `cte` (its columns as `p`'s below) with each one's live suggestions, most urgent first, as JSON. */
const queueItemsJson = (cte: string) => `COALESCE((SELECT json_agg(json_build_object(
                         'review', row_to_json(p),
                         'live', (SELECT COALESCE(json_agg(json_build_object(
                                    'id', s.id, 'suggestionId', s.suggestion_id, 'kind', s.kind,
                                    'severity', s.severity, 'position', s.position, 'state', s.state,
                                    'suggestion', s.suggestion, 'editedChanges', s.edited_changes,
                                    'dismissReason', s.dismiss_reason, 'shared', s.shared, 'planId', s.plan_id,
                                    'planBefore', s.plan_before, 'decidedAt', s.decided_at) ORDER BY s.position), '[]'::json)
                                    FROM weekly_review_suggestion s
                                   WHERE s.review_id = p.id AND s.state <> 'SUPERSEDED'))
                         ORDER BY p.priority DESC, p.id DESC) FROM ${cte} p), '[]'::json)`;

/** A stored review's columns as the queue reads them (`r` the review, `m` the roster). */
const QUEUE_COLUMNS = `r.id, r.athlete_id, m.name, m.tz, to_char(r.week_start, 'YYYY-MM-DD') AS week_start, r.status,
                         to_char(r.snoozed_until, 'YYYY-MM-DD') AS snoozed_until, r.engine_status, r.priority,
                         r.engine_version, r.output, r.generated_at, r.completed_at`;

function toQueueItem({ review: r, live }: QueueItemRow, viewer: 'COACH' | 'ADMIN') {
  return toReviewModel(
    {
      id: r.id,
      athleteId: r.athlete_id,
      weekStart: r.week_start,
      status: r.status,
      snoozedUntil: r.snoozed_until,
      engineStatus: r.engine_status,
      priority: r.priority,
      engineVersion: r.engine_version,
      output: r.output,
      generatedAt: new Date(r.generated_at),
      completedAt: r.completed_at ? new Date(r.completed_at) : null,
    } as WeeklyReviewEntity,
    { name: r.name, timezone: r.tz },
    live.map(
      (s) =>
        ({
          ...s,
          reviewId: r.id,
          decidedAt: s.decidedAt ? new Date(s.decidedAt) : null,
        }) as WeeklyReviewSuggestionEntity,
    ),
    viewer,
  );
}

interface Target {
  athleteId: string;
  athleteUserId: string;
  organizationId: string;
  tz: string;
  review: WeeklyReviewEntity;
  live: WeeklyReviewSuggestionEntity[];
}

/**
 * The weekly review workflow on stored reviews: the queue reads them (a fixed number of queries for any
 * roster), coaches act on them (apply, edit and apply, dismiss, revert, snooze, complete), each action in
 * one transaction with the review's row locked. Only an assigned coach acts, never on their own review;
 * admins read statuses and numbers but not the coach's private notes; athletes see only the rationales
 * their coach shared (on the plan, see `sharedRationales`).
 */
@Injectable()
export class ReviewsService {
  private readonly logger = new Logger(ReviewsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly loader: ReviewDataLoader,
    private readonly plans: PlansService,
    private readonly store: WeeklyReviewStore,
    private readonly generator: ReviewGenerator,
    private readonly clock: ReviewClock,
    private readonly chat: ChatRepository,
    private readonly notifier: ChatNotifier,
    private readonly jobs: ReviewJobs,
    private readonly hooks: PlanWriteHooks,
  ) {}

  private async zoneOf(em: EntityManager, athleteId: string): Promise<{ tz: string; userId: string }> {
    const [row] = await em.query<Array<{ tz: string; user_id: string }>>(
      `SELECT COALESCE(a.timezone, o.timezone) AS tz, a.user_id FROM athlete a
         JOIN organization o ON o.id = a.organization_id WHERE a.id = $1`,
      [athleteId],
    );
    return { tz: row.tz, userId: row.user_id };
  }

  private weekOf(weekStart: string | null | undefined, tz: string, now: Date): string {
    // (null, like omitted: a nullable argument sent as null.)
    if (weekStart == null) return comingWeekOf(localDateIn(tz, now));
    if (!isMonday(weekStart)) {
      throw badInput(
        `weekStart ${weekStart} is not a Monday (weeks start on Monday)`,
        'WEEK_START_NOT_MONDAY',
      );
    }
    return weekStart;
  }

  /** Staff: an athlete's stored review of a week, generated first when missing or asked `fresh`. */
  async review(ctx: AuthContext, args: AthleteReviewArgs): Promise<AthleteReviewModel> {
    const now = this.clock.now();
    const { athlete, relation } = await this.policy.staffAccess(ctx, args.athleteId);
    const { tz } = await this.zoneOf(this.db.manager, athlete.id);
    const week = this.weekOf(args.weekStart, tz, now);
    let row = await this.store.find(this.db.manager, athlete.id, week);
    if (!row || (args.fresh && relation === 'COACH')) {
      const [outcome] = await this.generator.generate([athlete.id], now, week);
      if (outcome?.result === 'NOT_COMING_WEEK') {
        throw badInput(
          `No review of the week of ${week} exists, and only the athlete’s coming week can be generated`,
          'WEEK_NOT_REVIEWABLE',
        );
      }
      row = await this.store.find(this.db.manager, athlete.id, week);
    }
    const live = await this.store.live(this.db.manager, [row!.id]);
    const [name] = await this.db.query<Array<{ name: string }>>(
      `SELECT u.name FROM athlete a JOIN app_user u ON u.id = a.user_id WHERE a.id = $1`,
      [athlete.id],
    );
    return toReviewModel(
      row!,
      { name: name.name, timezone: tz },
      live,
      relation === 'COACH' ? 'COACH' : 'ADMIN',
    );
  }

  /** Whose reviews the caller works: a coach their active athletes, an admin (not coaching) the organization. Never themselves. */
  private roster(ctx: AuthContext): Roster {
    if (ctx.roles.has(Role.COACH)) {
      return {
        sql: `SELECT a.id, u.name, COALESCE(a.timezone, o.timezone) AS tz
                FROM coach_assignment ca JOIN athlete a ON a.id = ca.athlete_id
                JOIN app_user u ON u.id = a.user_id JOIN organization o ON o.id = a.organization_id
               WHERE ca.coach_user_id = $1 AND ca.organization_id = $2 AND ca.removed_at IS NULL
                 AND a.user_id <> $1`,
        params: [ctx.userId, ctx.organizationId],
      };
    }
    if (ctx.roles.has(Role.ADMIN)) {
      return {
        sql: `SELECT a.id, u.name, COALESCE(a.timezone, o.timezone) AS tz
                FROM athlete a JOIN app_user u ON u.id = a.user_id JOIN organization o ON o.id = a.organization_id
               WHERE a.organization_id = $2 AND a.user_id <> $1`,
        params: [ctx.userId, ctx.organizationId],
      };
    }
    throw forbidden('The review queue is for coaches and admins', 'COACH_ONLY');
  }

  /**
   * The queue: stored reviews of a week for the caller's roster, most urgent first (keyset-paginated on
   * priority and id), with counts per status: one statement whatever the roster's size (the week when not
   * given, the roster, the counts, the page and its live suggestions), after the request's authentication. Without a
   * week asked for, also the week that has begun (`earlierWeek`): its reviews still open in the view, until done.
   */
  async queue(ctx: AuthContext, args: ReviewQueueArgs): Promise<ReviewQueueModel> {
    const now = this.clock.now();
    const roster = this.roster(ctx);
    const viewer = ctx.roles.has(Role.COACH) ? 'COACH' : 'ADMIN';
    const first = args.first;
    const cursor = args.after ? decodeCursor(args.after) : null;
    if (args.weekStart != null) this.weekOf(args.weekStart, 'UTC', now);
    const due = `(r.status IN ('PENDING', 'IN_PROGRESS')
                  OR (r.status = 'SNOOZED' AND r.snoozed_until <= ($4::timestamptz AT TIME ZONE m.tz)::date))`;
    const filter = `(CASE WHEN $5::text[] IS NULL THEN ${due} ELSE r.status::text = ANY($5::text[]) END)`;
    // An athlete whose own coming week (in their zone) is still before the queue's week: still in the week before
    // there (the organization's Monday came first), their review of this week can only be made from their Monday.
    const notYet = `((($4::timestamptz AT TIME ZONE m.tz)::date
                      - (extract(isodow FROM ($4::timestamptz AT TIME ZONE m.tz)::date)::int - 1) + 7)
                     < (SELECT week FROM w))`;
    // The coming week in the organization's zone (comingWeekOf: the Monday after today's week). Without `weekStart`,
    // the week before it too: the week that has begun, whose reviews a coach may not have finished by its Monday
    // (they stay in the queue, as `earlierWeek`, until done; a review made by a Monday catch-up run shows there too).
    const [row] = await this.db.query<Array<QueueRow>>(
      `WITH m AS (${roster.sql}),
            w AS (SELECT COALESCE($3::date, today - (extract(isodow FROM today)::int - 1) + 7) AS week
                    FROM (SELECT ($4::timestamptz AT TIME ZONE o.timezone)::date AS today
                            FROM organization o WHERE o.id = $2) t),
            c AS (SELECT count(*)::int AS athletes,
                         count(*) FILTER (WHERE r.id IS NULL AND NOT ${notYet})::int AS missing,
                         count(*) FILTER (WHERE r.id IS NULL AND ${notYet})::int AS not_yet_due,
                         count(*) FILTER (WHERE r.status = 'PENDING')::int AS pending,
                         count(*) FILTER (WHERE r.status = 'IN_PROGRESS')::int AS in_progress,
                         count(*) FILTER (WHERE r.status = 'SNOOZED')::int AS snoozed,
                         count(*) FILTER (WHERE r.status = 'DONE')::int AS done,
                         count(*) FILTER (WHERE ${due})::int AS todo
                    FROM m LEFT JOIN weekly_review r ON r.athlete_id = m.id AND r.week_start = (SELECT week FROM w)),
            p AS (SELECT ${QUEUE_COLUMNS}
                    FROM weekly_review r JOIN m ON m.id = r.athlete_id
                   WHERE r.week_start = (SELECT week FROM w) AND ${filter}
                     AND ($6::int IS NULL OR (r.priority, r.id) < ($6::int, $7::uuid))
                   ORDER BY r.priority DESC, r.id DESC
                   LIMIT $8),
            e AS (SELECT ${QUEUE_COLUMNS}
                    FROM weekly_review r JOIN m ON m.id = r.athlete_id
                   WHERE $3::date IS NULL AND $6::int IS NULL AND r.week_start = (SELECT week FROM w) - 7
                     AND r.status <> 'DONE' AND ${filter}),
            ep AS (SELECT * FROM e ORDER BY priority DESC, id DESC LIMIT $8 - 1)
       SELECT to_char((SELECT week FROM w), 'YYYY-MM-DD') AS week, row_to_json(c) AS counts,
              ${queueItemsJson('p')} AS items,
              CASE WHEN $3::date IS NULL AND $6::int IS NULL THEN json_build_object(
                'week', to_char((SELECT week FROM w) - 7, 'YYYY-MM-DD'),
                'count', (SELECT count(*)::int FROM e),
                'items', ${queueItemsJson('ep')}) END AS earlier
         FROM c`,
      [
        ...roster.params,
        args.weekStart ?? null,
        now,
        args.status?.length ? args.status : null,
        cursor?.priority ?? null,
        cursor?.id ?? null,
        first + 1,
      ],
    );
    const counts = row.counts;
    const page = row.items;
    const items = page.slice(0, first);
    const last = items[items.length - 1]?.review;
    return {
      weekStart: row.week,
      counts: {
        athletes: counts.athletes,
        missing: counts.missing,
        notYetDue: counts.not_yet_due,
        pending: counts.pending,
        inProgress: counts.in_progress,
        snoozed: counts.snoozed,
        done: counts.done,
        todo: counts.todo,
      },
      finished: counts.athletes > 0 && counts.done === counts.athletes,
      items: items.map((i) => toQueueItem(i, viewer)),
      pageInfo: {
        endCursor: last ? encodeCursor(last.priority, last.id) : null,
        hasNextPage: page.length > first,
      },
      earlierWeek: row.earlier
        ? {
            weekStart: row.earlier.week,
            count: row.earlier.count,
            items: row.earlier.items.map((i) => toQueueItem(i, viewer)),
          }
        : null,
    };
  }

  /** The review an action is on, locked; only an assigned coach (never the athlete themself), never DONE. */
  private async target(
    em: EntityManager,
    ctx: AuthContext,
    ref: { athleteId: string; weekStart?: string },
    now: Date,
    opts: { allowDone?: boolean } = {},
  ): Promise<Target> {
    const { athlete } = await this.policy.coachAccess(ctx, ref.athleteId, em);
    const { tz, userId } = await this.zoneOf(em, athlete.id);
    const week = this.weekOf(ref.weekStart, tz, now);
    // The athlete's generation lock before the review's row, as a generation takes them: an action waits for a
    // generation under way (then reads what it stored), and an action that generates again (apply, revert)
    // never holds the row a waiting generation needs while it waits for that generation's lock (a deadlock).
    await this.generator.lock(em, [athlete.id]);
    const review = await this.store.find(em, athlete.id, week, true);
    if (!review) {
      throw notFound('Review', 'REVIEW_NOT_FOUND');
    }
    if (review.status === WeeklyReviewStatus.DONE && !opts.allowDone) {
      throw conflict('This review is completed; nothing more can be done on it', 'REVIEW_DONE');
    }
    const live = await this.store.live(em, [review.id]);
    return {
      athleteId: athlete.id,
      athleteUserId: userId,
      organizationId: athlete.organizationId,
      tz,
      review,
      live,
    };
  }

  private proposed(t: Target, suggestionId: string): WeeklyReviewSuggestionEntity {
    const row = t.live.find((s) => s.suggestionId === suggestionId);
    if (!row || row.state !== SuggestionState.PROPOSED) {
      throw conflict(
        row
          ? `This suggestion is already ${row.state.toLowerCase()}`
          : 'This suggestion is no longer proposed for this athlete',
        'SUGGESTION_GONE',
        { state: row?.state ?? null },
      );
    }
    return row;
  }

  /**
   * A suggestion proposed before the re-derivation and not after: the plan changed under it, so the CONFLICT
   * names what changed it (the suggestions applied to this week, or a hand edit) and why it is gone. Returned, not
   * thrown: the caller commits the re-derivation first.
   */
  private noLongerProposed(t: Target, before: WeeklyReviewSuggestionEntity[], suggestionId: string) {
    const was = before.find((s) => s.suggestionId === suggestionId && s.state === SuggestionState.PROPOSED);
    if (!was || t.live.some((s) => s.suggestionId === suggestionId)) return null;
    const applied = t.live.filter((s) => ACTED.includes(s.state) && s.planId !== null);
    const what = (k: string) => k.toLowerCase().replace(/_/g, ' ');
    return conflict(
      applied.length
        ? `The ${what(was.kind)} suggestion no longer applies: the plan changed since it was made (${applied.map((s) => `${what(s.kind)} applied`).join(', ')}), and on the plan as it is now the engine no longer proposes it`
        : `The ${what(was.kind)} suggestion no longer applies: with what is known now (the plan as it is, today's date, the sessions logged and the latest check-ins) the engine no longer proposes it`,
      'SUGGESTION_CONFLICT',
      { conflictsWith: applied.map((s) => s.suggestionId) },
    );
  }

  /**
   * A change to the rest of this week (published to the athlete at once) that the re-derivation makes otherwise than
   * it was proposed: not applied in place of the one the coach read. A trim of this week read on Monday may change
   * Tuesday's session; applied on Tuesday, that session is today's, which a current-week change leaves as it is, so
   * Tuesday's review trims the days after it instead (and new logs or check-ins change what is left). CONFLICT
   * SUGGESTION_CHANGED (returned, not thrown: the caller commits the re-derivation first): the review now holds the
   * new version, which the coach reads and applies. The same changes, worded for the day (Tuesday's text of the same
   * trim), apply.
   */
  private changedSince(
    t: Target,
    before: WeeklyReviewSuggestionEntity[],
    row: WeeklyReviewSuggestionEntity,
    now: Date,
  ) {
    const was = before.find(
      (x) => x.suggestionId === row.suggestionId && x.state === SuggestionState.PROPOSED,
    );
    if (!was || was.id === row.id) return null;
    const then = was.suggestion as unknown as Suggestion;
    const s = row.suggestion as unknown as Suggestion;
    if ((s.planWeekStart ?? t.review.weekStart) >= t.review.weekStart) return null;
    if (canonical(then.changes ?? []) === canonical(s.changes ?? [])) return null;
    const what = row.kind.toLowerCase().replace(/_/g, ' ');
    return conflict(
      `The ${what} suggestion changed since you read it: worked out again with what is known on ${localDateIn(t.tz, now)} (the days after today, the sessions logged so far, the latest check-ins), it changes the week of ${s.planWeekStart} otherwise. Read the new version, then apply it if it still fits`,
      'SUGGESTION_CHANGED',
      { planWeekStart: s.planWeekStart ?? null },
    );
  }

  /**
   * The suggestion as it is now, when its changes are not the ones the coach read (`expected`: the changesDigest of the
   * version they read): CONFLICT SUGGESTION_CHANGED, with the current digest and week in its details, so the client
   * reads the new version and the coach decides on that one. Returned, not thrown (see changedSince).
   */
  private otherThanRead(t: Target, row: WeeklyReviewSuggestionEntity, expected: string, now: Date) {
    const current = changesDigestOf(row.suggestion);
    if (current === expected) return null;
    const s = row.suggestion as unknown as Suggestion;
    const what = row.kind.toLowerCase().replace(/_/g, ' ');
    const week = s.planWeekStart ?? t.review.weekStart;
    return conflict(
      `The ${what} suggestion changed since you read it: worked out again with what is known on ${localDateIn(t.tz, now)} (the sessions logged, the latest check-ins, the plan as it is${week < t.review.weekStart ? ', the days of the week still to come' : ''}), it now changes the week of ${week} otherwise. Nothing was done: read the new version, then decide on it`,
      'SUGGESTION_CHANGED',
      { suggestionId: row.suggestionId, planWeekStart: week, changesDigest: current },
    );
  }

  private async started(em: EntityManager, t: Target) {
    if (t.review.status === WeeklyReviewStatus.PENDING || t.review.status === WeeklyReviewStatus.SNOOZED) {
      await em
        .getRepository(WeeklyReviewEntity)
        .update({ id: t.review.id }, { status: WeeklyReviewStatus.IN_PROGRESS, snoozedUntil: null });
    }
  }

  private async model(em: EntityManager, reviewId: string, viewer: 'COACH' | 'ADMIN' = 'COACH') {
    const row = await em.getRepository(WeeklyReviewEntity).findOneByOrFail({ id: reviewId });
    const [athlete] = await em.query<Array<{ name: string; tz: string }>>(
      `SELECT u.name, COALESCE(a.timezone, o.timezone) AS tz
         FROM athlete a JOIN app_user u ON u.id = a.user_id JOIN organization o ON o.id = a.organization_id
        WHERE a.id = $1`,
      [row.athleteId],
    );
    return toReviewModel(
      row,
      { name: athlete.name, timezone: athlete.tz },
      await this.store.live(em, [reviewId]),
      viewer,
    );
  }

  /**
   * The plan a suggestion's changes apply to, as it is now: next week's draft (or published plan, or the
   * engine's draft the review proposed when the coach has none), or this week's published plan for a
   * change to the current week's remaining days.
   */
  private async basePlan(em: EntityManager, t: Target, planWeekStart: string, now: Date): Promise<WeekPlan> {
    const data = (await this.loader.load([t.athleteId], now, em)).get(t.athleteId)!;
    const today = localDateIn(t.tz, now);
    const reviewDate = addDays(t.review.weekStart, -1) < today ? addDays(t.review.weekStart, -1) : today;
    const input = toReviewInput(data, reviewDate);
    if (planWeekStart === t.review.weekStart) {
      return input.nextWeekDraft ?? (t.review.output as { draft: WeekPlan }).draft;
    }
    if (input.currentWeekPlan && planWeekStart === input.currentWeekPlan.weekStart)
      return input.currentWeekPlan;
    throw conflict(`There is no plan of the week of ${planWeekStart} to change`, 'SUGGESTION_WEEK_MISMATCH');
  }

  /** The decision log's entry for what the coach did with a suggestion (an apply or a revert names the plan). */
  private async logDecision(
    em: EntityManager,
    ctx: AuthContext,
    t: Target,
    row: { suggestionId: string; kind: string },
    weekStart: string,
    action: ReviewDecisionAction,
    plan: { planId: string; before: object | null; after: object | null } | null,
    note: string | null = null,
  ): Promise<void> {
    await em.getRepository(ReviewDecisionEntity).insert({
      organizationId: ctx.organizationId,
      athleteId: t.athleteId,
      weekStart,
      suggestionId: row.suggestionId,
      kind: row.kind,
      action,
      planId: plan?.planId ?? null,
      planBefore: plan?.before ?? null,
      planAfter: plan?.after ?? null,
      note,
      decidedByUserId: ctx.userId,
    });
  }

  /** Re-runs the engine on the plan as it now is: proposals follow the plan; decisions stay. */
  private async refresh(em: EntityManager, t: Target, now: Date): Promise<GenerationOutcome | undefined> {
    const [outcome] = await this.generator.generateIn(em, [t.athleteId], now, t.review.weekStart);
    await this.store.updatePriority(em, t.review.id);
    return outcome;
  }

  /**
   * Coach: apply a suggestion as proposed, or with the coach's edits to its changes (validated by the
   * engine's apply on the plan as it is now). Version-checked, all-or-nothing, before/after recorded.
   * A change to this week's remaining days is published at once as a new version the athlete sees.
   */
  async apply(ctx: AuthContext, input: ApplySuggestionInput): Promise<ApplySuggestionResultModel> {
    const now = this.clock.now();
    const done = await this.db.transaction(async (em) => {
      const t = await this.target(em, ctx, input, now);
      // The plan may have moved since the review was stored (a hand edit, another suggestion applied): the
      // engine re-derives the proposals on it first, so the change applied is the one for the plan as it is
      // and its text is true of it. Suggestions compose this way; one that no longer applies says why.
      const before = t.live;
      const rederived = await this.refresh(em, t, now);
      t.live = await this.store.live(em, [t.review.id]);
      // A refusal on the re-derived review keeps the re-derivation (the transaction commits it; the refusal is
      // thrown after): the review the coach reads again holds what the engine proposes now, not the version refused.
      const gone = this.noLongerProposed(t, before, input.suggestionId);
      if (gone) return { refused: gone, rederived: await updatedNotice(em, t.athleteId, rederived) };
      const row = this.proposed(t, input.suggestionId);
      // The version the coach read, when the client names it (its changesDigest): any other is refused, whenever it
      // was re-derived (before this apply, by a log, a check-in, another tab, or by this apply's own re-derivation).
      // Without it, a current-week change re-derived otherwise by this apply is refused (an older client's guard).
      const changed =
        input.expectedChangesDigest != null
          ? this.otherThanRead(t, row, input.expectedChangesDigest, now)
          : input.changes
            ? null
            : this.changedSince(t, before, row, now);
      if (changed) return { refused: changed, rederived: await updatedNotice(em, t.athleteId, rederived) };
      const s = row.suggestion as unknown as Suggestion;
      const week = s.planWeekStart ?? t.review.weekStart;
      if (week < t.review.weekStart && localDateIn(t.tz, now) > addDays(week, 6)) {
        // A change to the rest of the week before the review's, proposed as of that week's Sunday: on a review finished
        // late (its own week has begun), that week is over, and a change to it would rewrite what the athlete did.
        throw conflict(
          `This suggestion changes the week of ${week}, which is over: dismiss it, or change the week of ${t.review.weekStart} instead`,
          'SUGGESTION_WEEK_OVER',
          { planWeekStart: week },
        );
      }
      const base = await this.basePlan(em, t, week, now);
      const changes: readonly PlanChange[] = input.changes
        ? toEditedChanges(input.changes, s.changes ?? [], base)
        : (s.changes ?? []);
      const applied = applySuggestion(base, { planWeekStart: week, changes });
      if (!applied.ok) throw conflict(applied.reason, `SUGGESTION_${applied.code}`);
      if (week !== t.review.weekStart) {
        // A change to the rest of this week is published at once: on an unpublished draft of this week it would
        // publish the coach's unfinished edits with it.
        const pending = await this.plans.draftOf(em, t.athleteId, week);
        if (pending)
          throw conflict(
            `This week has an unpublished draft (revision ${pending.revision}): publish it first, then apply the change to the rest of the week`,
            'CURRENT_WEEK_DRAFT_EXISTS',
            { planId: pending.id, currentRevision: pending.revision },
          );
      }
      let plan = await this.plans.saveDraftIn(em, ctx, {
        athleteId: t.athleteId,
        weekStart: week,
        // The revision of next week's draft the coach reviewed: a change to the rest of this week meets this week's
        // published plan, not that draft (null, like omitted, is no draft).
        expectedRevision: week === t.review.weekStart ? (input.expectedRevision ?? undefined) : undefined,
        expectedPlanId: week === t.review.weekStart ? (input.expectedPlanId ?? undefined) : undefined,
        sessions: applied.plan.sessions.map((x) => toStoredSession(week, x)),
      });
      const revision = plan.revision;
      const currentWeek = week < t.review.weekStart;
      if (currentWeek)
        plan = await this.plans.publishIn(em, ctx, { planId: plan.id, expectedRevision: revision });
      await em.getRepository(WeeklyReviewSuggestionEntity).update(
        { id: row.id },
        {
          state: input.changes ? SuggestionState.EDITED_AND_APPLIED : SuggestionState.APPLIED,
          editedChanges: input.changes ? (JSON.parse(JSON.stringify(changes)) as object[]) : null,
          planId: plan.id,
          planRevision: revision,
          planRevisionBefore: revision - 1,
          planBefore: base as unknown as object,
          planAfter: applied.plan as unknown as object,
          decidedByUserId: ctx.userId,
          decidedAt: now,
        },
      );
      await this.logDecision(em, ctx, t, row, week, ReviewDecisionAction.APPLIED, {
        planId: plan.id,
        before: base as unknown as object,
        after: applied.plan as unknown as object,
      });
      await this.started(em, t);
      await this.refresh(em, t, now);
      return {
        result: { plan, review: await this.model(em, t.review.id) },
        published: currentWeek ? { t, plan } : null,
        review: t.review,
      };
    });
    if (done.refused) {
      // The refusal committed the re-derivation: when it changed the review, the other coaches' open pages read it again
      // (nothing was decided, so it is `review:updated`, not `review:decided`).
      const n = done.rederived;
      if (n)
        void this.coachesOf(n.athleteId)
          .then((coaches) => this.notifier.reviewUpdated(n, coaches))
          .catch((e: unknown) => this.logger.error(`pushing review:updated failed: ${String(e)}`));
      throw done.refused;
    }
    const { result, published, review } = done;
    this.decided(review, ctx.userId, 'APPLIED');
    if (published) {
      const coaches = await this.coachesOf(published.t.athleteId);
      this.notifier.planPublished(
        {
          athleteId: published.t.athleteId,
          weekStart: published.plan.weekStart,
          planId: published.plan.id,
          version: published.plan.version,
        },
        [published.t.athleteUserId, ...coaches],
      );
    }
    return result;
  }

  /** Coach: dismiss a suggestion for the week, with an optional private reason; never proposed again. */
  async dismiss(ctx: AuthContext, input: DismissSuggestionInput): Promise<AthleteReviewModel> {
    const now = this.clock.now();
    const done = await this.db.transaction(async (em) => {
      const t = await this.target(em, ctx, input, now);
      const row = this.proposed(t, input.suggestionId);
      // A dismissal stands for the week whatever the engine proposes under this id later: only the version read.
      const changed =
        input.expectedChangesDigest != null
          ? this.otherThanRead(t, row, input.expectedChangesDigest, now)
          : null;
      if (changed) throw changed;
      await em.getRepository(WeeklyReviewSuggestionEntity).update(
        { id: row.id },
        {
          state: SuggestionState.DISMISSED,
          dismissReason: input.reason ?? null,
          decidedByUserId: ctx.userId,
          decidedAt: now,
        },
      );
      await this.logDecision(
        em,
        ctx,
        t,
        row,
        t.review.weekStart,
        ReviewDecisionAction.DISMISSED,
        null,
        input.reason ?? null,
      );
      await this.started(em, t);
      await this.store.updatePriority(em, t.review.id);
      return { t, model: await this.model(em, t.review.id) };
    });
    this.decided(done.t.review, ctx.userId, 'DISMISSED');
    return done.model;
  }

  /**
   * Coach: undo an applied suggestion: the plan as it was before, if nothing changed it since; otherwise
   * CONFLICT naming what did (an edit, a later suggestion, publishing). The suggestion is proposed again.
   */
  async revert(ctx: AuthContext, input: RevertSuggestionInput): Promise<ApplySuggestionResultModel> {
    const now = this.clock.now();
    const done = await this.db.transaction(async (em) => {
      const t = await this.target(em, ctx, input, now);
      const row = t.live.find((s) => s.suggestionId === input.suggestionId);
      if (!row || !ACTED.includes(row.state) || !row.planId || !row.planBefore) {
        throw conflict(
          'This suggestion is not applied, so there is nothing to revert',
          'SUGGESTION_NOT_APPLIED',
          {
            state: row?.state ?? null,
          },
        );
      }
      const plan = await em.getRepository(WeeklyPlanEntity).findOne({ where: { id: row.planId } });
      if (!plan) throw conflict('The plan this suggestion changed was deleted', 'PLAN_CHANGED_SINCE');
      if (plan.status !== PlanStatus.DRAFT) {
        throw conflict(
          `The plan was published after this change (version ${plan.version}); edit the week instead`,
          'PLAN_CHANGED_SINCE',
          { planStatus: plan.status },
        );
      }
      if (plan.revision !== row.planRevision) {
        const later = t.live.filter(
          (s) => s.id !== row.id && s.planId === plan.id && (s.planRevision ?? 0) > (row.planRevision ?? 0),
        );
        throw conflict(
          later.length
            ? `${later.map((s) => s.kind).join(', ')} ${later.length > 1 ? 'were' : 'was'} applied after this change; revert ${later.length > 1 ? 'them' : 'it'} first`
            : `The draft was edited after this change (revision ${plan.revision}, the change left it at ${row.planRevision})`,
          'PLAN_CHANGED_SINCE',
          { currentRevision: plan.revision, laterSuggestionIds: later.map((s) => s.suggestionId) },
        );
      }
      const before = row.planBefore as unknown as WeekPlan;
      const saved = await this.plans.saveDraftIn(em, ctx, {
        athleteId: t.athleteId,
        weekStart: plan.weekStart,
        expectedRevision: plan.revision,
        sessions: before.sessions.map((x) => toStoredSession(plan.weekStart, x)),
      });
      await em.getRepository(WeeklyReviewSuggestionEntity).update(
        { id: row.id },
        {
          state: SuggestionState.PROPOSED,
          editedChanges: null,
          planId: null,
          planRevision: null,
          planRevisionBefore: null,
          planBefore: null,
          planAfter: null,
          decidedByUserId: null,
          decidedAt: null,
        },
      );
      // The draft is back as the change met it: the revision before the change's (an apply writes one revision). A
      // suggestion applied at that revision left the draft as it is again, so it can be undone in turn (last first),
      // rather than be refused as if the draft had been edited since.
      // (The revision it met as applied: its `planRevision` may have been moved by an undo of a later one since.)
      const met = row.planRevisionBefore ?? (row.planRevision ?? 0) - 1;
      const previous = t.live.filter(
        (s) => s.id !== row.id && ACTED.includes(s.state) && s.planId === plan.id && s.planRevision === met,
      );
      if (met > 0 && previous.length) {
        await em
          .getRepository(WeeklyReviewSuggestionEntity)
          .update({ id: In(previous.map((s) => s.id)) }, { planRevision: saved.revision });
      }
      await this.logDecision(em, ctx, t, row, plan.weekStart, ReviewDecisionAction.REVERTED, {
        planId: plan.id,
        before: row.planAfter,
        after: before as unknown as object,
      });
      await this.refresh(em, t, now);
      return { t, result: { plan: saved, review: await this.model(em, t.review.id) } };
    });
    this.decided(done.t.review, ctx.userId, 'REVERTED');
    return done.result;
  }

  /**
   * Coach: undo a dismissal while the review is open. The suggestion is proposed again as the engine proposes it on
   * the plan as it is now (re-derived first: the plan may have changed since the dismissal): the same proposal is
   * made undecided again (its reason cleared); one the engine now words or computes differently replaces it, as a
   * generation would. One the engine no longer proposes stays dismissed (CONFLICT SUGGESTION_NO_LONGER_PROPOSED).
   */
  async restore(ctx: AuthContext, input: RestoreSuggestionInput): Promise<AthleteReviewModel> {
    const now = this.clock.now();
    const done = await this.db.transaction(async (em) => {
      const t = await this.target(em, ctx, input, now);
      const row = t.live.find((s) => s.suggestionId === input.suggestionId);
      if (!row || row.state !== SuggestionState.DISMISSED) {
        throw conflict(
          row
            ? `This suggestion is ${row.state.toLowerCase().replace(/_/g, ' ')}, not dismissed, so there is no dismissal to undo`
            : 'This suggestion is not in this review',
          'SUGGESTION_NOT_DISMISSED',
          { state: row?.state ?? null },
        );
      }
      await this.refresh(em, t, now);
      const review = await em.getRepository(WeeklyReviewEntity).findOneByOrFail({ id: t.review.id });
      const proposals = (review.output as { suggestions?: Suggestion[] }).suggestions ?? [];
      const position = proposals.findIndex((s) => s.id === row.suggestionId);
      if (position < 0) {
        throw conflict(
          `With what it knows now (the plan as it is, the latest check-ins and logs) the engine no longer proposes the ${row.kind.toLowerCase().replace(/_/g, ' ')} suggestion, so it stays dismissed`,
          'SUGGESTION_NO_LONGER_PROPOSED',
        );
      }
      await this.logDecision(em, ctx, t, row, t.review.weekStart, ReviewDecisionAction.RESTORED, null, null);
      const current = proposals[position];
      const payload = JSON.parse(JSON.stringify(current)) as object;
      const repo = em.getRepository(WeeklyReviewSuggestionEntity);
      if (canonical(payload) === canonical(row.suggestion)) {
        await repo.update(
          { id: row.id },
          {
            state: SuggestionState.PROPOSED,
            dismissReason: null,
            decidedByUserId: null,
            decidedAt: null,
            position,
          },
        );
      } else {
        // The engine's proposal changed since the dismissal: the dismissed version is superseded by the current one.
        await repo.update({ id: row.id }, { state: SuggestionState.SUPERSEDED });
        await repo.insert({
          reviewId: review.id,
          suggestionId: current.id,
          kind: current.kind,
          severity: current.severity,
          position,
          state: SuggestionState.PROPOSED,
          suggestion: payload,
        });
      }
      await this.store.updatePriority(em, review.id);
      return { review, model: await this.model(em, review.id) };
    });
    this.decided(done.review, ctx.userId, 'RESTORED');
    return done.model;
  }

  /** Coach: put a review aside until a later date (the athlete's zone); it returns to the to-do queue then. */
  async snooze(ctx: AuthContext, input: SnoozeReviewInput): Promise<AthleteReviewModel> {
    const now = this.clock.now();
    const done = await this.db.transaction(async (em) => {
      const t = await this.target(em, ctx, input, now);
      const today = localDateIn(t.tz, now);
      if (input.until <= today) {
        throw badInput(
          `until ${input.until} must be after today (${today} for this athlete)`,
          'SNOOZE_NOT_FUTURE',
        );
      }
      if (input.until > addDays(t.review.weekStart, 6)) {
        throw badInput(
          `until must be within the planned week (by ${addDays(t.review.weekStart, 6)})`,
          'SNOOZE_TOO_LATE',
        );
      }
      await em
        .getRepository(WeeklyReviewEntity)
        .update({ id: t.review.id }, { status: WeeklyReviewStatus.SNOOZED, snoozedUntil: input.until });
      return { t, model: await this.model(em, t.review.id) };
    });
    this.decided(done.t.review, ctx.userId, 'SNOOZED');
    return done.model;
  }

  /**
   * Coach: finish the week. In one transaction: publishes the week's plan (the draft, or the engine's
   * draft when the coach made none; an already published plan stays), marks the review DONE and, when
   * asked, posts the coach's message with the rationales they chose to share in the athlete's
   * conversation. After commit the athlete's sockets get the message and `plan:published`.
   *
   * Publishing goes through the plan-write hooks as publishPlan does (ReviewPlanSync): a review completed late, in
   * its own week, publishes the plan the review of the week after changes the rest of, so that review is re-derived
   * in this transaction (the plan's `reviewRegeneration` says how). The hook takes the athlete's generation lock and
   * that review's row after this review's (`target`: the generation lock first, as every review action takes it).
   */
  async complete(ctx: AuthContext, input: CompleteReviewInput): Promise<CompleteReviewResultModel> {
    const now = this.clock.now();
    // This completion tells the coaches of its own review itself (COMPLETED, below); the hooks tell them of the review
    // of the week after when the publish re-derives it (a completion late in its own week).
    const run = this.hooks.start('PUBLISHED', { userId: ctx.userId, tellsOwnWeek: true });
    const done = await this.db.transaction(async (em) => {
      const t = await this.target(em, ctx, input, now);
      const week = t.review.weekStart;
      const share = new Set(input.shareSuggestionIds ?? []);
      for (const id of share) {
        if (!t.live.some((s) => s.suggestionId === id)) {
          throw badInput(`${id} is not a suggestion of this review`, 'UNKNOWN_SUGGESTION');
        }
      }
      let plan: WeeklyPlanModel | null = null;
      let published = false;
      const draft = await this.plans.draftOf(em, t.athleteId, week);
      if (draft) {
        // The draft reviewed was published and the week drafted again: its revisions start again at 1.
        if (input.expectedPlanId != null && input.expectedPlanId !== draft.id) {
          throw conflict(
            'The draft you reviewed no longer exists (published or discarded); the week has a new draft',
            'PLAN_DRAFT_GONE',
            { planId: draft.id, currentRevision: draft.revision },
          );
        }
        if (input.expectedRevision == null) {
          throw conflict(
            'A draft of this week exists; send expectedRevision to publish it',
            'PLAN_DRAFT_EXISTS',
            {
              planId: draft.id,
              currentRevision: draft.revision,
            },
          );
        }
        plan = await this.plans.publishIn(
          em,
          ctx,
          { planId: draft.id, expectedRevision: input.expectedRevision },
          run,
        );
        published = true;
      } else {
        plan = await this.plans.publishedWeek(em, t.athleteId, week);
        if (!plan) {
          const engineDraft = (t.review.output as { draft?: WeekPlan }).draft;
          const created = await this.plans.saveDraftIn(em, ctx, {
            athleteId: t.athleteId,
            weekStart: week,
            sessions: (engineDraft?.sessions ?? []).map((x) => toStoredSession(week, x)),
          });
          plan = await this.plans.publishIn(
            em,
            ctx,
            { planId: created.id, expectedRevision: created.revision },
            run,
          );
          published = true;
        }
      }
      const sharedRows = t.live.filter((s) => share.has(s.suggestionId));
      if (sharedRows.length) {
        await em
          .getRepository(WeeklyReviewSuggestionEntity)
          .update({ id: In(sharedRows.map((s) => s.id)) }, { shared: true });
      }
      let message: { message: ChatMessage; members: string[] } | null = null;
      const text = input.message?.trim() ?? '';
      if (text || sharedRows.length) {
        // The athlete reads their own words (the suggestion's athlete text), never the coach rationale.
        const why = sharedRows.map((s) => `• ${athleteTextOf(s)}`);
        const body = [text, why.length ? `Why next week looks like this:\n${why.join('\n')}` : '']
          .filter(Boolean)
          .join('\n\n')
          .slice(0, 4000);
        const conversationId = await this.chat.ensureAthleteConversation(
          em,
          t.organizationId,
          t.athleteId,
          ConversationKind.DIRECT,
        );
        const res = await this.chat.appendMessage(
          {
            conversationId,
            organizationId: t.organizationId,
            senderUserId: ctx.userId,
            clientMessageId: input.clientMessageId ?? randomUUID(),
            body,
          },
          em,
        );
        if (res.status === 'NOT_A_MEMBER') {
          throw forbidden(
            'You are not a member of this athlete’s conversation',
            'CONVERSATION_ACCESS_DENIED',
          );
        }
        message = {
          message: toChatMessage(res.message),
          members: res.status === 'OK' ? res.memberUserIds : [],
        };
      }
      await em.getRepository(WeeklyReviewEntity).update(
        { id: t.review.id },
        {
          status: WeeklyReviewStatus.DONE,
          snoozedUntil: null,
          completedAt: now,
          completedByUserId: ctx.userId,
          publishedPlanId: plan?.id ?? null,
        },
      );
      // The week after's review follows the plan published, once everything this completion writes is written.
      if (published && plan) plan = { ...plan, reviewRegeneration: await run.written(em) };
      return { t, plan, published, message, review: await this.model(em, t.review.id) };
    });
    run.committed();
    this.decided(done.t.review, ctx.userId, 'COMPLETED');
    if (done.message) this.notifier.messageCreated(done.message.message, done.message.members);
    if (done.published && done.plan) {
      const coaches = await this.coachesOf(done.t.athleteId);
      this.notifier.planPublished(
        {
          athleteId: done.t.athleteId,
          weekStart: done.plan.weekStart,
          planId: done.plan.id,
          version: done.plan.version,
        },
        [done.t.athleteUserId, ...coaches],
      );
    }
    return { review: done.review, plan: done.plan, messageId: done.message?.message.id ?? null };
  }

  /**
   * After a coach's work on a review has committed: its athlete's coaches (the one who did it included: their other
   * tabs) are told `review:decided`, and their open review and queue read it again. In the background: a failure is
   * logged, never the caller's error (the decision stands; the coaches' screens catch up on their next read).
   */
  decided(
    review: { id: string; athleteId: string; organizationId: string; weekStart: string },
    by: string,
    what: ReviewDecision,
  ): void {
    void this.coachesOf(review.athleteId)
      .then((coaches) =>
        this.notifier.reviewDecided(
          { athleteId: review.athleteId, reviewId: review.id, weekStart: review.weekStart, by, what },
          review.organizationId,
          coaches,
        ),
      )
      .catch((e: unknown) => this.logger.error(`pushing review:decided failed: ${String(e)}`));
  }

  /** The athlete's own user and their coaches (what shows the athlete's week). */
  async watchersOf(athleteId: string): Promise<string[]> {
    const rows = await this.db.query<Array<{ user_id: string }>>(
      `SELECT user_id FROM athlete WHERE id = $1
       UNION SELECT coach_user_id FROM coach_assignment WHERE athlete_id = $1 AND removed_at IS NULL`,
      [athleteId],
    );
    return rows.map((r) => r.user_id);
  }

  async coachesOf(athleteId: string): Promise<string[]> {
    const rows = await this.db.query<Array<{ coach_user_id: string }>>(
      `SELECT coach_user_id FROM coach_assignment WHERE athlete_id = $1 AND removed_at IS NULL`,
      [athleteId],
    );
    return rows.map((r) => r.coach_user_id);
  }

  /**
   * Admin (the organization) or coach (their athletes, never themselves): generate the week's reviews now.
   * Reviews a coach completed are kept; decisions inside the others are kept.
   */
  async generateNow(ctx: AuthContext, input: GenerateReviewsInput): Promise<ReviewGenerationResultModel> {
    const now = this.clock.now();
    const roster = this.roster(ctx);
    const rows = await this.db.query<Array<{ id: string }>>(roster.sql, roster.params);
    const scope = new Set(rows.map((r) => r.id));
    if (input.athleteIds?.some((id) => !scope.has(id))) {
      throw forbidden('You can generate reviews only for athletes you coach', 'ATHLETE_ACCESS_DENIED');
    }
    const ids = input.athleteIds ?? [...scope];
    const [org] = await this.db.query<Array<{ timezone: string }>>(
      `SELECT timezone FROM organization WHERE id = $1`,
      [ctx.organizationId],
    );
    const week = this.weekOf(input.weekStart, org.timezone, now);
    if (!input.wait) {
      const runId = await this.jobs.createRun(ctx.organizationId, week, 'MANUAL', ctx.userId, ids);
      return { ...(await this.jobs.progress(runId!, ctx.organizationId))!, runId };
    }
    let done = 0;
    let kept = 0;
    let failed = 0;
    for (let i = 0; i < ids.length; i += 50) {
      const outcomes = await this.generator.generate(ids.slice(i, i + 50), now, week);
      for (const o of outcomes) {
        if (o.result === 'NOT_COMING_WEEK') failed++;
        else if (o.result === 'KEPT_DONE') kept++;
        else done++;
      }
    }
    return { runId: null, weekStart: week, total: ids.length, done, kept, failed, finished: true };
  }

  /** Progress of a generation run of the caller's organization (staff). */
  async generationProgress(ctx: AuthContext, runId: string): Promise<ReviewGenerationResultModel> {
    if (!ctx.roles.has(Role.COACH) && !ctx.roles.has(Role.ADMIN)) {
      throw forbidden('Review generation is for coaches and admins', 'COACH_ONLY');
    }
    const p = await this.jobs.progress(runId, ctx.organizationId);
    if (!p) throw notFound('Review generation run', 'REVIEW_RUN_NOT_FOUND');
    return p;
  }

  /**
   * The suggestions the coach shared for a week's plan. The athlete reads only their athlete text (also as
   * `rationale`): the coach rationale, with its rules and evidence, is for staff, who see both.
   */
  async sharedRationales(
    ctx: AuthContext,
    athleteId: string,
    weekStart: string,
  ): Promise<SharedRationaleModel[]> {
    const { relation } = await this.policy.athleteAccess(ctx, athleteId);
    const rows = await this.db.query<
      Array<{
        kind: string;
        rationale: string | null;
        state: string;
        suggestion: unknown;
        planBefore: object | null;
        editedChanges: object[] | null;
      }>
    >(
      `SELECT s.kind, s.suggestion->>'rationale' AS rationale, s.state,
              jsonb_build_object('athleteText', s.suggestion->'athleteText') AS suggestion,
              s.plan_before AS "planBefore", s.edited_changes AS "editedChanges"
         FROM weekly_review r JOIN weekly_review_suggestion s ON s.review_id = r.id
        WHERE r.athlete_id = $1 AND r.week_start = $2 AND s.shared AND s.state <> 'SUPERSEDED'
        ORDER BY s.position`,
      [athleteId, weekStart],
    );
    return rows.map((r) => {
      const athleteText = athleteTextOf(r);
      return {
        kind: r.kind,
        rationale: relation === 'SELF' ? athleteText : (r.rationale ?? ''),
        athleteText,
        state: r.state as SuggestionStateModel,
      };
    });
  }
}
