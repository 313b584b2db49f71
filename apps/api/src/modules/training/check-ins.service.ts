import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource } from 'typeorm';
import { badInput } from '@app/common';
import { CheckInEntity, IllnessStatus } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteChangeHooks } from './athlete-change-hooks';
import { AthleteScope } from './athlete-scope';
import { AthleteRangeArgs, UpsertCheckInInput } from './dto/training.inputs';
import { CheckInModel } from './models/training.models';

/** The answers of a check-in: the input field and its column. */
const ANSWERS = [
  { field: 'sleepHours', column: 'sleep_hours' },
  { field: 'sleepQuality', column: 'sleep_quality' },
  { field: 'rmssd', column: 'rmssd' },
  { field: 'restingHr', column: 'resting_hr' },
  { field: 'soreness', column: 'soreness' },
  { field: 'fatigue', column: 'fatigue' },
  { field: 'stress', column: 'stress' },
  { field: 'mood', column: 'mood' },
  { field: 'illness', column: 'illness' },
  { field: 'note', column: 'note' },
] as const satisfies readonly { field: keyof UpsertCheckInInput; column: string }[];

/** Nothing answered: no hours, ratings, readings or note, and healthy (the form's untouched state). */
const isEmpty = (e: CheckInEntity): boolean =>
  e.illness === IllnessStatus.NONE &&
  (e.note ?? '').trim() === '' &&
  [e.sleepHours, e.sleepQuality, e.rmssd, e.restingHr, e.soreness, e.fatigue, e.stress, e.mood].every(
    (v) => v === null,
  );

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

  /**
   * The athlete's own check-in for a local date. The first one of the day creates it; a later one changes only the
   * fields it sends (an omitted field keeps its saved value, an explicit null clears it), so a client that sends
   * one answer never wipes the others. A check-in left with no answer at all is refused (CHECK_IN_EMPTY), except an
   * illness sent to a saved check-in: "healthy after all" is an answer (an athlete who had sent only a cold could not
   * set it back).
   */
  async upsert(ctx: AuthContext, input: UpsertCheckInInput): Promise<CheckInModel> {
    const { athlete } = await this.scope.resolve(ctx, undefined, 'SELF');
    const today = await this.calendar.today(athlete.id);
    const date = input.date ?? today.date;
    this.calendar.assertDate('date', date, today.date, { allowFuture: false });
    const sent = ANSWERS.filter((a) => input[a.field] !== undefined);
    const values: Partial<CheckInEntity> = {
      organizationId: athlete.organizationId,
      athleteId: athlete.id,
      date,
      illness: IllnessStatus.NONE,
    };
    for (const a of sent) Object.assign(values, { [a.field]: input[a.field] });
    const saved = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(CheckInEntity);
      const existed = input.illness !== undefined && (await repo.existsBy({ athleteId: athlete.id, date }));
      await repo
        .createQueryBuilder()
        .insert()
        .values(values)
        .orUpdate([...sent.map((a) => a.column), 'updated_at'], ['athlete_id', 'date'])
        .execute();
      const row = await repo.findOneByOrFail({ athleteId: athlete.id, date });
      if (isEmpty(row) && !existed) {
        // Thrown inside the transaction: an empty first check-in is not stored, an emptied one is not cleared.
        throw badInput(
          'A check-in needs at least one answer: hours slept, a rating, illness, a reading or a note',
          'CHECK_IN_EMPTY',
        );
      }
      return row;
    });
    if (input.illness !== undefined && saved.illness !== IllnessStatus.NONE) {
      this.changes.changed(athlete.id, { kind: 'ILLNESS_CHECK_IN' });
    }
    return toModel(saved);
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
