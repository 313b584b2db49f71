import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, badInput, isIsoDate, localDateIn, toDayNumber, weekStartOf } from '@app/common';

export interface AthleteToday {
  timezone: string;
  date: string;
  weekStart: string;
}

/** How far back and ahead dates may go; anything else is a typo or an attack, not training. */
export const LIMITS = { pastDays: 730, futureDays: 730, maxRangeDays: 400 } as const;

/** The athlete's local calendar: zone, today, and the date rules every training input obeys. */
@Injectable()
export class AthleteCalendar {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async zoneOf(athleteId: string, em: EntityManager = this.db.manager): Promise<string> {
    const [row] = await em.query<Array<{ tz: string }>>(
      `SELECT COALESCE(a.timezone, o.timezone) AS tz FROM athlete a JOIN organization o ON o.id = a.organization_id
        WHERE a.id = $1`,
      [athleteId],
    );
    return row.tz;
  }

  async today(athleteId: string, now = new Date(), em?: EntityManager): Promise<AthleteToday> {
    const timezone = await this.zoneOf(athleteId, em);
    const date = localDateIn(timezone, now);
    return { timezone, date, weekStart: weekStartOf(date) };
  }

  /** A real ISO date within the allowed window relative to the athlete's today. */
  assertDate(field: string, value: string, today: string, opts: { allowFuture: boolean }): void {
    if (!isIsoDate(value))
      throw badInput(`${field} must be a real date in the form YYYY-MM-DD`, 'INVALID_DATE');
    const delta = toDayNumber(value) - toDayNumber(today);
    if (!opts.allowFuture && delta > 0) {
      throw badInput(
        `${field} ${value} is in the future (today is ${today} for this athlete)`,
        'DATE_IN_FUTURE',
      );
    }
    if (delta > LIMITS.futureDays) {
      throw badInput(`${field} ${value} is too far in the future`, 'DATE_TOO_FAR_AHEAD');
    }
    if (-delta > LIMITS.pastDays)
      throw badInput(`${field} ${value} is too far in the past`, 'DATE_TOO_FAR_BACK');
  }

  assertRange(from: string, to: string): void {
    for (const [f, v] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isIsoDate(v)) throw badInput(`${f} must be a real date in the form YYYY-MM-DD`, 'INVALID_DATE');
    }
    const days = toDayNumber(to) - toDayNumber(from);
    if (days < 0) throw badInput('from must not be after to', 'INVALID_RANGE');
    if (days > LIMITS.maxRangeDays)
      throw badInput(`A range may span at most ${LIMITS.maxRangeDays} days`, 'RANGE_TOO_LONG');
  }

  defaultRange(today: string, from?: string, to?: string): { from: string; to: string } {
    const end = to ?? today;
    return { from: from ?? addDays(end, -27), to: end };
  }
}
