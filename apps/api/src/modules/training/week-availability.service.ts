import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, badInput, isIsoDate, isMonday, toDayNumber } from '@app/common';
import { AthleteEntity, WeekAvailabilityEntity } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { DEFAULT_AVAILABILITY_MINUTES } from '../reviews/review-input.mapper';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteScope } from './athlete-scope';
import {
  ClearWeekAvailabilityInput,
  SetWeekAvailabilityInput,
  WeekAvailabilityArgs,
} from './dto/week-availability.inputs';
import { AvailabilitySource, WeekAvailabilityModel } from './models/week-availability.model';

/** How far ahead an athlete may set a week's availability. */
export const AVAILABILITY_WEEKS_AHEAD = 8;

/** The intake's usual week (Monday..Sunday), or the review's default when there is no intake. */
export function usualWeek(athlete: Pick<AthleteEntity, 'intake'>): number[] {
  const usual = athlete.intake?.availabilityMinutes;
  return usual?.length === 7 ? [...usual] : Array.from({ length: 7 }, () => DEFAULT_AVAILABILITY_MINUTES);
}

export function toWeekAvailability(
  athleteId: string,
  weekStart: string,
  usual: number[],
  row: Pick<WeekAvailabilityEntity, 'minutes' | 'note' | 'updatedAt'> | null,
): WeekAvailabilityModel {
  const minutes = row ? [...row.minutes] : usual;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    athleteId,
    weekStart,
    source: row ? AvailabilitySource.WEEK : AvailabilitySource.USUAL,
    minutes,
    usualMinutes: usual,
    days: minutes.map((m, i) => ({
      date: addDays(weekStart, i),
      weekday: i,
      minutes: m,
      usualMinutes: usual[i],
      changed: m !== usual[i],
    })),
    totalMinutes: sum(minutes),
    usualTotalMinutes: sum(usual),
    note: row?.note ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/**
 * Next week's available minutes from the athlete's side: coaches no longer gather them by hand. The review
 * reads the override for the week it plans (see the review loader), and the coach sees what changed
 * against the intake's usual week.
 */
@Injectable()
export class WeekAvailabilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: AthleteScope,
    private readonly calendar: AthleteCalendar,
  ) {}

  async get(ctx: AuthContext, args: WeekAvailabilityArgs): Promise<WeekAvailabilityModel> {
    const { athlete } = await this.scope.resolve(ctx, args.athleteId, 'READ');
    const today = await this.calendar.today(athlete.id);
    const weekStart = args.weekStart ?? addDays(today.weekStart, 7);
    this.assertWeek(weekStart, today.weekStart, { forWrite: false });
    const row = await this.db
      .getRepository(WeekAvailabilityEntity)
      .findOneBy({ athleteId: athlete.id, weekStart });
    return toWeekAvailability(athlete.id, weekStart, usualWeek(athlete), row);
  }

  async set(ctx: AuthContext, input: SetWeekAvailabilityInput): Promise<WeekAvailabilityModel> {
    const { athlete } = await this.scope.resolve(ctx, input.athleteId, 'LOG');
    const today = await this.calendar.today(athlete.id);
    this.assertWeek(input.weekStart, today.weekStart, { forWrite: true });
    const repo = this.db.getRepository(WeekAvailabilityEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({
        organizationId: athlete.organizationId,
        athleteId: athlete.id,
        weekStart: input.weekStart,
        minutes: input.minutes,
        note: input.note?.trim() || null,
        updatedByUserId: ctx.userId,
      })
      .orUpdate(['minutes', 'note', 'updated_by_user_id', 'updated_at'], ['athlete_id', 'week_start'])
      .execute();
    const row = await repo.findOneByOrFail({ athleteId: athlete.id, weekStart: input.weekStart });
    return toWeekAvailability(athlete.id, input.weekStart, usualWeek(athlete), row);
  }

  async clear(ctx: AuthContext, input: ClearWeekAvailabilityInput): Promise<WeekAvailabilityModel> {
    const { athlete } = await this.scope.resolve(ctx, input.athleteId, 'LOG');
    const today = await this.calendar.today(athlete.id);
    this.assertWeek(input.weekStart, today.weekStart, { forWrite: true });
    await this.db
      .getRepository(WeekAvailabilityEntity)
      .delete({ athleteId: athlete.id, weekStart: input.weekStart });
    return toWeekAvailability(athlete.id, input.weekStart, usualWeek(athlete), null);
  }

  /** A Monday; for a change, this week (its remaining days) up to AVAILABILITY_WEEKS_AHEAD ahead. */
  private assertWeek(weekStart: string, thisWeek: string, opts: { forWrite: boolean }): void {
    if (!isIsoDate(weekStart)) {
      throw badInput('weekStart must be a real date in the form YYYY-MM-DD', 'INVALID_DATE');
    }
    if (!isMonday(weekStart))
      throw badInput(`weekStart ${weekStart} is not a Monday`, 'WEEK_START_NOT_MONDAY');
    const weeks = (toDayNumber(weekStart) - toDayNumber(thisWeek)) / 7;
    if (opts.forWrite && weeks < 0) {
      throw badInput(
        `The week of ${weekStart} is over (this week starts ${thisWeek}); availability is for weeks to come`,
        'WEEK_IN_PAST',
      );
    }
    if (weeks > AVAILABILITY_WEEKS_AHEAD) {
      throw badInput(
        `Availability can be set at most ${AVAILABILITY_WEEKS_AHEAD} weeks ahead`,
        'WEEK_TOO_FAR_AHEAD',
      );
    }
    if (weeks < -52) throw badInput('weekStart is too far in the past', 'DATE_TOO_FAR_BACK');
  }
}
