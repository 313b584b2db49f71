import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '@app/common';
import { RaceEntity } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteScope } from './athlete-scope';
import { AddRaceInput, AthleteArgs, UpdateRaceInput } from './dto/training.inputs';
import { RaceModel } from './models/training.models';

const toModel = (e: RaceEntity): RaceModel => ({
  id: e.id,
  athleteId: e.athleteId,
  name: e.name,
  date: e.date,
  priority: e.priority,
  kind: e.kind,
  expectedMinutes: e.expectedMinutes,
  resultMinutes: e.resultMinutes,
  resultNote: e.resultNote,
});

@Injectable()
export class RacesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: AthleteScope,
    private readonly calendar: AthleteCalendar,
  ) {}

  async add(ctx: AuthContext, input: AddRaceInput): Promise<RaceModel> {
    const { athlete } = await this.scope.resolve(ctx, input.athleteId, 'LOG');
    const today = await this.calendar.today(athlete.id);
    this.calendar.assertDate('date', input.date, today.date, { allowFuture: true });
    const saved = await this.db.getRepository(RaceEntity).save({
      organizationId: athlete.organizationId,
      athleteId: athlete.id,
      name: input.name.trim(),
      date: input.date,
      priority: input.priority,
      kind: input.kind.trim(),
      expectedMinutes: input.expectedMinutes,
      resultMinutes: null,
      resultNote: null,
    });
    return toModel(saved);
  }

  async update(ctx: AuthContext, input: UpdateRaceInput): Promise<RaceModel> {
    const repo = this.db.getRepository(RaceEntity);
    const row = await repo.findOneBy({ id: input.id });
    if (!row || row.organizationId !== ctx.organizationId) throw notFound('Race');
    await this.scope.resolve(ctx, row.athleteId, 'LOG');
    const today = await this.calendar.today(row.athleteId);
    const date = input.date ?? row.date;
    this.calendar.assertDate('date', date, today.date, { allowFuture: true });
    if (input.resultMinutes != null && date > today.date) {
      throw badInput('A result can be recorded only on or after race day', 'RACE_NOT_RUN_YET');
    }
    // Only the fields given are written, so an athlete recording a result and a coach moving the race
    // at the same moment do not undo each other.
    const patch: Partial<RaceEntity> = {};
    if (input.name != null) patch.name = input.name.trim();
    if (input.date != null) patch.date = input.date;
    if (input.priority != null) patch.priority = input.priority;
    if (input.expectedMinutes != null) patch.expectedMinutes = input.expectedMinutes;
    if (input.resultMinutes != null) patch.resultMinutes = input.resultMinutes;
    if (input.resultNote != null) patch.resultNote = input.resultNote;
    if (!Object.keys(patch).length) throw badInput('Nothing to update', 'EMPTY_UPDATE');
    await repo.update({ id: row.id }, patch);
    return toModel(await repo.findOneByOrFail({ id: row.id }));
  }

  async list(ctx: AuthContext, args: AthleteArgs): Promise<RaceModel[]> {
    const { athlete } = await this.scope.resolve(ctx, args.athleteId, 'READ');
    const rows = await this.db
      .getRepository(RaceEntity)
      .find({ where: { athleteId: athlete.id }, order: { date: 'ASC' } });
    return rows.map(toModel);
  }
}
