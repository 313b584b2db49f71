import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import {
  addDays,
  badInput,
  conflict,
  forbidden,
  isIsoDate,
  isMonday,
  notFound,
  weekdayIndex,
} from '@app/common';
import { PlannedSessionEntity, PlannedSessionKind, PlanStatus, WeeklyPlanEntity } from '@app/db';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { AthleteCalendar } from '../training/athlete-calendar.service';
import { AthleteScope } from '../training/athlete-scope';
import { moveLogsToPublished } from '../training/planned-session-links';
import { PlannedSessionInput, PublishPlanInput, SavePlanDraftInput, WeekArgs } from './dto/plan.inputs';
import { PlannedSessionModel, WeeklyPlanModel, WeekPlanModel } from './models/plan.models';
import { checkEffort, storedEffort } from './effort';
import { PlanWriteHooks, PlanWriteRun } from './plan-write-hooks';

const isUniqueViolation = (e: unknown) =>
  e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === '23505';

export function toPlannedSessionModel(s: PlannedSessionEntity): PlannedSessionModel {
  return {
    id: s.id,
    date: s.date,
    dayOfWeek: weekdayIndex(s.date),
    kind: s.kind,
    minutes: s.minutes,
    effort: { type: s.effortType, value: s.effortValue, scale: s.zoneScale },
    intervals: s.intervals,
    purpose: s.purpose,
    key: s.key,
    sport: s.sport,
  };
}

function toPlanModel(p: WeeklyPlanEntity, sessions: PlannedSessionEntity[]): WeeklyPlanModel {
  const mapped = sessions.map(toPlannedSessionModel);
  return {
    id: p.id,
    athleteId: p.athleteId,
    weekStart: p.weekStart,
    version: p.version,
    status: p.status,
    revision: p.revision,
    notes: p.notes,
    publishedAt: p.publishedAt,
    updatedAt: p.updatedAt,
    sessions: mapped,
    plannedMinutes: mapped
      .filter((s) => s.kind !== PlannedSessionKind.REST)
      .reduce((a, s) => a + s.minutes, 0),
  };
}

