import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, isIsoDate, toDayNumber } from '@app/common';
import { MedicalClearanceEntity } from '@app/db';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { ReviewRerun } from '../reviews/jobs/review-rerun.service';
import { AthleteCalendar } from '../training/athlete-calendar.service';
import { AthleteChangeHooks } from '../training/athlete-change-hooks';
import { MedicalClearanceArgs, RecordMedicalClearanceInput } from './dto/medical-clearances.inputs';
import { MedicalClearanceModel, ReviewRegeneration } from './models/medical-clearance.model';

/** How far back a clearance may be dated: the engine's signals reach back weeks, not years. */
export const CLEARANCE_MAX_AGE_DAYS = 366;

interface ClearanceRow {
  id: string;
  athlete_id: string;
  cleared_on: string;
  note: string | null;
  recorded_by_user_id: string;
  recorded_by_name: string;
  created_at: Date;
}

const CLEARANCE_SELECT = `c.id, c.athlete_id, to_char(c.cleared_on, 'YYYY-MM-DD') AS cleared_on, c.note,
  c.recorded_by_user_id, u.name AS recorded_by_name, c.created_at
  FROM medical_clearance c JOIN app_user u ON u.id = c.recorded_by_user_id`;

const toModel = (r: ClearanceRow): MedicalClearanceModel => ({
  id: r.id,
  athleteId: r.athlete_id,
  clearedOn: r.cleared_on,
  note: r.note,
  recordedByUserId: r.recorded_by_user_id,
  recordedByName: r.recorded_by_name,
  createdAt: r.created_at,
});

/**
 * A doctor's clearance after the engine recommended a medical check. The athlete's assigned coach records it (it
 * changes what the reviews plan: only the days after it count toward a new medical check); the athlete, their coaches
 * and admins read the latest. Recording one generates the athlete's stored review of the coming week again and waits
 * for it (once: no mid-week re-run is asked for as well), so whoever recorded it reads the engine's answer next.
 */
@Injectable()
export class MedicalClearancesService {
  private readonly logger = new Logger(MedicalClearancesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly calendar: AthleteCalendar,
    private readonly changes: AthleteChangeHooks,
    private readonly rerun: ReviewRerun,
  ) {}

  async record(
    ctx: AuthContext,
    input: RecordMedicalClearanceInput,
    now = new Date(),
  ): Promise<MedicalClearanceModel> {
    const { athlete } = await this.policy.coachAccess(ctx, input.athleteId);
    const { date: today } = await this.calendar.today(athlete.id, now);
    const on = input.clearedOn;
    if (!isIsoDate(on))
      throw badInput('clearedOn must be a real date in the form YYYY-MM-DD', 'INVALID_DATE');
    const age = toDayNumber(today) - toDayNumber(on);
    if (age < 0)
      throw badInput(
        `clearedOn ${on} is in the future (today is ${today} for this athlete)`,
        'DATE_IN_FUTURE',
      );
    if (age > CLEARANCE_MAX_AGE_DAYS)
      throw badInput(
        `clearedOn ${on} is more than ${CLEARANCE_MAX_AGE_DAYS} days back (today is ${today} for this athlete)`,
        'DATE_TOO_FAR_BACK',
      );
    const note = input.note?.trim() || null;
    const saved = await this.db.getRepository(MedicalClearanceEntity).save({
      organizationId: athlete.organizationId,
      athleteId: athlete.id,
      clearedOn: on,
      note,
      recordedByUserId: ctx.userId,
    });
    const reviewRegeneration = await this.regenerateReview(athlete.id);
    const [row] = await this.db.query<ClearanceRow[]>(`SELECT ${CLEARANCE_SELECT} WHERE c.id = $1`, [
      saved.id,
    ]);
    return { ...toModel(row), reviewRegeneration };
  }

  /**
   * The stored review of the coming week, generated again with the (committed) clearance, waited for. When that
   * fails, the clearance stays saved: the mid-week re-run is asked for instead (a job, retried) and the caller told.
   */
  private async regenerateReview(athleteId: string): Promise<ReviewRegeneration> {
    try {
      const { outcome } = await this.rerun.regenerate(athleteId);
      if (!outcome) throw new Error('the athlete’s review data was not found');
      return outcome.result === 'KEPT_DONE' ? ReviewRegeneration.KEPT_DONE : ReviewRegeneration.GENERATED;
    } catch (e) {
      this.logger.warn(
        `generating ${athleteId}'s review after a clearance failed, re-running it in the background: ${String(e)}`,
      );
      this.changes.changed(athleteId, { kind: 'MEDICAL_CLEARANCE_RECORDED' });
      return ReviewRegeneration.QUEUED;
    }
  }

  /** The latest clearance (by the day cleared, then by when recorded), or null. */
  async latest(ctx: AuthContext, args: MedicalClearanceArgs): Promise<MedicalClearanceModel | null> {
    await this.policy.athleteAccess(ctx, args.athleteId);
    const [row] = await this.db.query<ClearanceRow[]>(
      `SELECT ${CLEARANCE_SELECT} WHERE c.athlete_id = $1 ORDER BY c.cleared_on DESC, c.created_at DESC LIMIT 1`,
      [args.athleteId],
    );
    return row ? toModel(row) : null;
  }
}
