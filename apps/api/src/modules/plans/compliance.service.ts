import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, toDayNumber } from '@app/common';
import { PlannedSessionKind } from '@app/db';
import { AuthContext } from '../../auth/auth-context';
import { AthleteCalendar } from '../training/athlete-calendar.service';
import { ComplianceModel } from './models/plan.models';
import { PlansService } from './plans.service';
import { WeekArgs } from './dto/plan.inputs';

export interface ComplianceInput {
  weekStart: string;
  planned: Array<{
    id: string;
    date: string;
    kind: PlannedSessionKind;
    minutes: number;
    key: boolean;
  }> | null;
  logged: Array<{ date: string; kind: string; minutes: number; plannedSessionId: string | null }>;
  /** Confirmed ILLNESS/TRAVEL events: [start, end or null (open)]. */
  exclusions: Array<{ startDate: string; endDate: string | null }>;
  /** The athlete's today (their zone): a day is counted once it has ended, so a week under way counts so far. */
  today: string;
}

/**
 * Planned vs completed minutes and key sessions for one week, leaving out days under a confirmed
 * illness or travel event: a day lost to flu is not a missed session. Only days that have ended count:
 * in the week under way, today's and later sessions are neither missed nor done yet (figures so far).
 * Pure, so it is unit-tested.
 */
export function computeCompliance(input: ComplianceInput): ComplianceModel {
  const weekEnd = addDays(input.weekStart, 6);
  const countedThrough = weekEnd < input.today ? null : addDays(input.today, -1);
  const days = Array.from({ length: 7 }, (_, i) => addDays(input.weekStart, i)).filter(
    (d) => countedThrough === null || d <= countedThrough,
  );
  const excluded = new Set(
    days.filter((d) =>
      input.exclusions.some((e) => d >= e.startDate && (e.endDate === null || d <= e.endDate)),
    ),
  );
  const planned = (input.planned ?? []).filter(
    (s) => s.kind !== PlannedSessionKind.REST && !excluded.has(s.date) && days.includes(s.date),
  );
  const logged = input.logged.filter((s) => !excluded.has(s.date) && days.includes(s.date));
  const plannedMinutes = planned.reduce((a, s) => a + s.minutes, 0);
  const completedMinutes = logged.reduce((a, s) => a + s.minutes, 0);
  const keys = planned.filter((s) => s.key);
  const used = new Set<number>();
  let keySessionsDone = 0;
  for (const k of keys) {
    // Done when a logged session names it, or else one of the same kind on the same day.
    let idx = logged.findIndex((l, i) => !used.has(i) && l.plannedSessionId === k.id);
    if (idx < 0)
      idx = logged.findIndex(
        (l, i) => !used.has(i) && !l.plannedSessionId && l.date === k.date && l.kind === k.kind,
      );
    if (idx >= 0) {
      used.add(idx);
      keySessionsDone++;
    }
  }
  return {
    weekStart: input.weekStart,
    plannedMinutes,
    completedMinutes,
    completionRate: plannedMinutes ? Math.round((completedMinutes / plannedMinutes) * 1000) / 1000 : null,
    keySessionsPlanned: keys.length,
    keySessionsDone,
    excludedDates: [...excluded].sort((a, b) => toDayNumber(a) - toDayNumber(b)),
    hasPublishedPlan: input.planned !== null,
    countedThrough,
  };
}

@Injectable()
export class ComplianceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansService,
    private readonly calendar: AthleteCalendar,
  ) {}

  async week(ctx: AuthContext, args: WeekArgs): Promise<ComplianceModel> {
    const week = await this.plans.week(ctx, args);
    const athleteId = week.athleteId;
    const weekEnd = addDays(week.weekStart, 6);
    const [today, logged, exclusions] = await Promise.all([
      this.calendar.today(athleteId),
      this.db.query<ComplianceInput['logged']>(
        `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, minutes, planned_session_id AS "plannedSessionId"
           FROM logged_session WHERE athlete_id = $1 AND date BETWEEN $2 AND $3`,
        [athleteId, week.weekStart, weekEnd],
      ),
      this.db.query<ComplianceInput['exclusions']>(
        `SELECT to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate"
           FROM context_event
          WHERE athlete_id = $1 AND status = 'CONFIRMED' AND kind IN ('ILLNESS', 'TRAVEL')
            AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2)`,
        [athleteId, week.weekStart, weekEnd],
      ),
    ]);
    return computeCompliance({
      weekStart: week.weekStart,
      planned: week.published?.sessions ?? null,
      logged,
      exclusions,
      today: today.date,
    });
  }
}
