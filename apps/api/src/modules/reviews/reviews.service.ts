import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, conflict, forbidden, localDateIn } from '@app/common';
import { EffortType, PlannedSessionKind, ReviewDecisionAction, ReviewDecisionEntity, Role } from '@app/db';
import {
  applySuggestion,
  reviewAthlete,
  Evidence,
  PlanChange,
  Review,
  Suggestion,
  WeekPlan,
} from '@app/engine';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { WeeklyPlanModel } from '../plans/models/plan.models';
import { PlannedSessionInput } from '../plans/dto/plan.inputs';
import { PlansService } from '../plans/plans.service';
import { ApplySuggestionInput, DismissSuggestionInput } from './dto/review.inputs';
import {
  AthleteReviewModel,
  EvidenceItemModel,
  PlanChangeModel,
  ReviewStatus,
  SuggestionModel,
} from './models/review.models';
import { ReviewDataLoader } from './review-data.loader';
import { AthleteData, toReviewInput } from './review-input.mapper';

const evidence = (e: Evidence): EvidenceItemModel[] =>
  Object.entries(e).map(([key, value]) => ({ key, value: value === null ? 'null' : String(value) }));

function change(c: PlanChange): PlanChangeModel {
  switch (c.type) {
    case 'SCALE_VOLUME':
      return {
        type: c.type,
        percent: c.percent,
        days: c.days ? [...c.days] : undefined,
        expectedTotalMinutes: c.expectedTotalMinutes,
      };
    case 'REPLACE_INTENSITY':
      return {
        type: c.type,
        sessionId: c.sessionId,
        effort: { type: c.effort.type, value: c.effort.value },
        purpose: c.purpose,
      };
    case 'MOVE_SESSION':
      return { type: c.type, sessionId: c.sessionId, fromDay: c.fromDay, toDay: c.toDay };
    case 'DROP_SESSION':
      return { type: c.type, sessionId: c.sessionId };
    case 'INSERT_REST_DAYS':
      return { type: c.type, days: [...c.days] };
    case 'CHANGE_MESOCYCLE_FOCUS':
    case 'SET_PHASE':
      return { type: c.type, from: c.from ?? undefined, to: c.to };
  }
}

const SEVERITY_WEIGHT = { URGENT: 10, ATTENTION: 1, INFO: 0 } as const;
const STATUS_WEIGHT = { URGENT: 1000, ATTENTION: 100, OK: 0 } as const;

function toModel(name: string, r: Review, suggestions: readonly Suggestion[]): AthleteReviewModel {
  const m = r.metrics;
  return {
    athleteId: r.athleteId,
    athleteName: name,
    reviewDate: r.reviewDate,
    nextWeekStart: r.nextWeekStart,
    status: r.status as ReviewStatus,
    urgency: STATUS_WEIGHT[r.status] + suggestions.reduce((a, s) => a + SEVERITY_WEIGHT[s.severity], 0),
    metrics: {
      ctl: m.ctl.value,
      atl: m.atl.value,
      tsb: m.tsb.value,
      weeklyLoad: m.weeklyLoad.value,
      weeklyMinutes: m.weeklyMinutes,
      monotony: m.monotony.value,
      strain: m.strain.value,
      rampPct: m.rampPct.value,
      acwr: m.acwr.value,
      hrvStatus: m.hrv.status,
      readiness: m.readiness,
      compliancePct: m.compliance.pct.value,
      polarizationIndex: m.intensity.polarizationIndex.value,
      weeksSinceDownWeek: m.weeksSinceDownWeek.value,
      daysSinceContact: m.daysSinceContact.value,
    },
    components: r.components.map((c) => ({
      component: c.component,
      status: c.status as ReviewStatus,
      summary: c.summary,
      evidence: evidence(c.evidence),
    })),
    decision: { ...r.decision },
    suggestions: suggestions.map((s): SuggestionModel => ({
      id: s.id,
      kind: s.kind,
      severity: s.severity as SuggestionModel['severity'],
      components: [...s.components],
      rationale: s.rationale,
      basis: s.basis,
      evidence: evidence(s.evidence),
      planWeekStart: s.planWeekStart,
      changes: s.changes.map(change),
    })),
    suggestionsTarget: r.suggestionsTarget,
    outlook: r.outlook.map((o) => ({
      weekStart: o.weekStart,
      phase: o.phase,
      minMinutes: o.minMinutes,
      maxMinutes: o.maxMinutes,
    })),
  };
}

