import { AthleteEntity } from '@app/db';
import { AthleteModel, IntakeStatus } from './models/athlete.model';

/** Row shape of the athlete queries: the athlete joined with its user and organization zone. */
export interface AthleteRow {
  id: string;
  user_id: string;
  name: string;
  email: string;
  timezone: string | null;
  org_timezone: string;
  intake: AthleteEntity['intake'];
  intake_submitted_at: Date | null;
  intake_started_at: Date | null;
  created_at: Date;
}

export const ATHLETE_SELECT = `
  a.id, a.user_id, u.name, u.email, a.timezone, o.timezone AS org_timezone, a.intake,
  a.intake_submitted_at, a.intake_started_at, a.created_at
  FROM athlete a
  JOIN app_user u ON u.id = a.user_id
  JOIN organization o ON o.id = a.organization_id`;

export function toAthleteModel(r: AthleteRow): AthleteModel {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    timezone: r.timezone ?? r.org_timezone,
    intake: r.intake,
    intakeSubmittedAt: r.intake_submitted_at,
    intakeStartedAt: r.intake_started_at,
    intakeStatus: r.intake_submitted_at
      ? IntakeStatus.SUBMITTED
      : r.intake_started_at
        ? IntakeStatus.STARTED
        : IntakeStatus.SENT,
    createdAt: r.created_at,
  };
}
