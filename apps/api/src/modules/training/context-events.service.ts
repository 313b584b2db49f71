import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '@app/common';
import { ContextEventEntity, ContextEventSource, ContextEventStatus } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteScope } from './athlete-scope';
import { AddContextEventInput, ContextEventsArgs, UpdateContextEventInput } from './dto/training.inputs';
import { ContextEventModel } from './models/training.models';

export const toContextEventModel = (e: ContextEventEntity): ContextEventModel => ({
  id: e.id,
  athleteId: e.athleteId,
  kind: e.kind,
  startDate: e.startDate,
  endDate: e.endDate,
  note: e.note,
  source: e.source,
  status: e.status,
  messageId: e.messageId,
  // How the message's dates were read: for the decision only (a confirmed event has the dates decided).
  dateNote:
    e.status === ContextEventStatus.PROPOSED && typeof e.details?.dateNote === 'string'
      ? e.details.dateNote
      : null,
  createdAt: e.createdAt,
});

/**
 * Life context with dates. Entered by the athlete or a coach it is CONFIRMED at once; detected in chat
 * it is PROPOSED until a coach confirms (possibly correcting kind and dates) or dismisses it. Only
 * CONFIRMED events count for the engine and for compliance. (Deciding on proposals: chat/context-proposals.)
 */
@Injectable()
export class ContextEventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: AthleteScope,
    private readonly calendar: AthleteCalendar,
  ) {}

  private async checkDates(athleteId: string, start: string, end: string | null | undefined) {
    const today = await this.calendar.today(athleteId);
    this.calendar.assertDate('startDate', start, today.date, { allowFuture: true });
    if (end) {
      this.calendar.assertDate('endDate', end, today.date, { allowFuture: true });
      if (end < start) throw badInput('endDate must not be before startDate', 'INVALID_RANGE');
    }
  }

  async add(ctx: AuthContext, input: AddContextEventInput): Promise<ContextEventModel> {
    const { athlete } = await this.scope.resolve(ctx, input.athleteId, 'LOG');
    await this.checkDates(athlete.id, input.startDate, input.endDate);
    const saved = await this.db.getRepository(ContextEventEntity).save({
      organizationId: athlete.organizationId,
      athleteId: athlete.id,
      kind: input.kind,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      note: input.note ?? null,
      source: ContextEventSource.ENTERED,
      status: ContextEventStatus.CONFIRMED,
      messageId: null,
      details: null,
      createdByUserId: ctx.userId,
      decidedByUserId: ctx.userId,
    });
    return toContextEventModel(saved);
  }

  private async load(ctx: AuthContext, id: string) {
    const row = await this.db.getRepository(ContextEventEntity).findOneBy({ id });
    if (!row || row.organizationId !== ctx.organizationId) throw notFound('Context event');
    return row;
  }

  async update(ctx: AuthContext, input: UpdateContextEventInput): Promise<ContextEventModel> {
    const row = await this.load(ctx, input.id);
    await this.scope.resolve(ctx, row.athleteId, 'LOG');
    if (input.kind == null && input.startDate == null && input.endDate == null && input.note == null) {
      throw badInput('Nothing to update', 'EMPTY_UPDATE');
    }
    const start = input.startDate ?? row.startDate;
    const end = input.endDate ?? row.endDate;
    await this.checkDates(row.athleteId, start, end);
    await this.db.getRepository(ContextEventEntity).update(
      { id: row.id },
      // Only the fields given are written (no lost update of a concurrent edit of another field).
      {
        ...(input.kind != null ? { kind: input.kind } : {}),
        ...(input.startDate != null ? { startDate: input.startDate } : {}),
        ...(input.endDate != null ? { endDate: input.endDate } : {}),
        ...(input.note != null ? { note: input.note } : {}),
      },
    );
    return toContextEventModel(
      await this.db.getRepository(ContextEventEntity).findOneByOrFail({ id: row.id }),
    );
  }

  async list(ctx: AuthContext, args: ContextEventsArgs): Promise<ContextEventModel[]> {
    const { athlete } = await this.scope.resolve(ctx, args.athleteId, 'READ');
    const rows = await this.db.getRepository(ContextEventEntity).find({
      where: { athleteId: athlete.id, ...(args.status ? { status: args.status } : {}) },
      order: { startDate: 'DESC', createdAt: 'DESC' },
      take: 500,
    });
    return rows.map(toContextEventModel);
  }
}