/** An engine session as our plans store it: REST is 0 min @ RPE 1; efforts are whole numbers in range. */
function toStoredSession(weekStart: string, s: WeekPlan['sessions'][number]): PlannedSessionInput {
  const effort = (e: { type: 'RPE' | 'ZONE'; value: number }) => ({
    type: e.type as EffortType,
    value: Math.min(e.type === 'RPE' ? 10 : 5, Math.max(1, Math.round(e.value))),
  });
  const rest = s.kind === 'REST';
  return {
    date: addDays(weekStart, s.day),
    kind: s.kind as PlannedSessionKind,
    minutes: rest ? 0 : Math.max(1, Math.round(s.minutes)),
    effort: rest ? { type: EffortType.RPE, value: 1 } : effort(s.effort),
    intervals:
      s.intervals && !rest
        ? {
            repeats: s.intervals.repeats,
            workSeconds: s.intervals.workSeconds,
            workEffort: effort(s.intervals.workEffort),
            recoverySeconds: s.intervals.recoverySeconds,
            recoveryEffort: effort(s.intervals.recoveryEffort),
          }
        : undefined,
    purpose: s.purpose.slice(0, 1000),
    key: !!s.key,
  };
}

interface Computed {
  data: AthleteData;
  review: Review;
  suggestions: readonly Suggestion[];
  nextWeekDraft: WeekPlan | undefined;
}

