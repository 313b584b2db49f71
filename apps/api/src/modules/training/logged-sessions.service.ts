import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager } from 'typeorm';
import { addDays, badInput, notFound } from '@app/common';
import { LoggedSessionEntity, SessionSource } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteChangeHooks } from './athlete-change-hooks';
import { AthleteScope } from './athlete-scope';
import { moveLogsToPublished } from './planned-session-links';
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
   * The session a log names, checked to be one of the athlete's published plans: a draft's is refused (its sessions
   * are replaced on every save). Run in the transaction that writes the log, with every version of the week
   * share-locked: a publish of the week under way (it updates the draft's row and the published version's) is waited
   * for, and one that starts after waits for this transaction and then moves the log. The versions are locked newest
   * first, the order a publish (the draft, then the published version) and a save (every version, newest first) lock
   * them: in another order a log and a publish could each hold a row the other waits for, a deadlock that PostgreSQL
   * broke by refusing the log (DATABASE_UNAVAILABLE). Returns the week of a superseded version's session, whose log
   * the caller moves to the session that replaced it once written (`moveLogsToPublished`, a publish's own rule), so a
   * client holding an old copy of the plan still logs against the plan in force; null otherwise.
   * `date` is the log's date once written: outside the planned session's week it is refused
   * (PLANNED_SESSION_OTHER_WEEK), as compliance counts a log in the week of its date while the review's missed key
   * sessions go by the link, and the two would disagree.
   */
  private async checkPlannedSession(
    em: EntityManager,
    athleteId: string,
    plannedSessionId: string,
    date: string,
  ): Promise<string | null> {
    const versions: Array<{ status: string; named: boolean; week: string }> = await em.query(
      `SELECT v.status, v.id = ps.plan_id AS named, to_char(v.week_start, 'YYYY-MM-DD') AS week
         FROM planned_session ps
         JOIN weekly_plan wp ON wp.id = ps.plan_id AND wp.athlete_id = $2
         JOIN weekly_plan v ON v.athlete_id = wp.athlete_id AND v.week_start = wp.week_start
        WHERE ps.id = $1
        ORDER BY v.version DESC
          FOR SHARE OF v`,
      [plannedSessionId, athleteId],
    );
    const named = versions.find((v) => v.named);
    if (!named)
      throw badInput('plannedSessionId is not a session of this athlete’s plans', 'PLANNED_SESSION_UNKNOWN');
    if (named.status === 'DRAFT') {
      throw badInput(
        'plannedSessionId is a session of an unpublished draft: name a session of the published plan',
        'PLANNED_SESSION_NOT_PUBLISHED',
      );
    }
    if (date < named.week || date > addDays(named.week, 6)) {
      throw badInput(
        `plannedSessionId is a session of the week of ${named.week}: a session on ${date} cannot be it`,
        'PLANNED_SESSION_OTHER_WEEK',
      );
    }
    return named.status === 'SUPERSEDED' ? named.week : null;
  }

  /** The athlete, or an assigned coach for them, logs a session (minutes and sRPE). */
  async log(ctx: AuthContext, input: LogSessionInput): Promise<LoggedSessionModel> {
    const { athlete } = await this.scope.resolve(ctx, input.athleteId, 'LOG');
    const today = await this.calendar.today(athlete.id);
    const date = input.date ?? today.date;
    this.calendar.assertDate('date', date, today.date, { allowFuture: false });
    const saved = await this.db.transaction(async (em) => {
      const superseded = input.plannedSessionId
        ? await this.checkPlannedSession(em, athlete.id, input.plannedSessionId, date)
        : null;
      const repo = em.getRepository(LoggedSessionEntity);
      const row = await repo.save({
        organizationId: athlete.organizationId,
        athleteId: athlete.id,
        date,
        kind: input.kind,
        minutes: input.minutes,
        srpe: input.srpe,
        averageHr: input.averageHr ?? null,
        distanceMeters: input.distanceMeters ?? null,
        note: input.note ?? null,
        plannedSessionId: input.plannedSessionId ?? null,
        source: SessionSource.MANUAL,
        startedAt: null,
        fileHash: null,
        loggedByUserId: ctx.userId,
      });
      if (superseded === null) return row;
      await moveLogsToPublished(em, athlete.id, superseded);
      return repo.findOneByOrFail({ id: row.id });
    });
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
    // Sent, the note is what the athlete wrote; null or blank clears it.
    if (input.note !== undefined) patch.note = input.note?.trim() ? input.note : null;
    if (input.date != null && input.date !== row.date) {
      const today = await this.calendar.today(row.athleteId);
      this.calendar.assertDate('date', input.date, today.date, { allowFuture: false });
      patch.date = input.date;
      // Moved out of its planned session's week, it is no longer that session done (the week's compliance counts it
      // among the other week's sessions): the link goes, unless the correction names a session itself.
      const linked = patch.plannedSessionId === undefined ? row.plannedSessionId : patch.plannedSessionId;
      if (linked && !input.plannedSessionId) {
        const [week] = await this.db.query<Array<{ start: string }>>(
          `SELECT to_char(wp.week_start, 'YYYY-MM-DD') AS start
             FROM planned_session ps JOIN weekly_plan wp ON wp.id = ps.plan_id WHERE ps.id = $1`,
          [linked],
        );
        if (week && (input.date < week.start || input.date > addDays(week.start, 6)))
          patch.plannedSessionId = null;
      }
    }
    if (!Object.keys(patch).length && !input.plannedSessionId)
      throw badInput('Nothing to update', 'EMPTY_UPDATE');
    await this.db.transaction(async (em) => {
      const superseded = input.plannedSessionId
        ? await this.checkPlannedSession(em, row.athleteId, input.plannedSessionId, patch.date ?? row.date)
        : null;
      if (input.plannedSessionId) patch.plannedSessionId = input.plannedSessionId;
      await em.getRepository(LoggedSessionEntity).update({ id: row.id }, patch);
      if (superseded !== null) await moveLogsToPublished(em, row.athleteId, superseded);
    });
    this.changes.changed(row.athleteId, { kind: 'SESSION_LOGGED', date: row.date });
    if (patch.date) this.changes.changed(row.athleteId, { kind: 'SESSION_LOGGED', date: patch.date });
    return toLoggedSessionModel(await repo.findOneByOrFail({ id: row.id }));
  }

  /**
   * The athlete, or an assigned coach, deletes a logged session (entered by mistake, or a file imported twice under
   * two names). An imported file's session can be imported again afterwards, on its own or in the same archive
   * uploaded again (ActivityArchiveService.enqueue reruns a done job one of whose sessions is gone). Returns the
   * deleted session's id.
   */
  async remove(ctx: AuthContext, id: string): Promise<string> {
    const repo = this.db.getRepository(LoggedSessionEntity);
    const row = await repo.findOneBy({ id });
    if (!row || row.organizationId !== ctx.organizationId) throw notFound('Logged session');
    await this.scope.resolve(ctx, row.athleteId, 'LOG');
    await repo.delete({ id: row.id });
    this.changes.changed(row.athleteId, { kind: 'SESSION_LOGGED', date: row.date });
    return row.id;
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