/** Prescriptions are minutes and effort inside the plan's week; interval work must fit the session. */
export function validateSessions(weekStart: string, sessions: PlannedSessionInput[]): void {
  const weekEnd = addDays(weekStart, 6);
  sessions.forEach((s, i) => {
    const at = `sessions[${i}]`;
    if (!isIsoDate(s.date) || s.date < weekStart || s.date > weekEnd) {
      throw badInput(
        `${at}.date ${s.date} is outside the week ${weekStart}…${weekEnd}`,
        'SESSION_OUTSIDE_WEEK',
      );
    }
    if (s.kind === PlannedSessionKind.REST && (s.key || s.intervals)) {
      throw badInput(
        `${at} is a rest day: it is no key session and has no intervals (key false, intervals null)`,
        'REST_DAY_NOT_A_SESSION',
      );
    }
    if (s.kind === PlannedSessionKind.REST ? s.minutes !== 0 : s.minutes < 1) {
      throw badInput(`${at}.minutes must be 0 for REST and at least 1 otherwise`, 'INVALID_MINUTES');
    }
    if (s.sport != null && s.kind !== PlannedSessionKind.CROSS_TRAINING) {
      throw badInput(
        `${at}.sport ${s.sport} is for cross-training only; a ${s.kind} session has no sport`,
        'SPORT_NOT_CROSS_TRAINING',
      );
    }
    checkEffort(`${at}.effort`, s.effort);
    if (s.intervals) {
      checkEffort(`${at}.intervals.workEffort`, s.intervals.workEffort);
      checkEffort(`${at}.intervals.recoveryEffort`, s.intervals.recoveryEffort);
      const seconds = s.intervals.repeats * (s.intervals.workSeconds + s.intervals.recoverySeconds);
      if (seconds > s.minutes * 60) {
        throw badInput(
          `${at}.intervals take ${Math.ceil(seconds / 60)} min, longer than the session`,
          'INTERVALS_TOO_LONG',
        );
      }
    }
  });
}

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly scope: AthleteScope,
    private readonly calendar: AthleteCalendar,
    private readonly hooks: PlanWriteHooks,
  ) {}

  private async withSessions(em: EntityManager, plans: WeeklyPlanEntity[]): Promise<WeeklyPlanModel[]> {
    if (!plans.length) return [];
    const sessions = await em.getRepository(PlannedSessionEntity).find({
      where: { planId: In(plans.map((p) => p.id)) },
      order: { date: 'ASC', position: 'ASC' },
    });
    return plans.map((p) =>
      toPlanModel(
        p,
        sessions.filter((s) => s.planId === p.id),
      ),
    );
  }

  private async insertSessions(em: EntityManager, planId: string, sessions: PlannedSessionInput[]) {
    if (!sessions.length) return;
    await em.getRepository(PlannedSessionEntity).insert(
      sessions.map((s, i) => ({
        planId,
        date: s.date,
        position: i,
        kind: s.kind,
        minutes: s.minutes,
        effortType: s.effort.type,
        effortValue: s.effort.value,
        zoneScale: storedEffort(s.effort).scale ?? null,
        intervals: s.intervals
          ? {
              repeats: s.intervals.repeats,
              workSeconds: s.intervals.workSeconds,
              workEffort: storedEffort(s.intervals.workEffort),
              recoverySeconds: s.intervals.recoverySeconds,
              recoveryEffort: storedEffort(s.intervals.recoveryEffort),
            }
          : null,
        purpose: s.purpose ?? '',
        key: s.key ?? false,
        sport: s.sport ?? null,
      })),
    );
  }

  /**
   * Coach: create or edit the week's draft. Editing needs the revision the coach started from; a
   * newer revision on the server (another coach, another tab) is a CONFLICT, never an overwrite. A new
   * draft of a published week starts as a copy of the published version. The stored review of that week follows
   * the draft in the same transaction (PlanWriteHooks: its suggestions name the sessions as saved); the answer's
   * `reviewRegeneration` says what became of it.
   */
  async saveDraft(ctx: AuthContext, input: SavePlanDraftInput): Promise<WeeklyPlanModel> {
    const run = this.hooks.start('DRAFT_SAVED', { userId: ctx.userId });
    let model: WeeklyPlanModel;
    try {
      model = await this.db.transaction(async (em) => {
        const saved = await this.saveDraftIn(em, ctx, input, run);
        return { ...saved, reviewRegeneration: await run.written(em) };
      });
    } catch (e) {
      // Two coaches creating the first draft of a week at once: the unique index decides.
      if (isUniqueViolation(e))
        throw conflict('Another draft of this week was just created', 'PLAN_VERSION_CONFLICT');
      throw e;
    }
    run.committed();
    return model;
  }

  /**
   * saveDraft inside the caller's transaction (applying a suggestion records its decision with it). Without `run`
   * no hook runs: the review workflow's own writes re-derive the review themselves.
   */
  async saveDraftIn(
    em: EntityManager,
    ctx: AuthContext,
    input: SavePlanDraftInput,
    run?: PlanWriteRun,
  ): Promise<WeeklyPlanModel> {
    if (!isMonday(input.weekStart)) {
      throw badInput(
        `weekStart ${input.weekStart} is not a Monday (weeks start on Monday)`,
        'WEEK_START_NOT_MONDAY',
      );
    }
    if (input.sessions) validateSessions(input.weekStart, input.sessions);
    const { athlete } = await this.policy.coachAccess(ctx, input.athleteId, em);
    const today = await this.calendar.today(athlete.id, new Date(), em);
    this.calendar.assertDate('weekStart', input.weekStart, today.date, { allowFuture: true });
    await run?.lock(em, athlete.id, input.weekStart);
    const versions = await em
      .getRepository(WeeklyPlanEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.athlete_id = :a AND p.week_start = :w', { a: athlete.id, w: input.weekStart })
      .orderBy('p.version', 'DESC')
      .getMany();
    const draft = versions.find((v) => v.status === PlanStatus.DRAFT);
    const plans = em.getRepository(WeeklyPlanEntity);
    let planId: string;
    // A null expectedRevision is no revision (GraphQL: a nullable input sent as null means the same as omitting it).
    const expected = input.expectedRevision ?? undefined;
    const expectedPlanId = input.expectedPlanId ?? undefined;
    if (draft) {
      // The draft edited was published and the week drafted again: the new draft's revisions start again at 1, so the
      // revision alone could match it.
      if (expectedPlanId !== undefined && expectedPlanId !== draft.id) {
        throw conflict(
          'The draft you edited no longer exists (published or discarded); the week has a new draft',
          'PLAN_DRAFT_GONE',
          { planId: draft.id, currentRevision: draft.revision },
        );
      }
      if (expected === undefined) {
        throw conflict('A draft of this week exists; send expectedRevision to edit it', 'PLAN_DRAFT_EXISTS', {
          planId: draft.id,
          currentRevision: draft.revision,
        });
      }
      if (expected !== draft.revision) {
        throw conflict(
          `The draft was changed meanwhile (revision ${draft.revision}, you edited ${expected})`,
          'PLAN_VERSION_CONFLICT',
          { planId: draft.id, currentRevision: draft.revision },
        );
      }
      if (input.sessions) {
        await em.getRepository(PlannedSessionEntity).delete({ planId: draft.id });
        await this.insertSessions(em, draft.id, input.sessions);
      }
      await plans.update(
        { id: draft.id },
        { revision: draft.revision + 1, notes: input.notes ?? draft.notes },
      );
      planId = draft.id;
    } else {
      if (expected !== undefined || expectedPlanId !== undefined) {
        throw conflict('The draft you edited no longer exists (published or discarded)', 'PLAN_DRAFT_GONE');
      }
      const published = versions.find((v) => v.status === PlanStatus.PUBLISHED);
      const created = await plans.save({
        organizationId: athlete.organizationId,
        athleteId: athlete.id,
        weekStart: input.weekStart,
        version: (versions[0]?.version ?? 0) + 1,
        status: PlanStatus.DRAFT,
        revision: 1,
        notes: input.notes ?? published?.notes ?? null,
        createdByUserId: ctx.userId,
        publishedAt: null,
        publishedByUserId: null,
      });
      let sessions = input.sessions;
      if (!sessions && published) {
        const [copy] = await this.withSessions(em, [published]);
        sessions = copy.sessions.map((s) => ({ ...s, intervals: s.intervals ?? undefined }));
      }
      await this.insertSessions(em, created.id, sessions ?? []);
      planId = created.id;
    }
    const [model] = await this.withSessions(em, [await plans.findOneByOrFail({ id: planId })]);
    return model;
  }

  /**
   * Coach: the draft becomes the published plan; the previous published version is kept, superseded. A stored
   * review that reads this week's published plan follows it in the same transaction (PlanWriteHooks).
   */
  async publish(ctx: AuthContext, input: PublishPlanInput): Promise<WeeklyPlanModel> {
    const run = this.hooks.start('PUBLISHED', { userId: ctx.userId });
    const model = await this.db.transaction(async (em) => {
      const published = await this.publishIn(em, ctx, input, run);
      return { ...published, reviewRegeneration: await run.written(em) };
    });
    run.committed();
    return model;
  }

  /** publish inside the caller's transaction (completing a review publishes with it); hooks only with `run`. */
  async publishIn(
    em: EntityManager,
    ctx: AuthContext,
    input: PublishPlanInput,
    run?: PlanWriteRun,
  ): Promise<WeeklyPlanModel> {
    const plans = em.getRepository(WeeklyPlanEntity);
    let checked = false;
    if (run) {
      // The hooks lock before the plan's row (see PlanWriteHook): its athlete and week are read first (they never
      // change), and access is checked on them.
      const seen = await plans.findOne({ where: { id: input.planId } });
      if (!seen || seen.organizationId !== ctx.organizationId) throw notFound('Plan');
      await this.policy.coachAccess(ctx, seen.athleteId, em);
      await run.lock(em, seen.athleteId, seen.weekStart);
      checked = true;
    }
    const plan = await plans.findOne({ where: { id: input.planId }, lock: { mode: 'pessimistic_write' } });
    if (!plan || plan.organizationId !== ctx.organizationId) throw notFound('Plan');
    if (!checked) await this.policy.coachAccess(ctx, plan.athleteId, em);
    if (plan.status !== PlanStatus.DRAFT)
      throw conflict(`This plan is already ${plan.status}`, 'PLAN_NOT_DRAFT');
    if (plan.revision !== input.expectedRevision) {
      throw conflict(`The draft was changed meanwhile (revision ${plan.revision})`, 'PLAN_VERSION_CONFLICT', {
        currentRevision: plan.revision,
      });
    }
    await plans.update(
      { athleteId: plan.athleteId, weekStart: plan.weekStart, status: PlanStatus.PUBLISHED },
      { status: PlanStatus.SUPERSEDED },
    );
    await plans.update(
      { id: plan.id },
      { status: PlanStatus.PUBLISHED, publishedAt: new Date(), publishedByUserId: ctx.userId },
    );
    await moveLogsToPublished(em, plan.athleteId, plan.weekStart);
    const [model] = await this.withSessions(em, [await plans.findOneByOrFail({ id: plan.id })]);
    return model;
  }

  /** The draft of a week, if one exists (for the review workflow). */
  async draftOf(em: EntityManager, athleteId: string, weekStart: string): Promise<WeeklyPlanModel | null> {
    const row = await em
      .getRepository(WeeklyPlanEntity)
      .findOne({ where: { athleteId, weekStart, status: PlanStatus.DRAFT } });
    return row ? (await this.withSessions(em, [row]))[0] : null;
  }

  private async resolveWeek(ctx: AuthContext, args: WeekArgs) {
    const access = await this.scope.resolve(ctx, args.athleteId, 'READ');
    const today = await this.calendar.today(access.athlete.id);
    const weekStart = args.weekStart ?? today.weekStart;
    if (!isMonday(weekStart))
      throw badInput(`weekStart ${weekStart} is not a Monday`, 'WEEK_START_NOT_MONDAY');
    return { ...access, weekStart };
  }

  /** The athlete sees the published plan only; coaches and admins also see the draft. */
  async week(ctx: AuthContext, args: WeekArgs): Promise<WeekPlanModel> {
    const { athlete, relation, weekStart } = await this.resolveWeek(ctx, args);
    const statuses = relation === 'SELF' ? [PlanStatus.PUBLISHED] : [PlanStatus.PUBLISHED, PlanStatus.DRAFT];
    const rows = await this.db
      .getRepository(WeeklyPlanEntity)
      .find({ where: { athleteId: athlete.id, weekStart, status: In(statuses) } });
    const models = await this.withSessions(this.db.manager, rows);
    return {
      athleteId: athlete.id,
      weekStart,
      published: models.find((m) => m.status === PlanStatus.PUBLISHED) ?? null,
      draft: models.find((m) => m.status === PlanStatus.DRAFT) ?? null,
    };
  }

  /** Staff: every version of a week, newest first. */
  async versions(ctx: AuthContext, args: WeekArgs): Promise<WeeklyPlanModel[]> {
    const { athlete, relation, weekStart } = await this.resolveWeek(ctx, args);
    if (relation === 'SELF') throw forbidden('Plan history is for coaches', 'STAFF_ONLY');
    const rows = await this.db
      .getRepository(WeeklyPlanEntity)
      .find({ where: { athleteId: athlete.id, weekStart }, order: { version: 'DESC' } });
    return this.withSessions(this.db.manager, rows);
  }

  async publishedWeek(
    em: EntityManager,
    athleteId: string,
    weekStart: string,
  ): Promise<WeeklyPlanModel | null> {
    const row = await em
      .getRepository(WeeklyPlanEntity)
      .findOne({ where: { athleteId, weekStart, status: PlanStatus.PUBLISHED } });
    return row ? (await this.withSessions(em, [row]))[0] : null;
  }
}
