import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '@app/common';
import { LoggedSessionEntity, SessionSource } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteChangeHooks } from './athlete-change-hooks';
import { AthleteScope } from './athlete-scope';
import { AthleteRangeArgs, LogSessionInput, UpdateLoggedSessionInput } from './dto/training.inputs';
import { LoggedSessionModel } from './models/training.models';

export const toLoggedSessionModel = (e: LoggedSessionEntity): LoggedSessionModel => ({
  id: e.id,
  athleteId: e.athleteId,
  date: e.date,
  kind: e.kind,
  minutes: e.minutes,
  srpe: e.srpe,
  load: e.srpe === null ? null : Math.round(e.srpe * e.minutes * 10) / 10,
  averageHr: e.averageHr,
  distanceMeters: e.distanceMeters,
  note: e.note,
  plannedSessionId: e.plannedSessionId,
  source: e.source,
  startedAt: e.startedAt,
  elapsedSeconds: e.elapsedSeconds,
  movingSeconds: e.movingSeconds,
  sport: e.sport,
  sportInferred: e.sportInferred,
});

@Injectable()
export class LoggedSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: AthleteScope,
    private readonly calendar: AthleteCalendar,
    private readonly changes: AthleteChangeHooks,
  ) {}

  /**
   * The session a log names, checked to be one of the athlete's published plans. A session of a superseded version of
   * its week resolves to the one that replaced it in the published version (PlansService.carryLogsForward's rule: same
   * day, kind and key flag, the n-th of them in plan order), so a client holding an old copy of the plan still logs
   * against the plan in force. Run in the transaction that writes the log, with every version of the week
   * share-locked: a publish of the week under way (it updates the draft's row and the published version's) is waited
   * for, and one that starts after waits for this transaction and then moves the log; a log never names a version
   * superseded under it.
   */
  private async plannedSession(
    em: EntityManager,
    athleteId: string,
    plannedSessionId: string,
  ): Promise<string> {
    const versions: Array<{ status: string; named: boolean }> = await em.query(
      `SELECT v.status, v.id = ps.plan_id AS named
         FROM planned_session ps
         JOIN weekly_plan wp ON wp.id = ps.plan_id AND wp.athlete_id = $2
         JOIN weekly_plan v ON v.athlete_id = wp.athlete_id AND v.week_start = wp.week_start
        WHERE ps.id = $1
          FOR SHARE OF v`,
      [plannedSessionId, athleteId],
    );
    const named = versions.filter((v) => v.named);
    if (!named.length)
      throw badInput('plannedSessionId is not a session of this athlete’s plans', 'PLANNED_SESSION_UNKNOWN');
    if (named[0].status === 'DRAFT') {
      // A draft's sessions are replaced on every save: a log naming one would soon name nothing.
      throw badInput(
        'plannedSessionId is a session of an unpublished draft: name a session of the published plan',
        'PLANNED_SESSION_NOT_PUBLISHED',
      );
    }
    if (named[0].status !== 'SUPERSEDED') return plannedSessionId;
    const rows: Array<{ current: string | null }> = await em.query(
      `WITH named AS (
         SELECT ps.plan_id, ps.date, ps.kind, ps.key, ps.position, wp.week_start
           FROM planned_session ps JOIN weekly_plan wp ON wp.id = ps.plan_id
          WHERE ps.id = $1 AND wp.athlete_id = $2
       )
       SELECT (SELECT c.id FROM weekly_plan p JOIN planned_session c ON c.plan_id = p.id
                WHERE p.athlete_id = $2 AND p.week_start = named.week_start AND p.status = 'PUBLISHED'
                  AND c.date = named.date AND c.kind = named.kind AND c.key = named.key
                ORDER BY c.position
               OFFSET (SELECT count(*) FROM planned_session o
                        WHERE o.plan_id = named.plan_id AND o.date = named.date AND o.kind = named.kind
                          AND o.key = named.key AND o.position < named.position)
                LIMIT 1) AS current
         FROM named`,
      [plannedSessionId, athleteId],
    );
    return rows[0]?.current ?? plannedSessionId;
  }

  /** The athlete, or an assigned coach for them, logs a session (minutes and sRPE). */
  async log(ctx: AuthContext, input: LogSessionInput): Promise<LoggedSessionModel> {
    const { athlete } = await this.scope.resolve(ctx, input.athleteId, 'LOG');
    const today = await this.calendar.today(athlete.id);
    const date = input.date ?? today.date;
    this.calendar.assertDate('date', date, today.date, { allowFuture: false });
    const saved = await this.db.transaction(async (em) =>
      em.getRepository(LoggedSessionEntity).save({
        organizationId: athlete.organizationId,
        athleteId: athlete.id,
        date,
        kind: input.kind,
        minutes: input.minutes,
        srpe: input.srpe,
        averageHr: input.averageHr ?? null,
        distanceMeters: input.distanceMeters ?? null,
        note: input.note ?? null,
        plannedSessionId: input.plannedSessionId
          ? await this.plannedSession(em, athlete.id, input.plannedSessionId)
          : null,
        source: SessionSource.MANUAL,
        startedAt: null,
        fileHash: null,
        loggedByUserId: ctx.userId,
      }),
    );
    this.changes.changed(athlete.id, { kind: 'SESSION_LOGGED', date });
    return toLoggedSessionModel(saved);
  }

  /** Rate an imported session, or correct a logged one. */
  async update(ctx: AuthContext, input: UpdateLoggedSessionInput): Promise<LoggedSessionModel> {
    const repo = this.db.getRepository(LoggedSessionEntity);
    const row = await repo.findOneBy({ id: input.id });
    if (!row || row.organizationId !== ctx.organizationId) throw notFound('Logged session');
    await this.scope.resolve(ctx, row.athleteId, 'LOG');
    const patch: Partial<LoggedSessionEntity> = {};
    if (input.srpe != null) patch.srpe = input.srpe;
    if (input.kind != null) {
      patch.kind = input.kind;
      // The athlete said what it was: a sport guessed from the file's speed is no longer worth showing.
      if (row.sportInferred) Object.assign(patch, { sport: null, sportInferred: false });
      // Of another kind than its planned session, it is no longer that session done (a ride in place of the run is not
      // the run): the link goes, unless the correction names a session itself.
      if (row.plannedSessionId !== null && !input.plannedSessionId) {
        const [planned] = await this.db.query<Array<{ kind: string }>>(
          `SELECT kind FROM planned_session WHERE id = $1`,
          [row.plannedSessionId],
        );
        if (planned && planned.kind !== input.kind) patch.plannedSessionId = null;
      }
    }
    if (input.minutes != null) patch.minutes = input.minutes;
    if (input.note != null) patch.note = input.note;
    if (!Object.keys(patch).length && !input.plannedSessionId)
      throw badInput('Nothing to update', 'EMPTY_UPDATE');
    await this.db.transaction(async (em) => {
      if (input.plannedSessionId)
        patch.plannedSessionId = await this.plannedSession(em, row.athleteId, input.plannedSessionId);
      await em.getRepository(LoggedSessionEntity).update({ id: row.id }, patch);
    });
    this.changes.changed(row.athleteId, { kind: 'SESSION_LOGGED', date: row.date });
    return toLoggedSessionModel(await repo.findOneByOrFail({ id: row.id }));
  }

  async list(ctx: AuthContext, args: AthleteRangeArgs): Promise<LoggedSessionModel[]> {
    const { athlete } = await this.scope.resolve(ctx, args.athleteId, 'READ');
    const today = await this.calendar.today(athlete.id);
    const { from, to } = this.calendar.defaultRange(today.date, args.from, args.to);
    this.calendar.assertRange(from, to);
    const rows = await this.db.getRepository(LoggedSessionEntity).find({
      where: { athleteId: athlete.id, date: Between(from, to) },
      order: { date: 'ASC', createdAt: 'ASC' },
    });
    return rows.map(toLoggedSessionModel);
  }
}