/**
 * The weekly review: loads an athlete's stored training data, runs the engine (pure), and records what
 * the coach does with each suggestion. Applying one changes next week's draft through the same plan
 * rules as a hand edit (version check, validation), in one transaction with its decision record.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly loader: ReviewDataLoader,
    private readonly plans: PlansService,
  ) {}

  private async compute(athleteIds: string[], now: Date, em: EntityManager): Promise<Computed[]> {
    const data = await this.loader.load(athleteIds, now, em);
    const dismissed: Array<{ athlete_id: string; suggestion_id: string }> = athleteIds.length
      ? await em.query(
          `SELECT athlete_id, suggestion_id FROM review_decision
            WHERE athlete_id = ANY($1::uuid[]) AND action = 'DISMISSED' AND week_start >= $2`,
          [athleteIds, addDays(localDateIn('UTC', now), -7)],
        )
      : [];
    const gone = new Set(dismissed.map((d) => `${d.athlete_id}|${d.suggestion_id}`));
    return [...data.values()].map((d) => {
      const input = toReviewInput(d, localDateIn(d.athlete.tz, now));
      const review = reviewAthlete(input);
      return {
        data: d,
        review,
        suggestions: review.suggestions.filter((s) => !gone.has(`${d.athlete.id}|${s.id}`)),
        nextWeekDraft: input.nextWeekDraft,
      };
    });
  }

  /** Staff: one athlete's review for next week. */
  async review(ctx: AuthContext, athleteId: string, now = new Date()): Promise<AthleteReviewModel> {
    await this.policy.staffAccess(ctx, athleteId);
    const [c] = await this.compute([athleteId], now, this.db.manager);
    return toModel(c.data.athlete.name, c.review, c.suggestions);
  }

  /** Coach: one review per athlete on the roster, most urgent first. Query count does not grow with it. */
  async queue(ctx: AuthContext, first: number, now = new Date()): Promise<AthleteReviewModel[]> {
    if (!ctx.roles.has(Role.COACH)) throw forbidden('The review queue is for coaches', 'COACH_ONLY');
    const rows: Array<{ athlete_id: string }> = await this.db.query(
      `SELECT athlete_id FROM coach_assignment
        WHERE coach_user_id = $1 AND organization_id = $2 AND removed_at IS NULL`,
      [ctx.userId, ctx.organizationId],
    );
    const computed = await this.compute(
      rows.map((r) => r.athlete_id),
      now,
      this.db.manager,
    );
    return computed
      .map((c) => toModel(c.data.athlete.name, c.review, c.suggestions))
      .sort((a, b) => b.urgency - a.urgency || a.athleteName.localeCompare(b.athleteName))
      .slice(0, first);
  }

  /**
   * Coach: apply a suggestion to next week's plan. The review is recomputed inside the transaction, so
   * the change is applied to the plan as it is now; a suggestion no longer proposed, a plan that no
   * longer fits the change, or a stale draft revision is a CONFLICT and changes nothing.
   */
  async apply(ctx: AuthContext, input: ApplySuggestionInput, now = new Date()): Promise<WeeklyPlanModel> {
    return this.db.transaction(async (em) => {
      const { athlete } = await this.policy.coachAccess(ctx, input.athleteId, em);
      const [c] = await this.compute([athlete.id], now, em);
      const suggestion = c.suggestions.find((s) => s.id === input.suggestionId);
      if (!suggestion) {
        throw conflict('This suggestion is no longer proposed for this athlete', 'SUGGESTION_GONE');
      }
      const base =
        c.review.suggestionsTarget === 'NEXT_WEEK_DRAFT' && c.nextWeekDraft
          ? c.nextWeekDraft
          : c.review.draft;
      const result = applySuggestion(base, suggestion);
      if (!result.ok) throw conflict(result.reason, `SUGGESTION_${result.code}`);
      const weekStart = c.review.nextWeekStart;
      const plan = await this.plans.saveDraftIn(em, ctx, {
        athleteId: athlete.id,
        weekStart,
        expectedRevision: input.expectedRevision,
        sessions: result.plan.sessions.map((s) => toStoredSession(weekStart, s)),
      });
      await em.getRepository(ReviewDecisionEntity).insert({
        organizationId: ctx.organizationId,
        athleteId: athlete.id,
        weekStart,
        suggestionId: suggestion.id,
        kind: suggestion.kind,
        action: ReviewDecisionAction.APPLIED,
        planId: plan.id,
        planBefore: base as unknown as object,
        planAfter: result.plan as unknown as object,
        note: null,
        decidedByUserId: ctx.userId,
      });
      return plan;
    });
  }

  /** Coach: dismiss a suggestion for this week; the review stops proposing it. */
  async dismiss(
    ctx: AuthContext,
    input: DismissSuggestionInput,
    now = new Date(),
  ): Promise<AthleteReviewModel> {
    await this.db.transaction(async (em) => {
      const { athlete } = await this.policy.coachAccess(ctx, input.athleteId, em);
      const [c] = await this.compute([athlete.id], now, em);
      const suggestion = c.suggestions.find((s) => s.id === input.suggestionId);
      if (!suggestion)
        throw conflict('This suggestion is no longer proposed for this athlete', 'SUGGESTION_GONE');
      await em.getRepository(ReviewDecisionEntity).insert({
        organizationId: ctx.organizationId,
        athleteId: athlete.id,
        weekStart: c.review.nextWeekStart,
        suggestionId: suggestion.id,
        kind: suggestion.kind,
        action: ReviewDecisionAction.DISMISSED,
        planId: null,
        planBefore: null,
        planAfter: null,
        note: input.note ?? null,
        decidedByUserId: ctx.userId,
      });
    });
    return this.review(ctx, input.athleteId, now);
  }
}
