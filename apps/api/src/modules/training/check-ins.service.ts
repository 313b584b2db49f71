import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource } from 'typeorm';
import { CheckInEntity, IllnessStatus } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteChangeHooks } from './athlete-change-hooks';
import { AthleteScope } from './athlete-scope';
import { AthleteRangeArgs, UpsertCheckInInput } from './dto/training.inputs';
import { CheckInModel } from './models/training.models';

const toModel = (e: CheckInEntity): CheckInModel => ({
  id: e.id,
  athleteId: e.athleteId,
  date: e.date,
  sleepHours: e.sleepHours,
  sleepQuality: e.sleepQuality,
  rmssd: e.rmssd,
  restingHr: e.restingHr,
  soreness: e.soreness,
  fatigue: e.fatigue,
  stress: e.stress,
  mood: e.mood,
  illness: e.illness,
  note: e.note,
  updatedAt: e.updatedAt,
});

@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: AthleteScope,
    private readonly calendar: AthleteCalendar,
    private readonly changes: AthleteChangeHooks,
  ) {}

  /** The athlete's own check-in for a local date; a second one the same day replaces the first. */
  async upsert(ctx: AuthContext, input: UpsertCheckInInput): Promise<CheckInModel> {
    const { athlete } = await this.scope.resolve(ctx, undefined, 'SELF');
    const today = await this.calendar.today(athlete.id);
    const date = input.date ?? today.date;
    this.calendar.assertDate('date', date, today.date, { allowFuture: false });
    const values = {
      organizationId: athlete.organizationId,
      athleteId: athlete.id,
      date,
      sleepHours: input.sleepHours ?? null,
      sleepQuality: input.sleepQuality ?? null,
      rmssd: input.rmssd ?? null,
      restingHr: input.restingHr ?? null,
      soreness: input.soreness ?? null,
      fatigue: input.fatigue ?? null,
      stress: input.stress ?? null,
      mood: input.mood ?? null,
      illness: input.illness ?? IllnessStatus.NONE,
      note: input.note ?? null,
    };
    const repo = this.db.getRepository(CheckInEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values(values)
      .orUpdate(
        [
          'sleep_hours',
          'sleep_quality',
          'rmssd',
          'resting_hr',
          'soreness',
          'fatigue',
          'stress',
          'mood',
          'illness',
          'note',
          'updated_at',
        ],
        ['athlete_id', 'date'],
      )
      .execute();
    if (values.illness !== IllnessStatus.NONE) this.changes.changed(athlete.id, { kind: 'ILLNESS_CHECK_IN' });
    return toModel(await repo.findOneByOrFail({ athleteId: athlete.id, date }));
  }

  async list(ctx: AuthContext, args: AthleteRangeArgs): Promise<CheckInModel[]> {
    const { athlete } = await this.scope.resolve(ctx, args.athleteId, 'READ');
    const today = await this.calendar.today(athlete.id);
    const { from, to } = this.calendar.defaultRange(today.date, args.from, args.to);
    this.calendar.assertRange(from, to);
    const rows = await this.db.getRepository(CheckInEntity).find({
      where: { athleteId: athlete.id, date: Between(from, to) },
      order: { date: 'ASC' },
    });
    return rows.map(toModel);
  }
}
